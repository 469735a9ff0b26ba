#pragma once

#include "eventoccurrence.h"

#include <QDateTime>
#include <QString>

namespace Dorfplatz {

// What the events cache keeps of a feed's texts, applied by the sync where an event becomes rows.
// A feed is written by strangers: a 19 MB DESCRIPTION on an hourly rule would otherwise be copied
// into each of its 1,000 occurrences (a 19 GB cache), and the kiosk lays out every text it shows
// on its GUI thread. Nothing a resident reads on a card is near these limits.
class FeedTextLimits
{
public:
    static constexpr int maxTitle = 200;
    static constexpr int maxPlace = 200;
    static constexpr int maxDescription = 4000;
    static constexpr int maxAttribution = 300; // as feeds.json allows for its own attribution
    static constexpr int maxCategories = 20;
    static constexpr int maxCategory = 100;
    static constexpr int maxUrl = 2000; // a longer address is dropped: cut, it leads nowhere
    static constexpr int maxUid = 255;  // a longer UID is replaced by its SHA-1, still unique

    // The bytes of text (UTF-8) one feed may keep in the cache per sync, each row counted with
    // rowOverheadBytes for its times, flags and index entries. A large real calendar (a district's
    // 60 days: about 1,000 dates with 1 KB of text each) needs about 1 MB; 2 MB leaves twice that,
    // and still holds 150 occurrences at the full text limits. With the 50 feeds feeds.json allows
    // at most, the cache stays below about 100 MB; a home with five feeds stays below 10 MB, and a
    // week's range query (what the kiosk reads on its GUI thread) stays within a few MB. The
    // overhead per row bounds a flood of empty events as well (at most about 20,000 rows).
    static constexpr qint64 maxBytesPerFeed = qint64(2) * 1024 * 1024;
    static constexpr qint64 rowOverheadBytes = 100;

    struct Outcome
    {
        int shortened = 0; // occurrences with at least one text cut
        int dropped = 0;   // occurrences left out because the feed's bytes were used up
        qint64 bytes = 0;  // what the kept occurrences count against the budget
    };

    // At most maxChars characters (UTF-16 code units, never half a surrogate pair), "…" included,
    // cut after a whole word when one ends in the last quarter (at most 200 characters back).
    // Text within the limit is returned unchanged.
    static QString shorten(const QString &text, int maxChars);

    // Caps every text of every occurrence, then keeps the occurrences that fit into maxBytes,
    // nearest to `now` first (ongoing and coming ones by start, then past ones by end), stopping
    // at the first that does not fit: the kept dates are one stretch of time around now. The
    // order of the kept occurrences is unchanged.
    static Outcome apply(EventOccurrences &occurrences, const QDateTime &now,
                         qint64 maxBytes = maxBytesPerFeed);

    // The bytes an occurrence counts against the budget (its texts as UTF-8, plus the overhead).
    static qint64 costOf(const EventOccurrence &occurrence);
};

} // namespace Dorfplatz
