#include "syncstatustext.h"

#include "auditlogtext.h"
#include "core/events/eventcache.h"
#include "core/events/syncrunner.h"

#include <QRegularExpression>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// dorfplatz-sync's exit code when another sync holds the lock (SyncCommand::alreadyRunning, in
// sync/, which the kiosk cannot include; `dorfplatz-sync --help` documents it).
constexpr int alreadyRunning = 6;

} // namespace

QString SyncStatusText::lastSuccess(const FeedStatus *status, const QDateTime &now)
{
    if (!status || !status->lastSuccess.isValid()) {
        //: A calendar that was never loaded: "Zuletzt aktualisiert: noch nie"
        return tr("Last updated: never");
    }
    //: "Zuletzt aktualisiert: heute, 03:12 Uhr" (the time as the log says it)
    return tr("Last updated: %1").arg(AuditLogText::when(status->lastSuccess, now));
}

QString SyncStatusText::lastError(const FeedStatus *status, const QDateTime &now)
{
    if (!status || status->error.isEmpty())
        return {};
    //: "Letzter Versuch heute, 03:20 Uhr: Der Server hat mit Fehler 404 geantwortet."
    return tr("Last attempt %1: %2")
        .arg(AuditLogText::when(status->lastAttempt, now), failure(status->error));
}

QString SyncStatusText::failure(const QString &error)
{
    // The fetcher writes an HTTP failure as "HTTP <status> <reason>" (the protocol's own words).
    static const QRegularExpression http(u"\\bHTTP (\\d{3})\\b"_s);
    const QRegularExpressionMatch match = http.match(error);
    if (match.hasMatch()) {
        //: "Der Server hat mit Fehler 404 geantwortet."
        return tr("The server answered with error %1.").arg(match.captured(1));
    }
    //: Any other failure, with the technical detail for whoever set up the kiosk: "Der Kalender
    //: konnte nicht geladen werden (Connection refused)."
    return tr("The calendar could not be loaded (%1).").arg(error);
}

QString SyncStatusText::finished(int exitCode, int updated, const QStringList &failed, int total)
{
    switch (exitCode) {
    case SyncRunner::AllFine:
    case SyncRunner::SomeFailed:
    case SyncRunner::AllFailed: {
        //: "Fertig: 3 von 3 Kalendern aktualisiert."
        QString text = tr("Done: %1 of %n calendar(s) updated.", nullptr, total).arg(updated);
        if (!failed.isEmpty()) {
            //: The calendars a sync could not update, by name: "Nicht geklappt: Kusel."
            text += u' ' + tr("Not updated: %1.").arg(failed.join(u", "_s));
        }
        return text;
    }
    case alreadyRunning:
        return tr("An update is running already. Please try again in a few minutes.");
    case SyncRunner::ConfigError:
        return tr("The calendar settings cannot be used. Please tell whoever set up the kiosk.");
    case SyncRunner::CacheError:
        return tr("The events cannot be saved (is the disk full?). Please tell whoever set up "
                  "the kiosk.");
    default:
        break;
    }
    if (exitCode < 0) {
        return tr("The update could not be started or stopped unexpectedly. Please try again "
                  "later.");
    }
    //: An end the kiosk has no words for: "Die Aktualisierung ist mit Fehler 2 beendet worden."
    return tr("The update ended with error %1.").arg(exitCode);
}

} // namespace Dorfplatz
