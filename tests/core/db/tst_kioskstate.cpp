#include "core/db/database.h"
#include "core/db/kioskstate.h"
#include "core/db/migrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// KioskState on a real app.db: what the kiosk keeps across restarts.
class TestKioskState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void missingKeyHasNoValue();
    void valueSurvivesReopening();
    void laterValueReplacesEarlier();
    void failureIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestKioskState::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = Database::open(m_dir->filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
}

void TestKioskState::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestKioskState::missingKeyHasNoValue()
{
    QCOMPARE(KioskState(*m_db).value(u"calls.missed"_s), std::nullopt);
}

void TestKioskState::valueSurvivesReopening()
{
    const QDateTime now(QDate(2026, 11, 27), QTime(15, 30),
                        QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    QString error;
    QVERIFY2(KioskState(*m_db).setValue(u"calls.missed"_s, u"[1, 2]"_s, now, &error),
             qPrintable(error));
    m_db.reset();
    m_db = Database::open(m_dir->filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QCOMPARE(KioskState(*m_db).value(u"calls.missed"_s), std::optional<QString>(u"[1, 2]"_s));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT updated_at FROM kiosk_state WHERE key = 'calls.missed'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"2026-11-27T14:30:00Z"_s); // UTC, as the schema says
}

void TestKioskState::laterValueReplacesEarlier()
{
    KioskState state(*m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(state.setValue(u"a"_s, u"first"_s, now));
    QVERIFY(state.setValue(u"b"_s, u"other"_s, now));
    QVERIFY(state.setValue(u"a"_s, u"second"_s, now.addSecs(1)));
    QCOMPARE(state.value(u"a"_s), std::optional<QString>(u"second"_s));
    QCOMPARE(state.value(u"b"_s), std::optional<QString>(u"other"_s));
}

// A database that cannot be written (here: the table is gone, as after a broken migration) gives
// false and a reason, never a silent loss.
void TestKioskState::failureIsReported()
{
    QVERIFY(m_db->exec(u"DROP TABLE kiosk_state"_s));
    QString error;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot read"_s));
    QCOMPARE(KioskState(*m_db).value(u"a"_s), std::nullopt);
    QVERIFY(!KioskState(*m_db).setValue(u"a"_s, u"x"_s, QDateTime::currentDateTimeUtc(), &error));
    QVERIFY2(error.contains(u"kiosk_state"_s), qPrintable(error));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestKioskState)
#include "tst_kioskstate.moc"
