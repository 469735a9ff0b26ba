#include "core/accounts/accountstore.h"
#include "core/accounts/auditlog.h"
#include "core/accounts/pinhash.h"
#include "core/db/database.h"
#include "core/db/migrator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

// Staff accounts on a real app.db: the PIN is only ever stored as an Argon2id hash, a wrong PIN
// makes the pad wait longer each time (for every account together), the wait survives a restart
// (a new connection on the same file), and every new account is in the audit log.
class TestAccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pinsAreSixDigitsOrMore_data();
    void pinsAreSixDigitsOrMore();
    void theHashVerifiesOnlyItsPin();
    void accountsAreAddedAndAudited();
    void namesAreUniqueAndNotEmpty();
    void theRightPinSignsIn();
    void wrongPinsMakeThePadWaitLongerEachTime();
    void theWaitSurvivesARestart();
    void delaysGrowToFiveMinutes();
    void noPinTextInTheDatabase();

private:
    void open();
    Account addLead();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AccountStore> m_store;
    const QDateTime m_now = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
    const Actor m_commandLine{std::nullopt, u"Kommandozeile"_s};
};

void TestAccountStore::open()
{
    m_store.reset();
    m_db.reset();
    QString error;
    m_db = Database::open(m_dir.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_store = std::make_unique<AccountStore>(*m_db);
}

void TestAccountStore::init()
{
    QFile::remove(m_dir.filePath(u"app.db"_s));
    open();
}

void TestAccountStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dir.filePath(u"app.db"_s + suffix));
}

Account TestAccountStore::addLead()
{
    const auto account =
        m_store->add(u"Frau Becker"_s, Role::Lead, u"271828"_s, m_commandLine, m_now);
    return account.value_or(Account{});
}

void TestAccountStore::pinsAreSixDigitsOrMore_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("six digits") << u"123456"_s << true;
    QTest::newRow("ten digits") << u"0123456789"_s << true;
    QTest::newRow("five digits") << u"12345"_s << false;
    QTest::newRow("letters") << u"12345a"_s << false;
    QTest::newRow("space") << u"123 456"_s << false;
    QTest::newRow("arabic-indic digits") << u"\u0661\u0662\u0663\u0664\u0665\u0666"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAccountStore::pinsAreSixDigitsOrMore()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    QCOMPARE(PinHash::isValidPin(pin), valid);
    AccountStore::Problem problem = AccountStore::Problem::None;
    const auto account =
        m_store->add(u"Herr Klein"_s, Role::Care, pin, m_commandLine, m_now, &problem);
    QCOMPARE(account.has_value(), valid);
    QCOMPARE(problem, valid ? AccountStore::Problem::None : AccountStore::Problem::InvalidPin);
}

void TestAccountStore::theHashVerifiesOnlyItsPin()
{
    const QString hash = PinHash::hash(u"271828"_s);
    QVERIFY(hash.startsWith(u"$argon2id$"_s));
    QVERIFY(!hash.contains(u"271828"_s));
    QVERIFY(PinHash::verify(hash, u"271828"_s));
    QVERIFY(!PinHash::verify(hash, u"271829"_s));
    QVERIFY(!PinHash::verify(hash, u"2718280"_s));
    // Salted: the same PIN never gives the same text twice.
    QVERIFY(PinHash::hash(u"271828"_s) != hash);
    QVERIFY(!PinHash::verify(QString(), u"271828"_s));
    QVERIFY(!PinHash::verify(u"$argon2id$broken"_s, u"271828"_s));
}

void TestAccountStore::accountsAreAddedAndAudited()
{
    QVERIFY(!m_store->hasLead());
    const Account lead = addLead();
    QVERIFY(lead.id > 0);
    QVERIFY(m_store->hasLead());
    const Actor byLead{lead.id, lead.name};
    const auto care =
        m_store->add(u"  Herr   Klein "_s, Role::Care, u"314159"_s, byLead, m_now.addSecs(60));
    QVERIFY(care);
    QCOMPARE(care->name, u"Herr Klein"_s); // spaces tidied
    QCOMPARE(m_store->accounts(),
             (QList<Account>{lead, Account{care->id, u"Herr Klein"_s, Role::Care}}));

    AuditLog audit(*m_db);
    QCOMPARE(audit.count(), 2);
    const QList<AuditEntry> newest = audit.newest(0, 10);
    QCOMPARE(newest.size(), 2);
    // Newest first: who made it, when, what, and the account after, never its PIN.
    QCOMPARE(newest.at(0).actor.accountId, std::optional<qint64>(lead.id));
    QCOMPARE(newest.at(0).actor.name, u"Frau Becker"_s);
    QCOMPARE(newest.at(0).action, u"create"_s);
    QCOMPARE(newest.at(0).subject, u"account %1"_s.arg(care->id));
    QCOMPARE(newest.at(0).at, m_now.addSecs(60));
    QVERIFY(newest.at(0).before.isEmpty());
    QVERIFY(newest.at(0).after.contains(u"\"role\":\"care\""_s));
    QVERIFY(!newest.at(0).after.contains(u"314159"_s));
    QCOMPARE(newest.at(1).actor.accountId, std::nullopt);
    QCOMPARE(newest.at(1).actor.name, u"Kommandozeile"_s);
    // Paged.
    QCOMPARE(audit.newest(1, 10).size(), 1);
    QCOMPARE(audit.newest(1, 10).at(0).id, newest.at(1).id);
}

