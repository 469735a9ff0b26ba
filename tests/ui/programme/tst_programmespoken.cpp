// What "Vorlesen" says for the programme, as data rows (the sessions and the clock in, the whole
// spoken text out): "Programm heute" with times for the ear, its marks ("gleich", "läuft
// gerade", "fällt heute aus") and its two empty sentences; an announcement; the countdown and
// the reminder of a session; the session banner of the home screen. English source texts,
// C-locale dates.
#include "core/accounts/auditlog.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/schedule/schedule.h"
#include "support/fixedclock.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/theme.h"
#include "ui/programme/announcementscreen.h"
#include "ui/programme/programmerow.h"
#include "ui/programme/programmetodayscreen.h"
#include "ui/programme/sessionbanner.h"
#include "ui/programme/sessioncountdownscreen.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <chrono>
#include <memory>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

// Sunday, 6 December 2026, in the home's zone.
const QDate sunday(2026, 12, 6);

QDateTime at(QTime time)
{
    return QDateTime(sunday, time, berlin());
}

// One session of a row; `cancelled`: today's date does not take place.
struct Planned
{
    QString title;
    QTime start;
    int minutes = 60;
    bool cancelled = false;
};

ScheduledItem item(const QString &title, QTime start, int minutes, bool startsByItself = true)
{
    ScheduledItem result;
    result.session.id = 1;
    result.session.title = title;
    result.session.start = at(start);
    result.session.duration = std::chrono::minutes(minutes);
    result.session.startsByItself = startsByItself;
    result.occurrence.sessionId = 1;
    result.occurrence.start = at(start).toUTC();
    result.occurrence.end = at(start).addSecs(minutes * 60).toUTC();
    return result;
}

} // namespace

Q_DECLARE_METATYPE(QList<Planned>)

class TestProgrammeSpoken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void programmeToday_data();
    void programmeToday();
    void programmePages();
    void announcement();
    void countdown_data();
    void countdown();
    void sessionBanner();

