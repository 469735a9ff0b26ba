#include "streamresolver.h"

#include "core/logging.h"
#include "core/net/replydisposal.h"
#include "core/streams/playlistparser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Dorfplatz {

StreamResolver::StreamResolver(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

StreamResolver::~StreamResolver()
{
    cancel();
}

void StreamResolver::resolve(const QList<QUrl> &urls)
{
    cancel();
    m_pending = urls;
    m_candidates.clear();
    next();
}

void StreamResolver::cancel()
{
    m_pending.clear();
    if (m_reply) {
        discardReply(m_reply, this);
        m_reply = nullptr;
    }
}

void StreamResolver::next()
{
    while (!m_pending.isEmpty()) {
        const QUrl url = m_pending.takeFirst();
        if (!PlaylistParser::looksLikePlaylist(url)) {
            m_candidates.append(url);
            continue;
        }
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
        m_reply = m_network->get(request);
        m_reply->setReadBufferSize(maxPlaylistBytes + 1);
        connect(m_reply, &QNetworkReply::finished, this, &StreamResolver::onReplyFinished);
        // A playlist is small; more than the cap is a stream someone named .m3u by mistake.
        connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
            if (received > maxPlaylistBytes && m_reply) {
                QNetworkReply *reply = m_reply;
                m_reply = nullptr;
                discardReply(reply, this);
                qCWarning(lcMedia).noquote() << "playlist" << reply->url().toDisplayString()
                                             << "is larger than a playlist can be; skipped";
                next();
            }
        });
        return;
    }
    Q_EMIT resolved(m_candidates);
}

void StreamResolver::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QUrl url = reply->request().url();
    const QByteArray content = reply->readAll();
    if (content.size() > maxPlaylistBytes) {
        qCWarning(lcMedia).noquote()
            << "playlist" << url.toDisplayString() << "is larger than a playlist can be; skipped";
    } else if (reply->error() != QNetworkReply::NoError) {
        qCWarning(lcMedia).noquote() << "playlist" << url.toDisplayString()
                                     << "could not be fetched:" << reply->errorString();
    } else if (PlaylistParser::isHls(content)) {
        m_candidates.append(url); // an HLS stream with an .m3u ending
    } else {
        const QList<QUrl> entries = PlaylistParser::parse(content, reply->url());
        if (entries.isEmpty())
            qCWarning(lcMedia).noquote() << "playlist" << url.toDisplayString() << "has no entries";
        m_candidates.append(entries);
    }
    next();
}

} // namespace Dorfplatz
