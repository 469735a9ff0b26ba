// The call screens on their own (offscreen, no WebEngine, no ringing for real): the contacts page,
// the call screen in its states, the ring screen and the missed calls on the home screen. At every
// screen size, text scale and theme every control is large enough and inside the screen, the
// hang-up button is far from every edge, "Annehmen" and "Ablehnen" are far apart, and no text is
// cut. Also: one tap on a photo chooses the contact, the ring screen reports its taps and counts
// down, the ringtone is a well-formed WAV whose volume never exceeds the cap. Texts are checked in
// the English source language (the German translations live in the .ts files).
#include "core/calls/contactconfig.h"
#include "core/config/configloader.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "ui/calls/callbutton.h"
#include "ui/calls/callscreen.h"
#include "ui/calls/contactsscreen.h"
#include "ui/calls/missedcallsbanner.h"
#include "ui/calls/ringscreen.h"
#include "ui/calls/ringtone.h"
#include "ui/home/homescreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/playerbutton.h"
#include "ui/kit/readaloud.h"
#include "ui/kit/readaloudbutton.h"
#include "ui/kit/theme.h"
#include "ui/kit/tile.h"
#include "ui/shell/mainwindow.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/recordingspeech.h"

#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <memory>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using Dorfplatz::Test::rectIn;
using namespace std::chrono_literals;

namespace {

const QDateTime now(QDate(2026, 11, 27), QTime(14, 5, 10));

ContactConfig contact(const QString &id, const QString &name)
{
    ContactConfig c;
    c.id = id;
    c.name = name;
    c.picture = u"pictures/anna.svg"_s;
    c.server = QUrl(u"https://meet.example.org/"_s);
    c.room = u"familie-"_s + id;
    c.displayName = u"Oma Erna"_s;
    return c;
}

QString picture()
{
    return Test::sourcePath(u"kiosk-config/demo/pictures/anna.svg"_s);
}

QList<ContactConfig> contacts(int count)
{
    const QStringList names{u"Anna"_s,         u"Lukas"_s, u"Marie-Luise"_s, u"Pfarrer Becker"_s,
                            u"Tante Gisela"_s, u"Jonas"_s, u"Erika"_s};
    QList<ContactConfig> list;
    for (int i = 0; i < count; ++i)
        list.append(contact(u"c%1"_s.arg(i), names.at(i % names.size())));
    return list;
}

// Every button counts each tap as a new one: the tests tap faster than the repeat guard allows.
void tapFreely(QWidget &root)
{
    static std::chrono::milliseconds time{0};
    for (TapButton *button : root.findChildren<TapButton *>())
        button->guard().setTimeSource([] { return time += 1000ms; });
}

// The distance between two rectangles (0 when they touch or overlap).
int distance(const QRect &a, const QRect &b)
{
    const int dx = std::max({0, b.left() - a.right() - 1, a.left() - b.right() - 1});
    const int dy = std::max({0, b.top() - a.bottom() - 1, a.top() - b.bottom() - 1});
    return std::max(dx, dy);
}

// No text of `root` is cut or leaves `root`, and none lies under a control. The call screens
// centre wrapped texts in narrow columns, where one long word (a name) can be wider than the label
// without heightForWidth noticing, so the glyphs are measured too. This test has never compared
// the texts with each other.
void checkTexts(const QWidget &root, const Test::NamedRects &controls)
{
    Test::checkTexts(root, controls, {.measureGlyphs = true, .textsApart = false});
}

std::unique_ptr<Theme> makeTheme(const QString &kind, int scale)
{
    return std::make_unique<Theme>(kind == u"high-contrast" ? ThemeKind::HighContrast
                                                            : ThemeKind::Standard,
                                   ScreenMetrics(96.0 / 25.4, scale));
}

// With DORFPLATZ_CALLS_SCREENSHOTS set, saves a picture of `widget` to /tmp/calls-NAME.png.
void screenshot(QWidget &widget, const QString &name)
{
    if (qEnvironmentVariableIsSet("DORFPLATZ_CALLS_SCREENSHOTS"))
        widget.grab().save(u"/tmp/calls-%1.png"_s.arg(name));
}

} // namespace

class TestCallScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buttonsHaveContrast();
    void ringtoneIsWellFormedAndCapped();
    void contactsPageStartsACallOnOneTap();
    void contactsPagePagesManyContacts();
    void callScreenStates();
    void ringScreenReportsTapsAndCountsDown();
    void ringScreenSoundOff();
    void missedCallsBannerWording();
    void missedCallsBannerOnHome();
    void layoutFits_data();
    void layoutFits();

private:
    void checkContacts(const QSize &size, const Theme &theme, const QString &name);
    void checkCall(const QSize &size, const Theme &theme, const QString &name);
    void checkRing(const QSize &size, const Theme &theme, const QString &name);
    void checkHome(const QSize &size, const Theme &theme, const QString &name);

    FixedClock m_clock{now};
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
};

void TestCallScreens::initTestCase()
{
    qRegisterMetaType<CallEngine::MediaProblem>();
}

void TestCallScreens::buttonsHaveContrast()
{
    for (const auto kind : {CallButton::Kind::Answer, CallButton::Kind::HangUp}) {
        QVERIFY2(Theme::contrastRatio(CallButton::fillColor(kind), CallButton::textColor()) >= 7.0,
                 qPrintable(CallButton::fillColor(kind).name()));
        // The red and the green are told apart by more than hue: the words differ too, and
        // both stand out from either theme's background (non-text contrast, 3:1).
        for (const auto theme : {ThemeKind::Standard, ThemeKind::HighContrast}) {
            QVERIFY(Theme::contrastRatio(CallButton::fillColor(kind),
                                         Theme::paletteFor(theme).background) >= 3.0 ||
                    theme == ThemeKind::HighContrast); // there a yellow border draws the edge
        }
    }
    QVERIFY(Theme::contrastRatio(Theme::paletteFor(ThemeKind::HighContrast).border, Qt::black) >=
            3.0);
}

void TestCallScreens::ringtoneIsWellFormedAndCapped()
{
    const QByteArray wav = RingTone::chimeWav();
    QVERIFY(wav.size() > 44);
    QCOMPARE(wav.left(4), "RIFF");
    QCOMPARE(wav.mid(8, 8), "WAVEfmt ");
    const auto le32 = [&](int at) { return qFromLittleEndian<quint32>(wav.constData() + at); };
    const auto le16 = [&](int at) { return qFromLittleEndian<quint16>(wav.constData() + at); };
    QCOMPARE(le32(4), quint32(wav.size() - 8));
    QCOMPARE(le16(20), quint16(1)); // PCM
    QCOMPARE(le16(22), quint16(1)); // mono
    const quint32 rate = le32(24);
    QCOMPARE(le32(28), rate * 2);
    QCOMPARE(le16(34), quint16(16));
    QCOMPARE(wav.mid(36, 4), "data");
    QCOMPARE(le32(40), quint32(wav.size() - 44));
    // 2 to 4 seconds a period, with sound in it and the peak at no more than half scale.
    const int samples = int(le32(40) / 2);
    QVERIFY(samples >= int(rate) * 2 && samples <= int(rate) * 4);
    int peak = 0;
    for (int i = 0; i < samples; ++i)
        peak =
            std::max(peak, std::abs(int(qFromLittleEndian<qint16>(wav.constData() + 44 + 2 * i))));
    QVERIFY2(peak > 8000 && peak <= 16400, qPrintable(QString::number(peak)));
    // It ends nearly silent, so the loop does not click.
    QVERIFY(std::abs(int(qFromLittleEndian<qint16>(wav.constData() + wav.size() - 2))) < 50);

    // The volume never exceeds the cap, muted is silent, and values beyond 0–100 are clamped.
    RingTone tone(60);
    QCOMPARE(tone.volume(), 0.6);
    tone.start();
    QVERIFY(tone.isPlaying());
    QVERIFY(tone.effectVolume() <= 0.6 + 1e-6);
    QVERIFY(tone.effectVolume() > 0.5);
    tone.setMuted(true);
    QCOMPARE(tone.volume(), 0.0);
    QCOMPARE(tone.effectVolume(), 0.0);
    tone.setMuted(false);
    QVERIFY(tone.effectVolume() <= 0.6 + 1e-6);
    tone.stop();
    QVERIFY(!tone.isPlaying());
    QCOMPARE(RingTone(250).maxVolume(), 1.0);
    QCOMPARE(RingTone(-5).volume(), 0.0);
}

