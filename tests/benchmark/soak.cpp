// Soak benchmark (not a test; CTest does not run it):
//   cmake --build build/release --target benchmark_soak        or run bench_soak [options]
//
// Hours of use compressed into --minutes of real time (default 30): the whole kiosk (KioskShell
// on a copy of the demo configuration) is driven by taps as a resident would, in cycles:
//
//   radio      a tap on the radio tile (a real icecast2 MP3 stream on 127.0.0.1), 3 s, home
//   video      every second cycle: the concert video (local WebM), 3 s, home
//   events     "Was ist los?": every range tab, the pages forward, home
//   call       every third cycle: a call to Anna against the STAND-IN Jitsi room of
//              tests/data/calls on 127.0.0.1 (no Jitsi server can run here), 3 s in the call,
//              hang up, home
//   sync       every fourth cycle: dorfplatz-sync on a 300-event feed served on 127.0.0.1
//   clock      +20 minutes a cycle, so that the kiosk's clock crosses midnight and the night
//              hours several times (night mode dims; the soak wakes it with a tap, as a resident
//              would)
//
// The last --quiet-minutes (default 6) make no call, with the web engine's quiet period set to
// --release-minutes (default 3), so that the release of WebEngine after a quiet period shows in
// the curve. Every --sample-seconds (default 60) one line: minute, cycles, the kiosk's clock,
// PSS of the whole process tree (the kiosk and WebEngine's helper processes), processes, open
// file descriptors and threads of the kiosk, and the PSS of the kiosk without the call program
// (dorfplatz-call, ended after each quiet period). The summary compares the kiosk alone at the
// end with the end of the warm-up (--warmup-minutes, default 5), and the whole tree at the end
// with the home screen before the first tap (the goal of the quiet period: within 10 MB).
//
// Runs as root with the Chromium sandbox off and with the fake camera and microphone
// (--use-fake-device-for-media-stream), like the tests; libVLC with --aout=adummy.
#include "benchenvironment.h"
#include "core/app/mallocarenas.h"
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "core/events/eventsource.h"
#include "core/events/synclauncher.h"
#include "media/playerprovider.h"
#include "processmemory.h"
#include "standinroom.h"
#include "support/fixedclock.h"
#include "support/icecastserver.h"
#include "support/icsgenerator.h"
#include "support/testconfig.h"
#include "support/testhttpserver.h"
#include "ui/calls/callbutton.h"
#include "ui/calls/callcoordinator.h"
#include "ui/calls/callengine.h"
#include "ui/calls/callscreen.h"
#include "ui/events/eventsscreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/navigator.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/tapbutton.h"
#include "ui/kit/tile.h"
#include "ui/player/playerscreen.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/nightmode.h"
#include "ui/shell/nightoverlay.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Options
{
    int minutes = 30;
    int sampleSeconds = 60;
    int warmupMinutes = 5;
    int quietMinutes = 6;
    int releaseMinutes = 3;
    QString syncProgram;
};

Options parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption minutes(u"minutes"_s, u"Real minutes to run."_s, u"n"_s, u"30"_s);
    const QCommandLineOption sample(u"sample-seconds"_s, u"Seconds between lines."_s, u"n"_s,
                                    u"60"_s);
    const QCommandLineOption warmup(u"warmup-minutes"_s, u"Minutes of warm-up."_s, u"n"_s, u"5"_s);
    const QCommandLineOption quiet(u"quiet-minutes"_s, u"Minutes at the end without calls."_s,
                                   u"n"_s, u"6"_s);
    const QCommandLineOption release(
        u"release-minutes"_s, u"Quiet period after which WebEngine is released."_s, u"n"_s, u"3"_s);
    const QCommandLineOption sync(u"sync-program"_s, u"Path of dorfplatz-sync."_s, u"path"_s);
    parser.addOptions({minutes, sample, warmup, quiet, release, sync});
    parser.process(arguments);
    Options options;
    options.minutes = std::max(1, parser.value(minutes).toInt());
    options.sampleSeconds = std::max(5, parser.value(sample).toInt());
    options.warmupMinutes = std::clamp(parser.value(warmup).toInt(), 0, options.minutes);
    options.quietMinutes = std::clamp(parser.value(quiet).toInt(), 0, options.minutes);
    options.releaseMinutes = std::max(1, parser.value(release).toInt());
    options.syncProgram = parser.value(sync);
    return options;
}

void prepareEnvironment()
{
    Bench::prepareCallEnvironment();
    if (!qEnvironmentVariableIsSet("DORFPLATZ_SOURCE_DIR"))
        qputenv("DORFPLATZ_SOURCE_DIR", DORFPLATZ_SOURCE_TREE);
    // No sound card here: libVLC's dummy output keeps a real-time clock.
    if (!qEnvironmentVariableIsSet("DORFPLATZ_VLC_ARGS"))
        qputenv("DORFPLATZ_VLC_ARGS", "--aout=adummy");
}

