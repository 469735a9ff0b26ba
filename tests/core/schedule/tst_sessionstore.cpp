#include "core/accounts/auditlog.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/schedule/sessionstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <memory>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

// The programme in a real app.db: sessions saved, changed, a date cancelled, removed, each with
// its audit entry; and a process killed (SIGKILL) again and again while it saves, after which the
// file is sound and holds one whole version of the session with an entry for each saved one.
class TestSessionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aSessionComesBackAsItWasSaved();
    void aVisitAndAnEventsSessionKeepTheirLinks();
    void everyChangeIsAudited();
    void killedWhileSavingLosesNothingHalf();

private:
    static QTimeZone berlin() { return QTimeZone("Europe/Berlin"); }
    Session gymnastics() const;
    QString path() const { return m_dir.filePath(u"app.db"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SessionStore> m_store;
    const Actor m_nurse{7, u"Herr Klein"_s};
    const QDateTime m_now = QDateTime(QDate(2026, 12, 6), QTime(9, 30), Qt::UTC);
};

void TestSessionStore::init()
{
    QString error;
    m_db = Database::open(path(), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_store = std::make_unique<SessionStore>(*m_db, berlin());
}

void TestSessionStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path() + suffix);
}

Session TestSessionStore::gymnastics() const
{
    Session s;
    s.title = u"Sitzgymnastik mit Video"_s;
    s.content = {SessionContent::Kind::Stream, u"gymnastik"_s};
    s.start = QDateTime(QDate(2026, 12, 8), QTime(10, 0), berlin());
    s.duration = 45min;
    s.rule = u"FREQ=WEEKLY;BYDAY=TU,TH"_s;
    s.cancelled = {QDate(2026, 12, 24)};
    s.moved = {{QDate(2026, 12, 15), QDateTime(QDate(2026, 12, 16), QTime(15, 0), berlin())}};
    s.startsByItself = true;
    s.volume = 70;
    s.note = u"Bitte Stühle in den Kreis stellen."_s;
    return s;
}

void TestSessionStore::aSessionComesBackAsItWasSaved()
{
    const auto saved = m_store->save(gymnastics(), m_nurse, m_now);
    QVERIFY(saved);
    QVERIFY(saved->id > 0);
    Session expected = gymnastics();
    expected.id = saved->id;
    QCOMPARE(m_store->sessions(), QList<Session>{expected});
    // Read again by another connection: the same.
    m_store.reset();
    m_db.reset();
    init();
    QCOMPARE(m_store->session(saved->id), std::optional<Session>(expected));
}

void TestSessionStore::aVisitAndAnEventsSessionKeepTheirLinks()
{
    Session visit;
    visit.title = u"Videobesuch mit Anna"_s;
    visit.content = {SessionContent::Kind::Call, u"anna"_s};
    visit.start = QDateTime(QDate(2026, 12, 9), QTime(15, 0), berlin());
    visit.duration = 30min;
    visit.visitFor = u"Frau Müller"_s;
    Session kerwe;
    kerwe.title = u"Kerwe in Rammelsbach"_s;
    kerwe.start = QDateTime(QDate(2026, 12, 12), QTime(15, 0), berlin());
    kerwe.eventUid = u"kerwe-2026@rammelsbach.de"_s;
    kerwe.eventStart = QDateTime(QDate(2026, 12, 12), QTime(14, 0), Qt::UTC);
    const auto savedVisit = m_store->save(visit, m_nurse, m_now);
    const auto savedKerwe = m_store->save(kerwe, m_nurse, m_now);
    QVERIFY(savedVisit && savedKerwe);
    m_store.reset();
    m_db.reset();
    init();
    QCOMPARE(m_store->session(savedVisit->id), savedVisit);
    QCOMPARE(m_store->session(savedKerwe->id)->eventUid, kerwe.eventUid);
    QCOMPARE(m_store->session(savedKerwe->id)->eventStart, kerwe.eventStart);
    // A session without either link reads them back empty.
    QVERIFY(m_store->session(savedVisit->id)->eventUid.isEmpty());
    QVERIFY(!m_store->session(savedVisit->id)->eventStart.isValid());
}