void TestCallScreens::contactsPageStartsACallOnOneTap()
{
    const QList<ContactConfig> list = contacts(2);
    ContactsScreen screen(m_theme, list, {picture(), u":/icons/call.svg"_s});
    screen.resize(1920, 900);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QCOMPARE(screen.screenName(), u"contacts"_s);
    QCOMPARE(screen.tiles().size(), 2);
    QVERIFY(screen.heading()->isVisible());
    QCOMPARE(screen.heading()->text(), u"Whom would you like to call?"_s);
    QCOMPARE(screen.tiles().at(1)->label(), u"Lukas"_s);
    QVERIFY(!screen.pageSwitcher()->isVisible());
    QSignalSpy chosen(&screen, &ContactsScreen::contactChosen);
    QTest::mouseClick(screen.tiles().at(1), Qt::LeftButton);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), u"c1"_s);
}

void TestCallScreens::contactsPagePagesManyContacts()
{
    const QList<ContactConfig> list = contacts(7);
    QStringList pictures;
    for (int i = 0; i < 7; ++i)
        pictures.append(picture());
    const auto theme = makeTheme(u"standard"_s, 200);
    ContactsScreen screen(*theme, list, pictures);
    screen.resize(1280, 640);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    tapFreely(screen);
    QVERIFY(screen.pageSwitcher()->isVisible());
    QSet<QString> seen;
    for (int page = 0; page < screen.pageSwitcher()->pageCount(); ++page) {
        screen.pageSwitcher()->setPage(page);
        for (const Tile *tile : screen.tiles()) {
            if (tile->isVisible()) {
                QVERIFY(tile->labelFits());
                seen.insert(tile->objectName());
            }
        }
        Test::checkControls(screen, *theme);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(seen.size(), 7);
}

void TestCallScreens::callScreenStates()
{
    CallScreen screen(m_theme, nullptr, contact(u"anna"_s, u"Anna"_s), picture(), {});
    screen.resize(1920, 1080);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    QCOMPARE(screen.screenName(), u"call"_s);
    QVERIFY(screen.holdsInactivity());
    QVERIFY(!screen.showsHeader());
    QVERIFY(screen.hasHomeButton());
    QCOMPARE(screen.state(), CallScreen::State::Connecting);
    QCOMPARE(screen.nameText(), u"Anna"_s);
    QCOMPARE(screen.statusText(), u"Connecting to Anna …"_s);
    QVERIFY(screen.coverShown());
    QCOMPARE(screen.hangUpButton()->text(), u"Hang up"_s);
    QVERIFY(screen.problemText().isEmpty());
    // The camera is on (calling out): the band says so; no button to turn it on.
    QCOMPARE(screen.cameraSignText(), u"\u25CF Camera on"_s);
    QVERIFY(!screen.cameraButton()->isVisible());
    // Answered by itself: off until a tap.
    CallScreen answered(m_theme, nullptr, contact(u"anna"_s, u"Anna"_s), picture(), {},
                        CallScreen::Start{.answering = true, .cameraOff = true});
    answered.resize(1280, 800);
    answered.show();
    QCOMPARE(answered.cameraSignText(), QString());
    QVERIFY(answered.cameraButton()->isVisible());
    QCOMPARE(answered.cameraButton()->text(), u"Turn camera on"_s);
    QTest::mouseClick(answered.cameraButton(), Qt::LeftButton);
    QCOMPARE(answered.cameraSignText(), u"\u25CF Camera on"_s);
    QVERIFY(!answered.cameraButton()->isVisible());
    answered.showFailure(CallScreen::Failure::TimeLimit);
    QVERIFY2(answered.failureText().startsWith(u"The call has lasted 60 minutes and has now ended. "
                                               u"You can call Anna again at any time."_s),
             qPrintable(answered.failureText()));
    QVERIFY(answered.trouble().isEmpty()); // the call was had: nothing went wrong
    QCOMPARE(answered.cameraSignText(), QString());

    screen.showMediaProblem(CallEngine::MediaProblem::Camera);
    screen.showMediaProblem(CallEngine::MediaProblem::Camera); // said once
    QCOMPARE(screen.problemText(),
             u"The camera is not working right now. Anna can hear you, but cannot see you."_s);
    screen.showMediaProblem(CallEngine::MediaProblem::Microphone);
    QCOMPARE(screen.problemText(), u"The camera and the microphone are not working right now. "
                                   u"Anna can neither see nor hear you."_s);
    CallScreen microphone(m_theme, nullptr, contact(u"anna"_s, u"Anna"_s), picture(), {});
    microphone.showMediaProblem(CallEngine::MediaProblem::Microphone);
    QCOMPARE(microphone.problemText(),
             u"The microphone is not working right now. Anna can see you, but cannot hear you."_s);

    // A room with a lobby: the family lets the resident in, no tap needed.
    CallScreen lobby(m_theme, nullptr, contact(u"anna"_s, u"Anna"_s), picture(), {});
    lobby.showWaitingInLobby();
    QCOMPARE(lobby.statusText(), u"Anna will let you in in a moment …"_s);
    QVERIFY(lobby.spokenText().contains(u"Anna will let you in in a moment"_s));
    // The other side's camera matters only in the call (the flow test shows it there).
    lobby.showOtherCamera(true);
    QCOMPARE(lobby.statusText(), u"Anna will let you in in a moment …"_s);

    // Without an engine, hanging up still leads home.
    QSignalSpy home(&screen, &Screen::homeRequested);
    QTest::mouseClick(screen.hangUpButton(), Qt::LeftButton);
    QCOMPARE(home.size(), 1);

    CallScreen failed(m_theme, nullptr, contact(u"anna"_s, u"Anna"_s), picture(),
                      CallScreen::Timing{3min, 60s, 200ms});
    failed.resize(1280, 800);
    failed.show();
    QSignalSpy inactivity(&failed, &Screen::inactivityStateChanged);
    QSignalSpy failedHome(&failed, &Screen::homeRequested);
    QSignalSpy trouble(&failed, &Screen::troubleChanged);
    failed.showFailure(CallScreen::Failure::Unreachable);
    QCOMPARE(failed.state(), CallScreen::State::Failed);
    // A session with the call marks its date for staff with it.
    QCOMPARE(trouble.size(), 1);
    QVERIFY(failed.trouble().startsWith(u"The connection to Anna is not working"_s));
    QVERIFY(failed.failureText().startsWith(
        u"The connection to Anna is not working right now. Please try again later."_s));
    QVERIFY(!failed.hangUpButton()->isVisible());
    QVERIFY(failed.homeButton()->isVisible());
    QCOMPARE(failed.homeButton()->text(), u"Home"_s);
    QVERIFY(!failed.holdsInactivity());
    QCOMPARE(inactivity.size(), 1);
    // Home by itself after the failure was shown for a while.
    QVERIFY(failedHome.wait(3000));
}

void TestCallScreens::ringScreenReportsTapsAndCountsDown()
{
    RingScreen screen(m_theme, contact(u"anna"_s, u"Anna"_s), picture(), 60);
    screen.resize(1920, 1080);
    screen.show();
    screen.activate(); // as the navigator does when it shows a screen
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    tapFreely(screen);
    QCOMPARE(screen.screenName(), u"ring"_s);
    QVERIFY(screen.holdsInactivity());
    QVERIFY(!screen.showsHeader());
    QCOMPARE(screen.titleText(), u"Anna is calling"_s);
    QCOMPARE(screen.answerButton()->text(), u"Answer"_s);
    QCOMPARE(screen.rejectButton()->text(), u"Decline"_s);
    QVERIFY(screen.ringTone().isPlaying());
    QVERIFY(screen.ringTone().volume() <= 0.6);
    QVERIFY(screen.countdownText().isEmpty());
    screen.setCountdown(8s);
    QCOMPARE(screen.countdownText(), u"Answering by itself in 8 seconds"_s);
    screen.setCountdown(1s);
    QCOMPARE(screen.countdownText(), u"Answering by itself in 1 seconds"_s);
    screen.setCountdown(std::nullopt);
    QVERIFY(screen.countdownText().isEmpty());

    QSignalSpy answered(&screen, &RingScreen::answerClicked);
    QSignalSpy rejected(&screen, &RingScreen::rejectClicked);
    QTest::mouseClick(screen.rejectButton(), Qt::LeftButton);
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(answered.size(), 0);
    QTest::mouseClick(screen.answerButton(), Qt::LeftButton);
    QCOMPARE(answered.size(), 1);
    // Leaving the screen stops the sound.
    screen.deactivate();
    QVERIFY(!screen.ringTone().isPlaying());
}

void TestCallScreens::ringScreenSoundOff()
{
    RingScreen screen(m_theme, contact(u"anna"_s, u"Anna"_s), picture(), 80);
    screen.resize(1280, 800);
    screen.show();
    screen.activate(); // as the navigator does when it shows a screen
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    tapFreely(screen);
    QCOMPARE(screen.muteButton()->text(), u"Sound off"_s);
    const QSize before = screen.muteButton()->size();
    QTest::mouseClick(screen.muteButton(), Qt::LeftButton);
    QVERIFY(screen.ringTone().isMuted());
    QCOMPARE(screen.ringTone().volume(), 0.0);
    QCOMPARE(screen.muteButton()->text(), u"Sound on"_s);
    QCOMPARE(screen.muteButton()->size(), before); // nothing beside it moves
    QTest::mouseClick(screen.muteButton(), Qt::LeftButton);
    QVERIFY(!screen.ringTone().isMuted());
    QCOMPARE(screen.ringTone().volume(), 0.8);
}

void TestCallScreens::missedCallsBannerWording()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QDate today = now.date();
    QCOMPARE(MissedCallsBanner::line(u"Anna"_s, 1, now, today), u"Anna called at 14:05."_s);
    QCOMPARE(MissedCallsBanner::line(u"Anna"_s, 1, now.addDays(-1), today),
             u"Anna called yesterday at 14:05."_s);
    QCOMPARE(MissedCallsBanner::line(u"Anna"_s, 3, now, today),
             u"Anna called 3 times, last at 14:05."_s);

    MissedCallsBanner banner(m_theme);
    QVERIFY(banner.isHidden());
    banner.setCalls({{u"lukas"_s, u"Lukas"_s, now},
                     {u"anna"_s, u"Anna"_s, now.addSecs(-3600)},
                     {u"lukas"_s, u"Lukas"_s, now.addSecs(-7200)}},
                    today);
    QVERIFY(!banner.isHidden());
    QCOMPARE(banner.text(), u"Lukas called 2 times, last at 14:05.\n"
                            u"Anna called at 13:05."_s);
    QCOMPARE(banner.callBackContact(), u"lukas"_s);
    QCOMPARE(banner.callBackButton()->text(), u"Call Lukas"_s);
    QCOMPARE(banner.seenButton()->text(), u"Seen"_s);
    // A name from contacts.json is shown as written, never as markup.
    banner.setCalls({{u"anna"_s, u"<b>Anna</b>"_s, now}}, today);
    auto *text = banner.findChild<QLabel *>(u"missedCallsText"_s);
    QVERIFY(text);
    QCOMPARE(text->textFormat(), Qt::PlainText);
    QCOMPARE(text->text(), u"<b>Anna</b> called at 14:05."_s);
    banner.setCalls({}, today);
    QVERIFY(banner.isHidden());
    QLocale::setDefault(QLocale::c());
}

