#include "guidemode.h"

#include "appearancescreen.h"
#include "backupscreen.h"
#include "calendareditorscreen.h"
#include "contacteditorscreen.h"
#include "core/config/configchanges.h"
#include "core/config/configdraft.h"
#include "core/config/configsource.h"
#include "core/config/configversions.h"
#include "core/logging.h"
#include "core/time/clock.h"
#include "draftproblems.h"
#include "entrylistscreen.h"
#include "guidehomescreen.h"
#include "stationeditorscreen.h"
#include "stationfinderscreen.h"
#include "tileeditorscreen.h"
#include "ui/kit/bigbutton.h"
#include "versionsscreen.h"

#include <QLocale>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

GuideMode::GuideMode(const Theme &theme, const Clock &clock, GuideServices services,
                     QObject *parent)
    : QObject(parent)
    , m_theme(theme)
    , m_clock(clock)
    , m_services(std::move(services))
{
    configChanged();
}

void GuideMode::configChanged()
{
    const ActiveConfig &active = m_services.active();
    m_directory.setServers(active.config ? active.config->settings.stationDirectory
                                         : QList<QUrl>{});
}

GuideMode::~GuideMode() = default;

GuideHomeScreen *GuideMode::home() const
{
    return m_home;
}

void GuideMode::open(const Actor &by)
{
    m_actor = by;
    auto *home = new GuideHomeScreen(m_theme);
    connect(home, &GuideHomeScreen::pageRequested, this,
            [this](GuideHomeScreen::Page page) { openPage(int(page)); });
    connect(home, &GuideHomeScreen::previewRequested, this, &GuideMode::preview);
    connect(home, &GuideHomeScreen::publishRequested, this, &GuideMode::publish);
    connect(home, &GuideHomeScreen::discardRequested, this, &GuideMode::discard);
    connect(home, &GuideHomeScreen::shown, this, [this] { refreshHome(); });
    m_home = home;
    refreshHome();
    m_services.show(home);
}

bool GuideMode::ensureDraft()
{
    ConfigDraft &draft = *m_services.draft;
    if (draft.exists())
        return true;
    const ActiveConfig &active = m_services.active();
    QString error;
    if (!active.config || !draft.begin(*active.config, active.publishedVersion, &error)) {
        qCWarning(lcConfig) << "cannot begin a draft:" << error;
        if (m_home)
            m_home->setMessage(tr("Nothing can be changed now: %1").arg(error));
        return false;
    }
    return true;
}

void GuideMode::refreshHome(const QString &message)
{
    if (!m_home)
        return;
    const ActiveConfig &active = m_services.active();
    QString published = tr("In use: the installed settings.");
    if (const auto version = m_services.versions->current();
        version && version->number == active.publishedVersion) {
        published =
            tr("In use: version %1 of %2, by %3.")
                .arg(version->number)
                .arg(QLocale().toString(version->publishedAt.toLocalTime(), QLocale::ShortFormat),
                     version->publishedBy);
    }
    QStringList changes;
    if (m_services.draft->exists() && active.config) {
        const ConfigLoadResult loaded = m_services.draft->check();
        changes = loaded.config ? ConfigChanges::list(*active.config, *loaded.config)
                                : QStringList{tr("The draft has problems (see “Publish”).")};
    }
    m_home->setState(changes, published);
    if (!message.isEmpty())
        m_home->setMessage(message);
}

void GuideMode::openPage(int page)
{
    if (!ensureDraft())
        return;
    switch (GuideHomeScreen::Page(page)) {
    case GuideHomeScreen::Page::Tiles:
        openList(ConfigDraft::List::Tiles);
        return;
    case GuideHomeScreen::Page::Stations:
        openList(ConfigDraft::List::Streams);
        return;
    case GuideHomeScreen::Page::Contacts:
        openList(ConfigDraft::List::Contacts);
        return;
    case GuideHomeScreen::Page::Calendars:
        openList(ConfigDraft::List::Feeds);
        return;
    case GuideHomeScreen::Page::Backup:
        openBackup();
        return;
    case GuideHomeScreen::Page::Appearance:
        openAppearance();
        return;
    case GuideHomeScreen::Page::Versions:
        openVersions();
        return;
    }
}

