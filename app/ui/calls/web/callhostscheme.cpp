#include "callhostscheme.h"

#include "callweblogging.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

QByteArray CallHostScheme::name()
{
    return QByteArrayLiteral("dorfplatz-call");
}

QUrl CallHostScheme::origin()
{
    return QUrl(u"dorfplatz-call://kiosk"_s);
}

bool CallHostScheme::isHostScheme(const QUrl &url)
{
    return url.scheme() == QLatin1StringView(name());
}

void CallHostScheme::registerScheme()
{
    if (QWebEngineUrlScheme::schemeByName(name()).name() == name())
        return;
    QWebEngineUrlScheme scheme(name());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setDefaultPort(QWebEngineUrlScheme::PortUnspecified);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
    if (QWebEngineUrlScheme::schemeByName(name()).name() != name())
        qCCritical(lcCallWeb) << "the host page's scheme came too late for WebEngine: no call can "
                                 "load";
}

CallHostScheme::CallHostScheme(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{}

CallHostScheme::~CallHostScheme() = default;

QUrl CallHostScheme::offer(const QString &html)
{
    // A new path for every page: nothing cached or remembered of one call is another's.
    m_url = origin();
    m_url.setPath(u"/call-%1.html"_s.arg(++m_offers));
    m_html = html.toUtf8();
    return m_url;
}

void CallHostScheme::requestStarted(QWebEngineUrlRequestJob *job)
{
    // Only the kiosk's own load (no initiator: not asked for by any page) of the page on offer,
    // once. The room (or anything in it) asking for the host page gets nothing.
    const QUrl url = job->requestUrl();
    if (m_html.isEmpty() || url != m_url || job->requestMethod() != "GET" ||
        !job->initiator().isEmpty()) {
        qCInfo(lcCallWeb) << "refused a request for a host page";
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(std::exchange(m_html, {}));
    job->reply("text/html", buffer);
}

} // namespace Dorfplatz
