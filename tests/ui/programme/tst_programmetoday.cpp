// "Programm heute" on a real app.db: the sessions of the local day with their times and titles
// in order, a repeating session on its days only, "cancelled today", "starting soon" and "on now"
// at the right minutes and what is over left out, the two empty texts; the screen follows
// Schedule::save while it is current (and not while it is not) and the clock past midnight;
// many sessions page with every row whole and reachable; and at every screen size, text scale
// and theme every control is large enough and no text is cut.
#include "core/accounts/auditlog.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/schedule/schedule.h"
#include "core/time/minuteticker.h"
#include "support/fixedclock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/theme.h"
#include "ui/programme/programmeentry.h"
#include "ui/programme/programmerow.h"
#include "ui/programme/programmetext.h"
#include "ui/programme/programmetodayscreen.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/screenframe.h"

#include <QLabel>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QVBoxLayout>

#include <chrono>
#include <memory>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Dorfplatz::Test::rectIn;

namespace {

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

// Sunday, 6 December 2026, in the home's zone.
const QDate sunday(2026, 12, 6);

QDateTime at(QDate date, QTime time)
{
    return QDateTime(date, time, berlin());
}

// "10:00 – 10:45" as the screen writes it (without a translation: no "Uhr").
QString when(const QString &from, const QString &to)
{
    return from + u"\u00A0– "_s + to;
}

Session session(const QString &title, QTime start, std::chrono::minutes duration,
                const QString &rule = {}, QDate date = sunday)
{
    Session s;
    s.title = title;
    s.start = at(date, start);
    s.duration = duration;
    s.rule = rule;
    return s;
}

// Every button counts each tap as a new one: the tests tap faster than the repeat guard allows.
void tapFreely(QWidget &root)
{
    static std::chrono::milliseconds time{0};
    for (TapButton *button : root.findChildren<TapButton *>())
        button->guard().setTimeSource([] { return time += 1000ms; });
}

// What a row shows: "time | title | mark" (the mark only when there is one).
QString rowText(const ProgrammeRow *row)
{
    QStringList parts{row->timeLabel()->text(), row->titleLabel()->text()};
    if (row->markLabel()->isVisible())
        parts.append(row->markLabel()->text());
    return parts.join(u" | "_s);
}

QStringList pageTexts(const ProgrammeTodayScreen &screen)
{
    QStringList texts;
    for (const ProgrammeRow *row : screen.visibleRows())
        texts.append(rowText(row));
    return texts;
}

// Every row, page by page, turning the pages with "weiter" as a resident does.
QStringList allTexts(ProgrammeTodayScreen &screen)
{
    QStringList texts;
    screen.pageSwitcher()->setPage(0);
    tapFreely(screen);
    while (true) {
        texts += pageTexts(screen);
        if (screen.page() + 1 >= screen.pageCount())
            break;
        QTest::mouseClick(screen.pageSwitcher()->nextButton(), Qt::LeftButton);
    }
    return texts;
}

QStringList titlesOf(const ProgrammeTodayScreen &screen)
{
    QStringList titles;
    for (const ProgrammeEntry &entry : screen.entries())
        titles.append(entry.title);
    return titles;
}

// With DORFPLATZ_PROGRAMME_SCREENSHOTS set, saves a picture of `widget` to /tmp/programme-NAME.png.
void screenshot(QWidget &widget, const QString &name)
{
    if (qEnvironmentVariableIsSet("DORFPLATZ_PROGRAMME_SCREENSHOTS"))
        widget.grab().save(u"/tmp/programme-%1.png"_s.arg(name));
}

// The header above the screen, as the kiosk's MainWindow shows it (which is in the shell).
class Frame : public Test::ScreenFrame
{
public:
    Frame(const Theme &theme, const Clock &clock, ProgrammeTodayScreen *screen)
        : ScreenFrame(theme, clock, screen, true)
    {}
};

} // namespace

class TestProgrammeToday : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void rowsOfTheDay();
    void repeatingSessionOnItsDaysOnly();
    void cancelledDateStaysMarked();
    void marksFollowTheTime_data();
    void marksFollowTheTime();
    void emptyTexts();
    void followsTheScheduleWhileCurrent();
    void minuteTickerUpdatesTheMarks();
    void midnightMovesToTheNextDay();
    void manySessionsPageWhole();
    void layoutFits_data();
    void layoutFits();

