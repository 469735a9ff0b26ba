// Tap-to-sound benchmark (tests/benchmark/taptosound.sh; not a test, CTest does not run it).
//
// How long a resident waits for sound after tapping a radio tile, on two loopback streams: a real
// icecast2 with an ffmpeg live source (MP3), and a VOD HLS stream (AAC in MPEG-TS, 1 s segments)
// served by Test::HttpServer in a child process. Both are measured in one run, interleaved, with:
//
//   kiosk libVLC        a KioskShell on a generated configuration (player "vlc", --aout=adummy);
//                       libVLC is warmed up after the first paint, as KioskApp does. A
//                       QTest::mouseClick on the tile is the tap; measured up to the stream
//                       session's phase Playing, i.e. MediaPlayer::started: "started".
//   kiosk libVLC afile  the same, but libVLC writes its decoded samples into a FIFO
//                       (--aout=afile): "first audio" is the first byte arriving in the FIFO.
//                       "started" is measured in the same runs.
//   kiosk Qt            the same shell with player "qt" (Qt Multimedia, GStreamer). Qt shows no
//                       samples, so only "started" (for Qt: the playing time advanced).
//   cvlc                VLC itself from exec (as nobody when run as root; VLC refuses root) with
//                       the same afile + FIFO output: exec to the first byte in the FIFO.
//   server              connect to the first byte of the server's answer (raw TCP, no player),
//                       and to the first byte of its body: no player can sound before that.
//                       icecast2 answers with its headers and sends the stream's burst on a
//                       later round of its source loop, measured here 320-370 ms later.
//
// Each cell is measured --runs times (default 10): median, min, max and the first run (the first
// tap pays for loading libVLC's demux and codec modules). The table's ratio is the cell's median
// over cvlc's first-audio median on the same URL. One "json {...}" line per cell follows for
// tooling. The machine is shared and has two cores: the numbers are noisy; compare within a run.
//
// Reading the table: libVLC 3 reports the playing time only every 250 ms, and on HLS it stays 0
// until the first segment is over, so time advancing would come 250 ms (icecast) to 1 s (HLS)
// after the first audio. libVLC writes its first samples when its buffering is complete (the
// player's Buffering event reaches 100 % in the same millisecond), so VlcPlayer reports
// "started" then; the table shows that "started" and "first audio" agree.
//
// Internal: "--serve-hls DIR" makes this program the HLS server (see serveHls()).
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "core/time/clock.h"
#include "media/playerprovider.h"
#include "media/streamsession.h"
#include "support/icecastserver.h"
#include "support/mediamaker.h"
#include "support/testconfig.h"
#include "support/testhttpserver.h"
#include "ui/home/homescreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/navigator.h"
#include "ui/kit/tile.h"
#include "ui/player/playerscreen.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QPointer>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <optional>
#include <poll.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Steady = std::chrono::steady_clock;

namespace {

// Longer than any start seen on loopback by far; a run that takes this long failed.
constexpr std::chrono::milliseconds runTimeout = 15s;
// Between two runs: libVLC and GStreamer finish their stop, icecast forgets the listener, and
// the tile's tap guard (0.6 s against double taps) lets the next tap through.
constexpr std::chrono::milliseconds pauseBetweenRuns = 1s;
// The FIFO must have been silent this long before a run starts, so the last run's samples do
// not count as this run's.
constexpr std::chrono::milliseconds fifoQuiet = 150ms;
// The afile output as both kiosk and cvlc use it. float32 stereo makes the first MP3 frame
// (1152 samples) 9 KiB and the first AAC frame 8 KiB: more than stdio's 4 KiB FIFO buffer, so
// afile's first fwrite() reaches the FIFO at once. No WAV header: the first byte is a sample.
const QStringList afileFormat{u"--audiofile-format=float32"_s, u"--audiofile-channels=2"_s,
                              u"--no-audiofile-wav"_s};

double msBetween(Steady::time_point from, Steady::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// Runs the event loop until `done` holds or `timeout` passed. Unlike QTest::qWaitFor it sleeps in
// the event loop, not in 10 ms naps, so a slot that notes the time runs as soon as its event
// is posted, as in the kiosk.
bool runUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(2);
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    loop.exec();
    // Screens the navigator deleted with deleteLater() go now (this loop is nested).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return done();
}

// Lets the event loop run for `duration`.
void idle(std::chrono::milliseconds duration)
{
    runUntil([] { return false; }, duration);
}

// Reads a FIFO on its own thread and notes when data arrives: a libVLC or cvlc with
// "--aout=afile --audiofile-file=FIFO" writes its decoded samples there, so the first byte after
// arm() is "first audio". The tap holds a write end itself, so the FIFO never reports end of file
// between two players, and a player's open() finds a reader and never blocks.
class FifoTap
{
public:
    explicit FifoTap(QString path)
        : m_path(std::move(path))
    {
        const QByteArray name = QFile::encodeName(m_path);
        // chmod after mkfifo: the umask must not keep cvlc (run as nobody) out.
        if (::mkfifo(name.constData(), 0666) != 0 || ::chmod(name.constData(), 0666) != 0)
            return;
        // O_CLOEXEC: a cvlc started later must not inherit a write end, or it would hold the
        // FIFO open after it was killed.
        m_readFd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (m_readFd >= 0)
            m_writeFd = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (isValid())
            m_thread = std::thread([this] { run(); });
    }