void TestCallScreens::missedCallsBannerOnHome()
{
    const ConfigLoadResult loaded = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY(loaded.config);
    HomeScreen home(m_theme, *loaded.config);
    auto *banner = new MissedCallsBanner(m_theme);
    home.setBanner(banner);
    home.resize(1920, 900);
    home.show();
    QVERIFY(QTest::qWaitForWindowExposed(&home));
    tapFreely(home);
    const int tilesTop = home.tiles().first()->y();
    banner->setCalls({{u"anna"_s, u"Anna"_s, now}}, now.date());
    // The tiles make room for the banner at once, and take it back when it goes.
    QVERIFY(banner->isVisible());
    QVERIFY(home.tiles().first()->y() > banner->geometry().bottom());
    QSignalSpy callBack(banner, &MissedCallsBanner::callBackRequested);
    QSignalSpy seen(banner, &MissedCallsBanner::seenRequested);
    QTest::mouseClick(banner->callBackButton(), Qt::LeftButton);
    QCOMPARE(callBack.size(), 1);
    QCOMPARE(callBack.at(0).at(0).toString(), u"anna"_s);
    QTest::mouseClick(banner->seenButton(), Qt::LeftButton);
    QCOMPARE(seen.size(), 1);
    banner->setCalls({}, now.date());
    QCOMPARE(home.tiles().first()->y(), tilesTop);
}

