#include "contactsloader.h"

#include "configfields.h"
#include "configfile.h"
#include "configloader.h"
#include "core/calls/origins.h"
#include "jsonobjectreader.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

using Presence = JsonObjectReader::Presence;
using Kind = ConfigIssue::Kind;

constexpr int maxContacts = 100;
constexpr int maxHourSpans = 10;
constexpr int maxNameLength = 40; // as a tile label: it is shown as large
constexpr int maxDisplayNameLength = 60;
constexpr int maxAddressLength = 500;
constexpr int maxAutoAnswerSeconds = 120;
constexpr int maxSecretLength = 4000; // a JWT with a few claims fits

const QString &file()
{
    return ContactsLoader::contactsFile;
}

// Jitsi accepts more, but these survive every URL, XMPP and file-name rule on the way.
const QRegularExpression &roomPattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$"_s);
    return pattern;
}

// Tests run their servers on this computer without certificates; everything else must use https,
// or the browser would give the call neither camera nor microphone.
bool isInsecure(const QUrl &url)
{
    return url.scheme() == u"http" && url.host() != u"127.0.0.1" && url.host() != u"localhost";
}

// scheme://host[:port]/ of an http(s) address without user or password, or nothing.
std::optional<QUrl> originOf(const QUrl &url)
{
    const QUrl origin = Origins::originOf(url);
    if (origin.isEmpty() || !url.userInfo().isEmpty())
        return std::nullopt;
    return origin;
}

std::optional<QUrl> readServer(JsonObjectReader &reader)
{
    const auto text = reader.text(u"server"_s, Presence::Optional, maxAddressLength);
    if (!text)
        return std::nullopt;
    const QUrl url(*text, QUrl::StrictMode);
    const auto origin = originOf(url);
    // A Jitsi Meet deployment below a path cannot be told apart from a room: refuse it.
    if (!origin || (!url.path().isEmpty() && url.path() != u"/") || url.hasQuery() ||
        url.hasFragment()) {
        reader.report(u"server"_s, Kind::InvalidServer, {*text});
        return std::nullopt;
    }
    if (isInsecure(url)) {
        reader.report(u"server"_s, Kind::InsecureAddress, {*text});
        return std::nullopt;
    }
    return origin;
}

std::optional<QString> readRoom(JsonObjectReader &reader)
{
    const auto room = reader.text(u"room"_s, Presence::Optional, 100);
    if (room && !roomPattern().match(*room).hasMatch()) {
        reader.report(u"room"_s, Kind::InvalidRoom, {*room});
        return std::nullopt;
    }
    return room;
}

// "https://meet.example.org/familie-schmidt" → the server and the room.
std::optional<std::pair<QUrl, QString>> readRoomUrl(JsonObjectReader &reader)
{
    const QString key = u"roomUrl"_s;
    const auto text = reader.text(key, Presence::Optional, maxAddressLength);
    if (!text)
        return std::nullopt;
    const QUrl url(*text, QUrl::StrictMode);
    const auto origin = originOf(url);
    const QString path = url.path(QUrl::FullyDecoded);
    if (!origin || !path.startsWith(u'/') || path.size() < 2 || path.indexOf(u'/', 1) >= 0 ||
        url.hasQuery() || url.hasFragment()) {
        reader.report(key, Kind::InvalidRoomUrl, {*text});
        return std::nullopt;
    }
    const QString room = path.mid(1);
    if (!roomPattern().match(room).hasMatch()) {
        reader.report(key, Kind::InvalidRoom, {room});
        return std::nullopt;
    }
    if (isInsecure(url)) {
        reader.report(key, Kind::InsecureAddress, {*text});
        return std::nullopt;
    }
    return std::pair{*origin, room};
}

std::optional<QString> readRoomSizeUrl(JsonObjectReader &reader)
{
    const QString key = u"roomSizeUrl"_s;
    const auto text = reader.text(key, Presence::Optional, maxAddressLength);
    if (!text)
        return std::nullopt;
    // Filled in with sample values, the template must be a web address; "{domain}" may stand for
    // the host, so one template serves contacts on several servers.
    QString sample = *text;
    sample.replace(u"{room}"_s, u"room"_s).replace(u"{domain}"_s, u"domain.example"_s);
    const QUrl url(sample, QUrl::StrictMode);
    if (!text->contains(u"{room}"_s) || sample.contains(u'{') || sample.contains(u'}') ||
        !originOf(url)) {
        reader.report(key, Kind::InvalidRoomSizeUrl, {*text});
        return std::nullopt;
    }
    if (isInsecure(url)) {
        reader.report(key, Kind::InsecureAddress, {*text});
        return std::nullopt;
    }
    return text;
}