    ~FifoTap()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_writeFd >= 0)
            ::close(m_writeFd);
        if (m_readFd >= 0)
            ::close(m_readFd);
        ::unlink(QFile::encodeName(m_path).constData());
    }

    FifoTap(const FifoTap &) = delete;
    FifoTap &operator=(const FifoTap &) = delete;

    bool isValid() const { return m_readFd >= 0 && m_writeFd >= 0; }
    QString path() const { return m_path; }

    // Waits until nothing has arrived for `quiet`; false if data still flows after `timeout`.
    bool waitQuiet(std::chrono::milliseconds quiet, std::chrono::milliseconds timeout) const
    {
        return runUntil(
            [this, quiet] {
                const Steady::rep last = m_last.load();
                return last == 0 ||
                       Steady::now() - Steady::time_point(Steady::duration(last)) >= quiet;
            },
            timeout);
    }

    // From now on the next data counts as first audio.
    void arm()
    {
        m_first = 0;
        m_armedAt = Steady::now().time_since_epoch().count();
    }

    std::optional<Steady::time_point> firstData() const
    {
        const Steady::rep first = m_first.load();
        if (first == 0)
            return std::nullopt;
        return Steady::time_point(Steady::duration(first));
    }

private:
    void run()
    {
        // Large reads: the writer must never block on a full pipe (libVLC's stop() would wait
        // for it).
        std::array<char, 65536> buffer{};
        while (!m_stop) {
            pollfd fd{m_readFd, POLLIN, 0};
            if (::poll(&fd, 1, 50) <= 0)
                continue;
            const Steady::rep now = Steady::now().time_since_epoch().count();
            if (::read(m_readFd, buffer.data(), buffer.size()) <= 0)
                continue;
            m_last = now;
            Steady::rep none = 0;
            if (now >= m_armedAt.load())
                m_first.compare_exchange_strong(none, now);
        }
    }

    QString m_path;
    int m_readFd = -1;
    int m_writeFd = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<Steady::rep> m_armedAt{0};
    std::atomic<Steady::rep> m_first{0};
    std::atomic<Steady::rep> m_last{0};
    std::thread m_thread;
};

// One measurement: the milliseconds of each metric, or why the run failed.
struct Sample
{
    std::optional<double> started;    // tap (or exec) to MediaPlayer::started
    std::optional<double> firstAudio; // tap (or exec) to the first decoded samples
    std::optional<double> firstByte;  // connect to the server's first byte
    std::optional<double> firstBody;  // connect to the first byte after the answer's headers
    QString error;
};

// --- Kiosk ---------------------------------------------------------------------------------------

// A whole kiosk UI for one player backend, on a generated configuration with one radio tile per
// stream.
class Kiosk
{
public:
    Kiosk(QString key, QString label, PlayerBackend backend, QStringList vlcArguments,
          std::unique_ptr<FifoTap> fifo)
        : m_key(std::move(key))
        , m_label(std::move(label))
        , m_backend(backend)
        , m_vlcArguments(std::move(vlcArguments))
        , m_fifo(std::move(fifo))
    {}

    QString key() const { return m_key; }
    QString label() const { return m_label; }
    bool hasFifo() const { return m_fifo != nullptr; }
    std::optional<double> warmUpMs() const { return m_warmUpMs; }