void TestCallScreens::layoutFits_data()
{
    Test::addScreenVariants({100, 150});
}

void TestCallScreens::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QString, theme);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    const auto sized = makeTheme(theme, scale);
    const QString name =
        u"%1x%2-%3-%4"_s.arg(size.width()).arg(size.height()).arg(scale).arg(theme);
    checkContacts(size, *sized, name);
    if (QTest::currentTestFailed())
        return;
    checkCall(size, *sized, name);
    if (QTest::currentTestFailed())
        return;
    checkRing(size, *sized, name);
    if (QTest::currentTestFailed())
        return;
    checkHome(size, *sized, name);
}

void TestCallScreens::checkContacts(const QSize &size, const Theme &theme, const QString &name)
{
    // In the kiosk's window, below the header with its Startseite.
    MainWindow window(theme, m_clock, u"Haus Sonnenhang"_s);
    window.header()->setHomeButtonVisible(true);
    Test::RecordingSpeech speech;
    ReadAloud readAloud(&speech);
    window.header()->setReadAloudButton(
        new ReadAloudButton(theme, readAloud, [] { return u"x"_s; }));
    QStringList pictures{picture(), picture(), picture()};
    auto *screen = new ContactsScreen(theme, contacts(3), pictures);
    window.stack()->addWidget(screen);
    window.stack()->setCurrentWidget(screen);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int page = 0; page < screen->pageSwitcher()->pageCount(); ++page) {
        screen->pageSwitcher()->setPage(page);
        const Test::NamedRects controls = Test::checkControls(*screen, theme);
        if (QTest::currentTestFailed())
            return;
        for (const Tile *tile : screen->tiles()) {
            if (tile->isVisible()) {
                QVERIFY2(tile->labelFits(), qPrintable(tile->label()));
                QVERIFY(tile->width() >= theme.px(Theme::tileMinMm));
                QVERIFY(tile->height() >= theme.px(Theme::tileMinMm));
            }
        }
        checkTexts(*screen, controls);
        if (QTest::currentTestFailed())
            return;
    }
    screenshot(window, name + u"-contacts"_s);
}

