#include "streamresolver.h"

#include "core/logging.h"
#include "core/net/replydisposal.h"
#include "core/streams/playlistparser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Dorfplatz {

StreamResolver::StreamResolver(QNetworkAccessManager *network, StreamAddressPolicy policy,
                               QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_policy(std::move(policy))
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
        // Each redirect is asked (onRedirected): a public list must not lead into the home's
        // network that way either.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::UserVerifiedRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
        m_reply = m_network->get(request);
        m_reply->setReadBufferSize(maxPlaylistBytes + 1);
        connect(m_reply, &QNetworkReply::finished, this, &StreamResolver::onReplyFinished);
        connect(m_reply, &QNetworkReply::redirected, this, &StreamResolver::onRedirected);
        // A playlist is small; more than the cap is a stream someone named .m3u by mistake.
        connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
            if (received > maxPlaylistBytes && m_reply) {
                qCWarning(lcMedia).noquote() << "playlist" << m_reply->url().toDisplayString()
                                             << "is larger than a playlist can be; skipped";
                skipReply();
            }
        });
        return;
    }
    Q_EMIT resolved(m_candidates);
}

void StreamResolver::skipReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    discardReply(reply, this);
    next();
}

void StreamResolver::onRedirected(const QUrl &target)
{
    if (!m_reply)
        return;
    const QUrl from = m_reply->url();
    StreamAddressPolicy::Verdict verdict = m_policy.checkRedirect(target);
    // What NoLessSafeRedirectPolicy did before: never from https down to http.
    if (verdict == StreamAddressPolicy::Verdict::Allowed && from.scheme() == u"https" &&
        target.scheme() != u"https")
        verdict = StreamAddressPolicy::Verdict::NotWeb;
    if (verdict == StreamAddressPolicy::Verdict::Allowed) {
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    qCWarning(lcMedia).noquote() << "playlist" << from.toDisplayString() << "redirects to"
                                 << target.toDisplayString()
                                 << "- refused:" << StreamAddressPolicy::describe(verdict);
    Q_EMIT refused(m_reply->request().url(), target, verdict);
    skipReply();
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
        for (const QUrl &entry : entries) {
            const StreamAddressPolicy::Verdict verdict = m_policy.checkEntry(reply->url(), entry);
            if (verdict == StreamAddressPolicy::Verdict::Allowed) {
                m_candidates.append(entry);
                continue;
            }
            qCWarning(lcMedia).noquote()
                << "playlist" << url.toDisplayString() << "entry" << entry.toDisplayString()
                << "refused:" << StreamAddressPolicy::describe(verdict);
            Q_EMIT refused(url, entry, verdict);
        }
    }
    next();
}

} // namespace Dorfplatz