    // Builds the configuration and the shell, waits for the first paint and warms libVLC up.
    // Empty on success, else why not.
    QString start(const QList<std::pair<QString, QUrl>> &streams)
    {
        if (!m_config.isValid() || !m_data.isValid())
            return u"no temporary directory"_s;
        QJsonArray tiles;
        QJsonArray streamList;
        for (const auto &[id, url] : streams) {
            tiles.append(QJsonObject{
                {u"id"_s, id}, {u"kind"_s, u"stream"_s}, {u"label"_s, id}, {u"target"_s, id}});
            streamList.append(QJsonObject{{u"id"_s, id},
                                          {u"name"_s, id},
                                          {u"kind"_s, u"radio"_s},
                                          {u"urls"_s, QJsonArray{url.toString()}}});
        }
        m_config.writeJson(
            u"kiosk.json"_s,
            QJsonObject{{u"version"_s, 1}, {u"player"_s, playerBackendName(m_backend)}});
        m_config.writeJson(u"tiles.json"_s, QJsonObject{{u"version"_s, 1}, {u"tiles"_s, tiles}});
        m_config.writeJson(u"streams.json"_s,
                           QJsonObject{{u"version"_s, 1}, {u"streams"_s, streamList}});
        m_active = std::make_unique<ActiveConfig>(
            loadActiveConfig(m_config.path(), LastGoodConfig(m_data.path())));
        if (m_active->origin != ActiveConfig::Origin::Configured)
            return u"the generated configuration in %1 does not load"_s.arg(m_config.path());

        // KioskShell makes its PlayerProvider with the arguments from DORFPLATZ_VLC_ARGS; the
        // caller's value is put back afterwards.
        const QByteArray callerArguments = qgetenv("DORFPLATZ_VLC_ARGS");
        const bool callerHadArguments = qEnvironmentVariableIsSet("DORFPLATZ_VLC_ARGS");
        qputenv("DORFPLATZ_VLC_ARGS", m_vlcArguments.join(u' ').toLocal8Bit());
        m_shell = std::make_unique<KioskShell>(*m_active, m_config.path(), m_data.path(), m_clock);
        if (callerHadArguments)
            qputenv("DORFPLATZ_VLC_ARGS", callerArguments);
        else
            qunsetenv("DORFPLATZ_VLC_ARGS");

        bool painted = false;
        QObject::connect(m_shell.get(), &KioskShell::firstPainted, m_shell.get(),
                         [&painted] { painted = true; });
        m_shell->window()->resize(1920, 1080);
        m_shell->window()->show();
        if (!runUntil([&painted] { return painted; }, 10s))
            return u"no first paint"_s;

        // As KioskApp::finishStartup(): after the first paint, not at the first tap.
        const auto before = Steady::now();
        m_shell->players().warmUp();
        if (m_backend == PlayerBackend::Vlc) {
            m_warmUpMs = msBetween(before, Steady::now());
            if (!m_shell->players().fallbackReason().isEmpty())
                return m_shell->players().fallbackReason();
        }
        return {};
    }

    // Taps the stream's tile and waits for "started" (and, with a FIFO, first audio); then
    // goes home with the player's own home button.
    Sample tap(const QString &streamId)
    {
        Sample sample;
        auto *tile = m_shell->window()->findChild<Tile *>(u"tile-"_s + streamId);
        if (!tile || !tile->isVisible()) {
            sample.error = u"no visible tile %1"_s.arg(streamId);
            return sample;
        }
        if (m_fifo) {
            if (!m_fifo->waitQuiet(fifoQuiet, 5s)) {
                sample.error = u"samples still arrive from the last run"_s;
                return sample;
            }
            m_fifo->arm();
        }

        std::optional<Steady::time_point> startedAt;
        QString failure;
        const auto tapped = Steady::now();
        QTest::mouseClick(tile, Qt::LeftButton);
        QPointer<PlayerScreen> screen =
            qobject_cast<PlayerScreen *>(m_shell->navigator()->current());
        if (!screen) {
            sample.error = u"the tap opened no player"_s;
            return sample;
        }
        {
            QObject context;
            QObject::connect(screen->session(), &StreamSession::phaseChanged, &context,
                             [&startedAt](StreamSession::Phase phase) {
                                 if (phase == StreamSession::Phase::Playing && !startedAt)
                                     startedAt = Steady::now();
                             });
            QObject::connect(screen->session(), &StreamSession::attemptFailed, &context,
                             [&failure](const QUrl &, StreamSession::Problem,
                                        const QString &cause) { failure = cause; });
            runUntil(
                [&] {
                    return !failure.isEmpty() ||
                           (startedAt && (!m_fifo || m_fifo->firstData().has_value()));
                },
                runTimeout);
        }
        if (startedAt)
            sample.started = msBetween(tapped, *startedAt);
        if (m_fifo) {
            if (const auto first = m_fifo->firstData())
                sample.firstAudio = msBetween(tapped, *first);
        }
        if (!failure.isEmpty())
            sample.error = failure;
        else if (!startedAt || (m_fifo && !sample.firstAudio))
            sample.error = u"nothing within %1 s"_s.arg(runTimeout.count() / 1000);

        if (screen) {
            BigButton *home = screen->homeButton();
            if (home && home->isVisible())
                QTest::mouseClick(home, Qt::LeftButton);
            else
                m_shell->navigator()->goHome();
        }
        runUntil([&screen] { return screen.isNull(); }, 5s);
        return sample;
    }

private:
    QString m_key;
    QString m_label;
    PlayerBackend m_backend;
    QStringList m_vlcArguments;
    std::unique_ptr<FifoTap> m_fifo;
    Test::TestConfigDir m_config;
    QTemporaryDir m_data;
    SystemClock m_clock;
    std::unique_ptr<ActiveConfig> m_active;
    std::unique_ptr<KioskShell> m_shell;
    std::optional<double> m_warmUpMs;
};

