#pragma once

#include "core/app/commandline.h"
#include "core/config/configsource.h"
#include "core/config/configversions.h"
#include "core/config/lastgoodconfig.h"
#include "core/i18n/translations.h"
#include "core/time/clock.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Dorfplatz {

class Database;
class DatabaseBackup;
class IncomingCalls;
class KioskShell;
class SyncLauncher;

// One running kiosk: the configuration it uses, its language, its window, and the work that
// waits until the home screen is on the glass (the database, the last good copy). The kiosk, the
// self-test and the screenshot tour all start it the same way.
class KioskApp : public QObject
{
    Q_OBJECT

public:
    explicit KioskApp(const CommandLine &options, QObject *parent = nullptr);
    ~KioskApp() override;

    KioskShell &shell() const { return *m_shell; }
    const ActiveConfig &activeConfig() const;
    ConfigVersions &versions() { return m_versions; }
    Database *database() const { return m_database.get(); }
    bool translationsLoaded() const { return m_translationsLoaded; }

    // Opens the database and stores the last good configuration; problems go to staff through
    // the header notice. Starts watching for incoming calls, and the events sync when the cache
    // is stale. Returns false when something failed.
    bool finishStartup();

    // The guides published a version (or restored one): it is loaded as at start-up and applied
    // without a restart (KioskShell::applyConfig), and kept as the last good copy. False when
    // it does not load; the kiosk then goes on with what it has.
    bool applyPublished();

    // Makes the day's copy of app.db (DatabaseBackup, the last 7 kept in <data>/backups) when
    // there is none yet: at start-up, and checked every hour, so each night's copy is made in the
    // first hour after midnight. Returns true when a copy was made.
    bool backUpIfDue();

    // Starts dorfplatz-sync in the background when feeds are configured, the newest data is older
    // than feeds.json's maxCacheAgeHours (26 h), and no attempt was made in the last hour.
    // Returns true when a sync was started. Checked at start-up and every hour after.
    bool startSyncIfStale();
    // The one launcher of dorfplatz-sync (the hourly check and staff's "Jetzt aktualisieren"),
    // made at first use; null without calendars.
    SyncLauncher *syncLauncher();
    // dorfplatz-sync to start (default: SyncLauncher::defaultProgram()); tests name the built one.
    void setSyncProgram(const QString &program);

private:
    // Restores the missed calls from app.db and stores every change there.
    void keepMissedCalls(IncomingCalls &incoming);

    CommandLine m_options;
    SystemClock m_clock;
    LastGoodConfig m_lastGood;
    ConfigVersions m_versions; // the guides' published configurations: they win when there
    Translations m_translations;
    bool m_translationsLoaded = false;
    std::unique_ptr<KioskShell> m_shell;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<DatabaseBackup> m_backup;
    bool m_backupFailureShown = false;
    std::unique_ptr<SyncLauncher> m_sync;
    QString m_syncProgram;
    QTimer m_syncCheck;
};

} // namespace Dorfplatz
