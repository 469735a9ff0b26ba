// libFuzzer entry for IcsAdapter::parse and the text limits the sync applies after it (see
// tests/fuzz/run-fuzz.sh). Besides crashes, leaks and undefined behaviour, it checks what the rest
// of dorfplatz-sync relies on.
#include "core/events/feedtextlimits.h"
#include "core/events/icsadapter.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

const Dorfplatz::IcsOptions &fuzzOptions()
{
    static const Dorfplatz::IcsOptions options = [] {
        Dorfplatz::IcsOptions o;
        o.feedId = u"fuzz"_s;
        o.windowStart = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
        o.windowEnd = QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
        o.maxOccurrencesPerEvent = 50;
        o.maxBytes = 64 * 1024;
        o.localZone = QTimeZone("Europe/Berlin");
        return o;
    }();
    return options;
}

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Dorfplatz::IcsOptions &options = fuzzOptions();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Dorfplatz::IcsResult result = Dorfplatz::IcsAdapter::parse(input, options);

    check(result.ok || (result.occurrences.isEmpty() && !result.error.isEmpty()));
    check(result.skipped <= result.events + result.occurrences.size() + 1000);
    const Dorfplatz::EventOccurrence *previous = nullptr;
    for (const Dorfplatz::EventOccurrence &occurrence : result.occurrences) {
        check(occurrence.start.isValid() && occurrence.end.isValid());
        check(occurrence.start.timeSpec() == Qt::UTC && occurrence.end.timeSpec() == Qt::UTC);
        check(occurrence.end >= occurrence.start);
        check(occurrence.start < options.windowEnd);
        check(occurrence.end > options.windowStart || occurrence.start >= options.windowStart);
        check(occurrence.feedId == options.feedId);
        if (occurrence.allDay)
            check(occurrence.startDate.isValid() && occurrence.endDate > occurrence.startDate);
        else
            check(occurrence.startDate.isNull() && occurrence.endDate.isNull());
        check(!occurrence.url.isValid() || occurrence.url.scheme().startsWith(u"http"));
        if (previous)
            check(previous->start < occurrence.start ||
                  (previous->start == occurrence.start && previous->uid <= occurrence.uid));
        previous = &occurrence;
    }

    // What the cache gets: texts within their limits, the kept ones within the budget, in order.
    using Dorfplatz::FeedTextLimits;
    Dorfplatz::EventOccurrences limited = result.occurrences;
    constexpr qint64 budget = 16 * 1024;
    const FeedTextLimits::Outcome outcome =
        FeedTextLimits::apply(limited, options.windowStart.addDays(20), budget);
    check(outcome.bytes <= budget);
    check(limited.size() + outcome.dropped == result.occurrences.size());
    qint64 bytes = 0;
    for (qsizetype i = 0; i < limited.size(); ++i) {
        const Dorfplatz::EventOccurrence &occurrence = limited.at(i);
        check(occurrence.title.size() <= FeedTextLimits::maxTitle);
        check(occurrence.location.size() <= FeedTextLimits::maxPlace);
        check(occurrence.description.size() <= FeedTextLimits::maxDescription);
        check(occurrence.uid.size() <= FeedTextLimits::maxUid);
        check(occurrence.categories.size() <= FeedTextLimits::maxCategories);
        if (i > 0)
            check(limited.at(i - 1).start <= occurrence.start);
        bytes += FeedTextLimits::costOf(occurrence);
    }
    check(bytes == outcome.bytes);
    return 0;
}