// --- cvlc ----------------------------------------------------------------------------------------

// VLC itself, started afresh for every run, with its samples into a FIFO.
class Cvlc
{
public:
    // Empty on success, else why cvlc cannot be measured.
    QString prepare(const QString &workDir)
    {
        const QString cvlc = QStandardPaths::findExecutable(u"cvlc"_s);
        if (cvlc.isEmpty())
            return u"no cvlc (package vlc-bin)"_s;
        m_fifo = std::make_unique<FifoTap>(QDir(workDir).filePath(u"cvlc.fifo"_s));
        if (!m_fifo->isValid())
            return u"cannot make the FIFO in %1"_s.arg(workDir);

        m_environment = QProcessEnvironment::systemEnvironment();
        // Nothing of a desktop session: no display, no session bus, no sound server.
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s,
                                    u"DBUS_SESSION_BUS_ADDRESS"_s, u"XDG_RUNTIME_DIR"_s})
            m_environment.remove(name);
        m_program = cvlc;
        m_prefix.clear();
        if (::geteuid() == 0) {
            // "VLC is not supposed to be run as root": as nobody, with a home of its own.
            const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
            if (setpriv.isEmpty())
                return u"running as root and no setpriv to become nobody"_s;
            const QString home = QDir(workDir).filePath(u"cvlc-home"_s);
            if (!QDir().mkpath(home) ||
                ::chown(QFile::encodeName(home).constData(), 65534, 65534) != 0)
                return u"cannot make a home for nobody in %1"_s.arg(workDir);
            m_environment.insert(u"HOME"_s, home);
            m_program = setpriv;
            m_prefix = {u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s, cvlc};
        }

        QProcess version;
        version.setProcessEnvironment(m_environment);
        version.start(m_program, m_prefix + QStringList{u"--version"_s});
        version.waitForFinished(10000);
        m_version = QString::fromLocal8Bit(version.readAllStandardOutput()).section(u'\n', 0, 0);
        return {};
    }

    QString version() const { return m_version; }
    QString commandLine(const QUrl &url) const
    {
        return (QStringList{m_program} + m_prefix + arguments(url)).join(u' ');
    }

    Sample play(const QUrl &url)
    {
        Sample sample;
        if (!m_fifo->waitQuiet(fifoQuiet, 5s)) {
            sample.error = u"samples still arrive from the last run"_s;
            return sample;
        }
        m_fifo->arm();
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        const auto exec = Steady::now();
        process.start(m_program, m_prefix + arguments(url));
        runUntil(
            [&] {
                return m_fifo->firstData().has_value() || process.state() == QProcess::NotRunning;
            },
            runTimeout);
        if (const auto first = m_fifo->firstData())
            sample.firstAudio = msBetween(exec, *first);
        else
            sample.error = u"cvlc gave no audio: "_s +
                           QString::fromLocal8Bit(process.readAll()).simplified().left(300);
        process.kill();
        process.waitForFinished(5000);
        return sample;
    }

