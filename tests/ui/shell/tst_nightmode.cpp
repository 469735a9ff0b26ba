// The kiosk at night: at 21:00 the screen dims to near-black with a small clock, the first tap
// only wakes it (the tile below never fires, nor a second tap right after), it dims again after
// the idle period, never over a stream or call, a ring wakes it, and at 07:00 it is gone.
// The time is a FixedClock the test moves.
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "core/i18n/translations.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "ui/home/homescreen.h"
#include "ui/kit/navigator.h"
#include "ui/kit/screen.h"
#include "ui/kit/theme.h"
#include "ui/kit/tile.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/nightmode.h"
#include "ui/shell/nightoverlay.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <memory>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QDateTime at(int hour, int minute, int day = 27)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute));
}

// A screen that holds the kiosk, as a playing stream or a call does.
class HoldingScreen : public Screen
{
public:
    QString screenName() const override { return u"holding"_s; }
    bool holdsInactivity() const override { return true; }
};

} // namespace

class TestNightMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dimsAtNineAndIsGoneAtSeven();
    void tapWakesWithoutActivatingTheTile();
    void dimsAgainAfterTheIdlePeriod();
    void neverOverAStreamOrCall();
    void aRingWakesIt();
    void startedAtNightItDimsAfterTheFirstPaint();
    void notBeforeItIsStarted();

private:
    void startShell(const QDateTime &now);
    QPoint centreOf(const QWidget *widget) const;

    Translations m_translations;
    FixedClock m_clock{at(20, 59)};
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<ActiveConfig> m_active;
    std::unique_ptr<KioskShell> m_shell;
};

void TestNightMode::initTestCase()
{
    QVERIFY(m_translations.install(u"de"_s));
}

void TestNightMode::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    m_active =
        std::make_unique<ActiveConfig>(loadActiveConfig(demo, LastGoodConfig(m_data->path())));
    QCOMPARE(m_active->origin, ActiveConfig::Origin::Configured);
    // The demo's night: 21:00–07:00.
    QCOMPARE(m_active->config->settings.nightHours, DailyHours({QTime(21, 0), QTime(7, 0)}));
}

void TestNightMode::cleanup()
{
    m_shell.reset();
    m_active.reset();
    m_data.reset();
}

void TestNightMode::startShell(const QDateTime &now)
{
    m_clock.set(now);
    m_shell = std::make_unique<KioskShell>(*m_active, Test::sourcePath(u"kiosk-config/demo"_s),
                                           m_data->path(), m_clock);
    QSignalSpy painted(m_shell.get(), &KioskShell::firstPainted);
    m_shell->window()->resize(1280, 800);
    m_shell->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->window()));
    QVERIFY(painted.count() == 1 || painted.wait());
    // As the kiosk does (KioskRun): after the first paint.
    m_shell->night().start();
}

QPoint TestNightMode::centreOf(const QWidget *widget) const
{
    return widget->mapTo(m_shell->window(), widget->rect().center());
}

void TestNightMode::dimsAtNineAndIsGoneAtSeven()
{
    startShell(at(20, 59));
    NightMode &night = m_shell->night();
    NightOverlay *overlay = night.overlay();
    QSignalSpy dimmed(&night, &NightMode::dimmedChanged);
    QVERIFY(!night.isDimmed());
    QVERIFY(!overlay->isVisible());

    m_clock.set(at(21, 0));
    night.update();
    QVERIFY(night.isDimmed());
    QVERIFY(overlay->isVisible());
    QCOMPARE(dimmed.count(), 1);
    QCOMPARE(dimmed.first().first().toBool(), true);
    // Over the whole kiosk, near-black, the time small and readable.
    QCOMPARE(overlay->geometry(), m_shell->window()->rect());
    const QImage picture = m_shell->window()->grab().toImage();
    QCOMPARE(picture.pixelColor(5, 5), NightOverlay::backgroundColor());
    QCOMPARE(overlay->timeLabel()->text(), u"21:00"_s);
    QVERIFY(overlay->timeLabel()->isVisible());
    QVERIFY(Theme::contrastRatio(NightOverlay::textColor(), NightOverlay::backgroundColor()) >=
            7.0);
    QCOMPARE(
        overlay->hintLabel()->text(),
        QCoreApplication::translate("Dorfplatz::NightOverlay", "Touch the screen to wake it."));
    QVERIFY(overlay->hintLabel()->isVisible());
    // The window resizes (a rotated screen): the overlay follows.
    m_shell->window()->resize(800, 1280);
    QCOMPARE(overlay->geometry(), m_shell->window()->rect());

    m_clock.set(at(3, 12, 28));
    night.update();
    QCOMPARE(overlay->timeLabel()->text(), u"03:12"_s);
    QVERIFY(night.isDimmed());

    m_clock.set(at(7, 0, 28));
    night.update();
    QVERIFY(!night.isDimmed());
    QVERIFY(!overlay->isVisible());
    QVERIFY(!night.idleTimer().isActive()); // nothing ticks by day
    QCOMPARE(dimmed.count(), 2);
}

