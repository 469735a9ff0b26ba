#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/schedule/schedule.h"
#include "support/fixedclock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/theme.h"
#include "ui/staff/weekblock.h"
#include "ui/staff/weekscreen.h"
#include "ui/support/layoutcheck.h"

#include <QDir>
#include <QFontMetrics>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

// Staff's week on a real app.db, at a large and a small screen: a weekly session in its days'
// columns only, "fällt aus" and "verschoben" in words, paging by week and back to this one,
// "Neu" for the first day not over, a tap on a block naming its session, a busy day showing
// what fits whole and "+ N weitere" (staff sizes, nothing overlapping or leaving its column),
// the weeks with a change of daylight saving time, and the screen following the schedule.
class TestWeekScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void longWordsBreakAtSyllables_data();
    void longWordsBreakAtSyllables();
    void aWeeklySessionShowsOnItsDays_data();
    void aWeeklySessionShowsOnItsDays();
    void cancelledAndMovedDatesSaySo();
    void pagesByWeek();
    void newStartsOnTheFirstDayNotOver();
    void aTapOnABlockOpensItsSession();
    void aBusyDayShowsWhatFitsAndHowManyMore_data();
    void aBusyDayShowsWhatFitsAndHowManyMore();
    void daylightSavingWeeksKeepTheirTimes();
    void followsTheSchedule();
    void screenshots();

private:
    void addSizes();
    void show(QSize size, ThemeKind kind = ThemeKind::Standard);
    qint64 save(const QString &title, const QDateTime &start, const QString &rule = {},
                std::chrono::minutes duration = 45min);
    void addBusyWeek();
    void tap(TapButton *button);
    QStringList times(int day) const;
    QStringList titles(int day) const;
    void checkStaffLayout();

    QTimeZone m_zone{"Europe/Berlin"};
    std::unique_ptr<Theme> m_theme;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Schedule> m_schedule;
    std::unique_ptr<WeekScreen> m_screen;
    // Tuesday, 8 December 2026.
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone("Europe/Berlin"))};
    qint64 m_ms = 0;
};

void TestWeekScreen::init()
{
    QString error;
    m_db = Database::open(m_dir.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_schedule = std::make_unique<Schedule>(*m_db, m_zone);
    m_clock.set(QDateTime(QDate(2026, 12, 8), QTime(9, 0), m_zone));
}

void TestWeekScreen::cleanup()
{
    m_screen.reset();
    m_theme.reset();
    m_schedule.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dir.filePath(u"app.db"_s + suffix));
}

void TestWeekScreen::addSizes()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("1920x1000") << QSize(1920, 1000);
    QTest::addRow("1280x740") << QSize(1280, 740);
}

void TestWeekScreen::show(QSize size, ThemeKind kind)
{
    m_screen.reset();
    m_theme = std::make_unique<Theme>(kind, ScreenMetrics(4.0, 100)); // 4 px per mm
    m_screen = std::make_unique<WeekScreen>(*m_theme, *m_schedule, m_clock);
    m_screen->setObjectName(u"screen"_s);
    m_screen->setStyleSheet(m_theme->styleSheet());
    m_screen->resize(size);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    m_screen->activate();
}

qint64 TestWeekScreen::save(const QString &title, const QDateTime &start, const QString &rule,
                            std::chrono::minutes duration)
{
    Session session;
    session.title = title;
    session.start = start;
    session.rule = rule;
    session.duration = duration;
    QString error;
    const auto saved = m_schedule->save(session, Actor{1, u"Test"_s}, m_clock.now(), &error);
    if (!saved)
        qWarning() << "not saved:" << error;
    return saved ? saved->id : 0;
}

