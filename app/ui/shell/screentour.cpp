#include "screentour.h"

#include "core/app/commandline.h"
#include "kioskapp.h"
#include "kioskshell.h"
#include "mainwindow.h"
#include "navigator.h"
#include "screen.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QSet>
#include <QTextStream>
#include <QTimer>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

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
            if (seen.contains(file))
                continue;
            seen.insert(file);
            steps.push_back({tileKindName(tile.kind), [&shell, tile] { shell.openTile(tile); },
                             file, settleMs});
        }
    }
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