void TestNightMode::tapWakesWithoutActivatingTheTile()
{
    startShell(at(21, 0));
    NightMode &night = m_shell->night();
    QVERIFY(night.isDimmed());
    HomeScreen *home = m_shell->homeScreen();
    QSignalSpy activated(home, &HomeScreen::tileActivated);
    Tile *tile = home->tiles().first();
    const QPoint point = centreOf(tile);
    QWindow *window = m_shell->window()->windowHandle();
    // What is under the finger is the overlay, not the tile.
    QCOMPARE(m_shell->window()->childAt(point), night.overlay());

    QTest::mouseClick(window, Qt::LeftButton, {}, point);
    QVERIFY(!night.isDimmed());
    QVERIFY(!night.overlay()->isVisible());
    QCOMPARE(activated.count(), 0);
    QVERIFY(m_shell->navigator()->isHome());
    QVERIFY(night.idleTimer().isActive());
    // A trembling second tap right after lands on the tile, and is dropped.
    QVERIFY(night.isDroppingTaps());
    QTest::mouseClick(window, Qt::LeftButton, {}, point);
    QCOMPARE(activated.count(), 0);

    // Once the moment is over, the same tap opens the tile (the barrier: it would have).
    QTRY_VERIFY(!night.isDroppingTaps());
    QTest::mouseClick(window, Qt::LeftButton, {}, point);
    QCOMPARE(activated.count(), 1);
}

void TestNightMode::dimsAgainAfterTheIdlePeriod()
{
    startShell(at(22, 30));
    NightMode &night = m_shell->night();
    QCOMPARE(night.idlePeriod(), 120s); // kiosk.json's inactivityTimeoutSeconds
    night.setIdlePeriod(300ms);
    QVERIFY(night.isDimmed());
    QSignalSpy dimmed(&night, &NightMode::dimmedChanged);
    QTest::mouseClick(m_shell->window()->windowHandle(), Qt::LeftButton, {}, QPoint(50, 50));
    QVERIFY(!night.isDimmed());
    QCOMPARE(dimmed.count(), 1);
    QVERIFY(dimmed.wait(5000));
    QCOMPARE(dimmed.count(), 2);
    QCOMPARE(dimmed.last().first().toBool(), true);
    QVERIFY(night.isDimmed());
    QVERIFY(night.overlay()->isVisible());
}

void TestNightMode::neverOverAStreamOrCall()
{
    startShell(at(20, 0));
    NightMode &night = m_shell->night();
    night.setIdlePeriod(200ms);
    auto *holding = new HoldingScreen;
    m_shell->navigator()->push(holding);
    m_clock.set(at(21, 0));
    night.update();
    QVERIFY(!night.isDimmed());
    // It looks again after each idle period; still held.
    QVERIFY(night.idleTimer().isActive());
    QSignalSpy timeout(&night.idleTimer(), &QTimer::timeout);
    QVERIFY(timeout.wait(5000));
    QVERIFY(!night.isDimmed());
    QCOMPARE(m_shell->navigator()->current(), holding);

    // The stream ends (the resident goes home): the next look dims, and from home.
    m_shell->navigator()->goHome();
    QSignalSpy dimmed(&night, &NightMode::dimmedChanged);
    QVERIFY(dimmed.wait(5000));
    QVERIFY(night.isDimmed());
    QVERIFY(m_shell->navigator()->isHome());
}

void TestNightMode::aRingWakesIt()
{
    startShell(at(23, 0));
    NightMode &night = m_shell->night();
    QVERIFY(night.isDimmed());
    m_shell->navigator()->interruptWith(new HoldingScreen);
    QVERIFY(!night.isDimmed());
    QVERIFY(!night.overlay()->isVisible());
    QCOMPARE(m_shell->navigator()->current()->screenName(), u"holding"_s);
}

void TestNightMode::startedAtNightItDimsAfterTheFirstPaint()
{
    // A restart at night (the watchdog): home is painted once (READY=1), then it dims.
    startShell(at(2, 0));
    QVERIFY(m_shell->night().isDimmed());
    QCOMPARE(m_shell->night().overlay()->timeLabel()->text(), u"02:00"_s);
}

// The self-test and the screenshot tour never start it: their pictures are of the screens.
void TestNightMode::notBeforeItIsStarted()
{
    m_clock.set(at(23, 0));
    KioskShell shell(*m_active, Test::sourcePath(u"kiosk-config/demo"_s), m_data->path(), m_clock);
    QSignalSpy painted(&shell, &KioskShell::firstPainted);
    shell.window()->resize(1280, 800);
    shell.window()->show();
    QVERIFY(painted.wait());
    shell.night().update();
    QVERIFY(!shell.night().isDimmed());
    shell.night().start(); // the barrier: started, it dims at once
    QVERIFY(shell.night().isDimmed());
}

QTEST_MAIN(TestNightMode)
#include "tst_nightmode.moc"
