#include "kioskshell.h"

#include "core/accounts/auditlog.h"
#include "core/config/configdraft.h"
#include "core/events/eventsource.h"
#include "core/events/synclauncher.h"
#include "core/files/documentshelf.h"
#include "core/files/usbmounter.h"
#include "core/files/usbsticks.h"
#include "core/logging.h"
#include "core/schedule/eventsessions.h"
#include "core/schedule/schedule.h"
#include "core/schedule/sessionoutcomes.h"
#include "mainwindow.h"
#include "media/playerprovider.h"
#include "media/speech/espeakengine.h"
#include "media/uisounds.h"
#include "nightmode.h"
#include "previewscreen.h"
#include "screenfactory.h"
#include "sessionrunner.h"
#include "ui/calls/callcoordinator.h"
#include "ui/guide/guidemode.h"
#include "ui/home/homescreen.h"
#include "ui/kit/header.h"
#include "ui/kit/homebannerstack.h"
#include "ui/kit/navigator.h"
#include "ui/kit/readaloud.h"
#include "ui/kit/readaloudbutton.h"
#include "ui/kit/screen.h"
#include "ui/kit/tapbutton.h"
#include "ui/notice/confignoticescreen.h"
#include "ui/programme/sessionbanner.h"
#include "ui/staff/staffmode.h"
#include "usagerecorder.h"

#include <QDir>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

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

