#pragma once

#include <QString>
#include <QStringList>

#include <memory>

// libVLC's own type, declared here so that no libVLC header leaks out of the wrapper.
struct libvlc_instance_t;

namespace Dorfplatz {

// The one libVLC instance of the process. Creating it loads libVLC's plugins (about 0.2 s on a
// cold cache), so it is made once and shared by every VlcPlayer.
//
// Copies share the same instance: a player keeps a copy, so the instance (and its log sink, which
// libVLC calls from its own threads) lives as long as the last player that uses it.
class VlcInstance
{
public:
    // `extraArguments` come after defaultArguments(), so they override them.
    explicit VlcInstance(const QStringList &extraArguments = {});
    ~VlcInstance();
    VlcInstance(const VlcInstance &) = default;
    VlcInstance &operator=(const VlcInstance &) = default;

    // Tuned for a kiosk that should sound quickly after a tap (see vlcinstance.cpp).
    static QStringList defaultArguments();

    bool isValid() const;
    // Why libVLC could not start; empty when isValid().
    QString error() const;
    // The arguments libVLC was started with (for the log).
    QStringList arguments() const;

    libvlc_instance_t *handle() const;

    // libVLC reports an unreachable server or a 404 only in its log, never through its API.
    // A player takes logMark() when it opens a medium and asks errorsSince() when that medium
    // fails. The log has no per-player context, so with several players at once a line may belong
    // to another one; the kiosk plays one medium at a time.
    quint64 logMark() const;
    QStringList errorsSince(quint64 mark) const;

private:
    struct Shared;
    std::shared_ptr<Shared> d;
};

} // namespace Dorfplatz
