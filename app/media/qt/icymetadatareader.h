#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkReply;

namespace Dorfplatz {

// Reads the ICY StreamTitle of an Icecast/SHOUTcast stream over a connection of its own. Qt
// Multimedia 6.4 on GStreamer passes only the station name on, never the title now playing, so
// QtPlayer listens alongside with this.
//
// ICY interleaves metadata with the audio: after every `icy-metaint` audio bytes comes one length
// byte L, then L*16 bytes like "StreamTitle='Artist - Title';StreamUrl='';" padded with NULs.
// Audio bytes are dropped as they arrive; at most one metadata block (≤ 4080 bytes) is kept.
//
// A side channel only: when the server sends no titles or the connection breaks, the reader
// logs at debug level and stops. The player reports the stream's failures itself.
class IcyMetadataReader : public QObject
{
    Q_OBJECT

public:
    explicit IcyMetadataReader(QObject *parent = nullptr);
    ~IcyMetadataReader() override;

    // Stops what runs and connects to `url` (http or https), asking for ICY metadata.
    void start(const QUrl &url);
    // Drops the connection. No titleChanged() arrives after stop() returns.
    void stop();
    bool isRunning() const { return m_reply != nullptr; }

    // The last StreamTitle read since start(); empty before the first one.
    QString title() const { return m_title; }

    // The StreamTitle of one metadata block, or nothing when the block has none. The title may
    // contain ' and ; itself: it ends at the first "';" followed by another "Key='" or by the
    // end of the block. UTF-8, or Latin-1 when the bytes are not valid UTF-8.
    static std::optional<QString> streamTitle(const QByteArray &block);

Q_SIGNALS:
    void titleChanged(const QString &title);

private:
    enum class Phase
    {
        Headers,  // waiting for the response headers
        Audio,    // skipping m_remaining audio bytes
        Length,   // the next byte is the length of a metadata block
        Metadata, // collecting m_remaining more bytes of the block into m_block
        Discard   // an error response: its body is dropped until Qt reports the error
    };

    void read();
    // Evaluates the response headers; false when the stream carries no ICY metadata.
    bool takeMetaInterval();
    void handleBlock();
    void giveUp(const QString &reason);

    QNetworkAccessManager m_network;
    QNetworkReply *m_reply = nullptr;
    Phase m_phase = Phase::Headers;
    qint64 m_metaInterval = 0;
    qint64 m_remaining = 0;
    QByteArray m_block;
    QString m_title;
};

} // namespace Dorfplatz