QList<DailyHours> readHours(JsonObjectReader &reader, const QString &key,
                            const QList<DailyHours> &fallback, ConfigIssues *issues)
{
    const auto array = reader.array(key, Presence::Optional);
    if (!array)
        return fallback;
    if (array->isEmpty() || array->size() > maxHourSpans) {
        reader.report(key, Kind::OutOfRange,
                      {QString::number(array->size()), u"1"_s, QString::number(maxHourSpans)});
        return fallback;
    }
    QList<DailyHours> hours;
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QString spanKey = u"%1[%2]"_s.arg(key).arg(i);
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            reader.report(spanKey, Kind::WrongType, {u"object"_s, JsonObjectReader::typeOf(value)});
            continue;
        }
        JsonObjectReader span(value.toObject(), file(), reader.pathOf(spanKey), issues);
        const auto start = span.time(u"start"_s, Presence::Required);
        const auto end = span.time(u"end"_s, Presence::Required);
        span.reportUnknownFields();
        if (!start || !end)
            continue;
        if (*start == *end) {
            reader.report(spanKey, Kind::EmptyHours,
                          {start->toString(u"HH:mm"_s), end->toString(u"HH:mm"_s)});
            continue;
        }
        hours.append({*start, *end});
    }
    return hours;
}

// What the top of the file gives every contact.
struct Defaults
{
    std::optional<QUrl> server;
    bool serverGiven = false; // but perhaps invalid, which is reported once, at the top
    std::optional<QString> displayName;
    int ringSeconds = CallSettings{}.ringSeconds;
};

bool isGiven(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return !value.isUndefined() && !value.isNull();
}

// Where the room is: "room" (on the contact's or the file's "server") or "roomUrl".
void readPlace(JsonObjectReader &entry, const QJsonObject &object, const Defaults &defaults,
               ContactConfig &contact)
{
    const bool hasRoom = isGiven(object, u"room"_s);
    const bool hasRoomUrl = isGiven(object, u"roomUrl"_s);
    const bool hasServer = isGiven(object, u"server"_s);
    const auto markAllKnown = [&entry] {
        for (const QString &key : {u"room"_s, u"roomUrl"_s, u"server"_s})
            entry.markKnown(key);
    };
    if (hasRoom && hasRoomUrl) {
        markAllKnown();
        entry.report(u"roomUrl"_s, Kind::OnlyOneOf, {u"room"_s, u"roomUrl"_s});
        return;
    }
    if (hasRoomUrl && hasServer) {
        markAllKnown();
        entry.report(u"server"_s, Kind::OnlyOneOf, {u"roomUrl"_s, u"server"_s});
        return;
    }
    if (hasRoomUrl) {
        if (auto place = readRoomUrl(entry)) {
            contact.server = place->first;
            contact.room = place->second;
        }
        return;
    }
    if (!hasRoom) {
        entry.markKnown(u"server"_s);
        entry.report({}, Kind::OneOfRequired, {u"room"_s, u"roomUrl"_s});
        return;
    }
    if (const auto room = readRoom(entry))
        contact.room = *room;
    if (hasServer) {
        if (const auto server = readServer(entry))
            contact.server = *server;
    } else if (defaults.server) {
        contact.server = *defaults.server;
    } else if (!defaults.serverGiven) {
        entry.report(u"room"_s, Kind::ServerMissing);
    }
}

