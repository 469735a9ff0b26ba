// Reading aloud as the kit offers it: one voice, a button that reads its text and stops on a
// second tap, announcements only when the home switched them on, nothing offered without an
// engine that can speak, and a header that keeps "Vorlesen" beside "Startseite". The engine is
// a recording one (Test::RecordingSpeech); the real espeak-ng engine is tested on its own.
#include "support/fixedclock.h"
#include "ui/kit/clocklabel.h"
#include "ui/kit/header.h"
#include "ui/kit/readaloud.h"
#include "ui/kit/readaloudbutton.h"
#include "ui/kit/theme.h"
#include "ui/support/recordingspeech.h"
#include "ui/support/tapper.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

class TestReadAloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingOfferedWithoutAWorkingEngine();
    void secondTapStops();
    void saidToTheEndResetsTheButton();
    void anotherButtonTakesOver();
    void announcementsOnlyWhenSwitchedOn();
    void settingsReachTheEngine();
    void buttonKeepsItsWidth();
    void headerKeepsItBesideHome();

private:
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(4.0, 100)}; // 4 px per mm
    Test::Tapper m_tapper;
};

void TestReadAloud::nothingOfferedWithoutAWorkingEngine()
{
    QWidget frame;
    ReadAloud readAloud(nullptr);
    auto *button = new ReadAloudButton(
        m_theme, readAloud, [] { return u"Text"_s; }, &frame);
    frame.show();
    QVERIFY(!readAloud.isAvailable());
    QVERIFY(!button->isVisible());

    // An engine that cannot speak here (no sound output) offers nothing either.
    Test::RecordingSpeech mute;
    mute.setUnavailableReason(u"no sound output"_s);
    readAloud.setEngine(&mute);
    QVERIFY(!readAloud.isAvailable());
    QVERIFY(!button->isVisible());
    readAloud.toggle(button, u"Text"_s);
    QVERIFY(mute.texts().isEmpty());

    // The engine arrives after the first paint: the button shows.
    Test::RecordingSpeech engine;
    QSignalSpy shown(button, &ReadAloudButton::availabilityChanged);
    readAloud.setEngine(&engine);
    QVERIFY(readAloud.isAvailable());
    QVERIFY(button->isVisible());
    QCOMPARE(shown.count(), 1);

    // Switched off for the home: hidden again.
    SpeechSettings off;
    off.readAloud = false;
    readAloud.setSettings(off);
    QVERIFY(!button->isVisible());
    readAloud.setEngine(nullptr);
}

void TestReadAloud::secondTapStops()
{
    Test::RecordingSpeech engine;
    ReadAloud readAloud(&engine);
    QWidget frame;
    QString text = u"Sie hören SWR4."_s;
    auto *button = new ReadAloudButton(
        m_theme, readAloud, [&text] { return text; }, &frame);
    frame.show();
    QCOMPARE(button->text(), u"Read aloud"_s);

    QSignalSpy speaking(&readAloud, &ReadAloud::speakingChanged);
    QSignalSpy started(&engine, &SpeechEngine::started);
    m_tapper.tap(button);
    // Asked for at once: the stream goes down before the first sound.
    QCOMPARE(speaking.count(), 1);
    QCOMPARE(speaking.at(0).at(0).toBool(), true);
    QCOMPARE(engine.texts(), QStringList{u"Sie hören SWR4."_s});
    QVERIFY(button->isReading());
    QCOMPARE(button->text(), u"Stop"_s);
    QVERIFY(started.wait(2000));

    m_tapper.tap(button);
    QCOMPARE(engine.stops(), 1);
    QVERIFY(!engine.isSpeaking());
    QCOMPARE(speaking.count(), 2);
    QCOMPARE(speaking.at(1).at(0).toBool(), false);
    QVERIFY(!button->isReading());
    QCOMPARE(button->text(), u"Read aloud"_s);

    // A third tap reads again, the text as it is now.
    text = u"Gerade läuft: Nachrichten."_s;
    m_tapper.tap(button);
    QCOMPARE(engine.lastText(), text);
    QVERIFY(readAloud.isSpeaking());
}

void TestReadAloud::saidToTheEndResetsTheButton()
{
    Test::RecordingSpeech engine;
    ReadAloud readAloud(&engine);
    QWidget frame;
    auto *button = new ReadAloudButton(
        m_theme, readAloud, [] { return u"Heute."_s; }, &frame);
    frame.show();
    m_tapper.tap(button);
    QVERIFY(button->isReading());
    QSignalSpy speaking(&readAloud, &ReadAloud::speakingChanged);
    engine.finishSpeaking();
    QCOMPARE(speaking.count(), 1);
    QVERIFY(!readAloud.isSpeaking());
    QVERIFY(!button->isReading());
    QCOMPARE(button->text(), u"Read aloud"_s);
    // Blank text is not spoken.
    auto *blank = new ReadAloudButton(
        m_theme, readAloud, [] { return u"  \n "_s; }, &frame);
    blank->show();
    m_tapper.tap(blank);
    QCOMPARE(engine.texts().size(), 1);
    QVERIFY(!readAloud.isSpeaking());
}

