#include "syncstep.h"

#include "core/logging.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QMetaEnum>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

QString kindName(SyncStep::Kind kind)
{
    switch (kind) {
    case SyncStep::Kind::Start:
        return u"start"_s;
    case SyncStep::Kind::FeedStart:
        return u"feed-start"_s;
    case SyncStep::Kind::FeedDone:
        return u"feed-done"_s;
    case SyncStep::Kind::Finished:
        return u"finished"_s;
    case SyncStep::Kind::Error:
        return u"error"_s;
    }
    return {};
}

QString resultName(SyncStep::Result result)
{
    switch (result) {
    case SyncStep::Result::Updated:
        return u"updated"_s;
    case SyncStep::Result::Unchanged:
        return u"unchanged"_s;
    case SyncStep::Result::Failed:
        return u"failed"_s;
    }
    return {};
}

// None has no name: a step without a failure carries no "failure" field.
QString failureName(SyncStep::Failure failure)
{
    switch (failure) {
    case SyncStep::Failure::None:
        return {};
    case SyncStep::Failure::Timeout:
        return u"timeout"_s;
    case SyncStep::Failure::TooLarge:
        return u"too-large"_s;
    case SyncStep::Failure::TooManyRedirects:
        return u"redirects"_s;
    case SyncStep::Failure::HttpError:
        return u"http"_s;
    case SyncStep::Failure::Network:
        return u"network"_s;
    case SyncStep::Failure::FileError:
        return u"file"_s;
    case SyncStep::Failure::Invalid:
        return u"invalid"_s;
    case SyncStep::Failure::Cache:
        return u"cache"_s;
    case SyncStep::Failure::HostNotFound:
        return u"host-not-found"_s;
    case SyncStep::Failure::Refused:
        return u"refused"_s;
    }
    return {};
}

// The reverse of a name function, by asking it for every value of the enum: a name is written
// once, so reading and writing cannot drift apart.
template <typename Enum, typename NameOf>
std::optional<Enum> fromName(const QString &name, NameOf nameOf)
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        const auto value = static_cast<Enum>(meta.value(i));
        if (!name.isEmpty() && nameOf(value) == name)
            return value;
    }
    return std::nullopt;
}

void insertIf(QJsonObject &line, const QString &key, const std::optional<int> &value)
{
    if (value)
        line.insert(key, *value);
}

std::optional<int> optionalInt(const QJsonObject &line, const QString &key)
{
    const QJsonValue value = line.value(key);
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

} // namespace

SyncStep::Failure SyncStep::failureFrom(FeedFetcher::Failure failure)
{
    switch (failure) {
    case FeedFetcher::Failure::None:
        return Failure::None;
    case FeedFetcher::Failure::Timeout:
        return Failure::Timeout;
    case FeedFetcher::Failure::TooLarge:
        return Failure::TooLarge;
    case FeedFetcher::Failure::TooManyRedirects:
        return Failure::TooManyRedirects;
    case FeedFetcher::Failure::HttpError:
        return Failure::HttpError;
    case FeedFetcher::Failure::Network:
        return Failure::Network;
    case FeedFetcher::Failure::FileError:
        return Failure::FileError;
    case FeedFetcher::Failure::HostNotFound:
        return Failure::HostNotFound;
    case FeedFetcher::Failure::Refused:
        return Failure::Refused;
    }
    return Failure::None;
}

