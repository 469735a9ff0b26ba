#include "core/db/database.h"
#include "core/db/scopedtransaction.h"
#include "core/db/sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QVariant scalar(const Database &db, const QString &sql)
{
    return scalar(db.connection(), sql);
}

// The files this process has open in `folder` (from /proc/self/fd).
QStringList openFilesUnder(const QString &folder)
{
    QStringList open;
    const QDir fds(u"/proc/self/fd"_s);
    for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System)) {
        const QString target = fd.symLinkTarget();
        if (target.startsWith(folder + u'/'))
            open.append(target);
    }
    return open;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void openCreatesFile();
    void pragmasAreSet();
    void foreignKeysAreEnforced();
    void openInMemory();
    void twoConnectionsOnSameFile();
    void destructorRemovesConnection();
    void cachedStatementReadsWithoutQVariant();
    void openFailsWithoutDirectory_data();
    void openFailsWithoutDirectory();
    void openFailsOnNonDatabase_data();
    void openFailsOnNonDatabase();
    void execReportsErrors();

    void transactionRollsBackOnDestruction();
    void transactionCommits();
    void transactionTakesWriteLockAtOnce();
    void nestedTransactionDoesNotBegin();
    void transactionOnClosedConnection();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dbPath() const { return m_dir->filePath(u"test.sqlite"_s); }
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::openCreatesFile()
{
    QVERIFY(!QFile::exists(dbPath()));
    QString error;
    const auto db = Database::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(QFile::exists(dbPath()));
    QCOMPARE(db->path(), dbPath());
    QVERIFY(db->connection().isOpen());
}

