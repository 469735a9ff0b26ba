#include "core/db/database.h"
#include "core/db/databasebackup.h"
#include "core/db/kioskstate.h"
#include "core/db/migrator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// The nightly copies of app.db and the way back from a damaged file, on real SQLite files.
class TestDatabaseBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theNewestSevenCopiesStay();
    void aCopyOfTheSameDayIsMadeAgain();
    void aFailedCopyKeepsTheOlderOnes();
    void aSoundDatabaseIsLeftAlone();
    void aDamagedDatabaseComesBackFromTheNewestSoundCopy();
    void withoutASoundCopyNothingIsTouched();

private:
    QString path() const { return m_dir.filePath(u"app.db"_s); }
    QString backups() const { return m_dir.filePath(u"backups"_s); }
    void setValue(const QString &value);
    static std::optional<QString> valueIn(const QString &file);
    static void damage(const QString &file);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_day{2026, 12, 6};
};

void TestDatabaseBackup::init()
{
    QString error;
    m_db = Database::open(path(), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
}

void TestDatabaseBackup::cleanup()
{
    m_db.reset();
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
}

void TestDatabaseBackup::setValue(const QString &value)
{
    QVERIFY(KioskState(*m_db).setValue(u"probe"_s, value, QDateTime::currentDateTimeUtc()));
}

std::optional<QString> TestDatabaseBackup::valueIn(const QString &file)
{
    QString error;
    const auto db = Database::open(file, &error);
    return db ? KioskState(*db).value(u"probe"_s) : std::nullopt;
}

// Garbage over the header and the first pages: SQLite no longer takes it for a database.
void TestDatabaseBackup::damage(const QString &file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.write(QByteArray(8192, 'x')) == 8192);
}

void TestDatabaseBackup::theNewestSevenCopiesStay()
{
    DatabaseBackup backup(backups());
    QCOMPARE(backup.newestDay(), std::nullopt);
    for (int i = 0; i < 9; ++i) {
        setValue(u"day %1"_s.arg(i));
        QString error;
        QVERIFY2(backup.backUp(*m_db, m_day.addDays(i), &error), qPrintable(error));
    }
    const QStringList copies = backup.copies();
    QCOMPARE(copies.size(), 7);
    QCOMPARE(QFileInfo(copies.first()).fileName(), u"app-2026-12-14.db"_s);
    QCOMPARE(QFileInfo(copies.last()).fileName(), u"app-2026-12-08.db"_s);
    QCOMPARE(backup.newestDay(), std::optional<QDate>(m_day.addDays(8)));
    // Each copy is a whole database with the data of its day, and nothing half-written stays.
    QVERIFY(DatabaseBackup::isSound(copies.first()));
    QCOMPARE(valueIn(copies.first()), std::optional<QString>(u"day 8"_s));
    QCOMPARE(valueIn(copies.last()), std::optional<QString>(u"day 2"_s));
    QCOMPARE(QDir(backups()).entryList({u"*.partial"_s}, QDir::Files).size(), 0);
}

void TestDatabaseBackup::aCopyOfTheSameDayIsMadeAgain()
{
    DatabaseBackup backup(backups());
    setValue(u"morning"_s);
    QVERIFY(backup.backUp(*m_db, m_day));
    setValue(u"evening"_s);
    QVERIFY(backup.backUp(*m_db, m_day));
    QCOMPARE(backup.copies().size(), 1);
    QCOMPARE(valueIn(backup.copies().first()), std::optional<QString>(u"evening"_s));
}

void TestDatabaseBackup::aFailedCopyKeepsTheOlderOnes()
{
    DatabaseBackup backup(backups());
    QVERIFY(backup.backUp(*m_db, m_day));
    // A folder where the next copy is written: SQLite cannot write it (as with a full disk,
    // where root's permissions would not stop it either).
    QVERIFY(QDir().mkpath(backups() + u"/app-2026-12-07.db.partial"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"database backup failed"_s));
    QString error;
    QVERIFY(!backup.backUp(*m_db, m_day.addDays(1), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(backup.copies().size(), 1);
    QCOMPARE(backup.newestDay(), std::optional<QDate>(m_day));
    // The database itself is untouched and still works.
    setValue(u"after"_s);
    QCOMPARE(KioskState(*m_db).value(u"probe"_s), std::optional<QString>(u"after"_s));
}

void TestDatabaseBackup::aSoundDatabaseIsLeftAlone()
{
    DatabaseBackup backup(backups());
    QVERIFY(backup.backUp(*m_db, m_day));
    setValue(u"newer than the copy"_s);
    QVERIFY(DatabaseBackup::isSound(path()));
    QCOMPARE(backup.restoreIfDamaged(path()), std::nullopt);
    QCOMPARE(KioskState(*m_db).value(u"probe"_s), std::optional<QString>(u"newer than the copy"_s));
}

void TestDatabaseBackup::aDamagedDatabaseComesBackFromTheNewestSoundCopy()
{
    DatabaseBackup backup(backups());
    setValue(u"day 1"_s);
    QVERIFY(backup.backUp(*m_db, m_day));
    setValue(u"day 2"_s);
    QVERIFY(backup.backUp(*m_db, m_day.addDays(1)));
    m_db.reset();
    // The newest copy is damaged too: the one before it is used.
    damage(backup.copies().first());
    damage(path());
    QString why;
    QVERIFY(!DatabaseBackup::isSound(path(), &why));
    QVERIFY(!why.isEmpty());

    QString error;
    const auto restored = backup.restoreIfDamaged(path(), &error);
    QVERIFY2(restored, qPrintable(error));
    QCOMPARE(restored->day, m_day);
    QVERIFY(QFile::exists(restored->damagedAs));
    QVERIFY(DatabaseBackup::isSound(path()));
    QCOMPARE(valueIn(path()), std::optional<QString>(u"day 1"_s));
    QCOMPARE(QFile(path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestDatabaseBackup::withoutASoundCopyNothingIsTouched()
{
    DatabaseBackup backup(backups());
    m_db.reset();
    damage(path());
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    QString error;
    QCOMPARE(backup.restoreIfDamaged(path(), &error), std::nullopt);
    QVERIFY2(error.contains(u"no sound copy"_s), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestDatabaseBackup)
#include "tst_databasebackup.moc"