private:
    QStringList arguments(const QUrl &url) const
    {
        return QStringList{u"--aout=afile"_s, u"--audiofile-file="_s + m_fifo->path()} +
               afileFormat + QStringList{u"--play-and-exit"_s, url.toString()};
    }

    std::unique_ptr<FifoTap> m_fifo;
    QProcessEnvironment m_environment;
    QString m_program;
    QStringList m_prefix;
    QString m_version;
};

// --- Servers -------------------------------------------------------------------------------------

// Connect to the first byte of the answer, as a player's HTTP client sees it: TCP connect, the
// request, and the server's own work.
Sample firstResponseByte(const QUrl &url)
{
    Sample sample;
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    const auto begin = Steady::now();
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    if (!socket.waitForConnected(5000)) {
        sample.error = socket.errorString();
        return sample;
    }
    socket.write("GET " + url.path(QUrl::FullyEncoded).toLatin1() +
                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nIcy-MetaData: 1\r\nConnection: close\r\n\r\n");
    if (!socket.waitForReadyRead(5000)) {
        sample.error = u"no answer: "_s + socket.errorString();
        return sample;
    }
    sample.firstByte = msBetween(begin, Steady::now());
    QByteArray answer = socket.readAll();
    qsizetype headerEnd = -1;
    while ((headerEnd = answer.indexOf("\r\n\r\n")) < 0 || answer.size() == headerEnd + 4) {
        if (!socket.waitForReadyRead(5000)) {
            sample.error = u"no body: "_s + socket.errorString();
            return sample;
        }
        answer += socket.readAll();
    }
    sample.firstBody = msBetween(begin, Steady::now());
    return sample;
}

// The child process serving the HLS files, so the measured process does not also serve them
// (icecast is a process of its own too). Ends with its parent.
int serveHls(const QString &directory)
{
    Test::HttpServer server;
    if (!server.listen())
        return 1;
    server.serveDirectory(u"/hls"_s, directory);
    std::printf("port=%u\n", static_cast<unsigned>(server.port()));
    std::fflush(stdout);
    const pid_t parent = ::getppid();
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, qApp, [parent] {
        if (::getppid() != parent)
            QCoreApplication::quit();
    });
    watch.start(500);
    return QCoreApplication::exec();
}

// --- Results -------------------------------------------------------------------------------------

struct Cell
{
    QString stream;
    QString player;
    QString metric;
    QList<std::optional<double>> samples; // in run order; nullopt for a failed run
    QStringList errors;

    QList<double> values() const
    {
        QList<double> result;
        for (const auto &sample : samples) {
            if (sample)
                result.append(*sample);
        }
        return result;
    }

    std::optional<double> median() const
    {
        QList<double> sorted = values();
        if (sorted.isEmpty())
            return std::nullopt;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype middle = sorted.size() / 2;
        return sorted.size() % 2 ? sorted.at(middle)
                                 : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
    }
};

class Results
{
public:
    void add(const QString &stream, const QString &player, const QString &metric,
             std::optional<double> value, const QString &error)
    {
        Cell &cell = find(stream, player, metric);
        cell.samples.append(value);
        if (!value && !error.isEmpty() && cell.errors.size() < 3)
            cell.errors.append(error);
    }

    const QList<Cell> &cells() const { return m_cells; }

    std::optional<double> cvlcMedian(const QString &stream) const
    {
        for (const Cell &cell : m_cells) {
            if (cell.stream == stream && cell.player == cvlcName)
                return cell.median();
        }
        return std::nullopt;
    }

    static inline const QString cvlcName = u"cvlc (exec)"_s;

private:
    Cell &find(const QString &stream, const QString &player, const QString &metric)
    {
        for (Cell &cell : m_cells) {
            if (cell.stream == stream && cell.player == player && cell.metric == metric)
                return cell;
        }
        m_cells.append(Cell{stream, player, metric, {}, {}});
        return m_cells.last();
    }

    QList<Cell> m_cells;
};

