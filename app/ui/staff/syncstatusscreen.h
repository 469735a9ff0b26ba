#pragma once

#include "ui/kit/staffscreen.h"

#include <QDateTime>
#include <QHash>

class QLabel;

namespace Dorfplatz {

class AuditLogList;
class Clock;
class EventSource;
class KioskConfig;
class PageSwitcher;
class SyncLauncher;
class SyncStatusBar;

// "Kalender", for care staff: each calendar of feeds.json with its last update ("heute,
// 03:12 Uhr" / "noch nie") and, when its last attempt failed, why, in plain German; and a big
// "Jetzt aktualisieren" that runs dorfplatz-sync through the kiosk's SyncLauncher. While a sync
// runs (also one the kiosk started by itself) the button is off and the bar follows the
// calendars done; at its end the statuses are read again and a sentence says how it went.
// Calendars page like the log when there are more than fit.
class SyncStatusScreen final : public StaffScreen
{
    Q_OBJECT

public:
    // `sync` null: the kiosk has no calendars to sync (none in feeds.json); the screen says so.
    SyncStatusScreen(const Theme &theme, const KioskConfig &config, EventSource &events,
                     SyncLauncher *sync, const Clock &clock, QWidget *parent = nullptr);

    QString screenName() const override;

    // Reads the statuses again (also on activated() and when the cache changed).
    void refresh();

    BigButton *updateButton() const { return m_update; }
    SyncStatusBar *progressBar() const { return m_bar; }
    // What is going on: a hint, "wird aktualisiert …", or how the last sync went.
    QLabel *resultLabel() const { return m_result; }
    AuditLogList *list() const { return m_list; }
    PageSwitcher *pageSwitcher() const { return m_switcher; }

protected:
    void activated() override;

private:
    void startSync();
    void onStarted();
    void onFinished(int exitCode);
    void showRunning(bool running);
    QHash<QString, QDateTime> lastAttempts() const;

    const KioskConfig &m_config;
    EventSource &m_events;
    SyncLauncher *m_sync;
    const Clock &m_clock;
    BigButton *m_update;
    SyncStatusBar *m_bar;
    QLabel *m_result;
    AuditLogList *m_list;
    PageSwitcher *m_switcher;
    // Each calendar's last attempt when the running sync began: what it tried shows as changed.
    QHash<QString, QDateTime> m_attemptsBefore;
};

} // namespace Dorfplatz