void GuideMode::openList(ConfigDraft::List kind)
{
    auto *list = new EntryListScreen(m_theme, *m_services.draft, kind);
    list->setProblems(DraftProblems(*m_services.draft, m_services.draft->check().issues));
    connect(list, &EntryListScreen::editRequested, this,
            [this, list, kind](const QString &id) { openEditor(list, kind, id); });
    connect(list, &EntryListScreen::newRequested, this,
            [this, list, kind] { openEditor(list, kind, {}); });
    if (kind == ConfigDraft::List::Streams) {
        connect(list->addAction(tr("Find stations"), u"find"_s), &BigButton::clicked, this,
                [this, list] { openFinder(list); });
    }
    m_services.show(list);
}

void GuideMode::openEditor(EntryListScreen *list, ConfigDraft::List kind, const QString &id)
{
    if (!ensureDraft())
        return;
    ConfigDraft &draft = *m_services.draft;
    // Saved: back to the list, on the entry, with the loader's word on the whole draft.
    const auto done = [this, list](Screen *editor, const QString &saved) {
        m_services.close(editor);
        list->setProblems(DraftProblems(*m_services.draft, m_services.draft->check().issues));
        list->reload(saved);
    };
    Screen *editor = nullptr;
    switch (kind) {
    case ConfigDraft::List::Tiles: {
        auto *screen = new TileEditorScreen(m_theme, draft, m_services.sticks, id);
        connect(screen, &TileEditorScreen::saved, this,
                [done, screen](const QString &saved) { done(screen, saved); });
        editor = screen;
        break;
    }
    case ConfigDraft::List::Streams: {
        auto *screen =
            new StationEditorScreen(m_theme, draft, m_services.sticks, m_services.players, id);
        connect(screen, &StationEditorScreen::saved, this,
                [done, screen](const QString &saved) { done(screen, saved); });
        editor = screen;
        break;
    }
    case ConfigDraft::List::Contacts: {
        auto *screen = new ContactEditorScreen(m_theme, draft, m_services.sticks, id);
        connect(screen, &ContactEditorScreen::saved, this,
                [done, screen](const QString &saved) { done(screen, saved); });
        editor = screen;
        break;
    }
    case ConfigDraft::List::Feeds: {
        auto *screen = new CalendarEditorScreen(m_theme, draft, m_services.syncProgram, id);
        connect(screen, &CalendarEditorScreen::saved, this,
                [done, screen](const QString &saved) { done(screen, saved); });
        editor = screen;
        break;
    }
    }
    m_services.show(editor);
}

void GuideMode::openFinder(EntryListScreen *list)
{
    if (!ensureDraft())
        return;
    auto *finder =
        new StationFinderScreen(m_theme, *m_services.draft, m_directory, m_services.players);
    connect(finder, &StationFinderScreen::adopted, this, [this, list, finder](const QString &id) {
        m_services.close(finder);
        list->setProblems(DraftProblems(*m_services.draft, m_services.draft->check().issues));
        list->reload(id);
    });
    m_services.show(finder);
}

void GuideMode::openAppearance()
{
    m_services.show(new AppearanceScreen(m_theme, *m_services.draft));
}

void GuideMode::openBackup()
{
    auto *screen = new BackupScreen(
        m_theme, *m_services.versions, m_services.sticks,
        [this]() -> const KioskConfig * {
            const ActiveConfig &active = m_services.active();
            return active.config ? &*active.config : nullptr;
        },
        m_actor, m_clock, m_services.audit);
    connect(screen, &BackupScreen::imported, this, [this](int number) {
        const bool applied = goLive();
        qCInfo(lcConfig) << "imported as version" << number << (applied ? "and applied" : "");
        Q_EMIT published(number);
    });
    m_services.show(screen);
}

