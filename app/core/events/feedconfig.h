#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Dorfplatz {

enum class FeedType
{
    ICalendar
};

QString feedTypeName(FeedType type);
std::optional<FeedType> feedTypeFromName(const QString &name);

// One calendar feed from feeds.json. Filters are applied by dorfplatz-sync, so the cache holds
// only what the home cares about.
struct FeedConfig
{
    QString id;   // lower-case letters, digits and "-", as every id in the configuration
    QString name; // shown to staff ("Veranstaltungen Kusel")
    FeedType type = FeedType::ICalendar;
    QUrl url; // http(s):// or a local file (relative paths are resolved against the config dir)
    QStringList
        places; // keep only events whose LOCATION contains one of these (any case); empty = all
    QStringList categories; // keep only events with one of these CATEGORIES (any case); empty = all
    bool showCancelled = true; // false drops STATUS:CANCELLED events instead of marking them
    QString attribution; // shown under the events of this feed, e.g. "Daten: Kreisverwaltung Kusel,
                         // CC BY 4.0"

    bool operator==(const FeedConfig &) const = default;
};

// Settings for all feeds (feeds.json top level); the defaults live here.
struct EventSettings
{
    int pastDays = 1;                  // window kept before today
    int futureDays = 60;               // window expanded after today
    int maxOccurrencesPerEvent = 1000; // a never-ending or INTERVAL=0 rule stops here
    qint64 maxFeedBytes = 20 * 1024 * 1024;
    int fetchTimeoutSeconds = 30;
    int maxRedirects = 5;
    int retries = 2;           // extra attempts after a failed fetch (backoff 1 s, 2 s, ...)
    int maxCacheAgeHours = 26; // the kiosk starts a sync when the cache is older at start-up

    bool operator==(const EventSettings &) const = default;
};

} // namespace Dorfplatz
