#include "playlistparser.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <map>

namespace Dorfplatz::PlaylistParser {

using namespace Qt::StringLiterals;

namespace {

bool isUsable(const QUrl &url)
{
    static const QStringList schemes{u"http"_s, u"https"_s, u"file"_s};
    return url.isValid() && schemes.contains(url.scheme());
}

// Binary junk (a stream served under a playlist's name) must not turn into URLs.
bool isText(const QString &line)
{
    return std::none_of(line.cbegin(), line.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c == QChar::ReplacementCharacter;
    });
}

QUrl entryUrl(const QString &entry, const QUrl &base)
{
    if (!isText(entry))
        return {};
    const QUrl url(entry);
    if (url.isRelative()) {
        // Windows-made lists use backslashes for local paths.
        QString path = entry;
        path.replace(u'\\', u'/');
        return base.resolved(QUrl(path));
    }
    return url;
}

QList<QUrl> parsePls(const QStringList &lines, const QUrl &base)
{
    // File1=…, File2=…: ordered by number, not by line, as the format says.
    static const QRegularExpression file(u"^File(\\d+)\\s*=\\s*(.+)$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    std::map<int, QUrl> entries;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = file.match(line);
        if (match.hasMatch())
            entries.emplace(match.captured(1).toInt(), entryUrl(match.captured(2).trimmed(), base));
    }
    QList<QUrl> urls;
    for (const auto &[number, url] : entries) {
        if (isUsable(url) && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}

QList<QUrl> parseM3u(const QStringList &lines, const QUrl &base)
{
    QList<QUrl> urls;
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QUrl url = entryUrl(line, base);
        if (isUsable(url) && !urls.contains(url))
            urls.append(url);
    }
    return urls;
}

} // namespace

bool looksLikePlaylist(const QUrl &url)
{
    const QString path = url.path().toLower();
    return path.endsWith(u".m3u") || path.endsWith(u".pls");
}

bool isHls(const QByteArray &content)
{
    return content.contains("#EXT-X-");
}

QList<QUrl> parse(const QByteArray &content, const QUrl &base)
{
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QRegularExpression(u"[\r\n]+"_s), Qt::SkipEmptyParts);
    for (QString &line : lines)
        line = line.trimmed();
    const bool pls =
        !lines.isEmpty() && lines.first().compare(u"[playlist]", Qt::CaseInsensitive) == 0;
    return pls ? parsePls(lines, base) : parseM3u(lines, base);
}

} // namespace Dorfplatz::PlaylistParser