void TestWeekScreen::tap(TapButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    // TapButton ignores a repeat within 0.6 s: these taps come a second apart.
    m_ms += 1000;
    button->guard().setTimeSource([this] { return std::chrono::milliseconds(m_ms); });
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

QStringList TestWeekScreen::times(int day) const
{
    QStringList result;
    for (const WeekBlock *block : m_screen->blocks(day))
        result.append(block->time());
    return result;
}

QStringList TestWeekScreen::titles(int day) const
{
    QStringList result;
    for (const WeekBlock *block : m_screen->blocks(day))
        result.append(block->title());
    return result;
}

// Staff sizes: every control at least 12 mm and 4 mm from the next, on the screen; every block
// inside its day's column, its title whole; no label cut off or under a control.
void TestWeekScreen::checkStaffLayout()
{
    const Test::NamedRects controls = Test::checkControls(*m_screen, *m_theme);
    const QFontMetrics staff(m_theme->font(Theme::TextRole::Staff));
    for (int day = 0; day < 7; ++day) {
        QList<WeekBlock *> shown = m_screen->blocks(day);
        if (WeekBlock *more = m_screen->moreBlock(day))
            shown.append(more);
        for (const WeekBlock *block : std::as_const(shown)) {
            const QString name = block->objectName();
            QVERIFY2(block->isVisible(), qPrintable(name));
            QVERIFY2(m_screen->columnRect(day).contains(block->geometry()),
                     qPrintable(name + u" leaves its column"_s));
            QVERIFY2(block->heightForWidth(block->width()) <= block->height(),
                     qPrintable(name + u" is cut off"_s));
            const QStringList lines = block->titleLines();
            for (const QString &line : lines) {
                QVERIFY2(staff.horizontalAdvance(line) <= block->contentRect().width(),
                         qPrintable(name + u": \""_s + line + u"\" is too wide"_s));
            }
            if (!block->mark().isEmpty())
                QVERIFY2(block->contentRect().contains(block->markRect()),
                         qPrintable(name + u": the mark leaves the block"_s));
            // Every letter is there; a long word is broken with a hyphen, not cut.
            QString joined = lines.join(QString());
            QString title = block->title();
            joined.remove(u'-').remove(u' ');
            title.remove(u'-').remove(u' ');
            QCOMPARE(joined, title);
        }
    }
    Test::checkTexts(*m_screen, controls);
}

void TestWeekScreen::longWordsBreakAtSyllables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("widest"); // what fits a line, with one character more it does not
    QTest::addColumn<QStringList>("lines");
    QTest::addRow("words") << u"Konzert aus der Stadtkirche"_s << u"Konzert aus"_s
                           << QStringList{u"Konzert aus"_s, u"der"_s, u"Stadtkirche"_s};
    QTest::addRow("a syllable") << u"Sitzgymnastik"_s << u"Sitzgymna"_s
                                << QStringList{u"Sitzgym-"_s, u"nastik"_s};
    QTest::addRow("its own hyphen")
        << u"Kaffee-Runde am Nachmittag"_s << u"Kaffee-Run"_s
        << QStringList{u"Kaffee-"_s, u"Runde am"_s, u"Nachmit-"_s, u"tag"_s};
    QTest::addRow("no syllable") << u"Xxxxxxxxxxxxxxxx"_s << u"Xxxxxxx"_s
                                 << QStringList{u"Xxxxxx-"_s, u"xxxxxx-"_s, u"xxxx"_s};
}

void TestWeekScreen::longWordsBreakAtSyllables()
{
    QFETCH(QString, text);
    QFETCH(QString, widest);
    QFETCH(QStringList, lines);
    const Theme theme(ThemeKind::Standard, ScreenMetrics(4.0, 100));
    const QFontMetrics metrics(theme.font(Theme::TextRole::Staff));
    const int width = metrics.horizontalAdvance(widest);
    QCOMPARE(WeekBlock::wrap(metrics, text, width), lines);
}

void TestWeekScreen::aWeeklySessionShowsOnItsDays_data()
{
    addSizes();
}