QJsonObject SyncStep::toJson() const
{
    QJsonObject line{{u"event"_s, kindName(kind)}};
    switch (kind) {
    case Kind::Start:
        line.insert(u"feeds"_s, feeds);
        break;
    case Kind::FeedStart:
        line.insert(u"id"_s, feedId);
        line.insert(u"name"_s, feedName);
        line.insert(u"url"_s, url);
        line.insert(u"done"_s, done);
        line.insert(u"total"_s, total);
        break;
    case Kind::FeedDone:
        line.insert(u"id"_s, feedId);
        line.insert(u"name"_s, feedName);
        line.insert(u"done"_s, done);
        line.insert(u"total"_s, total);
        line.insert(u"attempts"_s, attempts);
        insertIf(line, u"events"_s, events);
        insertIf(line, u"occurrences"_s, occurrences);
        insertIf(line, u"skipped"_s, skipped);
        insertIf(line, u"capped"_s, capped);
        insertIf(line, u"dropped"_s, dropped);
        if (result == Result::Failed) {
            line.insert(u"error"_s, error);
            if (failure != Failure::None)
                line.insert(u"failure"_s, failureName(failure));
            if (httpStatus > 0)
                line.insert(u"httpStatus"_s, httpStatus);
            line.insert(u"lastSuccess"_s, lastSuccess.toString(Qt::ISODate));
        }
        line.insert(u"result"_s, resultName(result));
        line.insert(u"writeMs"_s, writeMs);
        break;
    case Kind::Finished:
        line.insert(u"updated"_s, updated);
        line.insert(u"unchanged"_s, unchanged);
        line.insert(u"failed"_s, failed);
        line.insert(u"exitCode"_s, exitCode);
        line.insert(u"ms"_s, ms);
        break;
    case Kind::Error:
        line.insert(u"exitCode"_s, exitCode);
        line.insert(u"error"_s, error);
        break;
    }
    return line;
}

std::optional<SyncStep> SyncStep::fromJson(const QJsonObject &line)
{
    const std::optional<Kind> kind = fromName<Kind>(line.value(u"event"_s).toString(), kindName);
    if (!kind)
        return std::nullopt;
    SyncStep step;
    step.kind = *kind;
    switch (step.kind) {
    case Kind::Start:
        step.feeds = line.value(u"feeds"_s).toInt();
        break;
    case Kind::FeedStart:
    case Kind::FeedDone:
        step.feedId = line.value(u"id"_s).toString();
        step.feedName = line.value(u"name"_s).toString();
        step.done = line.value(u"done"_s).toInt();
        step.total = line.value(u"total"_s).toInt();
        if (step.kind == Kind::FeedStart) {
            step.url = line.value(u"url"_s).toString();
            break;
        }
        if (const auto result = fromName<Result>(line.value(u"result"_s).toString(), resultName))
            step.result = *result;
        else
            return std::nullopt;
        step.attempts = line.value(u"attempts"_s).toInt();
        step.events = optionalInt(line, u"events"_s);
        step.occurrences = optionalInt(line, u"occurrences"_s);
        step.skipped = optionalInt(line, u"skipped"_s);
        step.capped = optionalInt(line, u"capped"_s);
        step.dropped = optionalInt(line, u"dropped"_s);
        step.writeMs = line.value(u"writeMs"_s).toInteger();
        if (step.result == Result::Failed) {
            step.error = line.value(u"error"_s).toString();
            if (line.contains(u"failure"_s)) {
                const auto failure =
                    fromName<Failure>(line.value(u"failure"_s).toString(), failureName);
                if (!failure)
                    return std::nullopt;
                step.failure = *failure;
            }
            step.httpStatus = line.value(u"httpStatus"_s).toInt();
            step.lastSuccess =
                QDateTime::fromString(line.value(u"lastSuccess"_s).toString(), Qt::ISODate);
        }
        break;
    case Kind::Finished:
        step.updated = line.value(u"updated"_s).toInt();
        step.unchanged = line.value(u"unchanged"_s).toInt();
        step.failed = line.value(u"failed"_s).toInt();
        step.exitCode = line.value(u"exitCode"_s).toInt();
        step.ms = line.value(u"ms"_s).toInteger();
        break;
    case Kind::Error:
        step.exitCode = line.value(u"exitCode"_s).toInt();
        step.error = line.value(u"error"_s).toString();
        break;
    }
    return step;
}

QList<SyncStep> SyncStep::takeLines(QByteArray *buffer)
{
    QList<SyncStep> steps;
    qsizetype newline = -1;
    while ((newline = buffer->indexOf('\n')) >= 0) {
        const QByteArray line = buffer->left(newline);
        buffer->remove(0, newline + 1);
        if (std::optional<SyncStep> step = fromJson(QJsonDocument::fromJson(line).object()))
            steps.append(std::move(*step));
        else
            qCDebug(lcEvents).noquote()
                << u"dorfplatz-sync: unknown line %1"_s.arg(QString::fromUtf8(line));
    }
    return steps;
}

} // namespace Dorfplatz