private:
    QString path() const { return m_dir.filePath(u"app.db"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Schedule> m_schedule;
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
};

void TestProgrammeSpoken::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestProgrammeSpoken::init()
{
    QString error;
    m_db = Database::open(path(), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_schedule = std::make_unique<Schedule>(*m_db, berlin());
}

void TestProgrammeSpoken::cleanup()
{
    m_schedule.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path() + suffix);
}

void TestProgrammeSpoken::programmeToday_data()
{
    QTest::addColumn<QList<Planned>>("planned");
    QTest::addColumn<QTime>("now");
    QTest::addColumn<QString>("expected");

    const QString head = u"Today's programme. Sunday, 6 December. "_s;
    const Planned gym{u"Sitzgymnastik"_s, QTime(10, 0), 45};
    const Planned concert{u"Konzert aus der Stadtkirche"_s, QTime(15, 0), 90};
    QTest::newRow("later today")
        << QList<Planned>{concert, gym} << QTime(8, 0)
        << head + u"From 10:00 to 10:45. Sitzgymnastik. From 15:00 to 16:30. Konzert aus der "
                  "Stadtkirche."_s;
    QTest::newRow("full hours") << QList<Planned>{{u"Singkreis"_s, QTime(14, 0), 120}}
                                << QTime(8, 0) << head + u"From 14:00 to 16:00. Singkreis."_s;
    QTest::newRow("with minutes") << QList<Planned>{{u"Gedächtnistraining"_s, QTime(11, 5), 30}}
                                  << QTime(8, 0)
                                  << head + u"From 11:05 to 11:35. Gedächtnistraining."_s;
    QTest::newRow("starting soon")
        << QList<Planned>{gym} << QTime(9, 55)
        << head + u"From 10:00 to 10:45. Sitzgymnastik. Starting soon."_s;
    QTest::newRow("on now") << QList<Planned>{gym, concert} << QTime(10, 10)
                            << head + u"From 10:00 to 10:45. Sitzgymnastik. On now. From 15:00 "
                                      "to 16:30. Konzert aus der Stadtkirche."_s;
    QTest::newRow("cancelled today")
        << QList<Planned>{{u"Kegeln"_s, QTime(16, 0), 60, true}} << QTime(8, 0)
        << head + u"From 16:00 to 17:00. Kegeln. Cancelled today."_s;
    QTest::newRow("what is over is left out")
        << QList<Planned>{gym, concert} << QTime(11, 0)
        << head + u"From 15:00 to 16:30. Konzert aus der Stadtkirche."_s;
    QTest::newRow("nothing today")
        << QList<Planned>{} << QTime(8, 0) << head + u"There is nothing on the programme today."_s;
    QTest::newRow("nothing more") << QList<Planned>{gym} << QTime(12, 0)
                                  << head + u"There is nothing more on the programme today."_s;
}

void TestProgrammeSpoken::programmeToday()
{
    QFETCH(QList<Planned>, planned);
    QFETCH(QTime, now);
    QFETCH(QString, expected);

    const Actor actor{1, u"Test"_s};
    for (const Planned &p : planned) {
        Session s;
        s.title = p.title;
        s.start = at(p.start);
        s.duration = std::chrono::minutes(p.minutes);
        if (p.cancelled)
            s.cancelled = {sunday};
        QString error;
        QVERIFY2(m_schedule->save(s, actor, at(QTime(7, 0)), &error), qPrintable(error));
    }
    FixedClock clock(at(now));
    ProgrammeTodayScreen screen(m_theme, *m_schedule, clock);
    screen.resize(1280, 1600);
    screen.show();
    screen.activate();
    QCOMPARE(screen.pageCount(), 1);
    QCOMPARE(screen.spokenText(), expected);
}

void TestProgrammeSpoken::programmePages()
{
    const Actor actor{1, u"Test"_s};
    for (int i = 0; i < 8; ++i) {
        Session s;
        s.title = u"Angebot %1"_s.arg(i + 1);
        s.start = at(QTime(9 + i, 0));
        s.duration = 30min;
        QString error;
        QVERIFY2(m_schedule->save(s, actor, at(QTime(7, 0)), &error), qPrintable(error));
    }
    FixedClock clock(at(QTime(8, 0)));
    ProgrammeTodayScreen screen(m_theme, *m_schedule, clock);
    screen.resize(1280, 560);
    screen.show();
    screen.activate();
    const int pages = screen.pageCount();
    QVERIFY(pages > 1);
    QStringList heard;
    for (int page = 0; page < pages; ++page) {
        screen.pageSwitcher()->setPage(page);
        QStringList expected{u"Today's programme. Sunday, 6 December."_s};
        for (const ProgrammeRow *row : screen.visibleRows()) {
            const QTime start = row->entry().item.occurrence.start.toTimeZone(berlin()).time();
            expected.append(u"From %1 to %2. %3."_s.arg(start.toString(u"H:mm"_s),
                                                        start.addSecs(1800).toString(u"H:mm"_s),
                                                        row->entry().title));
            heard.append(row->entry().title);
        }
        expected.append(u"Page %1 of %2."_s.arg(page + 1).arg(pages));
        if (page + 1 < pages)
            expected.append(u"Tap more to see more."_s);
        QCOMPARE(screen.spokenText(), expected.join(u' '));
    }
    // Page by page, every session once.
    QCOMPARE(heard.size(), 8);
}

void TestProgrammeSpoken::announcement()
{
    AnnouncementScreen screen(m_theme, item(u"Adventssingen im Foyer"_s, QTime(15, 0), 60),
                              berlin());
    QCOMPARE(screen.spokenText(), u"Now: Adventssingen im Foyer. From 15:00 to 16:00."_s);
}

void TestProgrammeSpoken::countdown_data()
{
    QTest::addColumn<bool>("startsByItself");
    QTest::addColumn<int>("secondsIn");
    QTest::addColumn<QString>("expected");
    // English source: the plural comes with a translation.
    QTest::newRow("starts by itself")
        << true << 10
        << u"Now begins: Sitzgymnastik. From 10:00 to 10:45. It starts by itself in 20 "
           "second(s)."_s;
    QTest::newRow("starts now") << true << 30
                                << u"Now begins: Sitzgymnastik. From 10:00 to 10:45. It starts "
                                   "now."_s;
    QTest::newRow("only reminds") << false << 10
                                  << u"Now it is time for: Sitzgymnastik. From 10:00 to 10:45."_s;
}

void TestProgrammeSpoken::countdown()
{
    QFETCH(bool, startsByItself);
    QFETCH(int, secondsIn);
    QFETCH(QString, expected);
    FixedClock clock(at(QTime(10, 0)).addSecs(secondsIn));
    SessionCountdownScreen screen(
        m_theme, item(u"Sitzgymnastik"_s, QTime(10, 0), 45, startsByItself), berlin(), clock);
    QCOMPARE(screen.spokenText(), expected);
}

void TestProgrammeSpoken::sessionBanner()
{
    SessionBanner banner(m_theme, berlin());
    QCOMPARE(banner.spokenText(), QString());
    banner.setItem(item(u"Sitzgymnastik"_s, QTime(10, 0), 45));
    QCOMPARE(banner.spokenText(), u"At 10:00: Sitzgymnastik."_s);
    banner.setItem(item(u"Singkreis – mit Klavier"_s, QTime(14, 30), 45));
    QCOMPARE(banner.spokenText(), u"At 14:30: Singkreis, mit Klavier."_s);
    banner.setItem(std::nullopt);
    QCOMPARE(banner.spokenText(), QString());
}

QTEST_MAIN(TestProgrammeSpoken)
#include "tst_programmespoken.moc"
