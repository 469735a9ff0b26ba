#pragma once

#include "core/streams/streamaddresspolicy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dorfplatz {

// Turns a stream's configured URLs into the URLs to try, in order: playlist files (.m3u, .pls)
// are fetched and replaced by their entries, everything else is kept. A playlist that cannot be
// fetched is logged and skipped, so the remaining URLs still get their turn. Entries and redirects
// the stream's StreamAddressPolicy refuses (a remote list naming file:///… or a device in the
// home's network) are dropped, logged and reported through refused().
class StreamResolver : public QObject
{
    Q_OBJECT

public:
    StreamResolver(QNetworkAccessManager *network, StreamAddressPolicy policy,
                   QObject *parent = nullptr);
    ~StreamResolver() override;

    // Starts resolving; resolved() follows (possibly before this returns when nothing needs
    // fetching). A new call cancels the previous one.
    void resolve(const QList<QUrl> &urls);
    void cancel();

    static constexpr qint64 maxPlaylistBytes = 256 * 1024;
    static constexpr int timeoutMs = 10000;

Q_SIGNALS:
    // Before resolved(): `url` (an entry of `playlist`, or where it redirected to) is not played.
    void refused(const QUrl &playlist, const QUrl &url,
                 Dorfplatz::StreamAddressPolicy::Verdict verdict);
    void resolved(const QList<QUrl> &candidates);

private:
    void next();
    void onReplyFinished();
    void onRedirected(const QUrl &target);
    // Drops the running fetch and goes on with the next URL.
    void skipReply();

    QNetworkAccessManager *m_network;
    StreamAddressPolicy m_policy;
    QList<QUrl> m_pending;
    QList<QUrl> m_candidates;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Dorfplatz