void TestWeekScreen::aWeeklySessionShowsOnItsDays()
{
    QFETCH(QSize, size);
    const qint64 id = save(u"Sitzgymnastik"_s, QDateTime(QDate(2026, 12, 1), QTime(10, 0), m_zone),
                           u"FREQ=WEEKLY;BYDAY=TU,TH"_s);
    QVERIFY(id > 0);
    show(size);
    QCOMPARE(m_screen->screenName(), u"staff-week"_s);
    QCOMPARE(m_screen->titleLabel()->text(), u"Week"_s);
    QCOMPARE(m_screen->monday(), QDate(2026, 12, 7));
    QCOMPARE(m_screen->weekLabel()->text(), u"7\u00A0– 13 December 2026"_s);
    for (int day = 0; day < 7; ++day) {
        const bool planned = day == 1 || day == 3; // Tuesday, Thursday
        QCOMPARE(m_screen->blocks(day).size(), planned ? 1 : 0);
        QVERIFY(!m_screen->moreBlock(day));
        QVERIFY(m_screen->dayLabel(day)->text().contains(
            QLocale().dayName(day + 1, QLocale::ShortFormat)));
        // Today is named in words, not only by its frame.
        QCOMPARE(m_screen->dayLabel(day)->text().contains(u"today"_s), day == 1);
    }
    QCOMPARE(times(1), QStringList{u"10:00"_s});
    QCOMPARE(titles(3), QStringList{u"Sitzgymnastik"_s});
    QVERIFY(m_screen->blocks(1).first()->mark().isEmpty());
    QVERIFY(m_screen->dayLabel(3)->text().contains(u"10 Dec"_s));
    QVERIFY(!m_screen->thisWeekButton()->isVisible());
    checkStaffLayout();
}

void TestWeekScreen::cancelledAndMovedDatesSaySo()
{
    const qint64 id = save(u"Sitzgymnastik"_s, QDateTime(QDate(2026, 12, 1), QTime(10, 0), m_zone),
                           u"FREQ=WEEKLY;BYDAY=TU,TH"_s);
    QVERIFY(m_schedule->cancelDate(id, QDate(2026, 12, 10), Actor{1, u"Test"_s}, m_clock.now()));
    // Next Tuesday's moves to Wednesday afternoon.
    Session moved = *m_schedule->session(id);
    moved.moved.append(
        {QDate(2026, 12, 15), QDateTime(QDate(2026, 12, 16), QTime(14, 30), m_zone)});
    QVERIFY(m_schedule->save(moved, Actor{1, u"Test"_s}, m_clock.now()));
    show({1280, 740});
    QCOMPARE(m_screen->blocks(1).first()->mark(), QString());
    QCOMPARE(m_screen->blocks(3).first()->mark(), u"cancelled"_s);
    QCOMPARE(m_screen->blocks(3).first()->time(), u"10:00"_s);
    tap(m_screen->nextButton());
    QCOMPARE(m_screen->blocks(1).size(), 0);
    QCOMPARE(times(2), QStringList{u"14:30"_s});
    QCOMPARE(m_screen->blocks(2).first()->mark(), u"moved"_s);
    QCOMPARE(m_screen->blocks(3).first()->mark(), QString());
    checkStaffLayout();
}