struct Sample
{
    double minute = 0;
    Bench::TreeMemory memory;
    // The kiosk without the call program, which is ended after each quiet period: what must
    // stay flat over months.
    Bench::TreeMemory kiosk;
    int fds = 0;
    int threads = 0;
};

Sample takeSample(double minute)
{
    // The test's own servers (icecast2 and its ffmpeg source) are not the kiosk.
    const qint64 self = QCoreApplication::applicationPid();
    return {minute, Bench::treePss(self, {u"icecast2"_s, u"ffmpeg"_s}),
            Bench::treePss(self, {u"icecast2"_s, u"ffmpeg"_s, u"dorfplatz-call"_s}),
            Bench::openFileDescriptors(), Bench::threadCount()};
}

// The kiosk as a resident uses it: taps, waits for what the screen shows, goes home.
class Resident
{
public:
    Resident(KioskShell &shell, FixedClock &clock)
        : m_shell(shell)
        , m_clock(clock)
    {}

    bool radio() { return play(u"hausradio"_s); }
    bool video() { return play(u"konzert"_s); }

    bool events()
    {
        if (!tap(tile(u"was-ist-los"_s)))
            return false;
        auto *screen = qobject_cast<EventsScreen *>(m_shell.navigator()->current());
        if (!screen)
            return false;
        for (auto range : {EventDay::Range::Today, EventDay::Range::Tomorrow}) {
            screen->setRange(range);
            for (int page = 1; page < std::min(screen->pageCount(), 4); ++page)
                tap(screen->pageSwitcher()->nextButton());
        }
        return home();
    }

    bool call()
    {
        if (!tap(tile(u"anna"_s)))
            return false;
        auto *screen = qobject_cast<CallScreen *>(m_shell.navigator()->current());
        if (!screen)
            return false;
        if (!QTest::qWaitFor([screen] { return screen->state() == CallScreen::State::InCall; },
                             30000))
            return false;
        QTest::qWait(3000); // a short call: the resident sees and hears the family
        tap(screen->hangUpButton());
        return QTest::qWaitFor([this] { return m_shell.navigator()->isHome(); }, 15000);
    }

    // Moves the kiosk's clock on, as the hours of a day go by.
    void passTime(std::chrono::minutes minutes)
    {
        m_clock.set(m_clock.now().addDuration(minutes));
        m_shell.night().update();
    }

private:
    bool play(const QString &tileId)
    {
        if (!tap(tile(tileId)))
            return false;
        auto *player = qobject_cast<PlayerScreen *>(m_shell.navigator()->current());
        if (!player)
            return false;
        const bool playing = QTest::qWaitFor(
            [player] { return player->session()->phase() == StreamSession::Phase::Playing; },
            20000);
        QTest::qWait(3000); // listening
        return home() && playing;
    }

    Tile *tile(const QString &id) const
    {
        return m_shell.window()->findChild<Tile *>(u"tile-"_s + id);
    }

    // A tap as a resident makes it: at night the first tap only wakes the screen.
    bool tap(QWidget *target)
    {
        NightMode &night = m_shell.night();
        if (night.isDimmed()) {
            QTest::mouseClick(night.overlay(), Qt::LeftButton);
            if (!QTest::qWaitFor([&night] { return !night.isDroppingTaps(); }, 2000))
                return false;
        }
        if (!target || !target->isVisible())
            return false;
        // The tap guard drops a second tap within a tremor's time; these taps are deliberate.
        for (TapButton *button : m_shell.window()->findChildren<TapButton *>())
            button->guard().setTimeSource([] { return m_tapTime += 1000ms; });
        QTest::mouseClick(target, Qt::LeftButton);
        return true;
    }

    bool home()
    {
        m_shell.navigator()->goHome();
        return m_shell.navigator()->isHome();
    }

    KioskShell &m_shell;
    FixedClock &m_clock;
    static inline std::chrono::milliseconds m_tapTime{0};
};

