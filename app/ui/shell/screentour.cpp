#include "screentour.h"

#include "core/app/chromiumsandbox.h"
#include "core/app/commandline.h"
#include "guidetour.h"
#include "kioskapp.h"
#include "kioskshell.h"
#include "mainwindow.h"
#include "programmetour.h"
#include "ui/calls/callcoordinator.h"
#include "ui/calls/callengine.h"
#include "ui/events/eventcard.h"
#include "ui/events/eventsscreen.h"
#include "ui/kit/navigator.h"
#include "ui/kit/screen.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QSet>
#include <QStackedWidget>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

class SelfTestText
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::SelfTestText)

public:
    // A warning, not a failure: as root (development, CI) the sandbox must be off.
    static QString sandboxOff(const QString &reason)
    {
        return tr("WARNING: the Chromium sandbox is off (%1). Video calls run without its "
                  "protection; on the kiosk PC run Dorfplatz as an unprivileged user, without "
                  "QTWEBENGINE_DISABLE_SANDBOX and without --no-sandbox.")
            .arg(reason);
    }
};

// Opens the events tile and hands the screen, laid out at its final size, to `then`.
std::function<void()> openEvents(KioskShell &shell, const TileConfig &tile,
                                 std::function<void(EventsScreen &)> then)
{
    return [&shell, tile, then = std::move(then)] {
        shell.openTile(tile);
        auto *screen = qobject_cast<EventsScreen *>(shell.navigator()->current());
        if (!screen)
            return;
        // The stack sizes its new page only when its layout runs; the cards are needed now.
        screen->resize(shell.window()->stack()->size());
        then(*screen);
    };
}

// Beyond the list of today (the tile's own step): one event's whole text, the week, and a
// tab without events (or, when every tab has some, tomorrow's). Each reads the events cache
// when it opens; the settle time lets a sync that the demo started finish first.
void addEventSteps(std::vector<TourStep> &steps, KioskShell &shell, const TileConfig &tile)
{
    constexpr int settleMs = 1000;
    steps.push_back({u"events"_s,
                     openEvents(shell, tile,
                                [](EventsScreen &screen) {
                                    // The first tab with events: late in the day "Today" may
                                    // have nothing left, the week always has something.
                                    for (const auto range : EventDay::ranges) {
                                        screen.setRange(range);
                                        const QList<EventCard *> cards = screen.visibleCards();
                                        if (!cards.isEmpty()) {
                                            cards.first()->click();
                                            return;
                                        }
                                    }
                                }),
                     u"events-detail"_s, settleMs});
    steps.push_back(
        {u"events"_s,
         openEvents(shell, tile,
                    [](EventsScreen &screen) { screen.setRange(EventDay::Range::Week); }),
         u"events-week"_s, settleMs});
    steps.push_back({u"events"_s,
                     openEvents(shell, tile,
                                [](EventsScreen &screen) {
                                    for (const auto range : EventDay::ranges) {
                                        screen.setRange(range);
                                        if (screen.entries().isEmpty())
                                            return;
                                    }
                                    screen.setRange(EventDay::Range::Tomorrow);
                                }),
                     u"events-empty"_s, settleMs});
}

// The call screens in their states, shown directly: offline, without a camera, without WebEngine.
void addCallSteps(std::vector<TourStep> &steps, KioskShell &shell)
{
    CallCoordinator *calls = shell.calls();
    const auto &config = shell.activeConfig().config;
    if (!calls || !config || config->contacts.isEmpty())
        return;
    const ContactConfig contact = config->contacts.first();
    steps.push_back({u"contacts"_s,
                     [&shell, calls] { showOverHome(shell, calls->createContactsScreen()); },
                     {},
                     500});
    steps.push_back(
        {u"call"_s,
         [&shell, calls, contact] { showOverHome(shell, calls->createCallPreview(contact)); },
         {},
         500});
    // The call screen in one state: a preview with `set` applied, saved as `name`.
    const auto callState = [&](const QString &name, std::function<void(CallScreen *)> set) {
        steps.push_back({u"call"_s,
                         [&shell, calls, contact, set = std::move(set)] {
                             auto *screen =
                                 static_cast<CallScreen *>(calls->createCallPreview(contact));
                             set(screen);
                             showOverHome(shell, screen);
                         },
                         name, 500});
    };
    callState(u"call-camera-problem"_s, [](CallScreen *screen) {
        screen->showMediaProblem(CallEngine::MediaProblem::Camera);
    });
    // A call answered by itself starts with the camera off; once on, "Kamera an" shows.
    for (const bool cameraOn : {false, true}) {
        callState(cameraOn ? u"call-camera-on"_s : u"call-camera-off"_s,
                  [cameraOn](CallScreen *screen) { screen->showCamera(cameraOn); });
    }
    // The other side's camera is off; the family has a lobby and lets the resident in.
    callState(u"call-other-camera-off"_s, [](CallScreen *screen) {
        screen->showJoined(1);
        screen->showOtherCamera(true);
    });
    callState(u"call-lobby"_s, [](CallScreen *screen) { screen->showWaitingInLobby(); });
    callState(u"call-failed"_s,
              [](CallScreen *screen) { screen->showFailure(CallScreen::Failure::Unreachable); });
    steps.push_back({u"ring"_s,
                     [&shell, calls, contact] {
                         showOverHome(shell, calls->createRingPreview(contact, std::nullopt));
                     },
                     {},
                     500});
    steps.push_back({u"ring"_s,
                     [&shell, calls, contact] {
                         showOverHome(shell,
                                      calls->createRingPreview(contact, std::chrono::seconds(8)));
                     },
                     u"ring-countdown"_s, 500});
    steps.push_back({u"home"_s,
                     [&shell, calls, contact] {
                         shell.navigator()->goHome();
                         // A fixed day: the banner words the time relative to it.
                         const QDate day(2026, 11, 27);
                         calls->banner()->setCalls(
                             {{contact.id, contact.name, QDateTime(day, QTime(14, 5))}}, day);
                     },
                     u"home-missed-call"_s, 500});
}

} // namespace