KioskShell::KioskShell(ActiveConfig initial, QString configDir, QString dataDir, const Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_configs{std::move(initial)}
    , m_configDir(std::move(configDir))
    , m_theme(makeTheme(settingsOf(m_configs.back())))
    , m_clock(clock)
    , m_dataDir(dataDir)
{
    const ActiveConfig &active = m_configs.back();
    const KioskSettings settings = settingsOf(active);
    // Creates no libVLC instance yet: KioskApp warms it up after the first paint.
    m_players = std::make_unique<PlayerProvider>(settings.player);
    m_sounds = std::make_unique<UiSounds>();
    m_sounds->setEnabled(settings.tapSound);
    m_readAloud = std::make_unique<ReadAloud>(nullptr);
    m_readAloud->setSettings(settings.speech);
    connect(m_readAloud.get(), &ReadAloud::speakingChanged, m_players.get(),
            &PlayerProvider::setDucked);
    // Opens the cache only when a screen first reads it, after the home screen is on the glass.
    m_events = std::make_unique<EventSource>(QDir(dataDir).filePath(EventCache::fileName));
    TapButton::setTapFeedback([sounds = m_sounds.get()] { sounds->click(); });
    m_window = std::make_unique<MainWindow>(m_theme, clock, settings.homeName);

    Screen *home = nullptr;
    if (active.config) {
        m_homeScreen = makeHomeScreen(*active.config);
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

    connectHeader();
    connect(m_navigator, &Navigator::currentChanged, this, &KioskShell::updateChrome);
    connect(m_navigator, &Navigator::chromeChanged, this, &KioskShell::updateChrome);
    connect(m_navigator, &Navigator::currentChanged, this, &KioskShell::releaseOldConfigs);
    connect(m_navigator, &Navigator::currentChanged, this, &KioskShell::followScreenForReading);
    // Going home by itself is silent.
    connect(m_navigator, &Navigator::returnedHomeForInactivity, m_readAloud.get(),
            &ReadAloud::stop);
    updateNotice();
}

KioskShell::~KioskShell()
{
    m_guide.reset();
    // Screens (a call among them) go before the coordinator and its engine, the runner and
    // staff mode before the programme they use.
    if (m_navigator)
        m_navigator->goHome();
    m_runner.reset();
    m_staff.reset();
    m_calls.reset();
    TapButton::setTapFeedback({});
    m_readAloud->setEngine(nullptr);
}

void KioskShell::setSpeechEngine(std::unique_ptr<SpeechEngine> engine)
{
    m_readAloud->setEngine(engine.get());
    m_speech = std::move(engine);
}

void KioskShell::startSpeech()
{
    if (!m_speech)
        setSpeechEngine(std::make_unique<EspeakEngine>());
}

void KioskShell::followScreenForReading(Screen *screen)
{
    // A reading belongs to the screen it was asked on; an announcement goes on.
    if (m_readAloud->source())
        m_readAloud->stop();
    // A screen that came up by itself (a ring, a session) says so, when the home wants that.
    if (screen && screen->offerReadAloud(*m_readAloud)) {
        const QString said = screen->announcement();
        if (!said.isEmpty())
            m_readAloud->announce(said);
    }
}

HomeScreen *KioskShell::makeHomeScreen(const KioskConfig &config)
{
    auto *home = new HomeScreen(m_theme, config);
    connect(home, &HomeScreen::tileActivated, this, &KioskShell::openTile);
    return home;
}

void KioskShell::connectHeader()
{
    Header *header = m_window->header();
    header->setHomeButtonVisible(false);
    header->setReadAloudButton(new ReadAloudButton(m_theme, *m_readAloud, [this] {
        const Screen *screen = m_navigator->current();
        return screen ? screen->spokenText() : QString();
    }));
    connect(header, &Header::homeRequested, m_navigator, &Navigator::goHome);
    connect(header, &Header::noticeRequested, this, &KioskShell::openNotice);
    connect(header, &Header::staffRequested, this, [this] {
        if (m_staff)
            m_staff->enter();
    });
}

bool KioskShell::applyConfig(ActiveConfig next)
{
    if (!next.config || !activeConfig().config || !m_homeScreen)
        return false;
    m_configs.push_back(std::move(next));
    const KioskConfig &config = *m_configs.back().config;
    const KioskSettings &settings = config.settings;
    const auto timeout =
        std::chrono::duration_cast<std::chrono::milliseconds>(settings.inactivityTimeout);
    // In place: every screen holds the theme by reference; those made from now on get the new
    // sizes and colours, those still open keep theirs until they close.
    m_theme = makeTheme(settings);
    m_window->restyle(m_theme, m_clock, settings.homeName);
    connectHeader();
    m_sounds->setEnabled(settings.tapSound);
    m_readAloud->setSettings(settings.speech);
    m_navigator->setInactivityTimeout(timeout);
    m_night->setHours(settings.nightHours);
    m_night->setIdlePeriod(timeout);
    m_calls->setConfig(config);
    m_factory = std::make_unique<ScreenFactory>(m_theme, config, *m_players, *m_events, m_clock,
                                                m_calls.get());
    m_factory->setSchedule(m_schedule.get());
    if (m_schedule) {
        m_factory->setStaffCheck([staff = m_staff.get()](std::function<void(const Actor &)> done) {
            staff->confirm(std::move(done));
        });
    }
    m_staff->setConfig(config);

    HomeScreen *home = makeHomeScreen(config);
    connect(home, &HomeScreen::firstPainted, this, &KioskShell::appliedHomePainted);
    const bool bannerShown = m_banners->isVisibleTo(m_homeScreen);
    home->setBanner(m_homeScreen->takeBanner());
    m_banners->setVisible(bannerShown);
    m_navigator->replaceHome(home);
    m_homeScreen = home;
    updateNotice();
    updateChrome();
    qCInfo(lcConfig).noquote() << u"configuration %1 applied without a restart"_s.arg(
        m_configs.back().publishedVersion);
    Q_EMIT configApplied();
    return true;
}

void KioskShell::setPublishing(ConfigVersions &versions, std::function<bool()> applyPublished)
{
    m_versions = &versions;
    m_applyPublished = std::move(applyPublished);
}

void KioskShell::releaseOldConfigs()
{
    if (m_configs.size() < 2 || m_navigator->depth() > 1)
        return;
    // Queued: the screens that just went are deleted later; after them, nothing refers to the
    // old configurations any more.
    QTimer::singleShot(0, this, [this] {
        if (m_navigator->depth() > 1)
            return;
        while (m_configs.size() > 1)
            m_configs.pop_front();
    });
}

void KioskShell::useDatabase(Database &database, SyncLauncher *sync)
{
    const ActiveConfig &active = activeConfig();
    if (!active.config || m_schedule)
        return;
    m_database = &database;
    m_sync = sync;
    m_schedule = std::make_unique<Schedule>(database, QTimeZone::systemTimeZone());
    m_factory->setSchedule(m_schedule.get());
    m_runner = std::make_unique<SessionRunner>(
        m_theme, *m_schedule, m_clock, *m_navigator, *m_window,
        [this](const ScheduledItem &item) { return m_factory->createSession(item); });
    m_runner->setCalls(m_calls.get());
    m_runner->setOutcomes(std::make_unique<SessionOutcomes>(database)); // a visit nobody joined
    // Anonymous counts for the funding report: what residents open, the calls, the programme.
    m_usage = std::make_unique<UsageRecorder>(database, m_clock);
    m_usage->watchSessions(m_runner->scheduler());
    if (m_calls)
        m_usage->watchCalls(*m_calls);
    connect(m_runner.get(), &SessionRunner::visitEnded, m_usage.get(), &UsageRecorder::visitEnded);
    m_runner->setStaffCheck([staff = m_staff.get()](std::function<void(const Actor &)> done) {
        staff->confirm(std::move(done));
    });
    // "Add to programme" on an event's detail, and the sessions made so following their events
    // after every sync (cancelled, moved); checked once now for syncs while the kiosk was off.
    m_factory->setStaffCheck([staff = m_staff.get()](std::function<void(const Actor &)> done) {
        staff->confirm(std::move(done));
    });
    m_eventSessions = std::make_unique<EventSessions>(*m_schedule, *m_events, m_clock);
    QTimer::singleShot(0, m_eventSessions.get(),
                       [sessions = m_eventSessions.get()] { sessions->update(); });
    connect(m_runner.get(), &SessionRunner::runningChanged, this, &KioskShell::updateChrome);
    m_banners->add(m_runner->createBanner(), 0);
    connect(m_runner.get(), &SessionRunner::sessionSoon, m_readAloud.get(), &ReadAloud::announce);
    // Made here, not at start-up: a stick is looked for only once staff or a guide could use one.
    m_sticks = std::make_unique<UsbSticks>();
    // The locked session has no desktop to mount a stick; DORFPLATZ_USB_ROOTS means someone else
    // mounts them (an administrator's automounter, the tests).
    if (qEnvironmentVariableIsEmpty("DORFPLATZ_USB_ROOTS")) {
        m_usbMounter = std::make_unique<UsbMounter>(QDBusConnection::systemBus());
        connect(m_usbMounter.get(), &UsbMounter::mountFailed, m_sticks.get(),
                &UsbSticks::setProblem);
        connect(m_usbMounter.get(), &UsbMounter::mounted, m_sticks.get(), &UsbSticks::refresh);
    }
    if (!m_dataDir.isEmpty())
        m_documents = std::make_unique<DocumentShelf>(QDir(m_dataDir).filePath(u"documents"_s));
    m_staff->setServices(
        {.database = &database,
         .schedule = m_schedule.get(),
         .config = &*active.config,
         .events = m_events.get(),
         .sync = sync,
         .scheduler = &m_runner->scheduler(),
         .startNow =
             [runner = m_runner.get()](const Session &session, std::chrono::minutes minutes,
                                       const std::optional<ScheduledItem> &replaces) {
                 runner->startNow(session, minutes, replaces);
             },
         .openContent = {},
         .documents = m_documents.get(),
         .sticks = m_sticks.get()});
    if (m_versions) {
        m_draft = std::make_unique<ConfigDraft>(m_dataDir);
        m_guideAudit = std::make_unique<AuditLog>(database);
        m_guide = std::make_unique<GuideMode>(
            m_theme, m_clock,
            GuideServices{
                .draft = m_draft.get(),
                .versions = m_versions,
                .audit = m_guideAudit.get(),
                .active = [this]() -> const ActiveConfig & { return activeConfig(); },
                .applyPublished = m_applyPublished,
                .show = [staff = m_staff.get()](Screen *screen) { staff->show(screen); },
                .close = [navigator = m_navigator](Screen *screen) { navigator->remove(screen); },
                .preview = [this](const KioskConfig &config) -> Screen * {
                    return new PreviewScreen(
                        m_theme, config,
                        [this](const KioskConfig &draft, const TileConfig &tile) -> Screen * {
                            // The draft's screens, without calls (no coordinator).
                            ScreenFactory factory(m_theme, draft, *m_players, *m_events, m_clock,
                                                  nullptr);
                            factory.setSchedule(m_schedule.get());
                            return factory.create(tile);
                        });
                },
                .sticks = m_sticks.get(),
                .syncProgram = sync ? sync->program() : SyncLauncher::defaultProgram(),
                .players = m_players.get()});
        m_staff->setContentEditor([guide = m_guide.get()](const Actor &by) { guide->open(by); });
    }
}

void KioskShell::openTile(const TileConfig &tile)
{
    if (!m_factory)
        return;
    m_navigator->goHome();
    Screen *screen = m_factory->create(tile);
    if (m_usage)
        m_usage->watchScreen(screen);
    m_navigator->push(screen);
}

void KioskShell::openNotice()
{
    m_navigator->goHome();
    if (activeConfig().origin == ActiveConfig::Origin::None)
        return; // the notice is the home screen already
    m_navigator->push(new ConfigNoticeScreen(m_theme, activeConfig(), m_configDir, m_problems));
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
    return activeConfig().origin == ActiveConfig::Origin::LastGood || !m_problems.isEmpty();
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
    const bool show = hasNotice() && activeConfig().origin != ActiveConfig::Origin::None;
    m_window->header()->setNotice(show ? ConfigNoticeScreen::noticeButtonText() : QString());
}

} // namespace Dorfplatz