bool writeConfig(const Test::TestConfigDir &config, const QUrl &radio, const QUrl &room,
                 const QUrl &feed)
{
    config.copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    if (Test::readFile(config.path() + u"/feeds.json"_s).isEmpty())
        return false;
    QJsonObject kiosk =
        QJsonDocument::fromJson(Test::readFile(config.path() + u"/kiosk.json"_s)).object();
    kiosk.insert(u"tapSound"_s, false);
    kiosk.insert(u"nightHours"_s, QJsonObject{{u"start"_s, u"22:00"_s}, {u"end"_s, u"06:00"_s}});
    config.writeJson(u"kiosk.json"_s, kiosk);

    QJsonObject streams =
        QJsonDocument::fromJson(Test::readFile(config.path() + u"/streams.json"_s)).object();
    QJsonArray list = streams.value(u"streams"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject stream = list.at(i).toObject();
        if (stream.value(u"id"_s) == u"hausradio"_s)
            stream.insert(u"urls"_s, QJsonArray{radio.toString()});
        list[i] = stream;
    }
    streams.insert(u"streams"_s, list);
    config.writeJson(u"streams.json"_s, streams);

    QJsonObject contacts =
        QJsonDocument::fromJson(Test::readFile(config.path() + u"/contacts.json"_s)).object();
    contacts.insert(u"server"_s, room.toString());
    QJsonArray people = contacts.value(u"contacts"_s).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        QJsonObject person = people.at(i).toObject();
        person.insert(u"room"_s, person.value(u"id"_s));
        // Nobody calls the kiosk during the soak: presence polling is not what it measures.
        person.insert(u"ring"_s, false);
        person.remove(u"autoAnswerSeconds"_s);
        person.remove(u"autoAnswerHours"_s);
        people[i] = person;
    }
    contacts.insert(u"contacts"_s, people);
    config.writeJson(u"contacts.json"_s, contacts);

    QJsonObject feeds =
        QJsonDocument::fromJson(Test::readFile(config.path() + u"/feeds.json"_s)).object();
    QJsonArray feedList = feeds.value(u"feeds"_s).toArray();
    QJsonObject first = feedList.at(0).toObject();
    first.insert(u"url"_s, feed.toString());
    feedList[0] = first;
    feeds.insert(u"feeds"_s, feedList);
    config.writeJson(u"feeds.json"_s, feeds);
    return true;
}