private:
    void save(const Session &s, Session *saved = nullptr);
    std::unique_ptr<ProgrammeTodayScreen> makeScreen(const Clock &clock, const Theme &theme,
                                                     QSize size = {1280, 560}) const;
    void checkLayout(const QWidget &frame, const ProgrammeTodayScreen &screen,
                     const Theme &theme) const;
    QString path() const { return m_dir.filePath(u"app.db"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Schedule> m_schedule;
    const Actor m_actor{1, u"Test"_s};
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
};

void TestProgrammeToday::initTestCase()
{
    // English source texts and C-locale dates ("Sunday, 6 December"), whatever the machine says.
    QLocale::setDefault(QLocale::c());
}

void TestProgrammeToday::init()
{
    QString error;
    m_db = Database::open(path(), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_schedule = std::make_unique<Schedule>(*m_db, berlin());
    QVERIFY(m_schedule->readError().isEmpty());
}

void TestProgrammeToday::cleanup()
{
    m_schedule.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path() + suffix);
}

void TestProgrammeToday::save(const Session &s, Session *saved)
{
    QString error;
    const auto result = m_schedule->save(s, m_actor, at(sunday, QTime(7, 0)), &error);
    QVERIFY2(result, qPrintable(error));
    if (saved)
        *saved = *result;
}

std::unique_ptr<ProgrammeTodayScreen>
TestProgrammeToday::makeScreen(const Clock &clock, const Theme &theme, QSize size) const
{
    auto screen = std::make_unique<ProgrammeTodayScreen>(theme, *m_schedule, clock);
    screen->setStyleSheet(theme.styleSheet());
    screen->resize(size);
    screen->show();
    screen->activate();
    return screen;
}

void TestProgrammeToday::rowsOfTheDay()
{
    // Saved out of order, and one on Saturday and one on Monday that are not today's.
    save(session(u"Konzert aus der Stadtkirche"_s, QTime(15, 0), 90min));
    save(session(u"Sitzgymnastik mit Video"_s, QTime(10, 0), 45min));
    save(session(u"Gestern: Kegeln"_s, QTime(10, 0), 45min, {}, sunday.addDays(-1)));
    save(session(u"Morgen: Singkreis"_s, QTime(10, 0), 45min, {}, sunday.addDays(1)));
    save(session(u"Gedächtnistraining"_s, QTime(11, 5), 30min));
    // Late in the evening: in UTC it is still the same day, in Berlin too; one at 00:30 on
    // Monday in Berlin is 23:30 UTC on Sunday, and not today's.
    save(session(u"Abendlied"_s, QTime(19, 30), 15min));
    save(session(u"Nachtwache"_s, QTime(0, 30), 15min, {}, sunday.addDays(1)));

    FixedClock clock(at(sunday, QTime(8, 0)));
    auto screen = makeScreen(clock, m_theme, {1280, 1600});
    QCOMPARE(screen->screenName(), u"schedule"_s);
    QCOMPARE(screen->day(), sunday);
    QCOMPARE(screen->headingLabel()->text(), u"Today's programme"_s);
    QCOMPARE(screen->dateLabel()->text(), u"Sunday, 6 December"_s);
    QVERIFY(screen->dateLabel()->isVisible());
    QCOMPARE(screen->pageCount(), 1);
    QVERIFY(!screen->pageSwitcher()->isVisible());
    QVERIFY(!screen->emptyLabel()->isVisible());
    QCOMPARE(pageTexts(*screen),
             (QStringList{when(u"10:00"_s, u"10:45"_s) + u" | Sitzgymnastik mit Video"_s,
                          when(u"11:05"_s, u"11:35"_s) + u" | Gedächtnistraining"_s,
                          when(u"15:00"_s, u"16:30"_s) + u" | Konzert aus der Stadtkirche"_s,
                          when(u"19:30"_s, u"19:45"_s) + u" | Abendlied"_s}));
    // Top to bottom in that order, apart.
    const QList<ProgrammeRow *> rows = screen->visibleRows();
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i)->geometry().top() > rows.at(i - 1)->geometry().bottom());
    // The title is the largest text of a row, the time body text.
    QCOMPARE(rows.first()->titleLabel()->font().pixelSize(),
             m_theme.font(Theme::TextRole::Label).pixelSize());
    QCOMPARE(rows.first()->timeLabel()->font().pixelSize(),
             m_theme.font(Theme::TextRole::Body).pixelSize());
    QCOMPARE(screen->headingLabel()->font().pixelSize(),
             m_theme.font(Theme::TextRole::Heading).pixelSize());
}

