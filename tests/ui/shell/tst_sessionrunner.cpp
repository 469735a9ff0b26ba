// A session of the programme run in the whole kiosk with the test's clock: the banner 10 minutes
// before, the countdown screen at the start, a real local video started by itself as a group
// session (volume only, no way home), the notice 2 minutes before the end, home at the end;
// "Schließen" on a reminder, after which a stream that was paused below plays on; staff's
// "Jetzt starten" of a stream for the room.
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/i18n/translations.h"
#include "core/schedule/schedule.h"
#include "media/streamsession.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/navigator.h"
#include "ui/kit/playerbutton.h"
#include "ui/kit/tile.h"
#include "ui/player/playercontrols.h"
#include "ui/player/playerscreen.h"
#include "ui/programme/sessionbanner.h"
#include "ui/programme/sessioncountdownscreen.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/sessionrunner.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

class TestSessionRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aVideoSessionRunsByItself();
    void aReminderClosesAndTheStreamPlaysOn();
    void staffStartARadioForTheRoom();

private:
    QDateTime at(int h, int m, int s = 0) const;
    Session save(const QString &title, SessionContent content, QTime start, bool byItself);
    void go(const QDateTime &now);
    Screen *current() const { return m_shell->navigator()->current(); }

    QTemporaryDir m_data;
    std::unique_ptr<ActiveConfig> m_active;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KioskShell> m_shell;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(8, 0))};
    Translations m_translations;
};

void TestSessionRunner::initTestCase()
{
    // The English texts, with their plural forms.
    QVERIFY(m_translations.install(u"en"_s));
}

void TestSessionRunner::init()
{
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    m_active =
        std::make_unique<ActiveConfig>(loadActiveConfig(demo, LastGoodConfig(m_data.path())));
    QCOMPARE(m_active->origin, ActiveConfig::Origin::Configured);
    QString error;
    m_db = Database::open(m_data.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_clock.set(at(8, 0));
    m_shell = std::make_unique<KioskShell>(*m_active, demo, m_data.path(), m_clock);
    m_shell->useDatabase(*m_db, nullptr);
    QVERIFY(m_shell->sessions());
    m_shell->window()->resize(1920, 1080);
    m_shell->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_shell->window()));
}

void TestSessionRunner::cleanup()
{
    m_shell.reset();
    m_db.reset();
    m_active.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_data.filePath(u"app.db"_s + suffix));
}

QDateTime TestSessionRunner::at(int h, int m, int s) const
{
    // The kiosk's programme is in the system's zone, as on the kiosk.
    return QDateTime(QDate(2026, 12, 8), QTime(h, m, s), QTimeZone::systemTimeZone());
}

Session TestSessionRunner::save(const QString &title, SessionContent content, QTime start,
                                bool byItself)
{
    Session s;
    s.title = title;
    s.content = std::move(content);
    s.start = QDateTime(QDate(2026, 12, 8), start, QTimeZone::systemTimeZone());
    s.duration = 45min;
    s.startsByItself = byItself;
    s.volume = 90; // above the residents' maximum (80): staff may
    return m_shell->schedule()->save(s, Actor{1, u"Test"_s}, m_clock.now()).value_or(Session{});
}

void TestSessionRunner::go(const QDateTime &now)
{
    m_clock.set(now);
    m_shell->sessions()->scheduler().check();
}

void TestSessionRunner::aVideoSessionRunsByItself()
{
    const Session concert = save(u"Konzert am Nachmittag"_s,
                                 {SessionContent::Kind::Stream, u"konzert"_s}, QTime(10, 0), true);
    QVERIFY(concert.id > 0);
    auto *banner = m_shell->window()->findChild<SessionBanner *>();
    QVERIFY(banner);

    go(at(9, 49));
    QVERIFY(!banner->isVisible());
    go(at(9, 50));
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"At 10:00: Konzert am Nachmittag"_s);

    go(at(10, 0));
    auto *countdown = qobject_cast<SessionCountdownScreen *>(current());
    QVERIFY(countdown);
    QCOMPARE(countdown->countdownText(), u"It starts by itself in 30 seconds."_s);
    QVERIFY(!m_shell->window()->header()->homeButton()->isVisible());
    QVERIFY(!banner->isVisible()); // not announced any more: it begins

    go(at(10, 0, 30));
    auto *player = qobject_cast<PlayerScreen *>(current());
    QVERIFY(player);
    QVERIFY(player->isGroupSession());
    QCOMPARE(player->volume(), 80 + 10); // the session's 90, above the residents' 80
    QVERIFY(!player->pauseButton()->isVisible());
    QVERIFY(player->hasHomeButton()); // none of its own, and so none in the header either
    QVERIFY(!player->homeButton()->isVisible());
    QVERIFY(!m_shell->window()->header()->homeButton()->isVisible());
    QVERIFY(player->holdsInactivity());
    QTRY_COMPARE_WITH_TIMEOUT(player->session()->phase(), StreamSession::Phase::Playing, 20000);

    go(at(10, 43));
    QVERIFY(m_shell->window()->roomNotice()->isVisible());
    QCOMPARE(m_shell->window()->roomNotice()->text(),
             u"In 2 minutes this ends: Konzert am Nachmittag"_s);
    go(at(10, 45));
    QVERIFY(m_shell->navigator()->isHome());
    QVERIFY(!m_shell->window()->roomNotice()->isVisible());
    QVERIFY(!m_shell->sessions()->isRunning());
}

void TestSessionRunner::aReminderClosesAndTheStreamPlaysOn()
{
    save(u"Kaffeerunde"_s, {SessionContent::Kind::Announcement, {}}, QTime(15, 0), false);
    go(at(14, 55));
    auto *tile = m_shell->window()->findChild<Tile *>(u"tile-hausradio"_s);
    QVERIFY(tile);
    QTest::mouseClick(tile, Qt::LeftButton);
    auto *radio = qobject_cast<PlayerScreen *>(current());
    QVERIFY(radio);
    QTRY_COMPARE_WITH_TIMEOUT(radio->session()->phase(), StreamSession::Phase::Playing, 20000);

    go(at(15, 0));
    auto *countdown = qobject_cast<SessionCountdownScreen *>(current());
    QVERIFY(countdown);
    QVERIFY(countdown->countdownText().isEmpty()); // a reminder: no countdown
    QVERIFY(radio->isInterrupted());
    QVERIFY(countdown->closeButton()->isVisible());
    QTest::mouseClick(countdown->closeButton(), Qt::LeftButton);
    QCOMPARE(current(), radio);
    QVERIFY(!radio->isInterrupted());
    QTRY_COMPARE_WITH_TIMEOUT(radio->session()->phase(), StreamSession::Phase::Playing, 20000);
    go(at(15, 1));
    QCOMPARE(current(), radio); // it does not come back
}

void TestSessionRunner::staffStartARadioForTheRoom()
{
    Session radio;
    radio.title = u"Hausradio Sonnenhang"_s;
    radio.content = {SessionContent::Kind::Stream, u"hausradio"_s};
    radio.volume = 60;
    go(at(11, 0));
    m_shell->sessions()->startNow(radio, 30min);
    auto *player = qobject_cast<PlayerScreen *>(current());
    QVERIFY(player);
    QVERIFY(player->isGroupSession());
    QCOMPARE(player->volume(), 60);
    QVERIFY(m_shell->sessions()->isRunning());
    go(at(11, 29));
    QCOMPARE(current(), player);
    go(at(11, 30));
    QVERIFY(m_shell->navigator()->isHome());
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestSessionRunner)
#include "tst_sessionrunner.moc"
