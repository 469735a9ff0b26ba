#include "kioskshell.h"

#include "core/events/eventsource.h"
#include "core/schedule/schedule.h"
#include "mainwindow.h"
#include "media/playerprovider.h"
#include "media/uisounds.h"
#include "nightmode.h"
#include "screenfactory.h"
#include "sessionrunner.h"
#include "ui/calls/callcoordinator.h"
#include "ui/home/homescreen.h"
#include "ui/kit/header.h"
#include "ui/kit/homebannerstack.h"
#include "ui/kit/navigator.h"
#include "ui/kit/screen.h"
#include "ui/kit/tapbutton.h"
#include "ui/notice/confignoticescreen.h"
#include "ui/programme/sessionbanner.h"
#include "ui/staff/staffmode.h"

#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>

namespace Dorfplatz {

namespace {

KioskSettings settingsOf(const ActiveConfig &active)
{
    return active.config ? active.config->settings : KioskSettings{};
}

Theme makeTheme(const KioskSettings &settings)
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const ScreenMetrics metrics =
        screen ? ScreenMetrics::forScreen(*screen, settings.screenDiagonalInches,
                                          settings.textScalePercent)
               : ScreenMetrics(ScreenMetrics::fallbackDpi / 25.4, settings.textScalePercent);
    return Theme(settings.theme, metrics);
}

} // namespace