void TestProgrammeToday::repeatingSessionOnItsDaysOnly()
{
    // Every Tuesday and Sunday from Tuesday, 1 December.
    save(session(u"Sitzgymnastik mit Video"_s, QTime(10, 0), 45min, u"FREQ=WEEKLY;BYDAY=TU,SU"_s,
                 QDate(2026, 12, 1)));
    FixedClock clock(at(sunday, QTime(8, 0)));
    auto screen = makeScreen(clock, m_theme);
    const QStringList gymnastics{u"Sitzgymnastik mit Video"_s};
    QCOMPARE(titlesOf(*screen), gymnastics);

    const auto on = [&](QDate date) {
        clock.set(at(date, QTime(8, 0)));
        screen->refresh();
        return titlesOf(*screen);
    };
    QCOMPARE(on(sunday.addDays(1)), QStringList{}); // Monday
    QCOMPARE(screen->emptyLabel()->text(), u"There is nothing on the programme today."_s);
    QCOMPARE(on(sunday.addDays(2)), gymnastics); // Tuesday
    QCOMPARE(on(sunday.addDays(3)), QStringList{});
    QCOMPARE(on(sunday.addDays(7)), gymnastics);      // next Sunday
    QCOMPARE(on(QDate(2026, 11, 29)), QStringList{}); // a Sunday before the first
}

void TestProgrammeToday::cancelledDateStaysMarked()
{
    Session gymnastics;
    save(session(u"Sitzgymnastik mit Video"_s, QTime(10, 0), 45min, u"FREQ=WEEKLY;BYDAY=SU"_s),
         &gymnastics);
    save(session(u"Konzert aus der Stadtkirche"_s, QTime(15, 0), 60min));
    QString error;
    QVERIFY2(
        m_schedule->cancelDate(gymnastics.id, sunday, m_actor, at(sunday, QTime(7, 0)), &error),
        qPrintable(error));

    FixedClock clock(at(sunday, QTime(9, 55)));
    auto screen = makeScreen(clock, m_theme);
    // Not "starting soon", though it would be: cancelled, struck through, and said so.
    QCOMPARE(pageTexts(*screen),
             (QStringList{when(u"10:00"_s, u"10:45"_s) +
                              u" | Sitzgymnastik mit Video | cancelled today"_s,
                          when(u"15:00"_s, u"16:00"_s) + u" | Konzert aus der Stadtkirche"_s}));
    ProgrammeRow *cancelled = screen->visibleRows().first();
    QVERIFY(cancelled->titleLabel()->font().strikeOut());
    QVERIFY(!screen->visibleRows().last()->titleLabel()->font().strikeOut());
    QCOMPARE(cancelled->entry().mark, ProgrammeEntry::Mark::Cancelled);
    // The mark reads in reverse: the card's colour on a block of text colour.
    const QImage picture = cancelled->grab().toImage();
    const QPoint inMark = cancelled->markLabel()->geometry().topLeft() + QPoint(2, 2);
    QCOMPARE(picture.pixelColor(inMark * picture.devicePixelRatio()).rgb(),
             m_theme.palette().text.rgb());

    // At 10:45 it would be over: gone, like the sessions that took place.
    clock.set(at(sunday, QTime(10, 45)));
    screen->refresh();
    QCOMPARE(titlesOf(*screen), QStringList{u"Konzert aus der Stadtkirche"_s});
    // Next Sunday it takes place again.
    clock.set(at(sunday.addDays(7), QTime(8, 0)));
    screen->refresh();
    QCOMPARE(pageTexts(*screen).first(),
             when(u"10:00"_s, u"10:45"_s) + u" | Sitzgymnastik mit Video"_s);
}

