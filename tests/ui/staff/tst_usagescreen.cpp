#include "core/accounts/accountstore.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/files/usbsticks.h"
#include "core/usage/usagecounts.h"
#include "support/fixedclock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/navigator.h"
#include "ui/kit/theme.h"
#include "ui/staff/pinpad.h"
#include "ui/staff/signinscreen.h"
#include "ui/staff/staffhomescreen.h"
#include "ui/staff/staffmode.h"
#include "ui/staff/usagechart.h"
#include "ui/staff/usagescreen.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/screenframe.h"
#include "ui/support/tapper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

using Kind = UsageCounts::Kind;
using View = UsageScreen::View;

namespace {

class HomeStub final : public Screen
{
public:
    QString screenName() const override { return u"home"_s; }
};

} // namespace

// The Leitung's "Nutzung" (issue 14) on counts in a real app.db: the last 12 months as bars (the
// values, the bars' heights, the numbers drawn at them), another kind chosen with its button,
// minutes for the kinds with a length, the district's CSV written onto a simulated USB stick (a
// folder as the mount root) under a free name, and the layout at 1920×1080 and 1280×800.
class TestUsageScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void onlyLeitungHasThePage();
    void leitungOpensItInStaffMode();
    void barsPerMonth();
    void anotherKindAndItsMinutes();
    void tableWrittenOntoTheStick();
    void withoutStickItSaysWhatToDo();
    void layoutFits_data();
    void layoutFits();

private:
    UsageScreen *open(const Theme &theme, UsbSticks *sticks, QSize size = {1920, 1080});
    void count(Kind kind, QDate day, int times, std::chrono::seconds each = {});
    static QList<qint64> values(const UsageChart &chart);

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UsbSticks> m_sticks;
    std::unique_ptr<Test::ScreenFrame> m_window;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(11, 0))};
    Test::Tapper m_tapper;
    QString m_stick;
};

void TestUsageScreen::count(Kind kind, QDate day, int times, std::chrono::seconds each)
{
    UsageCounts counts(*m_db);
    for (int i = 0; i < times; ++i) {
        QString error;
        QVERIFY2(counts.add(kind, day, each, &error), qPrintable(error));
    }
}

void TestUsageScreen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_db = Database::open(m_dir->filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    // December 2026 (this month), November, January 2026 (the oldest month shown) and November
    // 2025 (too old to be shown).
    count(Kind::SessionHeld, QDate(2026, 12, 1), 3);
    count(Kind::SessionMissed, QDate(2026, 12, 2), 1);
    count(Kind::StreamPlayed, QDate(2026, 12, 3), 1, 12min);
    count(Kind::StreamPlayed, QDate(2026, 12, 4), 1, 30min);
    count(Kind::CallMade, QDate(2026, 12, 5), 1, 7min + 30s);
    count(Kind::EventsOpened, QDate(2026, 12, 6), 4);
    count(Kind::SessionHeld, QDate(2026, 11, 10), 6);
    count(Kind::StreamPlayed, QDate(2026, 1, 31), 1, 45min);
    count(Kind::SessionHeld, QDate(2025, 11, 30), 9);

    m_stick = m_dir->filePath(u"media/STICK"_s);
    QVERIFY(QDir().mkpath(m_stick));
    m_sticks = std::make_unique<UsbSticks>(QStringList{m_dir->filePath(u"media"_s)});
    QCOMPARE(m_sticks->sticks().size(), 1);
}

void TestUsageScreen::cleanup()
{
    m_window.reset();
    m_sticks.reset();
    m_db.reset();
    m_dir.reset();
}

