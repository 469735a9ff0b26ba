// Publish benchmark (not a test; CTest does not run it):
//   cmake --build build/release --target benchmark_publish   or   ./dorfplatz.sh benchmark publish
//
// From "Veröffentlichen" to the new home screen on the glass: the guides' draft checked, written
// as a new version (files copied, fsync, rename), loaded again as at start-up, applied to the
// running kiosk (KioskShell::applyConfig) and the new home screen painted. On the demo
// configuration with 40 more tiles (47 in all, 4 pages), at 1920×1080, a tile label changed
// each time. Median and worst of 20 runs; goal: under 300 ms. Also the process's memory (PSS)
// before and after, since every publication makes a new home screen.
#include "core/app/commandline.h"
#include "core/config/configdraft.h"
#include "core/config/configloader.h"
#include "core/config/configversions.h"
#include "core/files/filecopy.h"
#include "core/i18n/translations.h"
#include "processmemory.h"
#include "ui/guide/guidemode.h"
#include "ui/kit/navigator.h"
#include "ui/shell/kioskapp.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

namespace {

constexpr int extraTiles = 40;
constexpr int runs = 20;

// The demo configuration copied, with `extraTiles` more tiles opening its first station.
bool makeConfig(const QString &source, const QString &target)
{
    const ConfigLoadResult demo = ConfigLoader::load(source);
    if (!demo.config)
        return false;
    for (const QString &file : ConfigLoader::filesOf(*demo.config)) {
        if (!FileCopy::copy(QDir(source).filePath(file), QDir(target).filePath(file), nullptr))
            return false;
    }
    QDir(target).mkpath(u"media"_s);
    for (const QString &media : QDir(QDir(source).filePath(u"media"_s)).entryList(QDir::Files))
        FileCopy::copy(QDir(source).filePath(u"media/"_s + media),
                       QDir(target).filePath(u"media/"_s + media), nullptr);
    QJsonObject tiles =
        QJsonDocument::fromJson(
            FileCopy::read(QDir(target).filePath(u"tiles.json"_s), 1 << 20, nullptr))
            .object();
    QJsonArray list = tiles.value(u"tiles"_s).toArray();
    for (int i = 0; i < extraTiles; ++i) {
        list.append(QJsonObject{{u"id"_s, u"extra-%1"_s.arg(i)},
                                {u"kind"_s, u"stream"_s},
                                {u"label"_s, u"Sender %1"_s.arg(i + 1)},
                                {u"picture"_s, u"icon:radio"_s},
                                {u"target"_s, demo.config->streams.first().id},
                                {u"order"_s, 1000 + i}});
    }
    tiles.insert(u"tiles"_s, list);
    return FileCopy::write(QDir(target).filePath(u"tiles.json"_s), QJsonDocument(tiles).toJson(),
                           nullptr);
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString config = dir.filePath(u"config"_s);
    if (!makeConfig(QStringLiteral(DORFPLATZ_DEMO_CONFIG), config)) {
        std::fprintf(stderr, "cannot make the configuration\n");
        return 2;
    }
    CommandLine options;
    options.configDir = config;
    options.dataDir = dir.filePath(u"data"_s);
    KioskApp kiosk(options);
    KioskShell &shell = kiosk.shell();
    shell.window()->resize(1920, 1080);
    shell.window()->show();
    {
        QEventLoop wait;
        QObject::connect(&shell, &KioskShell::firstPainted, &wait, &QEventLoop::quit);
        QTimer::singleShot(5000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    kiosk.finishStartup();
    ConfigDraft draft(options.dataDir);
    const Actor guide{1, u"Benchmark"_s};
    const double pssBefore = Bench::treePss(QCoreApplication::applicationPid()).pssMiB;

    std::vector<double> total;
    std::vector<double> publishOnly;
    for (int run = 0; run < runs; ++run) {
        const ActiveConfig &active = kiosk.activeConfig();
        if (!draft.begin(*active.config, active.publishedVersion, nullptr))
            return 2;
        auto tile = draft.entry(ConfigDraft::List::Tiles, u"extra-0"_s);
        tile->insert(u"label"_s, u"Sender %1"_s.arg(100 + run));
        draft.putEntry(ConfigDraft::List::Tiles, *tile, nullptr);

        // The tap on "Veröffentlichen": what GuideMode::publish does.
        QEventLoop painted;
        QObject::connect(&shell, &KioskShell::appliedHomePainted, &painted, &QEventLoop::quit);
        QTimer::singleShot(5000, &painted, &QEventLoop::quit);
        QElapsedTimer clock;
        clock.start();
        const ConfigVersions::Result result = draft.publish(
            kiosk.versions(), *active.config, guide, QDateTime::currentDateTimeUtc(), nullptr);
        const double written = clock.nsecsElapsed() / 1e6;
        if (!result.version || !kiosk.applyPublished()) {
            std::fprintf(stderr, "publishing failed: %s\n", qPrintable(result.error));
            return 1;
        }
        painted.exec();
        total.push_back(clock.nsecsElapsed() / 1e6);
        publishOnly.push_back(written);
        // The guide leaves staff mode: the kiosk at home lets the old configurations go.
        shell.navigator()->goHome();
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    const double pssAfter = Bench::treePss(QCoreApplication::applicationPid()).pssMiB;
    std::printf("Publish to the new home screen on the glass (demo + %d tiles, %d runs)\n",
                extraTiles, runs);
    std::printf("  check + write the version: median %.1f ms, worst %.1f ms\n", median(publishOnly),
                *std::max_element(publishOnly.begin(), publishOnly.end()));
    std::printf("  until painted:             median %.1f ms, worst %.1f ms   (goal < 300 ms)\n",
                median(total), *std::max_element(total.begin(), total.end()));
    std::printf("  memory (PSS): %.1f MiB before, %.1f MiB after %d publications\n", pssBefore,
                pssAfter, runs);
    std::printf("  configurations kept alive: %d\n", shell.retainedConfigs());
    return median(total) < 300 ? 0 : 1;
}