void GuideMode::openVersions()
{
    auto *screen = new VersionsScreen(m_theme, *m_services.versions);
    connect(screen, &VersionsScreen::restoreRequested, this,
            [this, screen](int number) { restore(number, screen); });
    m_services.show(screen);
}

void GuideMode::preview()
{
    if (!m_home || !m_services.draft->exists())
        return;
    const ConfigLoadResult loaded = m_services.draft->check();
    if (!loaded.config) {
        m_home->setProblems(DraftProblems(*m_services.draft, loaded.issues).lines());
        return;
    }
    m_home->setProblems({});
    if (m_services.preview)
        m_services.show(m_services.preview(*loaded.config));
}

void GuideMode::publish()
{
    if (!m_home || !m_services.draft->exists())
        return;
    const ActiveConfig &active = m_services.active();
    if (!active.config)
        return;
    ConfigDraft &draft = *m_services.draft;
    // The problems name the draft's entries: read before a failed publication could change it.
    const ConfigVersions::Result result = draft.publish(*m_services.versions, *active.config,
                                                        m_actor, m_clock.now(), m_services.audit);
    if (!result.issues.isEmpty()) {
        qCInfo(lcConfig) << "publishing refused:" << result.issues.size() << "problems";
        m_home->setProblems(DraftProblems(draft, result.issues).lines());
        refreshHome();
        return;
    }
    if (!result.version) {
        m_home->setProblems(
            {tr("It could not be saved (%1). Is the disk full?").arg(result.error)});
        return;
    }
    m_home->setProblems({});
    const int number = result.version->number;
    const bool applied = goLive();
    refreshHome(applied
                    ? tr("Published as version %1. The home screen shows it already.").arg(number)
                    : tr("Published as version %1. It applies after the next start.").arg(number));
    Q_EMIT published(number);
}

bool GuideMode::goLive()
{
    // A draft without changes would now stand on the version before: it goes, and the next edit
    // begins from the new one. A draft with changes stays; the guide decides.
    if (m_services.draft->exists()) {
        const ActiveConfig &before = m_services.active();
        const ConfigLoadResult draft = m_services.draft->check();
        if (before.config && draft.config &&
            ConfigChanges::list(*before.config, *draft.config).isEmpty())
            m_services.draft->discard(nullptr);
    }
    const bool applied = m_services.applyPublished && m_services.applyPublished();
    configChanged();
    return applied;
}

void GuideMode::discard()
{
    QString error;
    if (!m_services.draft->discard(&error))
        refreshHome(error);
    else
        refreshHome(tr("The changes were discarded."));
}

void GuideMode::restore(int number, Screen *screen)
{
    const ActiveConfig &active = m_services.active();
    const auto version = m_services.versions->version(number);
    if (!version || !active.config)
        return;
    const ConfigLoadResult loaded = ConfigLoader::load(version->directory, version->mediaDirectory);
    const QString summary =
        tr("Version %1 restored").arg(number) +
        (loaded.config ? u": "_s + ConfigChanges::summary(*active.config, *loaded.config)
                       : QString());
    const ConfigVersions::Result result =
        m_services.versions->restore(number, m_actor, summary, m_clock.now(), m_services.audit);
    auto *versions = qobject_cast<VersionsScreen *>(screen);
    if (!result.version) {
        if (versions) {
            versions->setMessage(result.issues.isEmpty()
                                     ? tr("It could not be restored (%1).").arg(result.error)
                                     : tr("This version does not load any more: %1")
                                           .arg(result.issues.constFirst().toString()));
        }
        return;
    }
    const bool applied = goLive();
    if (versions) {
        versions->reload();
        versions->setMessage(applied ? tr("Version %1 is back on the screen as version %2.")
                                           .arg(number)
                                           .arg(result.version->number)
                                     : tr("Restored; it applies after the next start."));
    }
    Q_EMIT published(result.version->number);
}

} // namespace Dorfplatz