UsageScreen *TestUsageScreen::open(const Theme &theme, UsbSticks *sticks, QSize size)
{
    m_window.reset();
    auto *screen = new UsageScreen(theme, *m_db, sticks, m_clock);
    m_window = std::make_unique<Test::ScreenFrame>(theme, m_clock, screen, false, size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    screen->activate();
    return screen;
}

QList<qint64> TestUsageScreen::values(const UsageChart &chart)
{
    QList<qint64> list;
    for (const UsageChart::Bar &bar : chart.bars())
        list.append(bar.value);
    return list;
}

void TestUsageScreen::onlyLeitungHasThePage()
{
    using Page = StaffHomeScreen::Page;
    QVERIFY(StaffHomeScreen::pagesFor(Role::Lead).contains(Page::Usage));
    QVERIFY(!StaffHomeScreen::pagesFor(Role::Care).contains(Page::Usage));
    QVERIFY(!StaffHomeScreen::pagesFor(Role::Guide).contains(Page::Usage));
    StaffHomeScreen home(m_theme, Account{1, u"Frau Leitner"_s, Role::Lead});
    QVERIFY(home.pageButton(Page::Usage));
    QCOMPARE(home.pageButton(Page::Usage)->text(), u"Use"_s);
}

void TestUsageScreen::leitungOpensItInStaffMode()
{
    AccountStore store(*m_db);
    const Actor cli{std::nullopt, u"command line"_s};
    QVERIFY(store.add(u"Frau Berg"_s, Role::Lead, u"246810"_s, cli, m_clock.now()));
    QStackedWidget stack;
    stack.resize(1920, 1080);
    auto *navigator = new Navigator(&stack, new HomeStub, 180s, &stack);
    StaffMode staff(m_theme, *navigator, m_clock);
    StaffServices services;
    services.database = m_db.get();
    services.sticks = m_sticks.get();
    staff.setServices(services);
    stack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stack));

    staff.enter();
    auto *signIn = qobject_cast<SignInScreen *>(navigator->current());
    QVERIFY(signIn);
    if (!signIn->showsPinPad()) // with one account, its PIN pad comes at once
        m_tapper.tap(signIn->accountButton(0));
    QVERIFY(signIn->showsPinPad());
    QSignalSpy signedIn(&staff, &StaffMode::signedIn);
    for (const QChar digit : u"246810"_s)
        m_tapper.tap(signIn->pinPad()->digitKey(digit.digitValue()));
    m_tapper.tap(signIn->pinPad()->okKey());
    QVERIFY(signedIn.wait(10000));
    auto *home = qobject_cast<StaffHomeScreen *>(navigator->current());
    QVERIFY(home);
    m_tapper.tap(home->pageButton(StaffHomeScreen::Page::Usage));
    auto *usage = qobject_cast<UsageScreen *>(navigator->current());
    QVERIFY(usage);
    QCOMPARE(usage->screenName(), u"staff-usage"_s);
    QCOMPARE(values(*usage->chart()).constLast(), 3);
    QVERIFY(usage->exportButton()->isEnabled()); // the kiosk's sticks
    staff.end();
}

void TestUsageScreen::barsPerMonth()
{
    UsageScreen *screen = open(m_theme, m_sticks.get());
    QVERIFY(screen);
    QCOMPARE(screen->view(), View::Sessions);
    UsageChart *chart = screen->chart();
    QCOMPARE(chart->bars().size(), 12);
    QCOMPARE(screen->months().constFirst().month, QDate(2026, 1, 1));
    QCOMPARE(screen->months().constLast().month, QDate(2026, 12, 1));
    QVERIFY(chart->bars().constFirst().label.endsWith(u"\n2026"_s));
    QCOMPARE(chart->bars().constLast().label,
             QLocale().monthName(12, QLocale::ShortFormat) + u"\n2026"_s);
    // November 2025's 9 are not among the 12 months.
    QCOMPARE(values(*chart), (QList<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 3}));
    QCOMPARE(screen->caption()->text(),
             u"Programme sessions held per month. Missed in these 12 months: 1."_s);
    QVERIFY(screen->viewButton(View::Sessions)->isChecked());
    QVERIFY(!screen->viewButton(View::Streams)->isChecked());
    QVERIFY(!screen->minutesButton()->isVisible());

    // November's 6 is the tallest bar, December's 3 half of it, an empty month flat.
    const QRect november = chart->barRect(10);
    const QRect december = chart->barRect(11);
    QVERIFY(november.height() > m_theme.px(20));
    QVERIFY2(qAbs(december.height() * 2 - november.height()) <= 2,
             qPrintable(u"%1 %2"_s.arg(december.height()).arg(november.height())));
    QCOMPARE(chart->barRect(0).height(), 0);
    QCOMPARE(december.bottom(), november.bottom());
    QVERIFY(chart->valueRect(10).bottom() < november.top());
    QVERIFY(chart->valueRect(10).top() >= 0);
    QVERIFY(chart->labelRect(10).top() > november.bottom());
    QVERIFY(chart->labelRect(10).bottom() < chart->height());

    // Drawn: the bar in the accent colour, its number in the text colour above it, and nothing
    // but the background above an empty month's "0".
    const QImage image = chart->grab().toImage();
    const ThemePalette &palette = m_theme.palette();
    QCOMPARE(image.pixelColor(november.center()), palette.accent);
    const auto textPixels = [&image, &palette](const QRect &rect) {
        int n = 0;
        for (int y = rect.top(); y <= rect.bottom(); ++y) {
            for (int x = rect.left(); x <= rect.right(); ++x)
                n += image.pixelColor(x, y) == palette.text ? 1 : 0;
        }
        return n;
    };
    QVERIFY(textPixels(chart->valueRect(10)) > 10);
    QVERIFY(textPixels(chart->valueRect(11)) > 10);
    QVERIFY(textPixels(chart->labelRect(11)) > 10);
    const QRect aboveEmpty(chart->valueRect(0).left(), 0, chart->valueRect(0).width(),
                           chart->valueRect(0).top() - 1);
    QVERIFY(aboveEmpty.height() > m_theme.px(20));
    QCOMPARE(textPixels(aboveEmpty), 0);
    QCOMPARE(image.pixelColor(aboveEmpty.center()), image.pixelColor(chart->width() - 1, 0));
    QCOMPARE(UsageChart::valueText(1234), QLocale().toString(1234));
}