void TestCallScreens::checkCall(const QSize &size, const Theme &theme, const QString &name)
{
    // The call has the whole glass: no header.
    CallScreen screen(theme, nullptr, contact(u"anna"_s, u"Marie-Luise"_s), picture(), {});
    screen.resize(size);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    screen.showMediaProblem(CallEngine::MediaProblem::Camera);
    screen.showMediaProblem(CallEngine::MediaProblem::Microphone);
    const Test::NamedRects controls = Test::checkControls(screen, theme);
    if (QTest::currentTestFailed())
        return;
    const QRect hangUp = rectIn(screen.hangUpButton(), &screen);
    const int edge = theme.px(CallScreen::hangUpEdgeMm);
    QVERIFY2(hangUp.left() >= edge && hangUp.top() >= edge &&
                 screen.width() - 1 - hangUp.right() >= edge &&
                 screen.height() - 1 - hangUp.bottom() >= edge,
             qPrintable(u"Auflegen at %1,%2 %3x%4"_s.arg(hangUp.x())
                            .arg(hangUp.y())
                            .arg(hangUp.width())
                            .arg(hangUp.height())));
    QVERIFY(hangUp.height() >= theme.px(CallButton::minHeightMm));
    checkTexts(screen, controls);
    if (QTest::currentTestFailed())
        return;
    screenshot(screen, name + u"-call"_s);

    // A camera that does not work is not offered.
    screen.showCamera(false);
    QVERIFY(!screen.cameraButton()->isVisible());
    screen.showCamera(true);
    // Answered by itself: "Kamera einschalten" above Auflegen, clear of it and of the band.
    CallScreen answered(theme, nullptr, contact(u"anna"_s, u"Marie-Luise"_s), picture(), {},
                        CallScreen::Start{.answering = true, .cameraOff = true});
    answered.resize(size);
    answered.show();
    QVERIFY(QTest::qWaitForWindowExposed(&answered));
    QVERIFY(answered.cameraButton()->isVisible());
    QCOMPARE(answered.cameraSignText(), QString());
    const Test::NamedRects cameraOff = Test::checkControls(answered, theme);
    if (QTest::currentTestFailed())
        return;
    const QRect camera = rectIn(answered.cameraButton(), &answered);
    // Above it, or (no room for the texts) beside it in the corner.
    QVERIFY2(hangUp.top() - camera.bottom() >= 2 * theme.px(Theme::gapMm) ||
                 hangUp.left() > camera.right(),
             "Kamera einschalten too close to Auflegen");
    checkTexts(answered, cameraOff);
    if (QTest::currentTestFailed())
        return;
    screenshot(answered, name + u"-call-camera-off"_s);
    answered.hide();

    screen.showFailure(CallScreen::Failure::Unreachable);
    const Test::NamedRects failed = Test::checkControls(screen, theme);
    if (QTest::currentTestFailed())
        return;
    checkTexts(screen, failed);
    screenshot(screen, name + u"-call-failed"_s);
}

