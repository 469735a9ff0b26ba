#include "core/db/database.h"
#include "core/db/migrator.h"
#include "support/testconfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool tableExists(const Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() && query.value(0).toInt() == 1;
}

int objectCount(const Database &db)
{
    return scalar(db, u"SELECT count(*) FROM sqlite_master"_s).toInt();
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void freshDatabaseReachesLatestSchema();
    void upgradeKeepsData();
    void secondRunIsNoop();
    void brokenFileLeavesLastVersion();
    void refusedDirectories_data();
    void refusedDirectories();
    void refusedStatements_data();
    void refusedStatements();
    void newerDatabaseIsRefusedAndUntouched();
    void damagedVersionTableIsRefused();
    void splitStatements_data();
    void splitStatements();

private:
    std::unique_ptr<Database> openDatabase();
    QString fixture(const QString &name) const { return m_dataDir + u'/' + name; }
    QString dbPath() const { return m_dir->filePath(u"test.sqlite"_s); }

    QString m_dataDir;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrator::initTestCase()
{
    const QString testData = qEnvironmentVariable("DORFPLATZ_TEST_DATA");
    QVERIFY2(!testData.isEmpty(), "DORFPLATZ_TEST_DATA is not set; run the test through ctest");
    m_dataDir = testData + u"/db"_s;
    QVERIFY2(QDir(m_dataDir).exists(), qPrintable(m_dataDir));
}

void TestMigrator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Database> TestMigrator::openDatabase()
{
    QString error;
    auto db = Database::open(dbPath(), &error);
    if (!db)
        qWarning("%s", qPrintable(error));
    return db;
}

void TestMigrator::freshDatabaseReachesLatestSchema()
{
    const auto db = openDatabase();
    QVERIFY(db);
    QCOMPARE(Migrator::currentVersion(*db), 0);

    const Migrator migrator; // the real schema from :/db/app
    QCOMPARE(migrator.directory(), u":/db/app"_s);
    QVERIFY(migrator.latestVersion() >= 1);

    QString error;
    QVERIFY2(migrator.migrate(*db, &error), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(*db), migrator.latestVersion());
    QVERIFY(tableExists(*db, u"kiosk_state"_s));
    QVERIFY2(db->exec(u"INSERT INTO kiosk_state (key, value, updated_at) "
                      "VALUES ('screen', 'home', '2024-05-01T09:30:00Z')"_s,
                      &error),
             qPrintable(error));
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM schema_version"_s).toInt(), 1);
}

void TestMigrator::upgradeKeepsData()
{
    const auto db = openDatabase();
    QVERIFY(db);
    QString error;

    const Migrator v1(fixture(u"migrations-v1"_s));
    QCOMPARE(v1.latestVersion(), 1);
    QVERIFY2(v1.migrate(*db, &error), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(*db), 1);
    // The ';' inside the fixture's strings and comments did not split a statement.
    QCOMPARE(scalar(*db, u"SELECT text FROM \"greeting;texts\""_s).toString(),
             u"Guten Morgen; it's Monday"_s);
    QVERIFY(db->exec(u"INSERT INTO residents (id, name) VALUES (7, 'Erna Huber')"_s, &error));
    QVERIFY(!tableExists(*db, u"visits"_s));

    const Migrator v2(fixture(u"migrations-v2"_s));
    QCOMPARE(v2.latestVersion(), 2);
    QVERIFY2(v2.migrate(*db, &error), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(*db), 2);
    QCOMPARE(scalar(*db, u"SELECT name FROM residents WHERE id = 7"_s).toString(), u"Erna Huber"_s);
    QVERIFY(tableExists(*db, u"visits"_s));
    QVERIFY2(db->exec(u"UPDATE residents SET room = '12b' WHERE id = 7"_s, &error),
             qPrintable(error));
    QVERIFY2(db->exec(u"INSERT INTO visits (resident_id, day) VALUES (7, '2024-05-01')"_s, &error),
             qPrintable(error));
}

void TestMigrator::secondRunIsNoop()
{
    const auto db = openDatabase();
    QVERIFY(db);
    const Migrator migrator(fixture(u"migrations-v2"_s));
    QString error;
    QVERIFY2(migrator.migrate(*db, &error), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(*db), 2);
    const int changesBefore = scalar(*db, u"SELECT total_changes()"_s).toInt();
    const int objectsBefore = objectCount(*db);

    QVERIFY2(migrator.migrate(*db, &error), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(*db), 2);
    // Not even the version row was written again.
    QCOMPARE(scalar(*db, u"SELECT total_changes()"_s).toInt(), changesBefore);
    QCOMPARE(objectCount(*db), objectsBefore);

    // A second connection to the same file finds nothing to do either.
    const auto other = openDatabase();
    QVERIFY(other);
    QVERIFY2(migrator.migrate(*other, &error), qPrintable(error));
    QCOMPARE(scalar(*other, u"SELECT total_changes()"_s).toInt(), 0);
}

void TestMigrator::brokenFileLeavesLastVersion()
{
    const auto db = openDatabase();
    QVERIFY(db);
    const Migrator broken(fixture(u"broken"_s));
    QCOMPARE(broken.latestVersion(), 2);

    QString error;
    QVERIFY(!broken.migrate(*db, &error));
    QVERIFY2(error.contains(u"002_broken.sql"_s), qPrintable(error));
    QVERIFY2(error.contains(u"syntax error"_s), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(*db), 1);
    QVERIFY(tableExists(*db, u"residents"_s));
    QVERIFY(!tableExists(*db, u"half_applied"_s));
    QVERIFY(!tableExists(*db, u"never_created"_s));

    // Once the file is fixed, the migration continues from version 1.
    const Migrator fixed(fixture(u"migrations-v2"_s));
    QVERIFY2(fixed.migrate(*db, &error), qPrintable(error));
    QCOMPARE(Migrator::currentVersion(*db), 2);
}

void TestMigrator::refusedDirectories_data()
{
    QTest::addColumn<QStringList>("fileNames");
    QTest::addColumn<int>("latestVersion");
    QTest::addColumn<QString>("expectedError");

    QTest::addRow("gap") << QStringList{u"001_a.sql"_s, u"003_c.sql"_s} << 3
                         << u"no file numbered 2"_s;
    QTest::addRow("starts at two")
        << QStringList{u"002_b.sql"_s, u"003_c.sql"_s} << 3 << u"no file numbered 1"_s;
    QTest::addRow("duplicate") << QStringList{u"001_a.sql"_s, u"001_b.sql"_s, u"002_c.sql"_s} << 2
                               << u"same number 1"_s;
    QTest::addRow("duplicate, other padding")
        << QStringList{u"001_a.sql"_s, u"1_b.sql"_s} << 1 << u"same number 1"_s;
    QTest::addRow("zero") << QStringList{u"000_a.sql"_s, u"001_b.sql"_s} << 1
                          << u"invalid number"_s;
    QTest::addRow("unnumbered") << QStringList{u"001_a.sql"_s, u"extra.sql"_s} << 1
                                << u"extra.sql is not named"_s;
    QTest::addRow("empty") << QStringList{} << 0 << u"no migration files"_s;
}

void TestMigrator::refusedDirectories()
{
    QFETCH(QStringList, fileNames);
    QFETCH(int, latestVersion);
    QFETCH(QString, expectedError);

    const QString directory = m_dir->filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(directory));
    for (qsizetype i = 0; i < fileNames.size(); ++i) {
        const QByteArray sql = "CREATE TABLE t" + QByteArray::number(i) + " (x INTEGER);\n";
        QVERIFY(Test::writeFile(directory + u'/' + fileNames.at(i), sql));
    }
    // Not a .sql file, so not a migration; it must not count as a problem.
    QVERIFY(Test::writeFile(directory + u"/README.md"_s, "notes\n"));

    const auto db = openDatabase();
    QVERIFY(db);
    const Migrator migrator(directory);
    QCOMPARE(migrator.latestVersion(), latestVersion);
    QString error;
    QVERIFY(!migrator.migrate(*db, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QCOMPARE(objectCount(*db), 0);
    QCOMPARE(Migrator::currentVersion(*db), 0);
}

void TestMigrator::refusedStatements_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("expectedError");

    QTest::addRow("begin/commit") << QByteArray("BEGIN;\nCREATE TABLE t (x INTEGER);\nCOMMIT;\n")
                                  << u"transaction control"_s;
    QTest::addRow("commit halfway")
        << QByteArray("CREATE TABLE t (x INTEGER);\ncommit;\nCREATE TABLE u (x INTEGER);\n")
        << u"transaction control"_s;
    QTest::addRow("savepoint") << QByteArray("SAVEPOINT s;\nCREATE TABLE t (x INTEGER);\n")
                               << u"transaction control"_s;
    QTest::addRow("trigger") << QByteArray("CREATE TABLE t (x INTEGER);\n"
                                           "CREATE TEMP TRIGGER t_insert AFTER INSERT ON t\n"
                                           "BEGIN DELETE FROM t; END;\n")
                             << u"CREATE TRIGGER is not supported"_s;
}

void TestMigrator::refusedStatements()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, expectedError);

    const QString directory = m_dir->filePath(u"migrations"_s);
    QVERIFY(QDir().mkpath(directory));
    QVERIFY(Test::writeFile(directory + u"/001_first.sql"_s, sql));

    const auto db = openDatabase();
    QVERIFY(db);
    QString error;
    QVERIFY(!Migrator(directory).migrate(*db, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
    QVERIFY2(error.contains(u"001_first.sql"_s), qPrintable(error));
    QCOMPARE(objectCount(*db), 0);
    QCOMPARE(Migrator::currentVersion(*db), 0);
}

void TestMigrator::newerDatabaseIsRefusedAndUntouched()
{
    QString error;
    {
        const auto db = openDatabase();
        QVERIFY(db);
        QVERIFY(Migrator(fixture(u"migrations-v2"_s)).migrate(*db, &error));
        // As if a newer program had migrated it further.
        QVERIFY(db->exec(u"UPDATE schema_version SET version = 3"_s, &error));
        QVERIFY(db->exec(u"CREATE TABLE from_the_future (x INTEGER)"_s, &error));
    }
    // Closing the last connection checkpoints the WAL, so the main file holds everything.
    QVERIFY(!QFile::exists(dbPath() + u"-wal"_s));
    const QByteArray hashBefore = fileHash(dbPath());
    QVERIFY(!hashBefore.isEmpty());

    {
        const auto db = openDatabase();
        QVERIFY(db);
        const int objectsBefore = objectCount(*db);
        QVERIFY(!Migrator(fixture(u"migrations-v1"_s)).migrate(*db, &error));
        QVERIFY2(error.contains(u"newer"_s), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(*db), 3);
        QCOMPARE(objectCount(*db), objectsBefore);
        QCOMPARE(scalar(*db, u"SELECT total_changes()"_s).toInt(), 0);
    }
    QCOMPARE(fileHash(dbPath()), hashBefore);
}

void TestMigrator::damagedVersionTableIsRefused()
{
    const auto db = openDatabase();
    QVERIFY(db);
    QString error;
    QVERIFY(db->exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s, &error));
    QVERIFY(db->exec(u"INSERT INTO schema_version (version) VALUES (0), (1)"_s, &error));

    QCOMPARE(Migrator::currentVersion(*db), -1);
    QVERIFY(!Migrator(fixture(u"migrations-v1"_s)).migrate(*db, &error));
    QVERIFY2(error.contains(u"exactly one row"_s), qPrintable(error));
    QVERIFY(!tableExists(*db, u"residents"_s));
}

