// Reading aloud in the whole kiosk (issue 15), with a recording engine (Test::RecordingSpeech;
// the real espeak-ng engine speaks in tests/media/tst_espeakengine): "Vorlesen" in the header
// reads the screen, a playing station is turned down meanwhile and comes back, a second tap
// stops it, leaving the screen stops it; spoken announcements (switched on for the home) say
// who rings and which session comes, and going home for inactivity stays silent.
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/schedule/schedule.h"
#include "media/mediaplayer.h"
#include "media/playerprovider.h"
#include "media/streamsession.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "ui/calls/callcoordinator.h"
#include "ui/calls/ringscreen.h"
#include "ui/kit/header.h"
#include "ui/kit/navigator.h"
#include "ui/kit/readaloud.h"
#include "ui/kit/readaloudbutton.h"
#include "ui/kit/tile.h"
#include "ui/player/playerscreen.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionrunner.h"
#include "ui/support/recordingspeech.h"
#include "ui/support/tapper.h"

#include <QFile>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

class TestReadAloudFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsTheStationAndTurnsItDown();
    void leavingTheScreenStops();
    void noButtonWithoutSoundOutput();
    void announcesRingAndSession();
    void goingHomeForInactivityIsSilent();

private:
    // A kiosk on a copy of the demo with `speech` in its kiosk.json and the recording engine.
    void start(const QJsonObject &speech = {});
    QDateTime at(int h, int m) const;
    Screen *current() const { return m_shell->navigator()->current(); }
    ReadAloudButton *headerButton() const;
    Screen *tapTile(const QString &id);

    Test::TestConfigDir m_config;
    QTemporaryDir m_data;
    std::unique_ptr<ActiveConfig> m_active;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KioskShell> m_shell;
    Test::RecordingSpeech *m_speech = nullptr; // owned by the shell
    Test::Tapper m_tapper;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(8, 0))};
};

void TestReadAloudFlow::init()
{
    QVERIFY(m_config.isValid());
}

void TestReadAloudFlow::cleanup()
{
    m_shell.reset();
    m_db.reset();
    m_active.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_data.filePath(u"app.db"_s + suffix));
}

void TestReadAloudFlow::start(const QJsonObject &speech)
{
    m_config.copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    QJsonObject kiosk{{u"version"_s, 1}, {u"homeName"_s, u"Haus Sonnenhang"_s}};
    if (!speech.isEmpty())
        kiosk.insert(u"speech"_s, speech);
    m_config.writeJson(u"kiosk.json"_s, kiosk);
    m_active = std::make_unique<ActiveConfig>(
        loadActiveConfig(m_config.path(), LastGoodConfig(m_data.path())));
    QCOMPARE(m_active->origin, ActiveConfig::Origin::Configured);
    QString error;
    m_db = Database::open(m_data.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_clock.set(at(8, 0));
    m_shell = std::make_unique<KioskShell>(*m_active, m_config.path(), m_data.path(), m_clock);
    m_shell->useDatabase(*m_db, nullptr);
    auto speechEngine = std::make_unique<Test::RecordingSpeech>();
    m_speech = speechEngine.get();
    m_shell->setSpeechEngine(std::move(speechEngine));
    m_shell->window()->resize(1920, 1080);
    m_shell->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->window()));
}

QDateTime TestReadAloudFlow::at(int h, int m) const
{
    return QDateTime(QDate(2026, 12, 8), QTime(h, m), QTimeZone::systemTimeZone());
}

ReadAloudButton *TestReadAloudFlow::headerButton() const
{
    return qobject_cast<ReadAloudButton *>(m_shell->window()->header()->readAloudButton());
}

Screen *TestReadAloudFlow::tapTile(const QString &id)
{
    auto *tile = m_shell->window()->findChild<Tile *>(u"tile-"_s + id);
    if (!tile)
        return nullptr;
    QTest::mouseClick(tile, Qt::LeftButton);
    return current();
}

void TestReadAloudFlow::readsTheStationAndTurnsItDown()
{
    start();
    ReadAloudButton *button = headerButton();
    QVERIFY(button && button->isVisible());
    // The default settings reach the engine: slower than normal.
    QCOMPARE(m_speech->rate(), SpeechSettings{}.ratePercent);

    auto *radio = qobject_cast<PlayerScreen *>(tapTile(u"hausradio"_s));
    QVERIFY(radio);
    QTRY_COMPARE_WITH_TIMEOUT(radio->session()->phase(), StreamSession::Phase::Playing, 20000);
    MediaPlayer *player = radio->player();
    QVERIFY(player);
    const int volume = player->volume();
    QVERIFY(volume > 0);
    QVERIFY(!player->isDucked());
    QVERIFY(button->isVisible()); // the player shows the header, and "Vorlesen" in it

    m_tapper.tap(button);
    // The station's name arrives at the engine, and the stream is turned down meanwhile.
    QVERIFY2(m_speech->lastText().contains(u"Hausradio Sonnenhang"_s),
             qPrintable(m_speech->lastText()));
    QVERIFY(player->isDucked());
    QCOMPARE(player->effectiveVolume(), volume * MediaPlayer::duckedShare / 100);
    QCOMPARE(player->volume(), volume);
    QVERIFY(button->isReading());

    // A second tap stops it; the stream comes back to where it was.
    m_tapper.tap(button);
    QVERIFY(!m_speech->isSpeaking());
    QCOMPARE(m_speech->stops(), 1);
    QVERIFY(!player->isDucked());
    QCOMPARE(player->effectiveVolume(), volume);
    QVERIFY(!button->isReading());

    // Said to the end: the stream comes back as well.
    m_tapper.tap(button);
    QVERIFY(player->isDucked());
    m_speech->finishSpeaking();
    QVERIFY(!player->isDucked());
    QCOMPARE(m_speech->texts().size(), 2);
}

