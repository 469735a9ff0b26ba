#include "kioskapp.h"

#include "core/calls/incomingcalls.h"
#include "core/db/database.h"
#include "core/db/databasebackup.h"
#include "core/db/kioskstate.h"
#include "core/db/migrator.h"
#include "core/events/eventsource.h"
#include "core/events/synclauncher.h"
#include "core/files/privatedir.h"
#include "core/logging.h"
#include "kioskshell.h"
#include "media/playerprovider.h"
#include "media/uisounds.h"
#include "ui/calls/callcoordinator.h"

#include <QDir>
#include <QLocale>

#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString missedCallsKey = u"calls.missed"_s;

} // namespace

KioskApp::KioskApp(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_lastGood(options.dataDir)
    , m_versions(options.dataDir)
{
    ActiveConfig active = loadActiveConfig(options.configDir, m_lastGood, &m_versions);
    m_translationsLoaded =
        m_translations.install(active.config ? active.config->settings.language : u"de"_s);
    m_shell = std::make_unique<KioskShell>(std::move(active), options.configDir, options.dataDir,
                                           m_clock);
}

const ActiveConfig &KioskApp::activeConfig() const
{
    return m_shell->activeConfig();
}

bool KioskApp::applyPublished()
{
    ActiveConfig next = loadActiveConfig(m_options.configDir, m_lastGood, &m_versions);
    if (next.origin != ActiveConfig::Origin::Configured || !next.config)
        return false;
    const QString language = next.config->settings.language;
    if (language != activeConfig().config->settings.language)
        m_translationsLoaded = m_translations.install(language);
    if (!m_shell->applyConfig(std::move(next)))
        return false;
    // The last good copy (its files fsync'd one by one) after the new home screen is on the
    // glass: the guide waits for the screen, not for the disk.
    connect(
        m_shell.get(), &KioskShell::appliedHomePainted, this,
        [this] {
            QString error;
            if (!m_lastGood.store(*activeConfig().config, &error))
                qCWarning(lcConfig) << "cannot store the last good configuration:" << error;
        },
        Qt::SingleShotConnection);
    return true;
}

KioskApp::~KioskApp()
{
    // The missed calls are stored into m_database, which goes before the shell.
    if (m_shell && m_shell->calls())
        m_shell->calls()->incoming().disconnect(this);
}

bool KioskApp::finishStartup()
{
    bool ok = true;
    // libVLC takes about 0.2 s to start: now, not at the resident's first tap.
    if (m_shell->sounds().isEnabled())
        m_shell->sounds().prepare();
    PlayerProvider &players = m_shell->players();
    if (activeConfig().config && !activeConfig().config->streams.isEmpty())
        players.warmUp();
    // espeak-ng for "Vorlesen": about 10 ms, after the first paint; without a sound output the
    // button stays away and the log says why.
    m_shell->startSpeech();
    if (!players.fallbackReason().isEmpty()) {
        m_shell->addStaffProblem(
            tr("The VLC player cannot start (%1). Radio and TV play through Qt Multimedia "
               "instead. Is the package vlc-plugin-base installed?")
                .arg(players.fallbackReason()));
    }

    const QString dataDir = QDir(m_options.dataDir).absolutePath();
    QString error;
    const QString appDb = QDir(dataDir).filePath(u"app.db"_s);
    m_backup = std::make_unique<DatabaseBackup>(QDir(dataDir).filePath(u"backups"_s));
    if (QString why; !ensurePrivateDir(dataDir, &why)) {
        error = tr("the folder cannot be created");
    } else if (const auto restored = m_backup->restoreIfDamaged(appDb, &why)) {
        m_shell->addStaffProblem(
            tr("The database was damaged. It was restored from the copy of %1; what was changed "
               "after that is lost. The damaged file is kept as %2.")
                .arg(QLocale().toString(restored->day, QLocale::LongFormat), restored->damagedAs));
    }
    if (!error.isEmpty()) {
        // The folder cannot be used: below.
    } else if (auto database = Database::open(appDb, &error)) {
        if (Migrator().migrate(*database, &error))
            m_database = std::move(database);
    }
    if (!m_database) {
        qCWarning(lcDb) << "cannot open the application database in" << dataDir << error;
        m_shell->addStaffProblem(
            tr("The data folder %1 cannot be used (%2). Dorfplatz works, but cannot save "
               "anything. Is the disk full?")
                .arg(dataDir, error));
        ok = false;
    }

    // The programme runs and staff can sign in once app.db is there; guides publish into the
    // versions, and a publication goes live through applyPublished().
    m_shell->setPublishing(m_versions, [this] { return applyPublished(); });
    if (m_database)
        m_shell->useDatabase(*m_database, syncLauncher());

    if (activeConfig().origin == ActiveConfig::Origin::Configured) {
        if (!m_lastGood.store(*activeConfig().config, &error)) {
            qCWarning(lcConfig) << "cannot store the last good configuration:" << error;
            m_shell->addStaffProblem(
                tr("A copy of the good settings cannot be kept in %1 (%2). Is the disk full?")
                    .arg(m_lastGood.directory(), error));
            ok = false;
        }
    }

    // Watching the rooms for incoming calls costs a request per contact every few seconds:
    // only once the home screen is on the glass.
    if (CallCoordinator *calls = m_shell->calls()) {
        keepMissedCalls(calls->incoming());
        calls->start();
    }

    startSyncIfStale();
    backUpIfDue();
    m_syncCheck.setInterval(std::chrono::hours(1));
    connect(&m_syncCheck, &QTimer::timeout, this, &KioskApp::startSyncIfStale);
    connect(&m_syncCheck, &QTimer::timeout, this, &KioskApp::backUpIfDue);
    m_syncCheck.start();
    return ok;
}

bool KioskApp::backUpIfDue()
{
    if (!m_database || !m_backup)
        return false;
    const QDate today = m_clock.now().toLocalTime().date();
    if (const auto newest = m_backup->newestDay(); newest && *newest >= today)
        return false;
    QString error;
    if (m_backup->backUp(*m_database, today, &error)) {
        m_backupFailureShown = false;
        return true;
    }
    // Once: the next hour's attempt would only say it again.
    if (!std::exchange(m_backupFailureShown, true)) {
        m_shell->addStaffProblem(
            tr("The nightly copy of the database could not be made (%1). Is the disk full?")
                .arg(error));
    }
    return false;
}

void KioskApp::keepMissedCalls(IncomingCalls &incoming)
{
    if (!m_database)
        return;
    // A missed call stays on the home screen until the resident saw it, also across a restart.
    if (const auto stored = KioskState(*m_database).value(missedCallsKey))
        incoming.restoreMissedCalls(missedCallsFromJson(stored->toUtf8()));
    connect(&incoming, &IncomingCalls::missedCallsChanged, this, [this, &incoming] {
        QString error;
        if (!KioskState(*m_database)
                 .setValue(missedCallsKey,
                           QString::fromUtf8(missedCallsToJson(incoming.missedCalls())),
                           m_clock.now(), &error))
            qCWarning(lcDb) << "cannot keep the missed calls:" << error;
    });
}

bool KioskApp::startSyncIfStale()
{
    if (!activeConfig().config || activeConfig().config->feeds.isEmpty())
        return false;
    if (m_sync && m_sync->isRunning())
        return false;
    EventSource &events = m_shell->events();
    const QDateTime now = m_clock.now();
    const QDateTime lastSuccess = events.lastSuccess();
    const QDateTime lastAttempt = events.lastAttempt();
    const auto maxAge = std::chrono::hours(activeConfig().config->events.maxCacheAgeHours);
    const bool stale = !lastSuccess.isValid() || lastSuccess.addDuration(maxAge) < now;
    // Without a connection every attempt fails; once an hour is often enough to try again.
    const bool triedRecently =
        lastAttempt.isValid() && lastAttempt.addDuration(std::chrono::hours(1)) > now;
    if (!stale || triedRecently)
        return false;

    qCInfo(lcApp).noquote() << u"events cache is stale (last success: %1); starting a sync"_s.arg(
        lastSuccess.isValid() ? lastSuccess.toString(Qt::ISODate) : u"never"_s);
    return syncLauncher()->start();
}

void KioskApp::setSyncProgram(const QString &program)
{
    m_syncProgram = program;
    if (m_sync)
        m_sync->setProgram(program);
}

SyncLauncher *KioskApp::syncLauncher()
{
    if (m_sync || !activeConfig().config || activeConfig().config->feeds.isEmpty())
        return m_sync.get();
    EventSource &events = m_shell->events();
    m_sync = std::make_unique<SyncLauncher>(activeConfig().config->directory,
                                            QDir(m_options.dataDir).absolutePath());
    if (!m_syncProgram.isEmpty())
        m_sync->setProgram(m_syncProgram);
    connect(m_sync.get(), &SyncLauncher::started, &events,
            [&events] { events.setSyncRunning(true); });
    connect(m_sync.get(), &SyncLauncher::finished, &events, [&events](int exitCode) {
        events.setSyncRunning(false);
        // The cache tells the screen itself; asking now saves the wait for the next poll.
        events.checkForChanges();
        if (exitCode != 0)
            qCWarning(lcApp) << "the events sync ended with exit code" << exitCode;
    });
    return m_sync.get();
}

} // namespace Dorfplatz
