// Call benchmark (not a test; CTest does not run it):
//   cmake --build build/release --target benchmark_calls       or run bench_calls [--warm N]
//
// How long from the tap that starts a call (CallEngine::view() + start(), as the call screen does
// it) until the resident sees their own camera picture, with the kiosk's CallEngine against the
// STAND-IN Jitsi room of tests/data/calls on 127.0.0.1 (no Jitsi server can run here; the
// stand-in joins once its own <video> shows the first frame of the fake camera, so "joined" is
// "own picture visible"). The first call pays for starting WebEngine (cold); the following ones
// reuse it (warm; median, min and max of N, default 5).
//
// Memory: PSS (proportional set size, /proc/PID/smaps_rollup) summed over this process and all
// its descendants (the QtWebEngineProcess children: zygote, renderer, GPU/utility), before
// WebEngine exists, during a call, after the call ended with the view kept (the page empty), and
// after WebEngine was released (the quiet period, shortened); then the time of a call after that.
//
// Runs as root with the sandbox off and, unless told otherwise, with the fake camera and
// microphone (--use-fake-device-for-media-stream), like the tests.
#include "benchenvironment.h"
#include "processmemory.h"
#include "standinroom.h"
#include "ui/calls/callengine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <algorithm>
#include <cstdio>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

namespace {

// Lets the processes settle (allocations after join, the renderer's first frames).
Bench::TreeMemory settledPss()
{
    QTest::qWait(3000);
    return Bench::treePss(QCoreApplication::applicationPid());
}

} // namespace

int main(int argc, char **argv)
{
    Bench::prepareCallEnvironment();
    QApplication app(argc, argv);
    int warmCalls = 5;
    const QStringList arguments = app.arguments();
    const qsizetype warmAt = arguments.indexOf(u"--warm"_s);
    if (warmAt > 0 && warmAt + 1 < arguments.size())
        warmCalls = std::max(1, arguments.at(warmAt + 1).toInt());

    QTemporaryDir data;
    Test::StandInRoom room;
    if (!data.isValid() || !room.listen()) {
        std::printf("cannot start the stand-in room (tests/data/calls)\n");
        return 1;
    }
    room.addRoom(u"benchmark"_s);

    QWidget window;
    window.setGeometry(0, 0, 1280, 800);
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::printf("no display\n");
        return 1;
    }
    QTest::qWait(500);
    const Bench::TreeMemory before = Bench::treePss(QCoreApplication::applicationPid());

    CallEngine engine(data.filePath(u"webengine-profile"_s), {room.server()});
    const CallRequest request{room.server(), u"benchmark"_s, u"Oma Erna"_s};
    QSignalSpy joined(&engine, &CallEngine::joined);
    QSignalSpy ended(&engine, &CallEngine::ended);

    // One call: the tap (view into the screen, start) until the own picture is visible.
    auto call = [&]() -> double {
        joined.clear();
        QElapsedTimer timer;
        timer.start();
        layout->addWidget(engine.view());
        engine.view()->show();
        engine.start(request);
        if (!joined.wait(30000))
            return -1;
        return double(timer.nsecsElapsed()) / 1e6;
    };
    auto hangUp = [&]() -> bool {
        ended.clear();
        engine.hangUp();
        const bool ok = ended.wait(10000);
        engine.releaseView();
        return ok;
    };

    const double cold = call();
    if (cold < 0) {
        std::printf("the first call did not join\n");
        return 1;
    }
    const Bench::TreeMemory during = settledPss();
    if (!hangUp()) {
        std::printf("the first call did not end\n");
        return 1;
    }
    const Bench::TreeMemory after = settledPss();

    QList<double> warm;
    for (int i = 0; i < warmCalls; ++i) {
        const double ms = call();
        if (ms < 0 || !hangUp()) {
            std::printf("warm call %d failed\n", i + 1);
            return 1;
        }
        warm.append(ms);
        QTest::qWait(300);
    }
    const Bench::TreeMemory afterWarm = settledPss();
    std::sort(warm.begin(), warm.end());

    // The quiet period (30 min in the kiosk) shortened: WebEngine given back, then a call again.
    QSignalSpy released(&engine, &CallEngine::released);
    engine.setReleaseAfter(std::chrono::milliseconds(500));
    engine.releaseView();
    if (!released.wait(10000)) {
        std::printf("WebEngine was not released\n");
        return 1;
    }
    const Bench::TreeMemory afterRelease = settledPss();
    const double again = call();
    if (again < 0 || !hangUp()) {
        std::printf("the call after the release failed\n");
        return 1;
    }

    std::printf("Calls: CallEngine against the stand-in room on 127.0.0.1 (fake camera), "
                "window 1280x800\n");
    std::printf("tap to own picture, first call (cold WebEngine): %.0f ms\n", cold);
    std::printf("tap to own picture, later calls (warm, %d): median %.0f ms, min %.0f, max %.0f\n",
                int(warm.size()), warm.at(warm.size() / 2), warm.first(), warm.last());
    std::printf("memory (PSS, whole process tree):\n");
    std::printf("  before WebEngine:           %7.1f MiB (%d process)\n", before.pssMiB,
                before.processes);
    std::printf("  during a call:              %7.1f MiB (%d processes)\n", during.pssMiB,
                during.processes);
    std::printf("  after the call, view kept:  %7.1f MiB (%d processes)\n", after.pssMiB,
                after.processes);
    std::printf("  after %d more calls:         %7.1f MiB (%d processes)\n", int(warm.size()),
                afterWarm.pssMiB, afterWarm.processes);
    std::printf("  after the release:          %7.1f MiB (%d processes)\n", afterRelease.pssMiB,
                afterRelease.processes);
    std::printf("tap to own picture, first call after the release: %.0f ms\n", again);
    std::printf("summary: calls-ms cold=%.0f warm=%.0f after-release=%.0f\n", cold,
                warm.at(warm.size() / 2), again);
    std::printf("summary: calls-pss-mib before=%.1f during=%.1f after=%.1f released=%.1f\n",
                before.pssMiB, during.pssMiB, after.pssMiB, afterRelease.pssMiB);
    return 0;
}