std::optional<ContactConfig> readContact(const QDir &directory, const QJsonObject &object,
                                         const QString &path, const Defaults &defaults,
                                         QHash<QString, QString> &firstUse, ConfigIssues *issues)
{
    const qsizetype before = issues->size();
    JsonObjectReader entry(object, file(), path, issues);
    ContactConfig contact;
    if (auto id = readId(entry, firstUse))
        contact.id = *id;
    if (auto name = entry.text(u"name"_s, Presence::Required, maxNameLength))
        contact.name = *name;
    if (auto picture = entry.text(u"picture"_s, Presence::Optional, maxAddressLength)) {
        checkPicture(directory, *picture, entry);
        contact.picture = *picture;
    } else {
        contact.picture = ConfigLoader::iconPrefix + u"call"_s;
    }
    readPlace(entry, object, defaults, contact);
    if (auto displayName = entry.text(u"displayName"_s, Presence::Optional, maxDisplayNameLength))
        contact.displayName = *displayName;
    else if (defaults.displayName)
        contact.displayName = *defaults.displayName;
    else
        entry.report(u"displayName"_s, Kind::MissingField);
    contact.ring = entry.boolean(u"ring"_s, Presence::Optional).value_or(false);
    contact.ringHours =
        readHours(entry, u"ringHours"_s, {ContactsLoader::defaultRingHours()}, issues);
    contact.interruptsSessions =
        entry.boolean(u"interruptsSessions"_s, Presence::Optional).value_or(false);
    // Longer than the ringing would never answer: the call is missed first.
    contact.autoAnswerSeconds = entry.integer(u"autoAnswerSeconds"_s, Presence::Optional, 3,
                                              std::min(maxAutoAnswerSeconds, defaults.ringSeconds));
    contact.autoAnswerHours = readHours(entry, u"autoAnswerHours"_s, contact.ringHours, issues);
    // The family's secret (core/calls/contactconfig.h); without it the contact does not ring.
    contact.jwt = entry.text(u"jwt"_s, Presence::Optional, maxSecretLength).value_or(QString());
    contact.roomPassword =
        entry.text(u"roomPassword"_s, Presence::Optional, maxSecretLength).value_or(QString());
    entry.reportUnknownFields();
    if (issues->size() != before)
        return std::nullopt;
    return contact;
}

} // namespace

DailyHours ContactsLoader::defaultRingHours()
{
    return {QTime(8, 0), QTime(20, 0)};
}

ContactsLoadResult ContactsLoader::load(const QString &directoryPath)
{
    ContactsLoadResult result;
    const QDir directory(directoryPath);
    const auto root = readConfigFile(directory, contactsFile, &result.issues);
    if (!root)
        return result;

    ConfigIssues *issues = &result.issues;
    JsonObjectReader reader(*root, contactsFile, {}, issues);
    reader.markKnown(u"version"_s);
    CallSettings &settings = result.settings;
    Defaults defaults;
    defaults.serverGiven = isGiven(*root, u"server"_s);
    defaults.server = readServer(reader);
    if (defaults.server)
        settings.server = *defaults.server;
    settings.roomSizeUrl = readRoomSizeUrl(reader).value_or(QString());
    defaults.displayName = reader.text(u"displayName"_s, Presence::Optional, maxDisplayNameLength);
    settings.pollSeconds =
        reader.integer(u"pollSeconds"_s, Presence::Optional, 2, 300).value_or(settings.pollSeconds);
    settings.ringSeconds = reader.integer(u"ringSeconds"_s, Presence::Optional, 10, 300)
                               .value_or(settings.ringSeconds);
    defaults.ringSeconds = settings.ringSeconds;
    settings.aloneMinutes = reader.integer(u"aloneMinutes"_s, Presence::Optional, 1, 60)
                                .value_or(settings.aloneMinutes);
    settings.ringVolume =
        reader.integer(u"ringVolume"_s, Presence::Optional, 10, 100).value_or(settings.ringVolume);
    settings.maxCallMinutes = reader.integer(u"maxCallMinutes"_s, Presence::Optional, 5, 240)
                                  .value_or(settings.maxCallMinutes);
    const auto array = reader.array(u"contacts"_s, Presence::Required);
    reader.reportUnknownFields();
    if (!array)
        return result;
    if (array->isEmpty()) {
        reader.report(u"contacts"_s, Kind::NoContacts);
        return result;
    }
    if (array->size() > maxContacts)
        reader.report(u"contacts"_s, Kind::OutOfRange,
                      {QString::number(array->size()), u"1"_s, QString::number(maxContacts)});

    QHash<QString, QString> firstUse;
    for (qsizetype i = 0; i < array->size() && i < maxContacts; ++i) {
        const QString path = u"contacts[%1]"_s.arg(i);
        const QJsonValue value = array->at(i);
        if (!value.isObject()) {
            issues->append({contactsFile,
                            path,
                            Kind::WrongType,
                            {u"object"_s, JsonObjectReader::typeOf(value)}});
            continue;
        }
        if (auto contact =
                readContact(directory, value.toObject(), path, defaults, firstUse, issues))
            result.contacts.append(std::move(*contact));
    }
    return result;
}

} // namespace Dorfplatz