// Whole milliseconds, or "-" for none.
QString number(const std::optional<double> &value)
{
    if (!value.has_value())
        return u"-"_s;
    return QString::number(value.value(), 'f', 0);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

void printResults(QTextStream &out, const Results &results, const QHash<QString, QUrl> &urls)
{
    const auto row = [&out](const QStringList &fields) {
        static constexpr std::array widths{-12, -20, -15, 7, 6, 6, 6, 8, 6};
        QString line;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const int width = widths.at(static_cast<std::size_t>(i));
            line += (width < 0 ? fields.at(i).leftJustified(-width)
                               : fields.at(i).rightJustified(width)) +
                    u' ';
        }
        out << line.trimmed() << Qt::endl;
    };
    row({u"stream"_s, u"player"_s, u"measured to"_s, u"median"_s, u"min"_s, u"max"_s, u"first"_s,
         u"cvlc"_s, u"ratio"_s});
    for (const Cell &cell : results.cells()) {
        const QList<double> values = cell.values();
        const auto median = cell.median();
        const auto cvlc = results.cvlcMedian(cell.stream);
        const bool compare = cell.player != Results::cvlcName && cell.player != u"server"_s;
        std::optional<double> ratio;
        if (compare && median && cvlc && *cvlc > 0)
            ratio = *median / *cvlc;
        QString minimum = u"-"_s;
        QString maximum = u"-"_s;
        if (!values.isEmpty()) {
            minimum = number(*std::min_element(values.begin(), values.end()));
            maximum = number(*std::max_element(values.begin(), values.end()));
        }
        const QString first = cell.samples.isEmpty() ? u"-"_s : number(cell.samples.constFirst());
        QString metric = cell.metric;
        const qsizetype failed = cell.samples.size() - values.size();
        if (failed > 0)
            metric += u" (%1 failed)"_s.arg(failed);
        row({cell.stream, cell.player, metric, number(median), minimum, maximum, first,
             compare ? number(cvlc) : QString(),
             ratio ? QString::number(*ratio, 'f', 2) : QString()});
    }
    out << Qt::endl
        << u"All times in ms. ratio = median / cvlc's first-audio median on the same URL."_s
        << Qt::endl;
    for (const Cell &cell : results.cells()) {
        for (const QString &error : cell.errors)
            out << u"failed: %1 / %2: %3"_s.arg(cell.stream, cell.player, error) << Qt::endl;
    }
    out << Qt::endl;
    for (const Cell &cell : results.cells()) {
        QJsonArray samples;
        for (const auto &sample : cell.samples)
            samples.append(sample ? QJsonValue(std::round(*sample * 10) / 10) : QJsonValue());
        const QList<double> values = cell.values();
        QJsonObject object{
            {u"stream"_s, cell.stream},       {u"url"_s, urls.value(cell.stream).toString()},
            {u"player"_s, cell.player},       {u"metric"_s, cell.metric},
            {u"runs"_s, cell.samples.size()}, {u"failed"_s, cell.samples.size() - values.size()},
            {u"samples_ms"_s, samples}};
        const auto round = [](double value) { return std::round(value * 10) / 10; };
        if (const auto median = cell.median()) {
            object.insert(u"median_ms"_s, round(*median));
            object.insert(u"min_ms"_s, round(*std::min_element(values.begin(), values.end())));
            object.insert(u"max_ms"_s, round(*std::max_element(values.begin(), values.end())));
            const auto cvlc = results.cvlcMedian(cell.stream);
            if (cvlc && cell.player != Results::cvlcName && cell.player != u"server"_s) {
                object.insert(u"cvlc_median_ms"_s, round(*cvlc));
                object.insert(u"ratio"_s, std::round(*median / *cvlc * 1000) / 1000);
            }
        }
        out << "json " << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    }
}

// SIGINT and SIGTERM end the event loop and the runs, so the destructors stop icecast2, ffmpeg and
// the HLS server instead of leaving them behind. The handler only sets a flag and writes to a
// pipe.
int signalPipe[2] = {-1, -1};
std::atomic<bool> interrupted{false};