void TestAccountStore::namesAreUniqueAndNotEmpty()
{
    addLead();
    AccountStore::Problem problem = AccountStore::Problem::None;
    QVERIFY(
        !m_store->add(u"Frau Becker"_s, Role::Care, u"161803"_s, m_commandLine, m_now, &problem));
    QCOMPARE(problem, AccountStore::Problem::NameTaken);
    QVERIFY(!m_store->add(u"   "_s, Role::Care, u"161803"_s, m_commandLine, m_now, &problem));
    QCOMPARE(problem, AccountStore::Problem::EmptyName);
    // Refused changes leave nothing behind, not even an audit entry.
    QCOMPARE(m_store->accounts().size(), 1);
    QCOMPARE(AuditLog(*m_db).count(), 1);
}

void TestAccountStore::theRightPinSignsIn()
{
    const Account lead = addLead();
    const auto signIn = m_store->signIn(lead.id, u"271828"_s, m_now);
    QCOMPARE(signIn.result, AccountStore::SignIn::Result::Accepted);
    QCOMPARE(signIn.account, std::optional<Account>(lead));
    QVERIFY(!m_store->waitUntil(m_now).isValid());
}

void TestAccountStore::wrongPinsMakeThePadWaitLongerEachTime()
{
    const Account lead = addLead();
    using Result = AccountStore::SignIn::Result;
    QDateTime now = m_now;
    auto attempt = m_store->signIn(lead.id, u"000000"_s, now);
    QCOMPARE(attempt.result, Result::WrongPin);
    QCOMPARE(attempt.waitUntil, now.addSecs(1));
    // During the wait even the right PIN is not looked at.
    attempt = m_store->signIn(lead.id, u"271828"_s, now.addMSecs(500));
    QCOMPARE(attempt.result, Result::Wait);
    QCOMPARE(attempt.waitUntil, now.addSecs(1));

    now = now.addSecs(1);
    attempt = m_store->signIn(lead.id, u"000000"_s, now);
    QCOMPARE(attempt.result, Result::WrongPin);
    QCOMPARE(attempt.waitUntil, now.addSecs(2));
    // Another account's PIN, or no account at all, counts against the same pad.
    now = now.addSecs(2);
    attempt = m_store->signIn(lead.id + 99, u"271828"_s, now);
    QCOMPARE(attempt.result, Result::WrongPin);
    QCOMPARE(attempt.waitUntil, now.addSecs(4));

    now = now.addSecs(4);
    attempt = m_store->signIn(lead.id, u"271828"_s, now);
    QCOMPARE(attempt.result, Result::Accepted);
    // Accepted: the count starts again.
    attempt = m_store->signIn(lead.id, u"000000"_s, now);
    QCOMPARE(attempt.waitUntil, now.addSecs(1));
}

void TestAccountStore::theWaitSurvivesARestart()
{
    const Account lead = addLead();
    QDateTime now = m_now;
    for (int i = 0; i < 4; ++i) {
        const auto attempt = m_store->signIn(lead.id, u"999999"_s, now);
        QCOMPARE(attempt.result, AccountStore::SignIn::Result::WrongPin);
        now = attempt.waitUntil;
    }
    // Four wrong in a row: the pad waits 8 s. The kiosk restarts 1 s later.
    const QDateTime until = m_store->waitUntil(now.addSecs(-7));
    QVERIFY(until.isValid());
    open();
    QCOMPARE(m_store->waitUntil(now.addSecs(-7)), until);
    QCOMPARE(m_store->signIn(lead.id, u"271828"_s, now.addSecs(-7)).result,
             AccountStore::SignIn::Result::Wait);
    QCOMPARE(m_store->signIn(lead.id, u"999999"_s, now).waitUntil, now.addSecs(16));
}

void TestAccountStore::delaysGrowToFiveMinutes()
{
    const QList<qint64> expected{0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
    for (int failures = 0; failures < expected.size(); ++failures)
        QCOMPARE(AccountStore::delayAfter(failures).count(), expected.at(failures));
    QCOMPARE(AccountStore::delayAfter(100000), 300s);
    // A wait stored further off (the clock was set back) is never longer than five minutes.
    const Account lead = addLead();
    m_store->signIn(lead.id, u"000000"_s, m_now.addDays(2));
    QCOMPARE(m_store->waitUntil(m_now), m_now.addSecs(300));
}

void TestAccountStore::noPinTextInTheDatabase()
{
    const Account lead = addLead();
    m_store->signIn(lead.id, u"271828"_s, m_now);
    m_store->signIn(lead.id, u"577215"_s, m_now);
    m_store.reset();
    m_db.reset(); // the WAL written back into the file
    QByteArray bytes;
    for (const QString &suffix : {u""_s, u"-wal"_s}) {
        QFile file(m_dir.filePath(u"app.db"_s + suffix));
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    QVERIFY(bytes.contains("argon2id"));
    QVERIFY(!bytes.contains("271828"));
    QVERIFY(!bytes.contains("577215"));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestAccountStore)
#include "tst_accountstore.moc"
