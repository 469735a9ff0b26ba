#include "origins.h"

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

int effectivePort(const QUrl &url)
{
    return url.port(url.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

Origins::Origins(const QList<QUrl> &servers)
{
    for (const QUrl &server : servers) {
        const QUrl origin = originOf(server);
        if (origin.isValid() && !m_origins.contains(origin))
            m_origins.append(origin);
    }
}

bool Origins::contains(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return false;
    const QString host = url.host().toLower();
    const int port = effectivePort(url);
    for (const QUrl &origin : m_origins) {
        if (origin.scheme() == scheme && origin.host() == host && effectivePort(origin) == port)
            return true;
    }
    return false;
}

QUrl Origins::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if ((scheme != u"https"_s && scheme != u"http"_s) || url.host().isEmpty())
        return {};
    QUrl origin;
    origin.setScheme(scheme);
    origin.setHost(url.host().toLower());
    if (url.port() != -1 && url.port() != effectivePort(origin))
        origin.setPort(url.port());
    origin.setPath(u"/"_s);
    return origin;
}

} // namespace Dorfplatz
