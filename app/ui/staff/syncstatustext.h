#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Dorfplatz {

struct FeedStatus;

// The calendars' sync status in plain German for care staff: when each calendar was last
// updated, why its last attempt failed, and how a sync started from the screen went.
//
// The events cache keeps a failed attempt's reason only as the fetcher's English detail
// (FeedStatus::error), not as SyncStep::Failure; the German sentences for the typed failures are
// made in dorfplatz-sync (SyncCommand), which the kiosk cannot include. So a failure is told
// here from the detail: an HTTP status by its number, anything else as "could not be loaded"
// with the detail for whoever set the kiosk up.
class SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::SyncStatusText)

public:
    // "Zuletzt aktualisiert: heute, 03:12 Uhr" or "Zuletzt aktualisiert: noch nie" (`status`
    // null: the cache knows nothing of the calendar yet).
    static QString lastSuccess(const FeedStatus *status, const QDateTime &now);
    // "Letzter Versuch heute, 03:20 Uhr: Der Server hat mit Fehler 404 geantwortet."; empty when
    // the last attempt went well.
    static QString lastError(const FeedStatus *status, const QDateTime &now);
    // FeedStatus::error as a sentence.
    static QString failure(const QString &error);

    // How a sync ended: its exit code (SyncRunner's, or -1), the calendars that were updated and
    // the names of those that were tried and failed, of `total`.
    static QString finished(int exitCode, int updated, const QStringList &failed, int total);
};

} // namespace Dorfplatz