void TestSessionStore::everyChangeIsAudited()
{
    auto saved = m_store->save(gymnastics(), m_nurse, m_now);
    QVERIFY(saved);
    Session changed = *saved;
    changed.title = u"Sitzgymnastik"_s;
    QVERIFY(m_store->save(changed, m_nurse, m_now.addSecs(60)));
    QVERIFY(m_store->cancelDate(saved->id, QDate(2026, 12, 10), m_nurse, m_now.addSecs(120)));
    QCOMPARE(m_store->session(saved->id)->cancelled.size(), 2);
    QVERIFY(m_store->remove(saved->id, m_nurse, m_now.addSecs(180)));
    QVERIFY(m_store->sessions().isEmpty());

    const QList<AuditEntry> log = AuditLog(*m_db).newest(0, 10);
    QCOMPARE(log.size(), 4);
    QStringList actions;
    for (const AuditEntry &entry : log) {
        actions.append(entry.action);
        QCOMPARE(entry.subject, u"session %1"_s.arg(saved->id));
        QCOMPARE(entry.actor.name, u"Herr Klein"_s);
    }
    QCOMPARE(actions, (QStringList{u"delete"_s, u"cancel"_s, u"edit"_s, u"create"_s}));
    const auto json = [](const QString &text) { return QJsonDocument::fromJson(text.toUtf8()); };
    // Before and after, as they were.
    QVERIFY(log.at(3).before.isEmpty());
    QCOMPARE(json(log.at(3).after)[u"title"_s].toString(), u"Sitzgymnastik mit Video"_s);
    QCOMPARE(json(log.at(2).before)[u"title"_s].toString(), u"Sitzgymnastik mit Video"_s);
    QCOMPARE(json(log.at(2).after)[u"title"_s].toString(), u"Sitzgymnastik"_s);
    QCOMPARE(json(log.at(1).after)[u"cancelled"_s].toArray().size(), 2);
    QVERIFY(log.at(0).after.isEmpty());
    QCOMPARE(log.at(0).at, m_now.addSecs(180));
}

void TestSessionStore::killedWhileSavingLosesNothingHalf()
{
    const auto saved = m_store->save(gymnastics(), m_nurse, m_now);
    QVERIFY(saved);
    const qint64 id = saved->id;
    m_store.reset();
    m_db.reset(); // no connection open across fork()

    int versionsSeen = 0;
    for (int round = 0; round < 12; ++round) {
        // The child reports each saved version on a pipe; it is killed after a few more each
        // round, somewhere inside the next save.
        int saves[2];
        QCOMPARE(::pipe(saves), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(saves[0]);
            QString error;
            auto db = Database::open(path(), &error);
            if (!db)
                ::_exit(3);
            SessionStore store(*db, berlin());
            Session s = *store.session(id);
            for (int n = 0;; ++n) {
                s.title = u"Version %1 %2"_s.arg(round).arg(n);
                s.note = QString(2000, QChar(u'a' + n % 26)); // pages, not a byte
                if (!store.save(s, {7, u"Herr Klein"_s}, QDateTime::currentDateTimeUtc()))
                    ::_exit(4);
                if (::write(saves[1], "x", 1) != 1)
                    ::_exit(5);
            }
        }
        ::close(saves[1]);
        const int wanted = 1 + round * 3;
        int seen = 0;
        while (seen < wanted) {
            pollfd ready{saves[0], POLLIN, 0};
            QVERIFY2(::poll(&ready, 1, 10000) == 1, "the child saves nothing");
            char buffer[64];
            const ssize_t got =
                ::read(saves[0], buffer, std::min<size_t>(sizeof buffer, size_t(wanted - seen)));
            QVERIFY2(got > 0, "the child stopped saving");
            seen += int(got);
        }
        QCOMPARE(::kill(child, SIGKILL), 0);
        ::close(saves[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status), "the child stopped by itself: saving failed");

        QString error;
        auto db = Database::open(path(), &error);
        QVERIFY2(db, qPrintable(error));
        QSqlQuery check(db->connection());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        SessionStore store(*db, berlin());
        const auto now = store.session(id);
        QVERIFY(now);
        // One whole version: its title and its note belong together.
        const QStringList parts = now->title.split(u' ');
        if (now->title != gymnastics().title) {
            ++versionsSeen;
            QCOMPARE(parts.size(), 3);
            QCOMPARE(now->note, QString(2000, QChar(u'a' + parts.at(2).toInt() % 26)));
            // And the newest audit entry is that version's.
            const AuditEntry last = AuditLog(*db).newest(0, 1).at(0);
            QCOMPARE(QJsonDocument::fromJson(last.after.toUtf8())[u"title"_s].toString(),
                     now->title);
        }
    }
    // The children really saved (each round's version is what the next one starts from).
    QVERIFY(versionsSeen > 0);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestSessionStore)
#include "tst_sessionstore.moc"