void TestUsageScreen::anotherKindAndItsMinutes()
{
    UsageScreen *screen = open(m_theme, m_sticks.get());
    QVERIFY(screen);
    m_tapper.tap(screen->viewButton(View::Streams));
    QCOMPARE(screen->view(), View::Streams);
    QVERIFY(screen->viewButton(View::Streams)->isChecked());
    QVERIFY(!screen->viewButton(View::Sessions)->isChecked());
    QCOMPARE(values(*screen->chart()), (QList<qint64>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2}));
    QCOMPARE(screen->caption()->text(), u"Stations played per month."_s);
    QVERIFY(screen->minutesButton()->isVisible());

    m_tapper.tap(screen->minutesButton());
    QVERIFY(screen->showsMinutes());
    QVERIFY(screen->minutesButton()->isChecked());
    QCOMPARE(values(*screen->chart()), (QList<qint64>{45, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42}));
    QCOMPARE(screen->caption()->text(), u"Minutes of radio and TV per month."_s);
    // January's 45 minutes are the tallest now.
    QVERIFY(screen->chart()->barRect(0).height() > screen->chart()->barRect(11).height());

    m_tapper.tap(screen->viewButton(View::Calls));
    QCOMPARE(values(*screen->chart()), (QList<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7}));
    m_tapper.tap(screen->minutesButton());
    QCOMPARE(values(*screen->chart()), (QList<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}));
    QCOMPARE(screen->caption()->text(), u"Calls made per month."_s);

    m_tapper.tap(screen->viewButton(View::Events));
    QVERIFY(!screen->minutesButton()->isVisible());
    QCOMPARE(values(*screen->chart()), (QList<qint64>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4}));

    m_tapper.tap(screen->viewButton(View::Visits));
    QCOMPARE(values(*screen->chart()), QList<qint64>(12, 0));
    QCOMPARE(screen->caption()->text(),
             u"Video visits held per month. Did not come about in these 12 months: 0."_s);
    // Nothing at all: no bar, no division by zero.
    QCOMPARE(screen->chart()->barRect(11).height(), 0);

    // Counted while staff were elsewhere: shown when the screen is current again.
    screen->deactivate();
    count(Kind::VisitHeld, QDate(2026, 12, 8), 2, 20min);
    screen->activate();
    QCOMPARE(values(*screen->chart()).constLast(), 2);
}

void TestUsageScreen::tableWrittenOntoTheStick()
{
    UsageScreen *screen = open(m_theme, m_sticks.get());
    QVERIFY(screen);
    QVERIFY(screen->exportButton()->isEnabled());
    m_tapper.tap(screen->exportButton());
    const QString path = m_stick + u"/dorfplatz-nutzung-2026-12.csv"_s;
    QCOMPARE(screen->message()->text(),
             u"Saved on the stick “STICK” as “dorfplatz-nutzung-2026-12.csv”."_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).chopped(2).split(u"\r\n"_s);
    QCOMPARE(lines.size(), 1 + 12);
    QCOMPARE(lines[0], u"Monat;Programmpunkte gehalten;Programmpunkte ausgefallen;Sender gespielt;"
                       "Sender Minuten;Anrufe;Anrufe Minuten;Videobesuche;Videobesuche Minuten;"
                       "Videobesuche nicht zustande gekommen;Was ist los? geöffnet"_s);
    QCOMPARE(lines[1], u"2026-01;0;0;1;45;0;0;0;0;0;0"_s);
    QCOMPARE(lines[11], u"2026-11;6;0;0;0;0;0;0;0;0;0"_s);
    QCOMPARE(lines[12], u"2026-12;3;1;2;42;1;7;0;0;0;4"_s);
    QVERIFY(!bytes.contains("2025-11"));

    // Again: a new name, the first one left as it was.
    m_tapper.tap(screen->exportButton());
    QVERIFY(QFile::exists(m_stick + u"/dorfplatz-nutzung-2026-12-2.csv"_s));
    QCOMPARE(screen->message()->text(),
             u"Saved on the stick “STICK” as “dorfplatz-nutzung-2026-12-2.csv”."_s);
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);

    // A write-protected stick: said in plain words, nothing written.
    QFile::Permissions permissions = QFile::permissions(m_stick);
    QVERIFY(QFile::setPermissions(m_stick, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(m_stick, permissions); });
    if (QFileInfo(m_stick).isWritable())
        return; // running as root: the folder stays writable, nothing more to see here
    QCOMPARE(screen->exportToStick(), QString());
    QVERIFY(!screen->message()->text().isEmpty());
    QVERIFY(!screen->message()->text().startsWith(u"Saved"_s));
    QCOMPARE(QDir(m_stick).entryList(QDir::Files).size(), 2);
}