void TestCallScreens::checkRing(const QSize &size, const Theme &theme, const QString &name)
{
    RingScreen screen(theme, contact(u"anna"_s, u"Marie-Luise"_s), picture(), 0);
    screen.setCountdown(120s);
    // With its own "Vorlesen" (the header is hidden here), as the kiosk gives it.
    Test::RecordingSpeech speech;
    ReadAloud readAloud(&speech);
    QVERIFY(screen.offerReadAloud(readAloud));
    QVERIFY(screen.readAloudButton());
    screen.resize(size);
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));
    const Test::NamedRects controls = Test::checkControls(screen, theme);
    if (QTest::currentTestFailed())
        return;
    const QRect answer = rectIn(screen.answerButton(), &screen);
    const QRect reject = rectIn(screen.rejectButton(), &screen);
    QVERIFY2(distance(answer, reject) >= theme.px(30.0) - 1,
             qPrintable(u"Annehmen and Ablehnen %1 mm apart"_s.arg(
                 theme.metrics().mm(distance(answer, reject)), 0, 'f', 1)));
    QVERIFY(answer.height() >= theme.px(CallButton::minHeightMm));
    QVERIFY(reject.height() >= theme.px(CallButton::minHeightMm));
    QVERIFY(!screen.countdownText().isEmpty());
    QVERIFY(screen.readAloudButton()->isVisible());
    QVERIFY(std::any_of(controls.begin(), controls.end(), [](const auto &control) {
        return control.first.startsWith(u"readAloudButton");
    }));
    checkTexts(screen, controls);
    qInfo().noquote() << u"%1: ring buttons %2, %3 mm apart"_s.arg(name)
                             .arg(screen.buttonsSideBySide() ? u"side by side"_s : u"stacked"_s)
                             .arg(theme.metrics().mm(distance(answer, reject)), 0, 'f', 0);
    screenshot(screen, name + u"-ring"_s);
}

void TestCallScreens::checkHome(const QSize &size, const Theme &theme, const QString &name)
{
    const ConfigLoadResult loaded = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY(loaded.config);
    MainWindow window(theme, m_clock, u"Haus Sonnenhang"_s);
    auto *home = new HomeScreen(theme, *loaded.config);
    auto *banner = new MissedCallsBanner(theme);
    home->setBanner(banner);
    window.stack()->addWidget(home);
    window.stack()->setCurrentWidget(home);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    banner->setCalls({{u"lukas"_s, u"Lukas"_s, now}, {u"anna"_s, u"Anna"_s, now.addDays(-1)}},
                     now.date());
    // Very large text on a small screen: the banner gives way where no tile would fit below it.
    QVERIFY(banner->isVisible() || banner->isSuppressed());
    qInfo().noquote() << name << (banner->isVisible() ? "banner shown" : "banner gives way");
    screenshot(window, name + u"-home"_s);
    const Test::NamedRects controls = Test::checkControls(*home, theme);
    if (QTest::currentTestFailed())
        return;
    for (const Tile *tile : home->tiles()) {
        if (tile->isVisible()) {
            QVERIFY2(tile->labelFits(), qPrintable(tile->label()));
            QVERIFY(banner->isHidden() || rectIn(tile, home).top() > rectIn(banner, home).bottom());
        }
    }
    checkTexts(*home, controls);
}

QTEST_MAIN(TestCallScreens)
#include "tst_callscreens.moc"