void TestReadAloudFlow::leavingTheScreenStops()
{
    start();
    ReadAloudButton *button = headerButton();
    QVERIFY(button);
    // At home: what the tiles offer is read.
    m_tapper.tap(button);
    QVERIFY(m_speech->isSpeaking());
    QVERIFY2(m_speech->lastText().contains(u"Was ist los?"_s) ||
                 m_speech->lastText().contains(u"Hausradio"_s),
             qPrintable(m_speech->lastText()));
    // A tile tapped: the reading of the home screen stops.
    QVERIFY(tapTile(u"was-ist-los"_s));
    QVERIFY(!m_speech->isSpeaking());
    QVERIFY(!m_shell->readAloud().isSpeaking());
    QCOMPARE(m_speech->texts().size(), 1);
    QVERIFY(!button->isReading());
}

void TestReadAloudFlow::noButtonWithoutSoundOutput()
{
    start();
    ReadAloudButton *button = headerButton();
    QVERIFY(button && button->isVisible());
    // An engine that cannot speak here: no button, and the header gives its room back.
    auto mute = std::make_unique<Test::RecordingSpeech>();
    mute->setUnavailableReason(u"no sound output"_s);
    m_shell->setSpeechEngine(std::move(mute));
    QVERIFY(!button->isVisible());
    // Switched off in kiosk.json: no button either, whatever the engine.
    cleanup();
    start(QJsonObject{{u"readAloud"_s, false}});
    QVERIFY(headerButton());
    QVERIFY(!headerButton()->isVisible());
}

void TestReadAloudFlow::announcesRingAndSession()
{
    // Off by default: a ring says nothing.
    start();
    const ContactConfig *anna = m_active->config->contact(u"anna"_s);
    QVERIFY(anna);
    m_shell->navigator()->interruptWith(m_shell->calls()->createRingPreview(*anna, std::nullopt));
    QCOMPARE(current()->screenName(), u"ring"_s);
    QVERIFY(m_speech->texts().isEmpty());
    // The ring screen hides the header: it has "Vorlesen" of its own, on the glass.
    auto *ring = qobject_cast<RingScreen *>(current());
    QVERIFY(ring && ring->readAloudButton());
    QVERIFY(ring->readAloudButton()->isVisible());
    m_tapper.tap(ring->readAloudButton());
    QVERIFY2(m_speech->lastText().startsWith(u"Anna is calling."_s),
             qPrintable(m_speech->lastText()));
    m_speech->finishSpeaking();
    cleanup();

    start(QJsonObject{{u"announcements"_s, true}});
    anna = m_active->config->contact(u"anna"_s);
    QVERIFY(anna);
    m_shell->navigator()->interruptWith(m_shell->calls()->createRingPreview(*anna, std::nullopt));
    QVERIFY2(m_speech->lastText().contains(u"Anna"_s), qPrintable(m_speech->lastText()));
    const int afterRing = int(m_speech->texts().size());
    QCOMPARE(afterRing, 1);
    QCOMPARE(m_speech->lastText(), u"Anna is calling."_s); // the announcement, short
    m_shell->navigator()->goHome();
    m_speech->finishSpeaking();

    // A session of the programme: its banner comes 10 minutes before, then the session itself.
    Session s;
    s.title = u"Sitzgymnastik"_s;
    s.content = {SessionContent::Kind::Announcement, {}};
    s.start = at(10, 0);
    s.duration = 45min;
    s.startsByItself = true;
    QVERIFY(m_shell->schedule()->save(s, Actor{1, u"Test"_s}, m_clock.now()));
    m_clock.set(at(9, 51));
    m_shell->sessions()->scheduler().check();
    QTRY_COMPARE(m_speech->texts().size(), afterRing + 1);
    QVERIFY2(m_speech->lastText().contains(u"Sitzgymnastik"_s), qPrintable(m_speech->lastText()));
    m_speech->finishSpeaking();
    m_clock.set(at(10, 0));
    m_shell->sessions()->scheduler().check();
    QTRY_COMPARE(m_speech->texts().size(), afterRing + 2);
    QVERIFY2(m_speech->lastText().contains(u"Sitzgymnastik"_s), qPrintable(m_speech->lastText()));
}

void TestReadAloudFlow::goingHomeForInactivityIsSilent()
{
    start(QJsonObject{{u"announcements"_s, true}});
    QVERIFY(tapTile(u"was-ist-los"_s));
    m_tapper.tap(headerButton());
    QVERIFY(m_speech->isSpeaking());
    const qsizetype said = m_speech->texts().size();
    QSignalSpy home(m_shell->navigator(), &Navigator::returnedHomeForInactivity);
    m_shell->navigator()->setInactivityTimeout(50ms);
    QVERIFY(home.wait(5000));
    QVERIFY(m_shell->navigator()->isHome());
    QVERIFY(!m_speech->isSpeaking());
    QCOMPARE(m_speech->texts().size(), said); // nothing new said
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestReadAloudFlow)
#include "tst_readaloudflow.moc"