void showOverHome(KioskShell &shell, Screen *screen)
{
    shell.navigator()->goHome();
    shell.navigator()->push(screen);
}

std::vector<TourStep> tourSteps(KioskShell &shell)
{
    std::vector<TourStep> steps;
    Navigator *navigator = shell.navigator();
    steps.push_back(
        {navigator->home()->screenName(), [navigator] { navigator->goHome(); }, {}, 500});
    QSet<QString> seen;
    if (const auto &config = shell.activeConfig().config) {
        for (const TileConfig &tile : config->tiles) {
            // One screen of each kind; streams once as radio and once as video.
            QString file = tileKindName(tile.kind);
            int settleMs = 500;
            if (const StreamConfig *stream =
                    tile.kind == TileKind::Stream ? config->stream(tile.target) : nullptr) {
                file += u'-' + streamKindName(stream->kind);
                settleMs = 2500; // until it plays: the screen a resident sees most
            }
            if (tile.kind == TileKind::Events)
                settleMs = 1000; // a sync the demo started may still be writing the cache
            // Calls get their own steps (addCallSteps): opening the tile would start WebEngine
            // and dial the demo's server, which does not exist.
            if (seen.contains(file) || tile.kind == TileKind::Call)
                continue;
            seen.insert(file);
            steps.push_back({tileKindName(tile.kind), [&shell, tile] { shell.openTile(tile); },
                             file, settleMs});
        }
    }
    addCallSteps(steps, shell);
    if (const auto &config = shell.activeConfig().config) {
        const auto events =
            std::find_if(config->tiles.cbegin(), config->tiles.cend(),
                         [](const TileConfig &t) { return t.kind == TileKind::Events; });
        if (events != config->tiles.cend())
            addEventSteps(steps, shell, *events);
    }
    addProgrammeSteps(steps, shell);
    addGuideSteps(steps, shell);
    if (shell.hasNotice() && shell.homeScreen())
        steps.push_back({u"notice"_s, [&shell] { shell.openNotice(); }, {}, 500});
    return steps;
}

int runSelfTest(const CommandLine &options)
{
    QTextStream out(stdout);
    int passed = 0;
    int failed = 0;
    const auto check = [&](bool ok, const QString &what) {
        out << (ok ? u"ok   "_s : u"FAIL "_s) << what << Qt::endl;
        (ok ? passed : failed)++;
    };

    KioskApp kiosk(options);
    check(kiosk.activeConfig().origin == ActiveConfig::Origin::Configured,
          u"configuration loads from %1"_s.arg(options.configDir));
    check(kiosk.translationsLoaded(), u"translations load"_s);
    check(kiosk.finishStartup(), u"database opens and migrates in %1"_s.arg(options.dataDir));
    if (kiosk.activeConfig().config && !kiosk.activeConfig().config->contacts.isEmpty()) {
        const QString error = CallEngine::checkModule();
        check(error.isEmpty(), error.isEmpty() ? u"the video calls module loads"_s
                                               : u"the video calls module loads: %1"_s.arg(error));
    }

    MainWindow *window = kiosk.shell().window();
    window->resize(1920, 1080);
    window->show();
    for (const TourStep &step : tourSteps(kiosk.shell())) {
        step.open();
        const Screen *screen = kiosk.shell().navigator()->current();
        const QPixmap picture = window->grab();
        check(screen && screen->screenName() == step.name && !picture.isNull(),
              u"screen \"%1\" builds and draws"_s.arg(step.file.isEmpty() ? step.name : step.file));
    }
    kiosk.shell().navigator()->goHome();
    if (const QString off = ChromiumSandbox::offReason(QCoreApplication::arguments());
        !off.isEmpty())
        out << SelfTestText::sandboxOff(off) << Qt::endl;
    out << u"self-test: %1 passed, %2 failed"_s.arg(passed).arg(failed) << Qt::endl;
    return failed == 0 ? 0 : 1;
}

int runScreenshotTour(QApplication &app, const CommandLine &options)
{
    if (!QDir().mkpath(options.screenshotDir))
        return 1;
    KioskApp kiosk(options);
    KioskShell &shell = kiosk.shell();
    const std::vector<TourStep> steps = tourSteps(shell);
    size_t next = 0;
    int result = 0;

    QTimer timer; // a dev tool, not a test: give the X server time to show each frame
    timer.setSingleShot(true);
    timer.setInterval(500);
    QObject::connect(&timer, &QTimer::timeout, &app, [&] {
        if (next > 0) {
            const TourStep &step = steps.at(next - 1);
            const QString name = step.file.isEmpty() ? step.name : step.file;
            QScreen *screen = shell.window()->screen();
            QPixmap picture = screen->grabWindow(0);
            if (picture.isNull())
                picture = shell.window()->grab();
            const QString file = QDir(options.screenshotDir).filePath(name + u".png"_s);
            if (!picture.save(file))
                result = 1;
            QTextStream(stdout) << file << Qt::endl;
        }
        if (next == steps.size()) {
            app.quit();
            return;
        }
        timer.start(steps.at(next).settleMs);
        steps.at(next++).open();
    });
    QObject::connect(&shell, &KioskShell::firstPainted, &kiosk, [&] {
        kiosk.finishStartup();
        timer.start();
    });
    shell.window()->showKiosk(options.windowed);
    const int code = app.exec();
    return result != 0 ? result : code;
}

} // namespace Dorfplatz