void TestReadAloud::anotherButtonTakesOver()
{
    Test::RecordingSpeech engine;
    ReadAloud readAloud(&engine);
    QWidget frame;
    auto *first = new ReadAloudButton(
        m_theme, readAloud, [] { return u"Erstens."_s; }, &frame);
    auto *second = new ReadAloudButton(
        m_theme, readAloud, [] { return u"Zweitens."_s; }, &frame);
    frame.show();
    QSignalSpy speaking(&readAloud, &ReadAloud::speakingChanged);
    m_tapper.tap(first);
    m_tapper.tap(second);
    // One voice: the second replaces the first, and the stream stays down in between.
    QCOMPARE(engine.texts(), (QStringList{u"Erstens."_s, u"Zweitens."_s}));
    QCOMPARE(speaking.count(), 1);
    QVERIFY(!first->isReading());
    QVERIFY(second->isReading());
    QCOMPARE(first->text(), u"Read aloud"_s);
    QCOMPARE(second->text(), u"Stop"_s);
    // The first one's late finished() (a real engine may queue it) ends nothing.
    QSignalSpy late(&engine, &SpeechEngine::finished);
    QMetaObject::invokeMethod(&engine, &SpeechEngine::finished, Qt::QueuedConnection);
    QVERIFY(late.wait(1000));
    QVERIFY(readAloud.isSpeaking());
    QVERIFY(second->isReading());
}

void TestReadAloud::announcementsOnlyWhenSwitchedOn()
{
    Test::RecordingSpeech engine;
    ReadAloud readAloud(&engine);
    QVERIFY(!readAloud.announces()); // off unless the home switches them on
    readAloud.announce(u"Anna ruft an."_s);
    QVERIFY(engine.texts().isEmpty());

    SpeechSettings on;
    on.announcements = true;
    readAloud.setSettings(on);
    QVERIFY(readAloud.announces());
    readAloud.announce(u"Anna ruft an."_s);
    QCOMPARE(engine.lastText(), u"Anna ruft an."_s);
    QVERIFY(readAloud.isSpeaking());
    QCOMPARE(readAloud.source(), nullptr);

    // Switched off while it speaks: silent at once.
    readAloud.setSettings(SpeechSettings{});
    QVERIFY(!readAloud.isSpeaking());
    QVERIFY(!engine.isSpeaking());
}

void TestReadAloud::settingsReachTheEngine()
{
    Test::RecordingSpeech engine;
    ReadAloud readAloud(&engine);
    // Slower than the engine's normal by default.
    QCOMPARE(engine.rate(), SpeechSettings{}.ratePercent);
    QVERIFY(engine.rate() < 100);
    SpeechSettings settings;
    settings.ratePercent = 70;
    settings.volumePercent = 55;
    readAloud.setSettings(settings);
    QCOMPARE(engine.rate(), 70);
    QCOMPARE(engine.volume(), 55);
}

void TestReadAloud::buttonKeepsItsWidth()
{
    Test::RecordingSpeech engine;
    ReadAloud readAloud(&engine);
    QWidget frame;
    auto *button = new ReadAloudButton(
        m_theme, readAloud, [] { return u"Text."_s; }, &frame);
    frame.show();
    const QSize idle = button->sizeHint();
    QVERIFY(idle.width() >= m_theme.px(Theme::controlMinMm));
    QVERIFY(idle.height() >= m_theme.px(Theme::controlMinMm));
    m_tapper.tap(button);
    QCOMPARE(button->text(), u"Stop"_s);
    QCOMPARE(button->sizeHint(), idle);
    readAloud.stop();
    QCOMPARE(button->sizeHint(), idle);
}

void TestReadAloud::headerKeepsItBesideHome()
{
    Test::RecordingSpeech engine;
    ReadAloud readAloud(nullptr);
    FixedClock clock(QDateTime(QDate(2026, 12, 5), QTime(10, 15)));
    Header header(m_theme, clock, u"Haus Sonnenhang"_s);
    header.resize(1280, header.heightForWidth(1280));
    auto *button = new ReadAloudButton(m_theme, readAloud, [] { return u"Text."_s; });
    header.setReadAloudButton(button);
    header.show();
    QVERIFY(QTest::qWaitForWindowExposed(&header));
    QCOMPARE(button->parentWidget(), &header);
    QVERIFY(!button->isVisible());

    readAloud.setEngine(&engine);
    QVERIFY(button->isVisible());
    const QRect home = header.homeButton()->geometry();
    const QRect read = button->geometry();
    // Right of "Startseite", a gap apart, on the same line, clear of the clock.
    QCOMPARE(read.left(), home.right() + 1 + m_theme.px(Theme::gapMm));
    QCOMPARE(read.center().y(), home.center().y());
    QVERIFY(!read.intersects(header.clockLabel()->geometry()));
    QVERIFY(header.heightForWidth(1280) > 0);

    // "Startseite" hides on the home screen; "Vorlesen" stays where it is.
    header.setHomeButtonVisible(false);
    QCOMPARE(button->geometry(), read);

    // Too narrow for the word: the speaker alone, still 20 mm; the header never collapses.
    header.setHomeButtonVisible(true);
    const int narrow = header.homeButton()->sizeHint().width() + button->textSizeHint().width();
    header.resize(narrow, header.heightForWidth(narrow));
    QVERIFY(header.heightForWidth(narrow) > 0);
    QVERIFY(button->isVisible());
    QVERIFY(!button->isTextShown());
    QVERIFY(button->width() >= m_theme.px(Theme::controlMinMm));
    QVERIFY(!button->geometry().intersects(header.homeButton()->geometry()));
    QCOMPARE(button->accessibleName(), u"Read aloud"_s);
    readAloud.setEngine(nullptr);
}

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
