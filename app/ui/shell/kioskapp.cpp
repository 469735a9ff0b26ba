#include "kioskapp.h"

#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/logging.h"
#include "core/media/playerprovider.h"
#include "core/media/uisounds.h"
#include "kioskshell.h"

#include <QDir>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

KioskApp::KioskApp(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_lastGood(options.dataDir)
    , m_active(loadActiveConfig(options.configDir, m_lastGood))
{
    m_translationsLoaded =
        m_translations.install(m_active.config ? m_active.config->settings.language : u"de"_s);
    m_shell = std::make_unique<KioskShell>(m_active, options.configDir, m_clock);
}

KioskApp::~KioskApp() = default;

bool KioskApp::finishStartup()
{
    bool ok = true;
    // libVLC takes about 0.2 s to start: now, not at the resident's first tap.
    if (m_shell->sounds().isEnabled())
        m_shell->sounds().prepare();
    PlayerProvider &players = m_shell->players();
    if (m_active.config && !m_active.config->streams.isEmpty())
        players.warmUp();
    if (!players.fallbackReason().isEmpty()) {
        m_shell->addStaffProblem(
            tr("The VLC player cannot start (%1). Radio and TV play through Qt Multimedia "
               "instead. Is the package vlc-plugin-base installed?")
                .arg(players.fallbackReason()));
    }

    const QString dataDir = QDir(m_options.dataDir).absolutePath();
    QString error;
    if (!QDir().mkpath(dataDir)) {
        error = tr("the folder cannot be created");
    } else if (auto database = Database::open(QDir(dataDir).filePath(u"app.db"_s), &error)) {
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

    if (m_active.origin == ActiveConfig::Origin::Configured) {
        if (!m_lastGood.store(*m_active.config, &error)) {
            qCWarning(lcConfig) << "cannot store the last good configuration:" << error;
            m_shell->addStaffProblem(
                tr("A copy of the good settings cannot be kept in %1 (%2). Is the disk full?")
                    .arg(m_lastGood.directory(), error));
            ok = false;
        }
    }
    return ok;
}

} // namespace Dorfplatz
