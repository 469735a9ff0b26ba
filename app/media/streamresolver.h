#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dorfplatz {

// Turns a stream's configured URLs into the URLs to try, in order: playlist files (.m3u, .pls)
// are fetched and replaced by their entries, everything else is kept. A playlist that cannot be
// fetched is logged and skipped, so the remaining URLs still get their turn.
class StreamResolver : public QObject
{
    Q_OBJECT

public:
    explicit StreamResolver(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~StreamResolver() override;

    // Starts resolving; resolved() follows (possibly before this returns when nothing needs
    // fetching). A new call cancels the previous one.
    void resolve(const QList<QUrl> &urls);
    void cancel();

    static constexpr qint64 maxPlaylistBytes = 256 * 1024;
    static constexpr int timeoutMs = 10000;

Q_SIGNALS:
    void resolved(const QList<QUrl> &candidates);

private:
    void next();
    void onReplyFinished();

    QNetworkAccessManager *m_network;
    QList<QUrl> m_pending;
    QList<QUrl> m_candidates;
    QPointer<QNetworkReply> m_reply;
};

} // namespace Dorfplatz