void TestProgrammeToday::marksFollowTheTime_data()
{
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QStringList>("expected");
    const QString gym = when(u"10:00"_s, u"10:45"_s) + u" | Sitzgymnastik"_s;
    const QString concert = when(u"15:00"_s, u"16:00"_s) + u" | Konzert"_s;
    const QString soon = u" | starting soon"_s;
    const QString now = u" | on now"_s;
    QTest::newRow("early") << QTime(8, 0) << QStringList{gym, concert};
    QTest::newRow("11 minutes before") << QTime(9, 49) << QStringList{gym, concert};
    QTest::newRow("10 minutes before") << QTime(9, 50) << QStringList{gym + soon, concert};
    QTest::newRow("a second before") << QTime(9, 59, 59) << QStringList{gym + soon, concert};
    QTest::newRow("at the start") << QTime(10, 0) << QStringList{gym + now, concert};
    QTest::newRow("ending soon") << QTime(10, 44) << QStringList{gym + now, concert};
    QTest::newRow("at the end") << QTime(10, 45) << QStringList{concert};
    QTest::newRow("before the concert") << QTime(14, 50) << QStringList{concert + soon};
    QTest::newRow("in the concert") << QTime(15, 30) << QStringList{concert + now};
    QTest::newRow("all over") << QTime(16, 0) << QStringList{};
}

void TestProgrammeToday::marksFollowTheTime()
{
    QFETCH(QTime, time);
    QFETCH(QStringList, expected);
    save(session(u"Sitzgymnastik"_s, QTime(10, 0), 45min));
    save(session(u"Konzert"_s, QTime(15, 0), 60min));
    FixedClock clock(at(sunday, time));
    auto screen = makeScreen(clock, m_theme);
    QCOMPARE(pageTexts(*screen), expected);
    // The session on now has the thicker frame; none other.
    for (const ProgrammeRow *row : screen->visibleRows())
        QCOMPARE(row->entry().mark == ProgrammeEntry::Mark::Running,
                 rowText(row).endsWith(u"on now"_s));
    QCOMPARE(screen->emptyLabel()->isVisible(), expected.isEmpty());
    if (expected.isEmpty())
        QCOMPARE(screen->emptyLabel()->text(), u"There is nothing more on the programme today."_s);
}

void TestProgrammeToday::emptyTexts()
{
    FixedClock clock(at(sunday, QTime(8, 0)));
    auto screen = makeScreen(clock, m_theme);
    QVERIFY(screen->entries().isEmpty());
    QVERIFY(screen->visibleRows().isEmpty());
    QVERIFY(screen->emptyLabel()->isVisible());
    QCOMPARE(screen->emptyLabel()->text(), u"There is nothing on the programme today."_s);
    QVERIFY(!screen->pageSwitcher()->isVisible());
    QVERIFY(screen->headingLabel()->isVisible());

    // Something planned, but over: the other sentence.
    save(session(u"Morgenkreis"_s, QTime(7, 0), 30min));
    clock.set(at(sunday, QTime(7, 30)));
    screen->refresh();
    QVERIFY(screen->visibleRows().isEmpty());
    QCOMPARE(screen->emptyLabel()->text(), u"There is nothing more on the programme today."_s);
    QVERIFY(screen->emptyLabel()->isVisible());
    QCOMPARE(ProgrammeText::nothingMore(), screen->emptyLabel()->text());
}

