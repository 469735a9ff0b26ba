#pragma once

#include "core/config/configsource.h"
#include "ui/kit/theme.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Dorfplatz {

class CallCoordinator;
class Clock;
class Database;
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
    KioskShell(const ActiveConfig &active, QString configDir, QString dataDir, const Clock &clock,
               QObject *parent = nullptr);
    ~KioskShell() override;

    MainWindow *window() const { return m_window.get(); }
    Navigator *navigator() const { return m_navigator; }
    const Theme &theme() const { return m_theme; }
    HomeScreen *homeScreen() const { return m_homeScreen; }
    const ActiveConfig &activeConfig() const { return m_active; }
    PlayerProvider &players() const { return *m_players; }
    UiSounds &sounds() const { return *m_sounds; }
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

    // The application database is open (KioskApp, after the first paint): the programme runs,
    // staff mode can sign in. `sync` may be null (no calendars configured).
    void useDatabase(Database &database, SyncLauncher *sync);

    void openTile(const TileConfig &tile);
    void openNotice();

    // Something staff should know that is not a configuration problem (full disk, …).
    void addStaffProblem(const QString &problem);
    QStringList staffProblems() const { return m_problems; }
    bool hasNotice() const;

Q_SIGNALS:
    void firstPainted();

private:
    void updateNotice();
    // The header follows the screen: shown or not, with or without its Home.
    void updateChrome();

    const ActiveConfig &m_active;
    QString m_configDir;
    Theme m_theme;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PlayerProvider> m_players;
    std::unique_ptr<UiSounds> m_sounds;
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
};

} // namespace Dorfplatz