void printSample(const Sample &sample, int cycles, const QDateTime &kioskTime, const char *screen)
{
    std::printf("%6.1f min  cycles %4d  kiosk %s  PSS %7.1f MiB (kiosk %6.1f)  processes %2d  "
                "fds %4d  threads %3d  %s\n",
                sample.minute, cycles, qPrintable(kioskTime.toString(u"ddd HH:mm"_s)),
                sample.memory.pssMiB, sample.kiosk.pssMiB, sample.memory.processes, sample.fds,
                sample.threads, screen);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    limitMallocArenas(); // as the kiosk's main() does
    prepareEnvironment();
    QApplication app(argc, argv);
    const Options options = parseOptions(app.arguments());

    Test::IcecastServer icecast;
    Test::StandInRoom room;
    Test::HttpServer feeds;
    if (!icecast.start() || !icecast.startSource(u"/live.mp3"_s, u"Soak"_s)) {
        std::printf("cannot start icecast2 with an ffmpeg source: %s\n",
                    icecast.errorLog().constData());
        return 1;
    }
    if (!room.listen() || !feeds.listen()) {
        std::printf("cannot listen on 127.0.0.1\n");
        return 1;
    }
    room.addRoom(u"anna"_s);
    Test::IcsGenerator generator;
    generator.events = 300;
    generator.days = 30;
    feeds.addContent(u"/kusel.ics"_s, "text/calendar", generator.generate());

    Test::TestConfigDir config;
    QTemporaryDir data;
    if (!writeConfig(config, icecast.url(), room.server(), feeds.url(u"/kusel.ics"_s))) {
        std::printf("the demo configuration is not at %s\n",
                    qPrintable(Test::sourcePath(u"kiosk-config/demo"_s)));
        return 1;
    }
    const ActiveConfig active = loadActiveConfig(config.path(), LastGoodConfig(data.path()));
    if (active.origin != ActiveConfig::Origin::Configured) {
        std::printf("the soak configuration did not load\n");
        return 1;
    }

    FixedClock clock(QDateTime(QDate(2026, 12, 7), QTime(8, 0)));
    KioskShell shell(active, config.path(), data.path(), clock);
    shell.window()->resize(1280, 800);
    shell.window()->show();
    if (!QTest::qWaitForWindowExposed(shell.window())) {
        std::printf("no display\n");
        return 1;
    }
    shell.players().warmUp();
    shell.night().start();
    shell.calls()->start();
    shell.calls()->engine().setReleaseAfter(std::chrono::minutes(options.releaseMinutes));

    SyncLauncher sync(config.path(), data.path());
    if (!options.syncProgram.isEmpty())
        sync.setProgram(options.syncProgram);

    QTest::qWait(3000);
    QElapsedTimer elapsed;
    elapsed.start();
    const auto minute = [&elapsed] { return double(elapsed.elapsed()) / 60000.0; };
    const Sample home = takeSample(0);
    std::printf("Soak: %d min, a line every %d s; warm-up %d min; the last %d min without calls, "
                "WebEngine released after %d quiet min\n",
                options.minutes, options.sampleSeconds, options.warmupMinutes, options.quietMinutes,
                options.releaseMinutes);
    printSample(home, 0, clock.now(), "home, before the first tap");

    Resident resident(shell, clock);
    QList<Sample> samples;
    int cycles = 0;
    int failures = 0;
    QTimer sampler;
    sampler.setInterval(options.sampleSeconds * 1000);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        samples.append(takeSample(minute()));
        Screen *current = shell.navigator()->current();
        printSample(samples.last(), cycles, clock.now(),
                    current ? current->metaObject()->className() : "?");
    });
    sampler.start();

    const QDeadlineTimer end(std::chrono::minutes(options.minutes));
    const QDeadlineTimer callsEnd(std::chrono::minutes(options.minutes - options.quietMinutes));
    const auto failed = [&failures, &cycles](const char *what) {
        ++failures;
        std::printf("cycle %d: %s\n", cycles, what);
    };
    while (!end.hasExpired()) {
        ++cycles;
        if (!resident.radio())
            failed("the radio did not play");
        if (cycles % 2 == 0 && !resident.video())
            failed("the video did not play");
        if (!resident.events())
            failed("the events screen did not open");
        if (cycles % 3 == 0 && !callsEnd.hasExpired() && !resident.call())
            failed("the call did not connect");
        if (cycles % 4 == 0 && !sync.isRunning()) {
            QSignalSpy finished(&sync, &SyncLauncher::finished);
            if (!sync.start() || !finished.wait(120000) || finished.first().at(0).toInt() != 0)
                failed("the sync failed");
            shell.events().checkForChanges();
        }
        resident.passTime(20min);
        if (callsEnd.hasExpired()) // quiet: the kiosk rests on its home screen
            QTest::qWait(5000);
    }
    sampler.stop();
    QTest::qWait(3000);
    samples.append(takeSample(minute()));
    printSample(samples.last(), cycles, clock.now(), "end");

    const auto atMinute = [&samples](double m) {
        for (const Sample &sample : samples) {
            if (sample.minute >= m)
                return sample;
        }
        return samples.last();
    };
    const Sample warm = atMinute(options.warmupMinutes);
    const Sample last = samples.last();
    double peak = 0;
    for (const Sample &sample : samples)
        peak = std::max(peak, sample.memory.pssMiB);
    // The call program ends after the quiet period, so the whole tree is compared with the home
    // screen before the first tap, and the kiosk alone with itself after the warm-up.
    const double growth = last.kiosk.pssMiB - warm.kiosk.pssMiB;
    const double endMinusHome = last.memory.pssMiB - home.memory.pssMiB;
    std::printf("\nSummary: %d cycles (%d simulated hours), %d failed steps, no crash\n", cycles,
                cycles / 3, failures);
    std::printf("  PSS of the whole tree: home %.1f MiB, after warm-up %.1f, peak %.1f, end %.1f "
                "MiB; end minus home %.1f MiB (goal < 10)\n",
                home.memory.pssMiB, warm.memory.pssMiB, peak, last.memory.pssMiB, endMinusHome);
    std::printf("  PSS of the kiosk without the call program: home %.1f MiB, after warm-up %.1f, "
                "end %.1f MiB; growth after warm-up %.1f MiB (goal < 10)\n",
                home.kiosk.pssMiB, warm.kiosk.pssMiB, last.kiosk.pssMiB, growth);
    std::printf("  fds: home %d, after warm-up %d, end %d; threads: home %d, after warm-up %d, "
                "end %d; processes at the end %d\n",
                home.fds, warm.fds, last.fds, home.threads, warm.threads, last.threads,
                last.memory.processes);
    QJsonObject json{{u"cycles"_s, cycles},
                     {u"failures"_s, failures},
                     {u"pssHomeMiB"_s, home.memory.pssMiB},
                     {u"pssWarmMiB"_s, warm.memory.pssMiB},
                     {u"pssPeakMiB"_s, peak},
                     {u"pssEndMiB"_s, last.memory.pssMiB},
                     {u"kioskPssWarmMiB"_s, warm.kiosk.pssMiB},
                     {u"kioskPssEndMiB"_s, last.kiosk.pssMiB},
                     {u"fdsWarm"_s, warm.fds},
                     {u"fdsEnd"_s, last.fds},
                     {u"threadsWarm"_s, warm.threads},
                     {u"threadsEnd"_s, last.threads}};
    std::printf("json %s\n", QJsonDocument(json).toJson(QJsonDocument::Compact).constData());
    return failures == 0 && growth < 10.0 && endMinusHome < 10.0 ? 0 : 1;
}