void quitOnSignals()
{
    if (::pipe2(signalPipe, O_CLOEXEC) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = [](int) {
        interrupted = true;
        const char byte = 0;
        [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
    };
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

// A child process that is killed and waited for when it goes out of scope.
class ChildProcess final : public QProcess
{
public:
    ~ChildProcess() override
    {
        kill();
        waitForFinished(5000);
    }
};

// Quoted for QProcess::splitCommand() (PlayerProvider splits DORFPLATZ_VLC_ARGS with it).
QString quoted(const QString &argument)
{
    return argument.contains(u' ') ? u'"' + argument + u'"' : argument;
}

int benchmark(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Tap-to-sound of the kiosk (libVLC, Qt Multimedia) against cvlc from exec, on a local "
        "icecast MP3 and a local HLS stream. See tests/benchmark/taptosound.sh."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Runs per cell (default 10)."_s, u"n"_s,
                                        u"10"_s);
    const QCommandLineOption playersOption(
        u"players"_s, u"Comma-separated subset of cvlc,vlc,vlc-afile,qt (default: all)."_s,
        u"list"_s, u"cvlc,vlc,vlc-afile,qt"_s);
    const QCommandLineOption streamsOption(
        u"streams"_s, u"Comma-separated subset of icecast-mp3,hls (default: both)."_s, u"list"_s,
        u"icecast-mp3,hls"_s);
    const QCommandLineOption vlcArgsOption(
        u"vlc-arg"_s,
        u"An extra libVLC argument for the kiosk's instance, after its defaults (e.g. "
        "--network-caching=300); repeatable. cvlc keeps its own defaults."_s,
        u"argument"_s);
    const QCommandLineOption verboseOption(u"verbose"_s,
                                           u"Keep the kiosk's debug and info logging."_s);
    const QCommandLineOption serveOption(
        u"serve-only"_s,
        u"Start the servers, print their URLs and keep them up until interrupted (to try a "
        "player by hand on the same streams)."_s);
    parser.addOptions(
        {runsOption, playersOption, streamsOption, vlcArgsOption, verboseOption, serveOption});
    parser.process(app);

    QTextStream out(stdout);
    bool runsOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    if (!runsOk || runs < 1) {
        out << "--runs must be a positive number" << Qt::endl;
        return 2;
    }
    const QStringList players = parser.value(playersOption).split(u',', Qt::SkipEmptyParts);
    const QStringList streamIds = parser.value(streamsOption).split(u',', Qt::SkipEmptyParts);
    const QStringList extraVlcArguments = parser.values(vlcArgsOption);
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(u"dorfplatz.*.debug=false\ndorfplatz.*.info=false"_s);

    quitOnSignals();
    QTemporaryDir work;
    // cvlc runs as nobody and must reach its FIFO.
    if (!work.isValid() ||
        !QFile::setPermissions(work.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::ExeOther)) {
        out << "no temporary directory" << Qt::endl;
        return 1;
    }

    // Servers.
    QList<std::pair<QString, QUrl>> streams;
    Test::IcecastServer icecast;
    ChildProcess hlsServer;
    if (streamIds.contains(u"icecast-mp3"_s)) {
        if (!icecast.start() || !icecast.startSource(u"/live.mp3"_s)) {
            out << "icecast2 with an ffmpeg source does not start" << Qt::endl;
            return 1;
        }
        streams.append({u"icecast-mp3"_s, icecast.url(u"/live.mp3"_s)});
    }
    if (streamIds.contains(u"hls"_s)) {
        const QString hlsDir = QDir(work.path()).filePath(u"hls"_s);
        // Longer than a run can last: every run starts at the beginning of the VOD playlist.
        if (Test::MediaMaker::hls(hlsDir, 60, 1).isEmpty()) {
            out << "ffmpeg cannot make the HLS stream" << Qt::endl;
            return 1;
        }
        hlsServer.start(QCoreApplication::applicationFilePath(), {u"--serve-hls"_s, hlsDir});
        quint16 port = 0;
        if (hlsServer.waitForReadyRead(10000)) {
            const QByteArray line = hlsServer.readLine().trimmed();
            if (line.startsWith("port="))
                port = static_cast<quint16>(line.mid(5).toUInt());
        }
        if (port == 0) {
            out << "the HLS server does not start" << Qt::endl;
            return 1;
        }
        streams.append({u"hls"_s, QUrl(u"http://127.0.0.1:%1/hls/index.m3u8"_s.arg(port))});
    }
    if (streams.isEmpty()) {
        out << "no stream chosen" << Qt::endl;
        return 2;
    }
    QHash<QString, QUrl> urls;
    for (const auto &[id, url] : streams)
        urls.insert(id, url);

    out << "Tap-to-sound benchmark, " << runs << " runs per cell, Qt " << qVersion()
        << ", load average " << loadAverage() << Qt::endl;
    for (const auto &[id, url] : streams)
        out << "  " << id.leftJustified(12) << url.toString() << Qt::endl;

    if (parser.isSet(serveOption)) {
        out << "Serving until interrupted (SIGINT or SIGTERM)." << Qt::endl;
        QCoreApplication::exec();
        return 0;
    }

    // Players.
    Cvlc cvlc;
    bool withCvlc = players.contains(u"cvlc"_s);
    if (withCvlc) {
        const QString problem = cvlc.prepare(work.path());
        if (!problem.isEmpty()) {
            out << "cvlc is left out: " << problem << Qt::endl;
            withCvlc = false;
        } else {
            out << "  cvlc        " << cvlc.version() << Qt::endl
                << "              " << cvlc.commandLine(QUrl(u"URL"_s)) << Qt::endl;
        }
    }
    std::vector<std::unique_ptr<Kiosk>> kiosks;
    if (players.contains(u"vlc"_s)) {
        kiosks.push_back(
            std::make_unique<Kiosk>(u"vlc"_s, u"kiosk libVLC"_s, PlayerBackend::Vlc,
                                    QStringList{u"--aout=adummy"_s} + extraVlcArguments, nullptr));
    }
    if (players.contains(u"vlc-afile"_s)) {
        auto fifo = std::make_unique<FifoTap>(QDir(work.path()).filePath(u"kiosk.fifo"_s));
        if (!fifo->isValid()) {
            out << "cannot make the kiosk's FIFO" << Qt::endl;
            return 1;
        }
        QStringList arguments{u"--aout=afile"_s, quoted(u"--audiofile-file="_s + fifo->path())};
        arguments += afileFormat;
        kiosks.push_back(std::make_unique<Kiosk>(u"vlc-afile"_s, u"kiosk libVLC afile"_s,
                                                 PlayerBackend::Vlc, arguments + extraVlcArguments,
                                                 std::move(fifo)));
    }
    if (players.contains(u"qt"_s)) {
        kiosks.push_back(std::make_unique<Kiosk>(u"qt"_s, u"kiosk Qt Multimedia"_s,
                                                 PlayerBackend::Qt, QStringList{}, nullptr));
    }
    if (!extraVlcArguments.isEmpty())
        out << "  extra libVLC arguments for the kiosk: " << extraVlcArguments.join(u' ')
            << Qt::endl;
    for (auto &kiosk : kiosks) {
        const QString problem = kiosk->start(streams);
        if (!problem.isEmpty()) {
            out << kiosk->label() << " does not start: " << problem << Qt::endl;
            return 1;
        }
        if (const auto warmUp = kiosk->warmUpMs()) {
            out << "  " << kiosk->label() << ": libVLC instance created after the first paint in "
                << QString::number(*warmUp, 'f', 0) << " ms (PlayerProvider::warmUp)" << Qt::endl;
        }
    }
    out << Qt::endl;

    // Interleaved: a burst of load on the shared machine spreads over all cells instead of
    // spoiling one.
    Results results;
    for (int run = 1; run <= runs && !interrupted; ++run) {
        out << "run " << run << '/' << runs << ':';
        for (const auto &[id, url] : streams) {
            const Sample server = firstResponseByte(url);
            results.add(id, u"server"_s, u"first byte"_s, server.firstByte, server.error);
            results.add(id, u"server"_s, u"first body byte"_s, server.firstBody, server.error);
            if (withCvlc) {
                const Sample sample = cvlc.play(url);
                results.add(id, Results::cvlcName, u"first audio"_s, sample.firstAudio,
                            sample.error);
                out << ' ' << id << " cvlc " << number(sample.firstAudio);
                idle(pauseBetweenRuns);
            }
            for (auto &kiosk : kiosks) {
                const Sample sample = kiosk->tap(id);
                if (kiosk->hasFifo()) {
                    results.add(id, kiosk->label(), u"first audio"_s, sample.firstAudio,
                                sample.error);
                }
                results.add(id, kiosk->label(), u"started"_s, sample.started, sample.error);
                out << ' ' << kiosk->key() << ' ' << number(sample.started);
                if (kiosk->hasFifo())
                    out << '/' << number(sample.firstAudio);
                idle(pauseBetweenRuns);
            }
        }
        out << Qt::endl;
    }
    if (interrupted)
        out << Qt::endl << "Interrupted: the results so far." << Qt::endl;
    out << Qt::endl << "load average at the end " << loadAverage() << Qt::endl << Qt::endl;
    printResults(out, results, urls);

    if (interrupted)
        return 130;
    for (const Cell &cell : results.cells()) {
        if (cell.values().size() != cell.samples.size())
            return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--serve-hls") == 0) {
        QCoreApplication app(argc, argv);
        return serveHls(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    return benchmark(app);
}