void TestUsageScreen::withoutStickItSaysWhatToDo()
{
    UsageScreen *screen = open(m_theme, nullptr);
    QVERIFY(screen);
    QVERIFY(!screen->exportButton()->isEnabled());
    QCOMPARE(screen->message()->text(), u"Plug in a USB stick to take the table with you."_s);
    QCOMPARE(screen->exportToStick(), QString());

    // A stick that goes while the screen is open.
    UsageScreen *withSticks = open(m_theme, m_sticks.get());
    QVERIFY(withSticks->exportButton()->isEnabled());
    QSignalSpy changed(m_sticks.get(), &UsbSticks::sticksChanged);
    QVERIFY(QDir(m_stick).removeRecursively());
    QVERIFY(changed.wait(5000));
    QVERIFY(!withSticks->exportButton()->isEnabled());
    QCOMPARE(withSticks->message()->text(), u"Plug in a USB stick to take the table with you."_s);
}

void TestUsageScreen::layoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<int>("view");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << u"standard"_s << int(View::Sessions);
    QTest::newRow("1280x800") << QSize(1280, 800) << u"standard"_s << int(View::Sessions);
    QTest::newRow("1280x800 minutes") << QSize(1280, 800) << u"standard"_s << int(View::Streams);
    QTest::newRow("1280x800 high contrast")
        << QSize(1280, 800) << u"high-contrast"_s << int(View::Visits);
}

void TestUsageScreen::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    QFETCH(int, view);
    const Theme look(theme == u"standard"_s ? ThemeKind::Standard : ThemeKind::HighContrast,
                     ScreenMetrics(96.0 / 25.4, 100));
    // Large numbers: the widest a bar's number gets in a busy year.
    count(Kind::StreamPlayed, QDate(2026, 6, 1), 1, 5000min);
    UsageScreen *screen = open(look, m_sticks.get(), size);
    QVERIFY(screen);
    screen->showView(View(view));
    screen->showMinutes(true);
    QCoreApplication::processEvents();
    const Test::NamedRects controls = Test::checkControls(*screen, look);
    QVERIFY(!QTest::currentTestFailed());
    Test::checkTexts(*screen, controls);
    QVERIFY(!QTest::currentTestFailed());

    // The chart: on the screen, clear of the controls, tall enough to read, and every month's
    // number and name within its own place, in the staff text size.
    const UsageChart *chart = screen->chart();
    const QRect chartRect = Test::rectIn(chart, screen);
    QVERIFY(screen->rect().contains(chartRect));
    for (const auto &[name, rect] : controls)
        QVERIFY2(!rect.intersects(chartRect), qPrintable(name));
    QVERIFY(chart->height() >= chart->minimumSizeHint().height());
    QVERIFY(chart->width() >= chart->minimumSizeHint().width());
    QCOMPARE(chart->font().pixelSize(), look.font(Theme::TextRole::Staff).pixelSize());
    const QFontMetrics metrics(chart->font());
    for (int i = 0; i < chart->bars().size(); ++i) {
        const UsageChart::Bar &bar = chart->bars()[i];
        QVERIFY(metrics.horizontalAdvance(UsageChart::valueText(bar.value)) <=
                chart->valueRect(i).width());
        for (const QString &line : bar.label.split(u'\n'))
            QVERIFY2(metrics.horizontalAdvance(line) <= chart->labelRect(i).width(),
                     qPrintable(line));
        QVERIFY(chart->valueRect(i).top() >= 0);
        QVERIFY(chart->labelRect(i).bottom() <= chart->height());
    }
    // A month with little beside one with a lot still has a bar; an empty month none.
    if (View(view) == View::Streams) {
        QVERIFY(chart->barRect(0).height() >= look.px(1));
        QCOMPARE(chart->barRect(1).height(), 0);
    }
    // The bars in a colour that stands out from the background (3:1 for graphics).
    QVERIFY(Theme::contrastRatio(look.palette().accent, look.palette().background) >= 3.0);

    // Pictures to look at: DORFPLATZ_TEST_SHOTS=<folder>.
    if (const QString shots = qEnvironmentVariable("DORFPLATZ_TEST_SHOTS"); !shots.isEmpty()) {
        QVERIFY(m_window->grab().save(
            u"%1/usage-%2.png"_s.arg(shots, QString::fromLatin1(QTest::currentDataTag()))
                .replace(u' ', u'-')));
    }
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestUsageScreen)
#include "tst_usagescreen.moc"
