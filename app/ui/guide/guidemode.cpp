#include "guidemode.h"

#include "appearancescreen.h"
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
#include "tileeditorscreen.h"
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
{}

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
        openTiles();
        return;
    case GuideHomeScreen::Page::Stations:
        openStations();
        return;
    case GuideHomeScreen::Page::Appearance:
        openAppearance();
        return;
    case GuideHomeScreen::Page::Versions:
        openVersions();
        return;
    }
}

void GuideMode::openTiles()
{
    auto *list = new EntryListScreen(m_theme, *m_services.draft, ConfigDraft::List::Tiles);
    list->setProblems(DraftProblems(*m_services.draft, m_services.draft->check().issues));
    const auto edit = [this, list](const QString &id) {
        if (!ensureDraft())
            return;
        auto *editor = new TileEditorScreen(m_theme, *m_services.draft, m_services.sticks, id);
        connect(editor, &TileEditorScreen::saved, this, [this, list, editor](const QString &saved) {
            m_services.close(editor);
            list->setProblems(DraftProblems(*m_services.draft, m_services.draft->check().issues));
            list->reload(saved);
        });
        m_services.show(editor);
    };
    connect(list, &EntryListScreen::editRequested, this, edit);
    connect(list, &EntryListScreen::newRequested, this, [edit] { edit({}); });
    m_services.show(list);
}

void GuideMode::openStations()
{
    auto *list = new EntryListScreen(m_theme, *m_services.draft, ConfigDraft::List::Streams);
    list->setProblems(DraftProblems(*m_services.draft, m_services.draft->check().issues));
    const auto edit = [this, list](const QString &id) {
        if (!ensureDraft())
            return;
        auto *editor = new StationEditorScreen(m_theme, *m_services.draft, m_services.sticks,
                                               m_services.players, id);
        connect(editor, &StationEditorScreen::saved, this,
                [this, list, editor](const QString &saved) {
                    m_services.close(editor);
                    list->setProblems(
                        DraftProblems(*m_services.draft, m_services.draft->check().issues));
                    list->reload(saved);
                });
        m_services.show(editor);
    };
    connect(list, &EntryListScreen::editRequested, this, edit);
    connect(list, &EntryListScreen::newRequested, this, [edit] { edit({}); });
    m_services.show(list);
}

void GuideMode::openAppearance()
{
    m_services.show(new AppearanceScreen(m_theme, *m_services.draft));
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
    const bool applied = m_services.applyPublished && m_services.applyPublished();
    refreshHome(applied
                    ? tr("Published as version %1. The home screen shows it already.").arg(number)
                    : tr("Published as version %1. It applies after the next start.").arg(number));
    Q_EMIT published(number);
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
    // A draft without changes would now stand on the old version: it goes.
    if (m_services.draft->exists()) {
        const ConfigLoadResult draft = m_services.draft->check();
        if (draft.config && ConfigChanges::list(*active.config, *draft.config).isEmpty())
            m_services.draft->discard(nullptr);
    }
    const bool applied = m_services.applyPublished && m_services.applyPublished();
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
