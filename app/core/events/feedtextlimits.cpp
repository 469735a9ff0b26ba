#include "feedtextlimits.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr QChar ellipsis(0x2026);

qint64 utf8Size(QStringView text)
{
    qint64 bytes = 0;
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x80)
            bytes += 1;
        else if (unit < 0x800 || c.isSurrogate())
            bytes += 2; // a surrogate pair is four bytes in UTF-8
        else
            bytes += 3;
    }
    return bytes;
}

// The occurrences of one event share their texts (QString is implicitly shared): one shortened
// copy per text, not one per occurrence. The original is held so its address cannot be reused.
class Shortener
{
public:
    QString operator()(const QString &text, int maxChars, bool *changed)
    {
        if (text.size() <= maxChars)
            return text;
        *changed = true;
        const std::pair<const void *, int> key{text.constData(), maxChars};
        if (const auto found = m_memo.constFind(key); found != m_memo.cend())
            return found->second;
        QString shortened = FeedTextLimits::shorten(text, maxChars);
        m_memo.insert(key, {text, shortened});
        return shortened;
    }

private:
    QHash<std::pair<const void *, int>, std::pair<QString, QString>> m_memo;
};

bool capTexts(EventOccurrence &occurrence, Shortener &shorten)
{
    bool changed = false;
    occurrence.title = shorten(occurrence.title, FeedTextLimits::maxTitle, &changed);
    occurrence.location = shorten(occurrence.location, FeedTextLimits::maxPlace, &changed);
    occurrence.description =
        shorten(occurrence.description, FeedTextLimits::maxDescription, &changed);
    occurrence.attribution =
        shorten(occurrence.attribution, FeedTextLimits::maxAttribution, &changed);
    if (occurrence.categories.size() > FeedTextLimits::maxCategories) {
        occurrence.categories.resize(FeedTextLimits::maxCategories);
        changed = true;
    }
    for (QString &category : occurrence.categories)
        category = shorten(category, FeedTextLimits::maxCategory, &changed);
    if (occurrence.url.isValid() && occurrence.url.toEncoded().size() > FeedTextLimits::maxUrl) {
        occurrence.url.clear();
        changed = true;
    }
    if (occurrence.uid.size() > FeedTextLimits::maxUid) {
        occurrence.uid =
            u"sha1:"_s + QString::fromLatin1(QCryptographicHash::hash(occurrence.uid.toUtf8(),
                                                                      QCryptographicHash::Sha1)
                                                 .toHex());
        changed = true;
    }
    return changed;
}

// How far from now: 0 for an ongoing occurrence, the time until it starts for a coming one, the
// time since it ended for a past one (counted after every coming one).
std::pair<bool, qint64> distanceFrom(const EventOccurrence &occurrence, qint64 now)
{
    const qint64 start = occurrence.start.toMSecsSinceEpoch();
    const qint64 end = occurrence.end.toMSecsSinceEpoch();
    if (end > now)
        return {false, std::max<qint64>(0, start - now)};
    return {true, now - end};
}

} // namespace

QString FeedTextLimits::shorten(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    if (maxChars <= 1)
        return maxChars == 1 ? QString(ellipsis) : QString();
    qsizetype cut = maxChars - 1; // room for the ellipsis
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    const qsizetype lookBack = std::min<qsizetype>(cut / 4, 200);
    for (qsizetype i = cut; i > 0 && i >= cut - lookBack; --i) {
        if (text.at(i).isSpace()) {
            cut = i;
            break;
        }
    }
    while (cut > 0 && text.at(cut - 1).isSpace())
        --cut;
    return text.left(cut) + ellipsis;
}

qint64 FeedTextLimits::costOf(const EventOccurrence &occurrence)
{
    qint64 bytes = rowOverheadBytes + utf8Size(occurrence.uid) + utf8Size(occurrence.title) +
                   utf8Size(occurrence.description) + utf8Size(occurrence.location) +
                   occurrence.url.toEncoded().size() + utf8Size(occurrence.attribution) +
                   utf8Size(occurrence.timeZone);
    for (const QString &category : occurrence.categories)
        bytes += utf8Size(category) + 1;
    return bytes;
}

FeedTextLimits::Outcome FeedTextLimits::apply(EventOccurrences &occurrences, const QDateTime &now,
                                              qint64 maxBytes)
{
    Outcome outcome;
    Shortener shortener;
    std::vector<qint64> costs;
    costs.reserve(occurrences.size());
    for (EventOccurrence &occurrence : occurrences) {
        if (capTexts(occurrence, shortener))
            ++outcome.shortened;
        costs.push_back(costOf(occurrence));
    }

    const qint64 total = std::accumulate(costs.cbegin(), costs.cend(), qint64(0));
    if (total <= maxBytes) {
        outcome.bytes = total;
        return outcome;
    }

    const qint64 nowMs = now.toMSecsSinceEpoch();
    std::vector<qsizetype> order(occurrences.size());
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return distanceFrom(occurrences.at(a), nowMs) < distanceFrom(occurrences.at(b), nowMs);
    });
    std::vector<bool> keep(occurrences.size(), false);
    for (const qsizetype index : order) {
        if (outcome.bytes + costs[index] > maxBytes)
            break;
        outcome.bytes += costs[index];
        keep[index] = true;
    }
    EventOccurrences kept;
    kept.reserve(occurrences.size());
    for (qsizetype i = 0; i < occurrences.size(); ++i) {
        if (keep[i])
            kept.append(std::move(occurrences[i]));
    }
    outcome.dropped = int(occurrences.size() - kept.size());
    occurrences = std::move(kept);
    return outcome;
}

} // namespace Dorfplatz
