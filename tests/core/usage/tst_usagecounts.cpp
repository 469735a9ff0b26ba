#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/usage/usagecounts.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

using Kind = UsageCounts::Kind;

// The counts in a real app.db: a scripted December day (and a November stream) counted, read
// back per month with an empty January, written as the district's CSV line by line; the table
// has room for nothing but month, kind, count and seconds; a report that cannot be written says
// so and leaves nothing; the counts survive a restart.
class TestUsageCounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keysNeverChange();
    void monthsIncludeEmptyOnesAndRoundMinutesDown();
    void csvIsTheDistrictsLayout();
    void nothingPersonalIsStored();
    void reportThatCannotBeWrittenLeavesNothing_data();
    void reportThatCannotBeWrittenLeavesNothing();
    void countsSurviveReopening();
    void databaseErrorsComeBackAsText();
    void oddArguments();

private:
    QString path() const { return m_dir.filePath(u"app.db"_s); }
    void openDatabase();
    void countScriptedDay();
    QList<UsageCounts::MonthCounts> novemberToJanuary() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<UsageCounts> m_counts;
};

// A text a time of day would leave in a file: "15:30", "9:05".
const QRegularExpression timeOfDay(u"\\d{1,2}:\\d{2}"_s);

void TestUsageCounts::openDatabase()
{
    QString error;
    m_db = Database::open(path(), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_counts = std::make_unique<UsageCounts>(*m_db);
}

void TestUsageCounts::init()
{
    QVERIFY(m_dir.isValid());
    openDatabase();
}

void TestUsageCounts::cleanup()
{
    m_counts.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path() + suffix);
}

// What the player, the calls and the programme would count on 8 December 2026 (at various times
// of day, which the counts never see), and one stream at the end of November.
void TestUsageCounts::countScriptedDay()
{
    const QDate december(2026, 12, 8);
    QString error;
    QVERIFY2(m_counts->add(Kind::StreamPlayed, december, 12min, &error), qPrintable(error));
    QVERIFY2(m_counts->add(Kind::StreamPlayed, december, 30min, &error), qPrintable(error));
    QVERIFY2(m_counts->add(Kind::CallMade, december, 7min + 30s, &error), qPrintable(error));
    QVERIFY2(m_counts->add(Kind::SessionHeld, december, {}, &error), qPrintable(error));
    QVERIFY2(m_counts->add(Kind::SessionMissed, december.addDays(1), {}, &error),
             qPrintable(error));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(m_counts->add(Kind::EventsOpened, december.addDays(i), {}, &error),
                 qPrintable(error));
    QVERIFY2(m_counts->add(Kind::StreamPlayed, QDate(2026, 11, 30), 45min + 59s, &error),
             qPrintable(error));
}

QList<UsageCounts::MonthCounts> TestUsageCounts::novemberToJanuary() const
{
    // Any day of the first and the last month will do.
    return m_counts->months(QDate(2026, 11, 17), QDate(2027, 1, 3));
}

void TestUsageCounts::keysNeverChange()
{
    // Stored in app.db: a renamed key would lose every month counted before.
    QCOMPARE(UsageCounts::key(Kind::SessionHeld), u"session-held"_s);
    QCOMPARE(UsageCounts::key(Kind::SessionMissed), u"session-missed"_s);
    QCOMPARE(UsageCounts::key(Kind::StreamPlayed), u"stream-played"_s);
    QCOMPARE(UsageCounts::key(Kind::CallMade), u"call-made"_s);
    QCOMPARE(UsageCounts::key(Kind::VisitHeld), u"visit-held"_s);
    QCOMPARE(UsageCounts::key(Kind::VisitMissed), u"visit-missed"_s);
    QCOMPARE(UsageCounts::key(Kind::EventsOpened), u"events-opened"_s);
    QCOMPARE(UsageCounts::monthKey(QDate(2026, 3, 31)), u"2026-03"_s);
}

