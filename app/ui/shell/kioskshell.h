#pragma once

#include "core/config/configsource.h"
#include "ui/kit/theme.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <list>
#include <memory>

namespace Dorfplatz {

class AuditLog;
class CallCoordinator;
class ConfigDraft;
class ConfigVersions;
class GuideMode;
class DocumentShelf;
class UsbMounter;
class UsbSticks;
class UsageRecorder;
class Clock;
class Database;
class EventSessions;
class EventSource;
class HomeBannerStack;
class Schedule;
class SessionRunner;
class StaffMode;
class SyncLauncher;
class HomeScreen;
class MainWindow;
class Navigator;
class NightMode;
class PlayerProvider;
class ReadAloud;
class SpeechEngine;
class UiSounds;
class Screen;
class ScreenFactory;

// The kiosk's user interface put together: window, header, home screen, navigation, and the
// staff notice. Built from the active configuration; with none, the home screen is the calm
// "please ask a member of staff" screen.
class KioskShell : public QObject
{
    Q_OBJECT

public:
    // `dataDir` holds the events cache (EventCache::fileName) the events screen reads.
    KioskShell(ActiveConfig active, QString configDir, QString dataDir, const Clock &clock,
               QObject *parent = nullptr);
    ~KioskShell() override;

    MainWindow *window() const { return m_window.get(); }
    Navigator *navigator() const { return m_navigator; }
    const Theme &theme() const { return m_theme; }
    HomeScreen *homeScreen() const { return m_homeScreen; }
    const ActiveConfig &activeConfig() const { return m_configs.back(); }
    PlayerProvider &players() const { return *m_players; }
    UiSounds &sounds() const { return *m_sounds; }
    // Reading aloud: the header's "Vorlesen", spoken announcements; a stream is turned down
    // while it speaks. Offers nothing until it has an engine (setSpeechEngine).
    ReadAloud &readAloud() const { return *m_readAloud; }
    // The kiosk gives it espeak-ng after the first paint (startSpeech); tests a recording one.
    void setSpeechEngine(std::unique_ptr<SpeechEngine> engine);
    // Makes the espeak-ng engine unless one was given.
    void startSpeech();
    // The read side of the events cache, shared by every events screen opened.
    EventSource &events() const { return *m_events; }
    // Calls: contacts, the call screen, ringing. Null without a configuration.
    CallCoordinator *calls() const { return m_calls.get(); }
    // Dims the screen in the night hours, once started (the kiosk does after the first paint).
    NightMode &night() const { return *m_night; }
    // Staff mode (holding the home's name): null without a configuration.
    StaffMode *staff() const { return m_staff.get(); }
    // The programme and its running, once the kiosk has its database (useDatabase()).
    Schedule *schedule() const { return m_schedule.get(); }
    SessionRunner *sessions() const { return m_runner.get(); }
    Database *database() const { return m_database; }
    SyncLauncher *syncLauncher() const { return m_sync; }

    // Where the guides publish (KioskApp's versions) and how a publication goes live
    // (KioskApp::applyPublished); before useDatabase(), which makes guide mode with them.
    void setPublishing(ConfigVersions &versions, std::function<bool()> applyPublished);
    GuideMode *guide() const { return m_guide.get(); }
    ConfigDraft *draft() const { return m_draft.get(); }
    UsbSticks *sticks() const { return m_sticks.get(); }
    // Counts the room's use for the funding report; made with the database (useDatabase()).
    UsageRecorder *usage() const { return m_usage.get(); }

    // The application database is open (KioskApp, after the first paint): the programme runs,
    // staff mode can sign in. `sync` may be null (no calendars configured).
    void useDatabase(Database &database, SyncLauncher *sync);

    // A newly published configuration, live: a new home screen (on the glass at once when it
    // is the current screen), the header in the new look, calls, night hours and the rest from
    // now on. What runs (a stream, a call, a group session) goes on with the configuration it
    // began with, which stays alive. Returns false, changing nothing, without a configuration
    // (before or in `next`): the calm screen has no tiles to replace.
    bool applyConfig(ActiveConfig next);
    // How many configurations are kept alive: the current one, and older ones while screens made
    // with them may still be open (until the kiosk is at its home screen again).
    int retainedConfigs() const { return int(m_configs.size()); }

    void openTile(const TileConfig &tile);
    void openNotice();

    // Something staff should know that is not a configuration problem (full disk, …).
    void addStaffProblem(const QString &problem);
    QStringList staffProblems() const { return m_problems; }
    bool hasNotice() const;

Q_SIGNALS:
    void firstPainted();
    // The home screen of a configuration given to applyConfig() was painted for the first time.
    void appliedHomePainted();
    void configApplied();

private:
    void updateNotice();
    void connectHeader();
    // At the home screen with nothing above it: the configurations before the current one go.
    void releaseOldConfigs();
    HomeScreen *makeHomeScreen(const KioskConfig &config);
    // The header follows the screen: shown or not, with or without its Home.
    void updateChrome();
    // Stops a reading when the resident goes elsewhere; gives a new screen its own button.
    void followScreenForReading(Screen *screen);

    // Every configuration used since the start, the current one last: screens still open keep
    // references into the one they were made with (a few KiB each, published rarely).
    std::list<ActiveConfig> m_configs;
    QString m_configDir;
    Theme m_theme;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PlayerProvider> m_players;
    std::unique_ptr<UiSounds> m_sounds;
    std::unique_ptr<SpeechEngine> m_speech;
    std::unique_ptr<ReadAloud> m_readAloud;
    std::unique_ptr<EventSource> m_events;
    std::unique_ptr<ScreenFactory> m_factory;
    Navigator *m_navigator = nullptr;
    // After the navigator (it opens screens through it), before the factory is used.
    std::unique_ptr<CallCoordinator> m_calls;
    HomeScreen *m_homeScreen = nullptr;
    HomeBannerStack *m_banners = nullptr;
    std::unique_ptr<NightMode> m_night;
    const Clock &m_clock;
    std::unique_ptr<StaffMode> m_staff;
    Database *m_database = nullptr;
    SyncLauncher *m_sync = nullptr;
    std::unique_ptr<Schedule> m_schedule;
    std::unique_ptr<SessionRunner> m_runner;
    QStringList m_problems;
    QString m_dataDir;
    ConfigVersions *m_versions = nullptr;
    std::function<bool()> m_applyPublished;
    std::unique_ptr<ConfigDraft> m_draft;
    std::unique_ptr<DocumentShelf> m_documents;
    std::unique_ptr<UsbSticks> m_sticks;
    std::unique_ptr<UsbMounter> m_usbMounter;
    std::unique_ptr<AuditLog> m_guideAudit;
    std::unique_ptr<GuideMode> m_guide;
    std::unique_ptr<UsageRecorder> m_usage;
    std::unique_ptr<EventSessions> m_eventSessions; // before the schedule and the events go
};

} // namespace Dorfplatz