KioskShell::KioskShell(const ActiveConfig &active, QString configDir, QString dataDir,
                       const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_active(active)
    , m_configDir(std::move(configDir))
    , m_theme(makeTheme(settingsOf(active)))
    , m_clock(clock)
{
    const KioskSettings settings = settingsOf(active);
    // Creates no libVLC instance yet: KioskApp warms it up after the first paint.
    m_players = std::make_unique<PlayerProvider>(settings.player);
    m_sounds = std::make_unique<UiSounds>();
    m_sounds->setEnabled(settings.tapSound);
    // Opens the cache only when a screen first reads it, after the home screen is on the glass.
    m_events = std::make_unique<EventSource>(QDir(dataDir).filePath(EventCache::fileName));
    TapButton::setTapFeedback([sounds = m_sounds.get()] { sounds->click(); });
    m_window = std::make_unique<MainWindow>(m_theme, clock, settings.homeName);

    Screen *home = nullptr;
    if (active.config) {
        m_homeScreen = new HomeScreen(m_theme, *active.config);
        connect(m_homeScreen, &HomeScreen::tileActivated, this, &KioskShell::openTile);
        connect(m_homeScreen, &HomeScreen::firstPainted, this, &KioskShell::firstPainted);
        home = m_homeScreen;
    } else {
        home = new ConfigNoticeScreen(m_theme, active, m_configDir, m_problems);
        // The calm screen is all there is; the start-up work still runs after it is shown.
        QTimer::singleShot(0, this, &KioskShell::firstPainted);
    }
    m_navigator = new Navigator(
        m_window->stack(), home,
        std::chrono::duration_cast<std::chrono::milliseconds>(settings.inactivityTimeout), this);
    if (active.config) {
        // Cheap until the first call or the first poll (after the first paint).
        m_calls = std::make_unique<CallCoordinator>(m_theme, *active.config, clock, *m_navigator,
                                                    dataDir);
        // News above the tiles: the coming session first (added with the database), then the
        // missed calls.
        m_banners = new HomeBannerStack(m_theme.px(Theme::gapMm));
        m_banners->add(m_calls->createBanner());
        m_homeScreen->setBanner(m_banners);
        m_staff = std::make_unique<StaffMode>(m_theme, *m_navigator, clock);
        m_factory = std::make_unique<ScreenFactory>(m_theme, *active.config, *m_players, *m_events,
                                                    clock, m_calls.get());
    }

    // At night the screen dims after the same time without a touch that brings it home. The
    // kiosk starts it (KioskRun), the self-test and the screenshot tour do not.
    m_night = std::make_unique<NightMode>(
        *m_window, *m_navigator, m_theme, clock, settings.nightHours,
        std::chrono::duration_cast<std::chrono::milliseconds>(settings.inactivityTimeout));

    Header *header = m_window->header();
    header->setHomeButtonVisible(false);
    connect(header, &Header::homeRequested, m_navigator, &Navigator::goHome);
    connect(header, &Header::noticeRequested, this, &KioskShell::openNotice);
    connect(header, &Header::staffRequested, this, [this] {
        if (m_staff)
            m_staff->enter();
    });
    connect(m_navigator, &Navigator::currentChanged, this, &KioskShell::updateChrome);
    connect(m_navigator, &Navigator::chromeChanged, this, &KioskShell::updateChrome);
    updateNotice();
}

KioskShell::~KioskShell()
{
    // Screens (a call among them) go before the coordinator and its engine, the runner and
    // staff mode before the programme they use.
    if (m_navigator)
        m_navigator->goHome();
    m_runner.reset();
    m_staff.reset();
    m_calls.reset();
    TapButton::setTapFeedback({});
}

void KioskShell::useDatabase(Database &database, SyncLauncher *sync)
{
    if (!m_active.config || m_schedule)
        return;
    m_database = &database;
    m_sync = sync;
    m_schedule = std::make_unique<Schedule>(database, QTimeZone::systemTimeZone());
    m_factory->setSchedule(m_schedule.get());
    m_runner =
        std::make_unique<SessionRunner>(m_theme, *m_schedule, m_clock, *m_navigator, *m_window,
                                        [factory = m_factory.get()](const ScheduledItem &item) {
                                            return factory->createSession(item);
                                        });
    m_runner->setCalls(m_calls.get());
    m_runner->setStaffCheck([staff = m_staff.get()](std::function<void(const Actor &)> done) {
        staff->confirm(std::move(done));
    });
    connect(m_runner.get(), &SessionRunner::runningChanged, this, &KioskShell::updateChrome);
    m_banners->add(m_runner->createBanner(), 0);
    m_staff->setServices(
        {.database = &database,
         .schedule = m_schedule.get(),
         .config = &*m_active.config,
         .events = m_events.get(),
         .sync = sync,
         .scheduler = &m_runner->scheduler(),
         .startNow = [runner = m_runner.get()](const Session &session, std::chrono::minutes minutes,
                                               const std::optional<ScheduledItem> &replaces) {
             runner->startNow(session, minutes, replaces);
         }});
}

void KioskShell::openTile(const TileConfig &tile)
{
    if (!m_factory)
        return;
    m_navigator->goHome();
    m_navigator->push(m_factory->create(tile));
}

void KioskShell::openNotice()
{
    m_navigator->goHome();
    if (m_active.origin == ActiveConfig::Origin::None)
        return; // the notice is the home screen already
    m_navigator->push(new ConfigNoticeScreen(m_theme, m_active, m_configDir, m_problems));
}

void KioskShell::addStaffProblem(const QString &problem)
{
    if (m_problems.contains(problem))
        return;
    m_problems.append(problem);
    updateNotice();
}

bool KioskShell::hasNotice() const
{
    return m_active.origin == ActiveConfig::Origin::LastGood || !m_problems.isEmpty();
}

void KioskShell::updateChrome()
{
    const Screen *current = m_navigator->current();
    Header *header = m_window->header();
    header->setVisible(current->showsHeader());
    // In a group session the residents' controls are the volume only: no way home.
    const bool session = m_runner && m_runner->sessionScreen() == current;
    header->setHomeButtonVisible(!m_navigator->isHome() && !current->hasHomeButton() && !session);
}

void KioskShell::updateNotice()
{
    const bool show = hasNotice() && m_active.origin != ActiveConfig::Origin::None;
    m_window->header()->setNotice(show ? ConfigNoticeScreen::noticeButtonText() : QString());
}

} // namespace Dorfplatz
