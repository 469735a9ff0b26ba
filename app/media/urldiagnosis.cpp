#include "urldiagnosis.h"

#include "core/net/replydisposal.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

UrlDiagnosis::Result fromStatus(const QNetworkReply &reply, int status)
{
    const QByteArray reason =
        reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    const QString cause = u"HTTP %1 %2"_s.arg(status).arg(QString::fromLatin1(reason)).trimmed();
    if (status >= 500)
        return {UrlDiagnosis::Outcome::ServerError, status, cause};
    if (status >= 400)
        return {UrlDiagnosis::Outcome::ClientError, status, cause};
    return {UrlDiagnosis::Outcome::Answers, status,
            u"the server answers (%1), but the stream could not be played"_s.arg(cause)};
}

} // namespace

UrlDiagnosis::UrlDiagnosis(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(5000);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish({Outcome::Unreachable, 0,
                u"no answer within %1 s"_s.arg(m_timeout.interval() / 1000.0)});
    });
}

UrlDiagnosis::~UrlDiagnosis()
{
    cancel();
}

void UrlDiagnosis::cancel()
{
    m_timeout.stop();
    if (m_reply) {
        discardReply(m_reply, this);
        m_reply = nullptr;
    }
}

void UrlDiagnosis::diagnose(const QUrl &url)
{
    cancel();
    if (url.isLocalFile()) {
        const QFileInfo file(url.toLocalFile());
        if (!file.isFile())
            finish({Outcome::ClientError, 0, u"the file is missing"_s});
        else if (!file.isReadable())
            finish({Outcome::ClientError, 0, u"the file cannot be read"_s});
        else
            finish({Outcome::Answers, 0, u"the file is there, but it could not be played"_s});
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &UrlDiagnosis::onHeaders);
    connect(m_reply, &QNetworkReply::finished, this, &UrlDiagnosis::onFinished);
    m_timeout.start();
}

void UrlDiagnosis::onHeaders()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect: the headers of its target follow
    if (status > 0)
        finish(fromStatus(*m_reply, status));
}

void UrlDiagnosis::onFinished()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0) {
        finish(fromStatus(*m_reply, status));
        return;
    }
    QString cause;
    switch (m_reply->error()) {
    case QNetworkReply::HostNotFoundError:
        cause = u"host not found (DNS)"_s;
        break;
    case QNetworkReply::ConnectionRefusedError:
        cause = u"connection refused"_s;
        break;
    case QNetworkReply::RemoteHostClosedError:
        cause = u"the server closed the connection"_s;
        break;
    case QNetworkReply::TooManyRedirectsError:
        cause = u"too many redirects"_s;
        break;
    default:
        cause = m_reply->errorString();
        break;
    }
    finish({Outcome::Unreachable, 0, cause});
}

void UrlDiagnosis::finish(const Result &result)
{
    cancel();
    Q_EMIT diagnosed(result);
}

} // namespace Dorfplatz