void TestProgrammeToday::followsTheScheduleWhileCurrent()
{
    save(session(u"Sitzgymnastik"_s, QTime(10, 0), 45min));
    FixedClock clock(at(sunday, QTime(8, 0)));
    auto screen = makeScreen(clock, m_theme);
    QVERIFY(screen->ticker());
    QCOMPARE(titlesOf(*screen), QStringList{u"Sitzgymnastik"_s});

    // Schedule::save emits changed() before it returns.
    Session concert;
    save(session(u"Konzert"_s, QTime(9, 0), 60min), &concert);
    QCOMPARE(titlesOf(*screen), (QStringList{u"Konzert"_s, u"Sitzgymnastik"_s}));
    QCOMPARE(screen->visibleRows().size(), 2);
    QCOMPARE(screen->visibleRows().first()->titleLabel()->text(), u"Konzert"_s);
    // Moved to the afternoon and renamed: the order follows.
    concert.start = at(sunday, QTime(15, 0));
    concert.title = u"Konzert aus der Stadtkirche"_s;
    save(concert);
    QCOMPARE(titlesOf(*screen),
             (QStringList{u"Sitzgymnastik"_s, u"Konzert aus der Stadtkirche"_s}));
    QString error;
    QVERIFY2(m_schedule->remove(concert.id, m_actor, at(sunday, QTime(7, 0)), &error),
             qPrintable(error));
    QCOMPARE(titlesOf(*screen), QStringList{u"Sitzgymnastik"_s});

    // Left, it neither ticks nor follows; current again, it reads the day afresh.
    screen->deactivate();
    QVERIFY(!screen->ticker());
    save(session(u"Abendlied"_s, QTime(19, 0), 15min));
    QCOMPARE(titlesOf(*screen), QStringList{u"Sitzgymnastik"_s});
    screen->activate();
    QVERIFY(screen->ticker());
    QCOMPARE(titlesOf(*screen), (QStringList{u"Sitzgymnastik"_s, u"Abendlied"_s}));

    // Under an interruption (a session starting, a ring) it rests, and catches up on resume.
    screen->interrupt();
    QVERIFY(!screen->ticker());
    save(session(u"Kaffeerunde"_s, QTime(16, 0), 60min));
    QCOMPARE(titlesOf(*screen).size(), 2);
    screen->resume();
    QCOMPARE(titlesOf(*screen),
             (QStringList{u"Sitzgymnastik"_s, u"Kaffeerunde"_s, u"Abendlied"_s}));
}

void TestProgrammeToday::minuteTickerUpdatesTheMarks()
{
    save(session(u"Sitzgymnastik"_s, QTime(10, 0), 45min));
    // Half a second before 9:50: the screen's minute ticker fires just after it.
    FixedClock clock(at(sunday, QTime(9, 49, 59, 500)));
    auto screen = makeScreen(clock, m_theme);
    QCOMPARE(screen->entries().first().mark, ProgrammeEntry::Mark::None);
    QVERIFY(screen->ticker()->timer().remainingTime() <= 600);
    clock.set(at(sunday, QTime(9, 50, 0, 100)));
    QTRY_COMPARE_WITH_TIMEOUT(screen->entries().first().mark, ProgrammeEntry::Mark::Soon, 3000);
    QCOMPARE(screen->visibleRows().first()->markLabel()->text(), u"starting soon"_s);
    QVERIFY(screen->visibleRows().first()->markLabel()->isVisible());
}

void TestProgrammeToday::midnightMovesToTheNextDay()
{
    save(session(u"Abendlied"_s, QTime(20, 0), 30min));
    save(session(u"Morgenkreis"_s, QTime(9, 0), 30min, {}, sunday.addDays(1)));
    FixedClock clock(at(sunday, QTime(23, 59, 59, 500)));
    auto screen = makeScreen(clock, m_theme);
    QCOMPARE(screen->day(), sunday);
    QVERIFY(screen->entries().isEmpty());
    QCOMPARE(screen->emptyLabel()->text(), u"There is nothing more on the programme today."_s);
    QVERIFY(screen->ticker()->timer().remainingTime() <= 600);

    clock.set(at(sunday.addDays(1), QTime(0, 0, 0, 100)));
    QTRY_COMPARE_WITH_TIMEOUT(screen->day(), sunday.addDays(1), 3000);
    QCOMPARE(titlesOf(*screen), QStringList{u"Morgenkreis"_s});
    QCOMPARE(screen->dateLabel()->text(), u"Monday, 7 December"_s);
    QVERIFY(!screen->emptyLabel()->isVisible());
    QCOMPARE(screen->visibleRows().size(), 1);
}

