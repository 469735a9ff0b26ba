#pragma once

#include <QList>
#include <QUrl>

namespace Dorfplatz {

// The origins (scheme, host, port) calls may use: the only ones that get camera and microphone
// and the only ones the call browser may navigate to. Plain QUrl work, compiled into core and into
// the WebEngine module (which links no core), so both sides agree on what an origin is.
class Origins
{
public:
    Origins() = default;
    explicit Origins(const QList<QUrl> &servers);

    // Whether url (any path; WebEngine hands origins over as "https://host/" with a trailing
    // slash) has the scheme, host and port of one of the servers.
    bool contains(const QUrl &url) const;
    bool isEmpty() const { return m_origins.isEmpty(); }

    // "https://meet.example.org/": what a server's pages run as.
    static QUrl originOf(const QUrl &url);

private:
    QList<QUrl> m_origins;
};

} // namespace Dorfplatz
