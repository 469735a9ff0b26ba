#include "feedsloader.h"

#include "configfields.h"
#include "configfile.h"
#include "jsonobjectreader.h"

#include <QDir>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

using Presence = JsonObjectReader::Presence;
using Kind = ConfigIssue::Kind;

constexpr int maxFeeds = 50;

EventSettings readSettings(JsonObjectReader &reader)
{
    EventSettings settings;
    settings.pastDays =
        reader.integer(u"pastDays"_s, Presence::Optional, 0, 30).value_or(settings.pastDays);
    settings.futureDays =
        reader.integer(u"futureDays"_s, Presence::Optional, 1, 366).value_or(settings.futureDays);
    settings.maxOccurrencesPerEvent =
        reader.integer(u"maxOccurrencesPerEvent"_s, Presence::Optional, 1, 100000)
            .value_or(settings.maxOccurrencesPerEvent);
    if (const auto megabytes = reader.integer(u"maxFeedMegabytes"_s, Presence::Optional, 1, 500))
        settings.maxFeedBytes = qint64(*megabytes) * 1024 * 1024;
    settings.fetchTimeoutSeconds = reader.integer(u"timeoutSeconds"_s, Presence::Optional, 1, 600)
                                       .value_or(settings.fetchTimeoutSeconds);
    settings.maxRedirects = reader.integer(u"maxRedirects"_s, Presence::Optional, 0, 20)
                                .value_or(settings.maxRedirects);
    settings.retries =
        reader.integer(u"retries"_s, Presence::Optional, 0, 10).value_or(settings.retries);
    settings.maxCacheAgeHours =
        reader.integer(u"maxCacheAgeHours"_s, Presence::Optional, 1, 24 * 14)
            .value_or(settings.maxCacheAgeHours);
    return settings;
}

} // namespace

QString feedTypeName(FeedType type)
{
    switch (type) {
    case FeedType::ICalendar:
        return u"ical"_s;
    }
    return {};
}

std::optional<FeedType> feedTypeFromName(const QString &name)
{
    if (name == u"ical")
        return FeedType::ICalendar;
    return std::nullopt;
}

FeedsLoadResult FeedsLoader::load(const QString &directoryPath)
{
    FeedsLoadResult result;
    const QDir directory(directoryPath);
    result.fileExists = directory.exists(feedsFile);
    if (!result.fileExists)
        return result;
    const auto root = readConfigFile(directory, feedsFile, &result.issues);
    if (!root)
        return result;

    JsonObjectReader reader(*root, feedsFile, {}, &result.issues);
    reader.markKnown(u"version"_s);
    result.settings = readSettings(reader);
    const auto array = reader.array(u"feeds"_s, Presence::Required);
    reader.reportUnknownFields();
    if (!array)
        return result;
    if (array->size() > maxFeeds)
        reader.report(u"feeds"_s, Kind::OutOfRange,
                      {QString::number(array->size()), u"0"_s, QString::number(maxFeeds)});

    QHash<QString, QString> firstUse;
    for (qsizetype i = 0; i < array->size() && i < maxFeeds; ++i) {
        const QString path = u"feeds[%1]"_s.arg(i);
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            result.issues.append(
                {feedsFile, path, Kind::WrongType, {u"object"_s, JsonObjectReader::typeOf(value)}});
            continue;
        }
        const qsizetype before = result.issues.size();
        JsonObjectReader entry(value.toObject(), feedsFile, path, &result.issues);
        FeedConfig feed;
        if (auto id = readId(entry, firstUse))
            feed.id = *id;
        if (auto name = entry.text(u"name"_s, Presence::Required, 80))
            feed.name = *name;
        if (auto type = entry.choice<FeedType>(u"type"_s, Presence::Optional, {u"ical"_s},
                                               &feedTypeFromName))
            feed.type = *type;
        if (auto url = entry.text(u"url"_s, Presence::Required, 2000)) {
            if (auto parsed = readSourceUrl(directory, url->trimmed(), entry, u"url"_s,
                                            Kind::CalendarNotFound))
                feed.url = *parsed;
        }
        feed.places = readTexts(entry, u"places"_s);
        feed.categories = readTexts(entry, u"categories"_s);
        if (auto cancelled =
                entry.choice<bool>(u"cancelled"_s, Presence::Optional, {u"show"_s, u"hide"_s},
                                   [](const QString &text) -> std::optional<bool> {
                                       if (text == u"show")
                                           return true;
                                       if (text == u"hide")
                                           return false;
                                       return std::nullopt;
                                   }))
            feed.showCancelled = *cancelled;
        if (auto attribution = entry.text(u"attribution"_s, Presence::Optional, 300))
            feed.attribution = *attribution;
        entry.reportUnknownFields();
        if (result.issues.size() == before)
            result.feeds.append(feed);
    }
    return result;
}

} // namespace Dorfplatz
