#pragma once

#include "feedfetcher.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace Dorfplatz {

// One step of a dorfplatz-sync run, as SyncRunner reports it, dorfplatz-sync prints it and the
// kiosk reads it back. Inside the programs it is only ever this type; toJson() and fromJson() are
// the one place that knows the names of the `--json` lines (documented in README.md), so a new
// kind or failure is a compile error (-Wswitch) where a sentence or a name is missing, not a
// string that silently matches nothing.
struct SyncStep
{
    Q_GADGET

public:
    enum class Kind
    {
        Start,     // the run begins: feeds
        FeedStart, // a feed is being fetched: feedId, feedName, url, done (before it), total
        FeedDone,  // a feed is finished: feedId, feedName, done, total, attempts, result, ...
        Finished,  // the run ended: updated, unchanged, failed, exitCode, ms
        Error      // the run could not start (configuration, lock, cache): exitCode, error
    };
    Q_ENUM(Kind)

    enum class Result
    {
        Updated,
        Unchanged, // the server said "not modified" (the rows are still expanded again)
        Failed     // the feed's last good rows stay
    };
    Q_ENUM(Result)

    // Why a feed failed: the fetcher's failures, then what can go wrong after the download.
    enum class Failure
    {
        None,
        Timeout,
        TooLarge,
        TooManyRedirects,
        HttpError, // httpStatus says which
        Network,
        FileError,
        Invalid,      // not a calendar that can be read
        Cache,        // the events cache cannot be written
        HostNotFound, // the server's name does not resolve: no internet, or a mistyped name
        Refused       // the server takes no connection
    };
    Q_ENUM(Failure)

    static Failure failureFrom(FeedFetcher::Failure failure);

    // The line for --json. Fields a kind does not have are left out, as are the counts a feed's
    // step does not know (nullopt).
    QJsonObject toJson() const;
    // nullopt for an unknown event, result or failure name: a line from a newer or broken program
    // is not guessed at.
    static std::optional<SyncStep> fromJson(const QJsonObject &line);
    // The steps in the complete lines of `buffer` (--json output as it arrives from the process);
    // an unfinished last line stays in `buffer` for the next read. A line that is no step (from a
    // program of another version, or a stray one) is logged and left out.
    static QList<SyncStep> takeLines(QByteArray *buffer);

    bool operator==(const SyncStep &other) const = default;

    // Every member has an initializer, so a step is built with designated initializers naming
    // only the fields of its kind (GCC's -Wmissing-field-initializers counts the others).
    Kind kind = Kind::Start;

    int feeds = 0; // Start

    QString feedId{};   // FeedStart, FeedDone
    QString feedName{}; // FeedStart, FeedDone
    QString url{};      // FeedStart: the address as shown to people
    int done = 0;       // FeedStart: feeds finished before this one; FeedDone: including this one
    int total = 0;      // FeedStart, FeedDone

    // FeedDone
    int attempts = 0;
    Result result = Result::Updated;
    std::optional<int> events{};
    std::optional<int> occurrences{};
    std::optional<int> skipped{};
    std::optional<int> capped{};
    std::optional<int> dropped{}; // occurrences left out: the feed has more text than it may keep
    Failure failure = Failure::None; // when result is Failed
    QString error{};                 // when result is Failed: the detail; for Error: the message
    int httpStatus = 0;              // when result is Failed: the server's status (0: none)
    QDateTime lastSuccess{};         // when result is Failed; invalid: never
    qint64 writeMs = 0;

    // Finished
    int updated = 0;
    int unchanged = 0;
    int failed = 0;
    qint64 ms = 0;

    int exitCode = 0; // Finished, Error
};

} // namespace Dorfplatz