void TestDatabase::pragmasAreSet()
{
    QString error;
    const auto db = Database::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(scalar(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(*db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
    QCOMPARE(scalar(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(*db, u"PRAGMA busy_timeout"_s).toInt(), 5000);
}

void TestDatabase::foreignKeysAreEnforced()
{
    QString error;
    const auto db = Database::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->exec(u"CREATE TABLE parent (id INTEGER PRIMARY KEY)"_s));
    QVERIFY(db->exec(u"CREATE TABLE child (parent_id INTEGER REFERENCES parent (id))"_s));
    QVERIFY(!db->exec(u"INSERT INTO child (parent_id) VALUES (42)"_s, &error));
    QVERIFY2(error.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive), qPrintable(error));
}

void TestDatabase::openInMemory()
{
    QString error;
    const auto db = Database::open(u":memory:"_s, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->exec(u"CREATE TABLE t (x INTEGER)"_s));
    QCOMPARE(scalar(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
}

void TestDatabase::twoConnectionsOnSameFile()
{
    QString error;
    const auto writer = Database::open(dbPath(), &error);
    QVERIFY2(writer, qPrintable(error));
    const auto reader = Database::open(dbPath(), &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(writer->connection().connectionName() != reader->connection().connectionName());

    QVERIFY(writer->exec(u"CREATE TABLE t (x INTEGER)"_s, &error));
    QVERIFY(writer->exec(u"INSERT INTO t (x) VALUES (1)"_s, &error));
    QCOMPARE(scalar(*reader, u"SELECT count(*) FROM t"_s).toInt(), 1);

    {
        ScopedTransaction transaction(writer->connection());
        QVERIFY(transaction.isActive());
        QVERIFY(writer->exec(u"INSERT INTO t (x) VALUES (2)"_s, &error));
        // WAL: the reader is not blocked by the open write transaction and does not see it.
        QCOMPARE(scalar(*reader, u"SELECT count(*) FROM t"_s).toInt(), 1);
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(scalar(*reader, u"SELECT count(*) FROM t"_s).toInt(), 2);
}

void TestDatabase::destructorRemovesConnection()
{
    QString error;
    auto db = Database::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    const QString name = db->connection().connectionName();
    QVERIFY(QSqlDatabase::connectionNames().contains(name));
    db.reset();
    QVERIFY(!QSqlDatabase::connectionNames().contains(name));
}

// SqliteStatement through Database::cachedStatement: the events screen's week is read this way.
void TestDatabase::cachedStatementReadsWithoutQVariant()
{
    QString error;
    auto db = Database::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->exec(u"CREATE TABLE t (x INTEGER, s TEXT)"_s, &error));
    QVERIFY(
        db->exec(u"INSERT INTO t VALUES (1, 'a'), (2, 'Grüße aus Kusel'), (3, NULL)"_s, &error));

    const QByteArray sql = "SELECT x, s FROM t WHERE x >= ?1 ORDER BY x";
    SqliteStatement *statement = db->cachedStatement(sql, &error);
    QVERIFY2(statement, qPrintable(error));
    QVERIFY(statement->bind(1, 2));
    QCOMPARE(statement->step(), SqliteStatement::Step::Row);
    QCOMPARE(statement->integer(0), 2);
    QCOMPARE(statement->text(1), u"Grüße aus Kusel"_s);
    QCOMPARE(statement->bytes(1), QByteArrayView("Grüße aus Kusel"));
    QCOMPARE(statement->step(), SqliteStatement::Step::Row);
    QCOMPARE(statement->integer(0), 3);
    QVERIFY(statement->isNull(1));
    QVERIFY(statement->text(1).isEmpty());
    QCOMPARE(statement->step(), SqliteStatement::Step::Done);

    // The same SQL gives the same statement, from its start and with nothing bound.
    SqliteStatement *again = db->cachedStatement(sql, &error);
    QCOMPARE(again, statement);
    QVERIFY(again->bind(1, 1));
    QCOMPARE(again->step(), SqliteStatement::Step::Row);
    QCOMPARE(again->integer(0), 1);

    QVERIFY(!db->cachedStatement("SELECT y FROM nowhere", &error));
    QVERIFY2(error.contains(u"no such table"_s), qPrintable(error));

    // A statement left in the middle of its rows is finalized before the connection closes:
    // otherwise SQLite refuses to close, and the connection and its files stay open.
    QVERIFY(!openFilesUnder(m_dir->path()).isEmpty());
    const QString name = db->connection().connectionName();
    db.reset();
    QVERIFY(!QSqlDatabase::connectionNames().contains(name));
    QCOMPARE(openFilesUnder(m_dir->path()), QStringList());
}

void TestDatabase::openFailsWithoutDirectory_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<bool>("createParentAsFile");

    // As root, permissions do not stop SQLite; a parent that is a regular file does.
    QTest::addRow("parent is a regular file") << u"plain-file/test.sqlite"_s << true;
    QTest::addRow("parent does not exist") << u"missing/deeper/test.sqlite"_s << false;
}

void TestDatabase::openFailsWithoutDirectory()
{
    QFETCH(QString, relativePath);
    QFETCH(bool, createParentAsFile);

    if (createParentAsFile) {
        QFile parent(m_dir->filePath(u"plain-file"_s));
        QVERIFY(parent.open(QIODevice::WriteOnly));
        QVERIFY(parent.write("just a file\n") > 0);
    }
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();

    QString error;
    const QString path = m_dir->filePath(relativePath);
    const auto db = Database::open(path, &error);
    QVERIFY(!db);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::openFailsOnNonDatabase_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::addRow("short text") << QByteArray("This is a shopping list, not a database.\n");
    QByteArray noise(4096, '\0');
    QRandomGenerator generator(20240501);
    for (char &byte : noise)
        byte = static_cast<char>(generator.bounded(256));
    QTest::addRow("4 KiB of noise") << noise;
}

void TestDatabase::openFailsOnNonDatabase()
{
    QFETCH(QByteArray, content);

    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();

    QString error;
    const auto db = Database::open(dbPath(), &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(u"not a database"_s), qPrintable(error));
    QCOMPARE(QSqlDatabase::connectionNames(), connectionsBefore);

    // A failed open must not damage the file or leave -wal/-shm files beside it.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{u"test.sqlite"_s});
}

void TestDatabase::execReportsErrors()
{
    QString error;
    const auto db = Database::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));

    QVERIFY(!db->exec(u"CREAT TABLE t (x INTEGER)"_s, &error));
    QVERIFY2(error.contains(u"syntax error"_s), qPrintable(error));

    // One statement per call: a second one is refused rather than silently dropped.
    error.clear();
    QVERIFY(!db->exec(u"CREATE TABLE a (x INTEGER); CREATE TABLE b (x INTEGER)"_s, &error));
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(db->exec(u"CREATE TABLE t (x INTEGER)"_s, &error));
    QVERIFY(error.isEmpty());
}

void TestDatabase::transactionRollsBackOnDestruction()
{
    QString error;
    const auto db = Database::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->exec(u"CREATE TABLE t (x INTEGER)"_s, &error));
    {
        ScopedTransaction transaction(db->connection());
        QVERIFY(transaction.isActive());
        QVERIFY(transaction.beginError().isEmpty());
        QVERIFY(db->exec(u"INSERT INTO t (x) VALUES (1)"_s, &error));
        QVERIFY(db->exec(u"CREATE TABLE u (y INTEGER)"_s, &error));
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM t"_s).toInt(), 1);
    }
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM t"_s).toInt(), 0);
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM sqlite_master WHERE name = 'u'"_s).toInt(), 0);
    // The connection is usable again: no transaction is left open.
    ScopedTransaction next(db->connection());
    QVERIFY(next.isActive());
}

void TestDatabase::transactionCommits()
{
    QString error;
    const auto db = Database::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    const auto other = Database::open(dbPath(), &error);
    QVERIFY2(other, qPrintable(error));
    QVERIFY(db->exec(u"CREATE TABLE t (x INTEGER)"_s, &error));
    {
        ScopedTransaction transaction(db->connection());
        QVERIFY(db->exec(u"INSERT INTO t (x) VALUES (1)"_s, &error));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
        QVERIFY(!transaction.isActive());
        // A second commit has nothing to commit.
        QVERIFY(!transaction.commit(&error));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM t"_s).toInt(), 1);
    QCOMPARE(scalar(*other, u"SELECT count(*) FROM t"_s).toInt(), 1);
}

void TestDatabase::transactionTakesWriteLockAtOnce()
{
    QString error;
    const auto first = Database::open(dbPath(), &error);
    QVERIFY2(first, qPrintable(error));
    const auto second = Database::open(dbPath(), &error);
    QVERIFY2(second, qPrintable(error));
    // Fail at once instead of waiting the 5 s busy timeout.
    QVERIFY(second->exec(u"PRAGMA busy_timeout = 0"_s, &error));

    ScopedTransaction holder(first->connection());
    QVERIFY(holder.isActive());
    // With a deferred BEGIN this would succeed and only fail at the first write.
    ScopedTransaction waiter(second->connection());
    QVERIFY(!waiter.isActive());
    QVERIFY2(waiter.beginError().contains(u"locked"_s), qPrintable(waiter.beginError()));
    QVERIFY(!waiter.commit(&error));
    QVERIFY(error.contains(u"locked"_s));
}

void TestDatabase::nestedTransactionDoesNotBegin()
{
    QString error;
    const auto db = Database::open(dbPath(), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(db->exec(u"CREATE TABLE t (x INTEGER)"_s, &error));

    ScopedTransaction outer(db->connection());
    QVERIFY(outer.isActive());
    QVERIFY(db->exec(u"INSERT INTO t (x) VALUES (1)"_s, &error));
    {
        ScopedTransaction inner(db->connection());
        QVERIFY(!inner.isActive());
        QVERIFY(!inner.beginError().isEmpty());
        QVERIFY(!inner.commit(&error));
    }
    // The failed inner one must neither commit nor roll back the outer one.
    QVERIFY(outer.isActive());
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM t"_s).toInt(), 1);
    QVERIFY2(outer.commit(&error), qPrintable(error));
    QCOMPARE(scalar(*db, u"SELECT count(*) FROM t"_s).toInt(), 1);
}

void TestDatabase::transactionOnClosedConnection()
{
    ScopedTransaction transaction{QSqlDatabase()};
    QVERIFY(!transaction.isActive());
    QString error;
    QVERIFY(!transaction.commit(&error));
    QVERIFY2(error.contains(u"not open"_s), qPrintable(error));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestDatabase)
#include "tst_database.moc"
