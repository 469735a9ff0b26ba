#include "guidetour.h"

#include "core/config/configchanges.h"
#include "core/config/configdraft.h"
#include "core/config/configversions.h"
#include "core/events/synclauncher.h"
#include "core/files/usbsticks.h"
#include "core/time/clock.h"
#include "kioskshell.h"
#include "previewscreen.h"
#include "ui/guide/appearancescreen.h"
#include "ui/guide/backupscreen.h"
#include "ui/guide/calendareditorscreen.h"
#include "ui/guide/contacteditorscreen.h"
#include "ui/guide/draftproblems.h"
#include "ui/guide/entrylistscreen.h"
#include "ui/guide/guidehomescreen.h"
#include "ui/guide/stationeditorscreen.h"
#include "ui/guide/stationfinderscreen.h"
#include "ui/guide/tileeditorscreen.h"
#include "ui/guide/versionsscreen.h"
#include "ui/kit/navigator.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// The tour's own draft and versions, made once, from the configuration in use.
struct TourGuide
{
    QTemporaryDir folder;
    std::unique_ptr<ConfigDraft> draft;
    std::unique_ptr<ConfigVersions> versions;
    UsbSticks sticks{QStringList{}};
    SystemClock clock;
    QNetworkAccessManager network;
    RadioBrowser directory{network};

    bool ready(const KioskConfig &config)
    {
        if (draft)
            return true;
        if (!folder.isValid())
            return false;
        draft = std::make_unique<ConfigDraft>(folder.path());
        versions = std::make_unique<ConfigVersions>(folder.path());
        const Actor guide{4, u"Lena Schmitt"_s};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Two versions published before, the second in use.
        for (const QString &name : {u"Haus Sonnenhang"_s, config.settings.homeName}) {
            if (!draft->begin(config, 0, nullptr))
                return false;
            draft->setSetting(u"homeName"_s, name, nullptr);
            draft->publish(*versions, config, guide, now, nullptr);
        }
        // The draft as a guide leaves it after ten minutes: a station with its tile.
        if (!draft->begin(config, 2, nullptr))
            return false;
        draft->putEntry(ConfigDraft::List::Streams,
                        {{u"id"_s, u"kirchenradio"_s},
                         {u"name"_s, u"Kirchenradio Kusel"_s},
                         {u"kind"_s, u"radio"_s},
                         {u"urls"_s, QJsonArray{u"media/hausradio.ogg"_s}}},
                        nullptr);
        draft->putEntry(ConfigDraft::List::Tiles,
                        {{u"id"_s, u"kirchenradio"_s},
                         {u"kind"_s, u"stream"_s},
                         {u"label"_s, u"Kirchenradio"_s},
                         {u"target"_s, u"kirchenradio"_s},
                         {u"picture"_s, u"icon:radio"_s}},
                        nullptr);
        return true;
    }
};

} // namespace