void TestProgrammeToday::manySessionsPageWhole()
{
    QStringList expected;
    for (int i = 0; i < 12; ++i) {
        const QTime start(8 + i, 0);
        const QString title = u"Sitzung %1: Singen und Erzählen"_s.arg(i + 1);
        save(session(title, start, 45min));
        expected.append(
            when(start.toString(u"H:mm"_s), start.addSecs(45 * 60).toString(u"H:mm"_s)) + u" | "_s +
            title);
    }
    FixedClock clock(at(sunday, QTime(7, 0)));
    auto screen = makeScreen(clock, m_theme, {1280, 560});
    screenshot(*screen, u"many"_s);
    // No more pages than targetRowsPerPage rows a page would take, and the title keeps its size.
    QVERIFY(screen->pageCount() > 1);
    QVERIFY2(screen->pageCount() <= 12 / ProgrammeTodayScreen::targetRowsPerPage,
             qPrintable(QString::number(screen->pageCount())));
    QVERIFY(screen->pageSwitcher()->isVisible());
    QCOMPARE(screen->rowStyle().title, Theme::TextRole::Label);

    const QRect pager = rectIn(screen->pageSwitcher(), screen.get());
    const int gap = m_theme.px(4.0);
    QStringList seen;
    screen->pageSwitcher()->setPage(0);
    tapFreely(*screen);
    while (true) {
        const QList<ProgrammeRow *> rows = screen->visibleRows();
        QVERIFY(!rows.isEmpty());
        for (const ProgrammeRow *row : rows) {
            const QRect r = row->geometry();
            QVERIFY(screen->rect().contains(r));
            QVERIFY2(!r.adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1).intersects(pager),
                     qPrintable(rowText(row) + u" runs into the paging"_s));
            // Whole: each text inside its row, at its full height.
            for (const QLabel *label : {row->timeLabel(), row->titleLabel()}) {
                QVERIFY(row->rect().contains(label->geometry()));
                QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
                         qPrintable(label->text() + u" is cut"_s));
            }
            seen.append(rowText(row));
        }
        if (screen->page() + 1 >= screen->pageCount())
            break;
        QTest::mouseClick(screen->pageSwitcher()->nextButton(), Qt::LeftButton);
    }
    QCOMPARE(seen, expected);
    QCOMPARE(allTexts(*screen), expected);

    // The page stays when the minute moves on, as far as it still exists.
    screen->pageSwitcher()->setPage(1);
    clock.set(at(sunday, QTime(7, 1)));
    screen->refresh();
    QCOMPARE(screen->page(), 1);
    clock.set(at(sunday, QTime(19, 0)));
    screen->refresh();
    QCOMPARE(screen->pageCount(), 1);
    QCOMPARE(screen->page(), 0);
    QCOMPARE(pageTexts(*screen), QStringList{expected.last() + u" | on now"_s});
}

void TestProgrammeToday::layoutFits_data()
{
    // Whole windows, with the header above the screen as the kiosk shows it. The small screen
    // not at 200 %: under the header and above the paging buttons there is less room than one
    // session with a two-line title takes.
    Test::addScreenVariants({100, 150});
}