void TestMigrator::splitStatements_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");

    QTest::addRow("two statements")
        << u"CREATE TABLE a (x);\nCREATE TABLE b (y);\n"_s
        << QStringList{u"CREATE TABLE a (x)"_s, u"CREATE TABLE b (y)"_s};
    QTest::addRow("no final semicolon")
        << u"SELECT 1; SELECT 2"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
    QTest::addRow("empty statements") << u";; ;\n;"_s << QStringList{};
    QTest::addRow("only comments") << u"-- nothing; here\n/* nor; here */\n"_s << QStringList{};
    QTest::addRow("semicolon in string")
        << u"INSERT INTO t VALUES ('a;b'); SELECT 2"_s
        << QStringList{u"INSERT INTO t VALUES ('a;b')"_s, u"SELECT 2"_s};
    QTest::addRow("doubled quote in string")
        << u"INSERT INTO t VALUES ('it''s; fine'); SELECT 2"_s
        << QStringList{u"INSERT INTO t VALUES ('it''s; fine')"_s, u"SELECT 2"_s};
    QTest::addRow("semicolon in double-quoted identifier")
        << u"CREATE TABLE \"odd;name\" (\"x;\"\"y\"); SELECT 2"_s
        << QStringList{u"CREATE TABLE \"odd;name\" (\"x;\"\"y\")"_s, u"SELECT 2"_s};
    QTest::addRow("semicolon in other identifier quotes")
        << u"SELECT `a;b`, [c;d]; SELECT 2"_s
        << QStringList{u"SELECT `a;b`, [c;d]"_s, u"SELECT 2"_s};
    QTest::addRow("semicolon in line comment")
        << u"SELECT 1; -- first; second\nSELECT 2;"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
    QTest::addRow("line comment inside a statement")
        << u"SELECT 1 -- one; really\n+ 1;"_s << QStringList{u"SELECT 1  \n+ 1"_s};
    QTest::addRow("quote in line comment") << u"-- it's not a string\nSELECT 1; SELECT 2"_s
                                           << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
    QTest::addRow("semicolon in block comment")
        << u"SELECT 1 /* a; 'b */; SELECT 2"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
    QTest::addRow("comment markers in string")
        << u"SELECT '--;', '/*;*/'; SELECT 2"_s
        << QStringList{u"SELECT '--;', '/*;*/'"_s, u"SELECT 2"_s};
    QTest::addRow("single minus") << u"SELECT 3 - 1; SELECT 2"_s
                                  << QStringList{u"SELECT 3 - 1"_s, u"SELECT 2"_s};
    QTest::addRow("unterminated string")
        << u"SELECT 1; SELECT 'open;"_s << QStringList{u"SELECT 1"_s, u"SELECT 'open;"_s};
}

void TestMigrator::splitStatements()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    QCOMPARE(Migrator::splitStatements(sql), statements);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestMigrator)
#include "tst_migrator.moc"
