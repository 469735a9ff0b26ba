#include "icymetadatareader.h"

#include "core/logging.h"
#include "core/net/replydisposal.h"

#include <QByteArrayView>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

// What the reply may hold before it stops reading from the socket. The audio is dropped at
// every readyRead anyway; this only bounds a burst that arrives while the event loop is busy.
constexpr qint64 ReadBufferSize = 64 * 1024;
constexpr int MaxRedirects = 5;
constexpr QByteArrayView TitleKey = "StreamTitle='";
constexpr QByteArrayView FieldEnd = "';";

bool isBlank(char c)
{
    return c == '\0' || c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// Whether `data` from `at` on is the rest of a metadata block after a field: nothing (or
// padding), or the next field "Key='".
bool fieldBoundary(QByteArrayView data, qsizetype at)
{
    while (at < data.size() && isBlank(data.at(at)))
        ++at;
    if (at == data.size())
        return true;
    const qsizetype keyStart = at;
    while (at < data.size() && isKeyChar(data.at(at)))
        ++at;
    return at > keyStart && data.sliced(at).startsWith("='");
}

QString decodeTitle(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    // Older SHOUTcast sources send Latin-1 (or Windows-1252); such bytes are rarely valid UTF-8.
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

} // namespace

IcyMetadataReader::IcyMetadataReader(QObject *parent)
    : QObject(parent)
{}

IcyMetadataReader::~IcyMetadataReader()
{
    stop();
}

void IcyMetadataReader::start(const QUrl &url)
{
    stop();
    QNetworkRequest request(url);
    request.setRawHeader("Icy-MetaData", "1");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    // No transfer timeout: a live stream never finishes, stop() ends it. The system proxy
    // applies, as for the player itself.
    m_reply = m_network.get(request);
    m_reply->setReadBufferSize(ReadBufferSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &IcyMetadataReader::read);
    connect(m_reply, &QNetworkReply::errorOccurred, this,
            [this] { giveUp(m_reply ? m_reply->errorString() : QString()); });
    connect(m_reply, &QNetworkReply::finished, this, [this] { giveUp(u"the stream ended"_s); });
}

void IcyMetadataReader::stop()
{
    m_phase = Phase::Headers;
    m_metaInterval = 0;
    m_remaining = 0;
    m_block.clear();
    m_title.clear();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    discardReply(reply, this);
}

bool IcyMetadataReader::takeMetaInterval()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status > 299) {
        // Not given up here: aborting a reply that Qt is about to fail makes it warn about a
        // second error. errorOccurred() follows the (finite) body.
        m_phase = Phase::Discard;
        return true;
    }
    bool ok = false;
    const qint64 interval = m_reply->rawHeader("icy-metaint").trimmed().toLongLong(&ok);
    if (!ok || interval <= 0) {
        giveUp(u"the server sends no ICY metadata"_s);
        return false;
    }
    m_metaInterval = interval;
    m_remaining = interval;
    m_phase = Phase::Audio;
    return true;
}

void IcyMetadataReader::read()
{
    // m_reply is checked on every round: a slot of titleChanged() may stop or restart this.
    while (m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 available = m_reply->bytesAvailable();
        switch (m_phase) {
        case Phase::Headers:
            if (!takeMetaInterval())
                return;
            break;
        case Phase::Discard:
            if (m_reply->skip(available) <= 0)
                return;
            break;
        case Phase::Audio: {
            const qint64 skipped = m_reply->skip(std::min(m_remaining, available));
            if (skipped <= 0)
                return;
            m_remaining -= skipped;
            if (m_remaining == 0)
                m_phase = Phase::Length;
            break;
        }
        case Phase::Length: {
            char length = 0;
            if (!m_reply->getChar(&length))
                return;
            m_remaining = qint64(static_cast<unsigned char>(length)) * 16;
            if (m_remaining == 0) { // no news: the usual case between two title changes
                m_remaining = m_metaInterval;
                m_phase = Phase::Audio;
            } else {
                m_block.clear();
                m_phase = Phase::Metadata;
            }
            break;
        }
        case Phase::Metadata: {
            const QByteArray part = m_reply->read(std::min(m_remaining, available));
            if (part.isEmpty())
                return;
            m_block += part;
            m_remaining -= part.size();
            if (m_remaining == 0) {
                m_remaining = m_metaInterval;
                m_phase = Phase::Audio;
                handleBlock();
            }
            break;
        }
        }
    }
}

void IcyMetadataReader::handleBlock()
{
    const std::optional<QString> title = streamTitle(m_block);
    m_block.clear();
    // A block without StreamTitle (only a StreamUrl, say) leaves the title as it is.
    if (!title || *title == m_title)
        return;
    m_title = *title;
    Q_EMIT titleChanged(m_title);
}

void IcyMetadataReader::giveUp(const QString &reason)
{
    if (m_reply) {
        qCDebug(lcMedia).noquote()
            << "icy:" << m_reply->request().url().toDisplayString() << "no titles:" << reason;
    }
    stop();
}

std::optional<QString> IcyMetadataReader::streamTitle(const QByteArray &block)
{
    QByteArrayView data(block);
    while (!data.isEmpty() && isBlank(data.back()))
        data.chop(1);

    // The key must begin a field: "XStreamTitle='" is another key.
    qsizetype start = -1;
    for (qsizetype at = data.indexOf(TitleKey); at >= 0; at = data.indexOf(TitleKey, at + 1)) {
        if (at == 0 || data.at(at - 1) == ';' || isBlank(data.at(at - 1))) {
            start = at + TitleKey.size();
            break;
        }
    }
    if (start < 0)
        return std::nullopt;

    qsizetype end = -1;
    for (qsizetype at = data.indexOf(FieldEnd, start); at >= 0;
         at = data.indexOf(FieldEnd, at + 1)) {
        if (fieldBoundary(data, at + FieldEnd.size())) {
            end = at;
            break;
        }
    }
    if (end < 0) {
        // Some servers leave off the last ';'. Without even a closing quote, take the rest.
        end = data.size();
        if (end > start && data.back() == '\'')
            --end;
    }
    return decodeTitle(data.sliced(start, end - start));
}

} // namespace Dorfplatz