void TestWeekScreen::pagesByWeek()
{
    save(u"Konzert"_s, QDateTime(QDate(2026, 12, 16), QTime(15, 0), m_zone));
    show({1920, 1000});
    QCOMPARE(m_screen->blocks(2).size(), 0);
    tap(m_screen->nextButton());
    QCOMPARE(m_screen->monday(), QDate(2026, 12, 14));
    QCOMPARE(m_screen->weekLabel()->text(), u"14\u00A0– 20 December 2026"_s);
    QCOMPARE(titles(2), QStringList{u"Konzert"_s});
    QVERIFY(m_screen->thisWeekButton()->isVisible());
    // Not this week: no column says "today".
    for (int day = 0; day < 7; ++day)
        QVERIFY(!m_screen->dayLabel(day)->text().contains(u"today"_s));
    tap(m_screen->previousButton());
    QCOMPARE(m_screen->monday(), QDate(2026, 12, 7));
    QVERIFY(!m_screen->thisWeekButton()->isVisible());
    QCOMPARE(m_screen->blocks(2).size(), 0);
    tap(m_screen->previousButton());
    QCOMPARE(m_screen->weekLabel()->text(), u"30 November\u00A0– 6 December 2026"_s);
    tap(m_screen->thisWeekButton());
    QCOMPARE(m_screen->monday(), QDate(2026, 12, 7));
    for (int i = 0; i < 3; ++i)
        tap(m_screen->nextButton());
    QCOMPARE(m_screen->weekLabel()->text(), u"28 December 2026\u00A0– 3 January 2027"_s);
    // "Diese Woche" kept its place while hidden: the buttons beside it did not move.
    const QPoint next = m_screen->nextButton()->pos();
    tap(m_screen->thisWeekButton());
    QCOMPARE(m_screen->nextButton()->pos(), next);
    QCOMPARE(m_screen->monday(), QDate(2026, 12, 7));
    checkStaffLayout();
}

void TestWeekScreen::newStartsOnTheFirstDayNotOver()
{
    show({1280, 740});
    QSignalSpy requested(m_screen.get(), &WeekScreen::newRequested);
    tap(m_screen->newButton());
    tap(m_screen->nextButton());
    tap(m_screen->newButton());
    tap(m_screen->previousButton());
    tap(m_screen->previousButton());
    tap(m_screen->newButton());
    QCOMPARE(requested.size(), 3);
    QCOMPARE(requested.at(0).at(0).toDate(), QDate(2026, 12, 8));  // this week: today
    QCOMPARE(requested.at(1).at(0).toDate(), QDate(2026, 12, 14)); // next week: its Monday
    QCOMPARE(requested.at(2).at(0).toDate(), QDate(2026, 12, 8));  // a week gone: today
}

void TestWeekScreen::aTapOnABlockOpensItsSession()
{
    save(u"Sitzgymnastik"_s, QDateTime(QDate(2026, 12, 10), QTime(10, 0), m_zone));
    const qint64 concert = save(u"Konzert aus der Stadtkirche"_s,
                                QDateTime(QDate(2026, 12, 10), QTime(15, 0), m_zone));
    show({1920, 1000});
    QCOMPARE(titles(3), (QStringList{u"Sitzgymnastik"_s, u"Konzert aus der Stadtkirche"_s}));
    QSignalSpy edit(m_screen.get(), &WeekScreen::editRequested);
    tap(m_screen->blocks(3).at(1));
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.first().first().value<ScheduledItem>().session.id, concert);
    // A second tap within 0.6 s is a trembling finger, not a second request.
    QTest::mouseClick(m_screen->blocks(3).at(1), Qt::LeftButton, {},
                      m_screen->blocks(3).at(1)->rect().center());
    QCOMPARE(edit.size(), 1);
}

void TestWeekScreen::addBusyWeek()
{
    const QStringList titles{u"Sitzgymnastik"_s,
                             u"Gedächtnistraining mit Frau Sommer"_s,
                             u"Konzert aus der Stadtkirche"_s,
                             u"Kaffeerunde"_s,
                             u"Vorlesen: Märchen der Brüder Grimm"_s,
                             u"Singkreis"_s,
                             u"Bewegung im Sitzen"_s,
                             u"Filmnachmittag: Die Feuerzangenbowle"_s};
    for (int i = 0; i < titles.size(); ++i)
        save(titles.at(i), QDateTime(QDate(2026, 12, 9), QTime(8 + i, 0), m_zone));
    const qint64 gym = save(u"Sitzgymnastik"_s, QDateTime(QDate(2026, 12, 1), QTime(10, 0), m_zone),
                            u"FREQ=WEEKLY;BYDAY=MO,TU,TH,FR"_s);
    QVERIFY(m_schedule->cancelDate(gym, QDate(2026, 12, 11), Actor{1, u"Test"_s}, m_clock.now()));
    Session gymnastics = *m_schedule->session(gym);
    gymnastics.moved.append(
        {QDate(2026, 12, 10), QDateTime(QDate(2026, 12, 10), QTime(11, 0), m_zone)});
    QVERIFY(m_schedule->save(gymnastics, Actor{1, u"Test"_s}, m_clock.now()));
    save(u"Gottesdienst"_s, QDateTime(QDate(2026, 12, 6), QTime(10, 0), m_zone),
         u"FREQ=WEEKLY;BYDAY=SU"_s);
    save(u"Kino"_s, QDateTime(QDate(2026, 12, 12), QTime(15, 0), m_zone), {}, 120min);
    save(u"Videoanruf mit Familie Schröder"_s,
         QDateTime(QDate(2026, 12, 10), QTime(16, 30), m_zone));
}