void TestUsageCounts::monthsIncludeEmptyOnesAndRoundMinutesDown()
{
    countScriptedDay();
    const QList<UsageCounts::MonthCounts> months = novemberToJanuary();
    QCOMPARE(months.size(), 3);
    QCOMPARE(months[0].month, QDate(2026, 11, 1));
    QCOMPARE(months[1].month, QDate(2026, 12, 1));
    QCOMPARE(months[2].month, QDate(2027, 1, 1));

    const UsageCounts::MonthCounts &november = months[0];
    QCOMPARE(november[Kind::StreamPlayed].count, 1);
    QCOMPARE(november[Kind::StreamPlayed].seconds, 45 * 60 + 59);
    QCOMPARE(november[Kind::StreamPlayed].minutes(), 45);
    QCOMPARE(november[Kind::EventsOpened].count, 0);

    const UsageCounts::MonthCounts &december = months[1];
    QCOMPARE(december[Kind::StreamPlayed].count, 2);
    QCOMPARE(december[Kind::StreamPlayed].minutes(), 42);
    QCOMPARE(december[Kind::CallMade].count, 1);
    QCOMPARE(december[Kind::CallMade].seconds, 450);
    QCOMPARE(december[Kind::CallMade].minutes(), 7);
    QCOMPARE(december[Kind::SessionHeld].count, 1);
    QCOMPARE(december[Kind::SessionHeld].seconds, 0);
    QCOMPARE(december[Kind::SessionMissed].count, 1);
    QCOMPARE(december[Kind::EventsOpened].count, 3);
    QCOMPARE(december[Kind::VisitHeld].count, 0);
    QCOMPARE(december[Kind::VisitMissed].count, 0);

    for (const UsageCounts::KindCounts &counts : months[2].kinds) {
        QCOMPARE(counts.count, 0);
        QCOMPARE(counts.seconds, 0);
    }

    // Only the asked months: November alone has no December in it.
    const auto onlyNovember = m_counts->months(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(onlyNovember.size(), 1);
    QCOMPARE(onlyNovember[0][Kind::StreamPlayed].count, 1);
    QCOMPARE(onlyNovember[0][Kind::CallMade].count, 0);
}

void TestUsageCounts::csvIsTheDistrictsLayout()
{
    countScriptedDay();
    const QString text = UsageCounts::csv(novemberToJanuary());
    QVERIFY(text.endsWith(u"\r\n"_s));
    const QStringList lines = text.chopped(2).split(u"\r\n"_s);
    const QStringList expected{
        u"Monat;Programmpunkte gehalten;Programmpunkte ausgefallen;Sender gespielt;"
        "Sender Minuten;Anrufe;Anrufe Minuten;Videobesuche;Videobesuche Minuten;"
        "Videobesuche nicht zustande gekommen;Was ist los? geöffnet"_s,
        u"2026-11;0;0;1;45;0;0;0;0;0;0"_s,
        u"2026-12;1;1;2;42;1;7;0;0;0;3"_s,
        u"2027-01;0;0;0;0;0;0;0;0;0;0"_s,
    };
    QCOMPARE(lines, expected);
    QCOMPARE(text.count(u'\n'), text.count(u"\r\n"_s));

    // The file: a BOM for Excel, then the same text in UTF-8.
    const QString file = m_dir.filePath(u"nutzung.csv"_s);
    QString error;
    QVERIFY2(UsageCounts::writeCsv(file, novemberToJanuary(), &error), qPrintable(error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), text);
    QVERIFY(bytes.contains("ge\xC3\xB6"
                           "ffnet"));

    // Written again over the old one: replaced whole.
    QVERIFY2(UsageCounts::writeCsv(file, {}, &error), qPrintable(error));
    written.close();
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), "\xEF\xBB\xBF" + expected.first().toUtf8() + "\r\n");
}