void TestProgrammeToday::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QString, theme);
    const Theme sized(theme == u"high-contrast" ? ThemeKind::HighContrast : ThemeKind::Standard,
                      ScreenMetrics(96.0 / 25.4, scale));

    // German dates and times, as the kiosk shows them (the texts stay English until translated).
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    // A realistic Sunday: one over, one on now, one in a moment, one cancelled, a long title.
    save(session(u"Morgenkreis mit Zeitung"_s, QTime(9, 0), 30min));
    save(session(u"Sitzgymnastik mit Video"_s, QTime(10, 0), 60min));
    save(session(u"Gedächtnistraining: Sprichwörter raten"_s, QTime(11, 0), 30min));
    Session service;
    save(session(u"Gottesdienst aus dem Dom"_s, QTime(14, 0), 45min, u"FREQ=WEEKLY;BYDAY=SU"_s),
         &service);
    QString error;
    QVERIFY2(m_schedule->cancelDate(service.id, sunday, m_actor, at(sunday, QTime(7, 0)), &error),
             qPrintable(error));
    save(session(u"Konzert aus der Stadtkirche: Adventslieder zum Mitsingen mit dem Posaunenchor"_s,
                 QTime(15, 0), 90min));
    save(session(u"Abendlied"_s, QTime(18, 30), 15min));

    FixedClock clock(at(sunday, QTime(10, 52)));
    auto *screen = new ProgrammeTodayScreen(sized, *m_schedule, clock);
    Frame frame(sized, clock, screen);
    frame.resize(size);
    frame.show();
    QVERIFY(QTest::qWaitForWindowExposed(&frame));
    screen->activate();
    QCOMPARE(screen->entries().size(), 5);

    const QString name =
        u"%1x%2-%3-%4"_s.arg(size.width()).arg(size.height()).arg(scale).arg(theme);
    QStringList seen;
    tapFreely(frame);
    for (int page = 0; page < screen->pageCount(); ++page) {
        screen->pageSwitcher()->setPage(page);
        screenshot(frame, name + u"-page%1"_s.arg(page + 1));
        checkLayout(frame, *screen, sized);
        if (QTest::currentTestFailed())
            return;
        for (const ProgrammeRow *row : screen->visibleRows())
            seen.append(row->entry().title);
    }
    QCOMPARE(seen, titlesOf(*screen));

    const ScreenMetrics &metrics = sized.metrics();
    const ProgrammeRowStyle &style = screen->rowStyle();
    qInfo().noquote() << u"%1x%2 %3 %: %4 pages, title %5, %6, heading %7%8"_s.arg(size.width())
                             .arg(size.height())
                             .arg(scale)
                             .arg(screen->pageCount())
                             .arg(style.title == Theme::TextRole::Label    ? u"Label"_s
                                  : style.title == Theme::TextRole::Button ? u"Button"_s
                                                                           : u"Body"_s)
                             .arg(style.arrangement == ProgrammeRowStyle::Arrangement::Side
                                      ? u"time beside"_s
                                      : u"time above"_s)
                             .arg(metrics.mm(screen->headingLabel()->height()), 0, 'f', 1)
                             .arg(screen->dateLabel()->isVisible() ? u" mm, with date"_s
                                                                   : u" mm, no date"_s);

    // Everything over: the empty sentence fits too.
    clock.set(at(sunday, QTime(20, 0)));
    screen->refresh();
    QVERIFY(screen->emptyLabel()->isVisible());
    checkLayout(frame, *screen, sized);
    screenshot(frame, name + u"-empty"_s);
}

void TestProgrammeToday::checkLayout(const QWidget &frame, const ProgrammeTodayScreen &screen,
                                     const Theme &theme) const
{
    // The header's and the paging's buttons: inside the window, at least 20 mm, 4 mm apart.
    const Test::NamedRects controls = Test::checkControls(frame, theme);
    if (QTest::currentTestFailed())
        return;
    // No text cut, outside the window, or over another text or a control. The mark does not
    // wrap: its sizeHint must fit.
    Test::checkTexts(frame, controls, {.singleLinesBySizeHint = true, .measureGlyphs = false});
    if (QTest::currentTestFailed())
        return;
    const QRect inside = rectIn(&screen, &frame);
    const QList<ProgrammeRow *> rows = screen.visibleRows();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QRect r = rectIn(rows.at(i), &frame);
        QVERIFY2(inside.contains(r), qPrintable(rowText(rows.at(i)) + u" leaves the screen"_s));
        for (const auto &[name, control] : controls)
            QVERIFY2(!r.intersects(control),
                     qPrintable(rowText(rows.at(i)) + u" overlaps "_s + name));
        for (const QLabel *label : rows.at(i)->findChildren<QLabel *>()) {
            if (label->isVisible())
                QVERIFY2(rows.at(i)->rect().contains(label->geometry()),
                         qPrintable(label->text() + u" leaves its row"_s));
        }
        if (i > 0)
            QVERIFY(r.top() > rectIn(rows.at(i - 1), &frame).bottom());
    }
    // The smallest text of the screen is body text.
    for (const QLabel *label : screen.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            QVERIFY(label->font().pixelSize() >= theme.font(Theme::TextRole::Body).pixelSize());
    }
}

QTEST_MAIN(TestProgrammeToday)
#include "tst_programmetoday.moc"