void TestWeekScreen::aBusyDayShowsWhatFitsAndHowManyMore_data()
{
    addSizes();
}

void TestWeekScreen::aBusyDayShowsWhatFitsAndHowManyMore()
{
    QFETCH(QSize, size);
    addBusyWeek();
    show(size);
    QCOMPARE(m_schedule->day(QDate(2026, 12, 9)).size(), 8);
    const QList<WeekBlock *> shown = m_screen->blocks(2);
    QVERIFY(!shown.isEmpty());
    QVERIFY(shown.size() < 8);
    WeekBlock *more = m_screen->moreBlock(2);
    QVERIFY(more);
    QCOMPARE(more->kind(), WeekBlock::Kind::More);
    QCOMPARE(more->title(), u"+ %1 more"_s.arg(8 - shown.size()));
    // The first ones by time are the ones shown.
    QCOMPARE(times(2).first(), u"08:00"_s);
    QCOMPARE(times(2).last(), u"%1:00"_s.arg(8 + shown.size() - 1, 2, 10, QChar(u'0')));
    // The room below "+ N weitere" is too little for the next block.
    const auto *next = m_screen->findChild<WeekBlock *>(u"block2_%1"_s.arg(shown.size()));
    QVERIFY(next);
    const int left = m_screen->columnRect(2).bottom() - more->geometry().bottom();
    QVERIFY(left < m_theme->px(Theme::gapMm) + next->heightForWidth(more->width()));
    checkStaffLayout();

    QSignalSpy day(m_screen.get(), &WeekScreen::dayRequested);
    tap(more);
    QCOMPARE(day.size(), 1);
    QCOMPARE(day.first().first().toDate(), QDate(2026, 12, 9));
}

void TestWeekScreen::daylightSavingWeeksKeepTheirTimes()
{
    m_clock.set(QDateTime(QDate(2027, 3, 22), QTime(8, 0), m_zone));
    save(u"Morgenrunde"_s, QDateTime(QDate(2027, 3, 15), QTime(10, 0), m_zone), u"FREQ=DAILY"_s,
         30min);
    save(u"Nachtcafé"_s, QDateTime(QDate(2027, 3, 28), QTime(23, 30), m_zone));
    save(u"Nachtcafé"_s, QDateTime(QDate(2027, 10, 31), QTime(23, 30), m_zone));
    save(u"Nachtwache"_s, QDateTime(QDate(2027, 11, 1), QTime(0, 30), m_zone));
    // The test's weeks do cross the changes: 10:00 is 09:00 UTC before, 08:00 UTC after.
    QCOMPARE(m_schedule->day(QDate(2027, 3, 27)).first().occurrence.start.toUTC().time(),
             QTime(9, 0));
    QCOMPARE(m_schedule->day(QDate(2027, 3, 28)).first().occurrence.start.toUTC().time(),
             QTime(8, 0));
    show({1920, 1000});
    // 22–28 March 2027: summer time from Sunday 02:00.
    QCOMPARE(m_screen->monday(), QDate(2027, 3, 22));
    for (int day = 0; day < 7; ++day)
        QCOMPARE(times(day).first(), u"10:00"_s);
    QCOMPARE(times(6), (QStringList{u"10:00"_s, u"23:30"_s}));
    // 29 March – 4 April: the first whole week of summer time.
    tap(m_screen->nextButton());
    QCOMPARE(m_screen->weekLabel()->text(), u"29 March\u00A0– 4 April 2027"_s);
    for (int day = 0; day < 7; ++day)
        QCOMPARE(times(day), QStringList{u"10:00"_s});
    // 25–31 October 2027: winter time from Sunday 03:00; the week ends at local midnight.
    m_screen->showWeek(QDate(2027, 10, 27));
    for (int day = 0; day < 6; ++day)
        QCOMPARE(times(day), QStringList{u"10:00"_s});
    QCOMPARE(times(6), (QStringList{u"10:00"_s, u"23:30"_s}));
    QCOMPARE(titles(6).last(), u"Nachtcafé"_s);
    m_screen->showWeek(QDate(2027, 11, 1));
    QCOMPARE(times(0), (QStringList{u"00:30"_s, u"10:00"_s}));
    checkStaffLayout();
}