void TestUsageCounts::nothingPersonalIsStored()
{
    countScriptedDay();

    // The table has room for nothing else: no name, contact, station, day or time.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"PRAGMA table_info(usage_counts)"_s));
    QStringList columns;
    while (query.next())
        columns.append(query.value(1).toString());
    QCOMPARE(columns, (QStringList{u"month"_s, u"kind"_s, u"count"_s, u"seconds"_s}));

    // Every month is a bare "yyyy-MM", every kind one of the fixed keys.
    QVERIFY(query.exec(u"SELECT month, kind FROM usage_counts"_s));
    int rows = 0;
    const QRegularExpression monthPattern(u"^\\d{4}-\\d{2}$"_s);
    QStringList keys;
    for (int k = 0; k < UsageCounts::kindCount; ++k)
        keys.append(UsageCounts::key(Kind(k)));
    while (query.next()) {
        ++rows;
        QVERIFY2(monthPattern.match(query.value(0).toString()).hasMatch(),
                 qPrintable(query.value(0).toString()));
        QVERIFY2(keys.contains(query.value(1).toString()), qPrintable(query.value(1).toString()));
    }
    QCOMPARE(rows, 6); // five kinds in December, one in November
    query.finish();

    // Nor in the report: no time of day, no day of the month, no name.
    const QString file = m_dir.filePath(u"nutzung.csv"_s);
    QString error;
    QVERIFY2(UsageCounts::writeCsv(file, novemberToJanuary(), &error), qPrintable(error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    QVERIFY(text.contains(u"2026-12;"_s)); // the check below looks at a real report
    QVERIFY2(!timeOfDay.match(text).hasMatch(), qPrintable(text));
    QVERIFY(!text.contains(u"2026-12-"_s));
    QVERIFY(!text.contains(u"Anna"_s, Qt::CaseInsensitive));

    // The database file on disk neither (the contact of the scripted call never reached the API;
    // this guards against a later change that would pass it through).
    m_counts.reset();
    m_db.reset(); // checkpoints the WAL into the file
    QFile database(path());
    QVERIFY(database.open(QIODevice::ReadOnly));
    const QByteArray bytes = database.readAll();
    QVERIFY(bytes.contains("stream-played"));
    QVERIFY(!bytes.contains("anna"));
    QVERIFY(!bytes.contains("Anna"));
    openDatabase();
}

void TestUsageCounts::reportThatCannotBeWrittenLeavesNothing_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("missing folder") << u"stick-gone"_s << false;
    QTest::newRow("read-only folder") << u"locked"_s << true;
    // Also where root cannot write either.
    QTest::newRow("read-only file system") << u"/proc"_s << false;
}

void TestUsageCounts::reportThatCannotBeWrittenLeavesNothing()
{
    QFETCH(QString, folder);
    QFETCH(bool, readOnly);
    countScriptedDay();
    const QString dir = QDir::isAbsolutePath(folder) ? folder : m_dir.filePath(folder);
    if (readOnly) {
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (::geteuid() == 0) {
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
            QSKIP("root writes into read-only folders (the read-only file system case below "
                  "still runs)");
        }
    }
    const QString file = dir + u"/nutzung.csv"_s;
    QString error;
    QVERIFY(!UsageCounts::writeCsv(file, novemberToJanuary(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(file), qPrintable(error));
    QVERIFY(!QFile::exists(file));
    if (readOnly) {
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
    }
}

void TestUsageCounts::countsSurviveReopening()
{
    countScriptedDay();
    const QString before = UsageCounts::csv(novemberToJanuary());
    m_counts.reset();
    m_db.reset();
    openDatabase();
    QCOMPARE(UsageCounts::csv(novemberToJanuary()), before);

    // And counting goes on where it stopped.
    QString error;
    QVERIFY2(m_counts->add(Kind::CallMade, QDate(2026, 12, 31), 1min, &error), qPrintable(error));
    const auto december = m_counts->months(QDate(2026, 12, 1), QDate(2026, 12, 1));
    QCOMPARE(december.size(), 1);
    QCOMPARE(december[0][Kind::CallMade].count, 2);
    QCOMPARE(december[0][Kind::CallMade].minutes(), 8); // 7:30 + 1:00
}

void TestUsageCounts::databaseErrorsComeBackAsText()
{
    // A database without the table (as a damaged file would be): refused, and said so.
    QVERIFY(m_db->exec(u"DROP TABLE usage_counts"_s));
    QString error;
    QVERIFY(!m_counts->add(Kind::StreamPlayed, QDate(2026, 12, 8), 5min, &error));
    QVERIFY2(error.contains(u"usage_counts"_s), qPrintable(error));
    error.clear();
    QVERIFY(m_counts->months(QDate(2026, 12, 1), QDate(2026, 12, 1), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestUsageCounts::oddArguments()
{
    QString error;
    QVERIFY(!m_counts->add(Kind::StreamPlayed, QDate(), 5min, &error));
    QVERIFY(!error.isEmpty());

    // A negative length (a clock set back during a call) counts the call but no time.
    QVERIFY2(m_counts->add(Kind::CallMade, QDate(2026, 12, 8), -90s, &error), qPrintable(error));
    const auto december = m_counts->months(QDate(2026, 12, 8), QDate(2026, 12, 8));
    QCOMPARE(december.size(), 1);
    QCOMPARE(december[0][Kind::CallMade].count, 1);
    QCOMPARE(december[0][Kind::CallMade].seconds, 0);

    // Backwards or invalid ranges: nothing, not a guess.
    QVERIFY(m_counts->months(QDate(2027, 1, 1), QDate(2026, 12, 31)).isEmpty());
    QVERIFY(m_counts->months(QDate(), QDate(2026, 12, 31)).isEmpty());

    // A whole year: twelve months, also across the year's end.
    const auto year = m_counts->months(QDate(2026, 7, 15), QDate(2027, 6, 1));
    QCOMPARE(year.size(), 12);
    QCOMPARE(year.first().month, QDate(2026, 7, 1));
    QCOMPARE(year.last().month, QDate(2027, 6, 1));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestUsageCounts)
#include "tst_usagecounts.moc"
