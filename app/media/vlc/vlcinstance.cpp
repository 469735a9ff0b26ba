#include "vlcinstance.h"

#include "core/logging.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

#include <cstdarg>
#include <cstdio>
#include <deque>
#include <mutex>
#include <vlc/vlc.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// Enough to explain one failure (a connection attempt logs three or four lines), small enough
// that a long night of retries does not grow memory.
constexpr std::size_t KeptErrors = 32;

// libVLC's log, received on libVLC's threads. Only this struct's own state is touched there.
class LogSink
{
public:
    void add(QString line)
    {
        const std::lock_guard lock(m_mutex);
        m_errors.push_back({++m_serial, std::move(line)});
        if (m_errors.size() > KeptErrors)
            m_errors.pop_front();
    }

    quint64 mark() const
    {
        const std::lock_guard lock(m_mutex);
        return m_serial;
    }

    QStringList since(quint64 mark) const
    {
        const std::lock_guard lock(m_mutex);
        QStringList lines;
        for (const auto &[serial, line] : m_errors) {
            if (serial > mark)
                lines.append(line);
        }
        return lines;
    }

private:
    mutable std::mutex m_mutex;
    quint64 m_serial = 0;
    std::deque<std::pair<quint64, QString>> m_errors;
};

__attribute__((format(printf, 4, 0))) void onLog(void *data, int level, const libvlc_log_t *context,
                                                 const char *format, va_list arguments)
{
    // Debug and notice lines are many per second while playing; formatting them would cost for
    // nothing.
    if (level < LIBVLC_WARNING)
        return;
    if (level == LIBVLC_WARNING && !lcMedia().isDebugEnabled())
        return;

    char buffer[1024];
    std::vsnprintf(buffer, sizeof buffer, format, arguments);
    const char *module = nullptr;
    const char *file = nullptr;
    unsigned line = 0;
    libvlc_log_get_context(context, &module, &file, &line);
    const QString text = module
                             ? u"%1: %2"_s.arg(QString::fromUtf8(module), QString::fromUtf8(buffer))
                             : QString::fromUtf8(buffer);

    if (level >= LIBVLC_ERROR) {
        qCWarning(lcMedia).noquote() << "libVLC:" << text;
        static_cast<LogSink *>(data)->add(text);
    } else {
        qCDebug(lcMedia).noquote() << "libVLC:" << text;
    }
}

struct InstanceDeleter
{
    void operator()(libvlc_instance_t *instance) const
    {
        // The sink must not be called once the Shared that owns it is gone.
        libvlc_log_unset(instance);
        libvlc_release(instance);
    }
};

} // namespace

struct VlcInstance::Shared
{
    // Declared before the handle: members die in reverse order, so the handle (and with it the
    // last log call) goes first.
    LogSink log;
    std::unique_ptr<libvlc_instance_t, InstanceDeleter> handle;
    QStringList arguments;
    QString error;
};

QStringList VlcInstance::defaultArguments()
{
    return {
        // A kiosk shows no file names or on-screen messages over the picture.
        u"--no-video-title-show"_s,
        u"--no-osd"_s,
        u"--no-snapshot-preview"_s,
        // libVLC's own keys and clicks in its video window are off (each player also turns
        // them off, VlcPlayer): its hotkeys would record the stream (Shift+R) or save
        // snapshots (Shift+S) into the home folder, and its window would take the taps the
        // kiosk needs to bring its controls back.
        u"--no-keyboard-events"_s,
        u"--no-mouse-events"_s,
        // Nobody reads libVLC's statistics.
        u"--no-stats"_s,
        // libVLC must not read or write a desktop user's VLC settings.
        u"--ignore-config"_s,
        // Subtitles stay possible (no --no-spu): a film's own subtitles help residents who hear
        // badly.
        //
        // Measured on loopback: an Icecast server with burst-on-connect (the default, and what
        // radio stations run) and HLS fill any caching at once, so the value does not delay
        // their start. A server without a burst delays the start by the caching (300 ms: sound
        // after 0.7 s, 1000 ms: after 1.3 s), and the same caching rides out a slow line later.
        // libVLC's default of 1000 ms is kept for that.
        //
        // --http-reconnect stays at its default (off): StreamSession reconnects. libVLC 3.0.24
        // still tries an Icecast stream once more by itself (it logs "auto re-connect enabled"
        // even with --no-http-reconnect); a stream that stays away ends and fails as usual.
        u"--network-caching=1000"_s,
    };
}

VlcInstance::VlcInstance(const QStringList &extraArguments)
    : d(std::make_shared<Shared>())
{
    d->arguments = defaultArguments() + extraArguments;

    QList<QByteArray> encoded;
    encoded.reserve(d->arguments.size());
    for (const QString &argument : std::as_const(d->arguments))
        encoded.append(argument.toLocal8Bit());
    QList<const char *> argv;
    argv.reserve(encoded.size());
    for (const QByteArray &argument : std::as_const(encoded))
        argv.append(argument.constData());

    QElapsedTimer timer;
    timer.start();
    d->handle.reset(libvlc_new(static_cast<int>(argv.size()), argv.constData()));
    if (!d->handle) {
        // libVLC printed the reason on stderr. libvlc_errmsg() must not be asked: its
        // thread-local slot only exists while an instance does (AddressSanitizer caught it).
        d->error =
            u"libvlc_new() failed: an unknown option, or no plugins in %1? Arguments: %2"_s.arg(
                qEnvironmentVariable("VLC_PLUGIN_PATH", u"the default path"_s),
                d->arguments.join(u' '));
        return;
    }
    libvlc_log_set(d->handle.get(), onLog, &d->log);
    const QByteArray agent = QByteArrayLiteral("Dorfplatz/" DORFPLATZ_VERSION);
    libvlc_set_user_agent(d->handle.get(), agent.constData(), agent.constData());
    qCInfo(lcMedia).noquote() << "libVLC" << libvlc_get_version() << "started in" << timer.elapsed()
                              << "ms with" << d->arguments.join(u' ');
}

VlcInstance::~VlcInstance() = default;

bool VlcInstance::isValid() const
{
    return d->handle != nullptr;
}

QString VlcInstance::error() const
{
    return d->error;
}

QStringList VlcInstance::arguments() const
{
    return d->arguments;
}

libvlc_instance_t *VlcInstance::handle() const
{
    return d->handle.get();
}

quint64 VlcInstance::logMark() const
{
    return d->log.mark();
}

QStringList VlcInstance::errorsSince(quint64 mark) const
{
    return d->log.since(mark);
}

} // namespace Dorfplatz