void TestWeekScreen::followsTheSchedule()
{
    show({1280, 740});
    QCOMPARE(m_screen->blocks(4).size(), 0);
    // Saved elsewhere (the editor, "Heute") while the week shows.
    const qint64 id = save(u"Kaffeerunde"_s, QDateTime(QDate(2026, 12, 11), QTime(15, 0), m_zone));
    QCOMPARE(titles(4), QStringList{u"Kaffeerunde"_s});
    QVERIFY(m_screen->blocks(4).first()->isVisible());
    QVERIFY(m_schedule->cancelDate(id, QDate(2026, 12, 11), Actor{1, u"Test"_s}, m_clock.now()));
    QCOMPARE(m_screen->blocks(4).first()->mark(), u"cancelled"_s);
    QVERIFY(m_schedule->remove(id, Actor{1, u"Test"_s}, m_clock.now()));
    QCOMPARE(m_screen->blocks(4).size(), 0);
    // Back on the screen a week later (the editor was open over it): today has moved on, the
    // week shown stays, and "Diese Woche" leads to the new one.
    m_screen->deactivate();
    m_clock.set(QDateTime(QDate(2026, 12, 15), QTime(9, 0), m_zone));
    QVERIFY(!m_screen->thisWeekButton()->isVisible());
    m_screen->activate();
    QCOMPARE(m_screen->monday(), QDate(2026, 12, 7));
    QVERIFY(m_screen->thisWeekButton()->isVisible());
    QVERIFY(!m_screen->dayLabel(1)->text().contains(u"today"_s));
    tap(m_screen->thisWeekButton());
    QCOMPARE(m_screen->monday(), QDate(2026, 12, 14));
    QVERIFY(m_screen->dayLabel(1)->text().contains(u"today"_s));
}

void TestWeekScreen::screenshots()
{
    // DORFPLATZ_WEEK_SCREENSHOTS=<folder>: the busy week at both sizes and in both themes.
    const QString folder = qEnvironmentVariable("DORFPLATZ_WEEK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("DORFPLATZ_WEEK_SCREENSHOTS is not set");
    addBusyWeek();
    QDir().mkpath(folder);
    // German dates, as the kiosk shows them (the texts stay in the source language here).
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    for (const ThemeKind kind : {ThemeKind::Standard, ThemeKind::HighContrast}) {
        for (const QSize size : {QSize(1920, 1000), QSize(1280, 740)}) {
            show(size, kind);
            const QString name = u"%1/week-%2-%3x%4.png"_s.arg(
                folder, kind == ThemeKind::Standard ? u"standard"_s : u"high-contrast"_s,
                QString::number(size.width()), QString::number(size.height()));
            QVERIFY(m_screen->grab().save(name));
        }
    }
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestWeekScreen)
#include "tst_weekscreen.moc"