void addGuideSteps(std::vector<TourStep> &steps, KioskShell &shell)
{
    if (!shell.activeConfig().config)
        return;
    auto guide = std::make_shared<TourGuide>();
    const auto home = [&shell, guide](bool problems) -> Screen * {
        const KioskConfig &config = *shell.activeConfig().config;
        auto *screen = new GuideHomeScreen(shell.theme());
        const ConfigLoadResult loaded = guide->draft->check();
        screen->setState(
            loaded.config ? ConfigChanges::list(config, *loaded.config) : QStringList{},
            GuideHomeScreen::tr("In use: version %1 of %2, by %3.")
                .arg(2)
                .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat),
                     u"Lena Schmitt"_s));
        if (problems) {
            ConfigIssue empty;
            empty.file = ConfigDraft::fileOf(ConfigDraft::List::Tiles);
            empty.path = u"tiles[1].label"_s;
            empty.kind = ConfigIssue::Kind::EmptyText;
            screen->setProblems(DraftProblems(*guide->draft, {empty}).lines());
        }
        return screen;
    };
    const auto step = [&steps, &shell, guide](const QString &name, std::function<Screen *()> make,
                                              const QString &file = {}) {
        steps.push_back({name,
                         [&shell, guide, make] {
                             if (guide->ready(*shell.activeConfig().config))
                                 showOverHome(shell, make());
                         },
                         file, 500});
    };
    const Theme &theme = shell.theme();
    step(u"guide-home"_s, [home] { return home(false); });
    step(
        u"guide-home"_s, [home] { return home(true); }, u"guide-home-problems"_s);
    step(u"guide-tiles"_s, [&theme, guide] {
        return new EntryListScreen(theme, *guide->draft, ConfigDraft::List::Tiles);
    });
    for (const auto &[name, page] :
         {std::pair{u"guide-tile"_s, TileEditorScreen::Step::Overview},
          std::pair{u"guide-tile-label"_s, TileEditorScreen::Step::Label},
          std::pair{u"guide-tile-target"_s, TileEditorScreen::Step::Target},
          std::pair{u"guide-tile-picture"_s, TileEditorScreen::Step::Picture}}) {
        step(name, [&theme, guide, page] {
            auto *editor =
                new TileEditorScreen(theme, *guide->draft, &guide->sticks, u"kirchenradio"_s);
            editor->showStep(page);
            return editor;
        });
    }
    step(u"guide-stations"_s, [&theme, guide] {
        return new EntryListScreen(theme, *guide->draft, ConfigDraft::List::Streams);
    });
    for (const auto &[name, page] :
         {std::pair{u"guide-station"_s, StationEditorScreen::Step::Overview},
          std::pair{u"guide-station-address"_s, StationEditorScreen::Step::Address},
          std::pair{u"guide-station-logo"_s, StationEditorScreen::Step::Logo}}) {
        step(name, [&theme, &shell, guide, page] {
            auto *editor = new StationEditorScreen(theme, *guide->draft, &guide->sticks,
                                                   &shell.players(), u"kirchenradio"_s);
            editor->showStep(page);
            return editor;
        });
    }
    step(u"guide-finder-search"_s, [&theme, &shell, guide] {
        return new StationFinderScreen(theme, *guide->draft, guide->directory, &shell.players());
    });
    step(u"guide-contacts"_s, [&theme, guide] {
        return new EntryListScreen(theme, *guide->draft, ConfigDraft::List::Contacts);
    });
    step(u"guide-contact"_s, [&theme, guide] {
        const QJsonArray contacts = guide->draft->entries(ConfigDraft::List::Contacts);
        return new ContactEditorScreen(theme, *guide->draft, &guide->sticks,
                                       contacts.isEmpty() ? QString()
                                                          : contacts.first()[u"id"_s].toString());
    });
    step(u"guide-calendars"_s, [&theme, guide] {
        return new EntryListScreen(theme, *guide->draft, ConfigDraft::List::Feeds);
    });
    step(u"guide-calendar"_s, [&theme, guide] {
        const QJsonArray feeds = guide->draft->entries(ConfigDraft::List::Feeds);
        return new CalendarEditorScreen(theme, *guide->draft, SyncLauncher::defaultProgram(),
                                        feeds.isEmpty() ? QString()
                                                        : feeds.first()[u"id"_s].toString());
    });
    step(u"guide-backup"_s, [&theme, &shell, guide] {
        return new BackupScreen(
            theme, *guide->versions, &guide->sticks,
            [&shell]() -> const KioskConfig * { return &*shell.activeConfig().config; },
            Actor{4, u"Lena Schmitt"_s}, guide->clock, nullptr);
    });
    step(u"guide-appearance"_s,
         [&theme, guide] { return new AppearanceScreen(theme, *guide->draft); });
    step(u"guide-versions"_s,
         [&theme, guide] { return new VersionsScreen(theme, *guide->versions); });
    step(u"guide-preview"_s, [&theme, guide] {
        const ConfigLoadResult loaded = guide->draft->check();
        return new PreviewScreen(theme, loaded.config.value_or(KioskConfig{}));
    });
}

} // namespace Dorfplatz
