// What "Vorlesen" says for calls, as data rows (the screen's state in, the whole spoken text out):
// the contacts page (who can be called, on which page), the ring screen (who calls, the
// countdown, what to tap), the missed calls banner (times for the ear, today, yesterday, earlier,
// several times, more callers than lines) and the call screen's states. English source texts.
#include "support/testconfig.h"
#include "ui/calls/callscreen.h"
#include "ui/calls/contactsscreen.h"
#include "ui/calls/missedcallsbanner.h"
#include "ui/calls/ringscreen.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/theme.h"
#include "ui/kit/tile.h"

#include <QLabel>
#include <QTest>

#include <optional>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

ContactConfig contact(const QString &id, const QString &name)
{
    ContactConfig c;
    c.id = id;
    c.name = name;
    c.picture = u"pictures/anna.svg"_s;
    c.server = QUrl(u"https://meet.example.org/"_s);
    c.room = u"familie-"_s + id;
    c.displayName = u"Oma Erna"_s;
    return c;
}

QString picture()
{
    return Test::sourcePath(u"kiosk-config/demo/pictures/anna.svg"_s);
}

const QStringList names{u"Anna"_s,         u"Lukas"_s, u"Marie-Luise"_s, u"Pfarrer Becker"_s,
                        u"Tante Gisela"_s, u"Jonas"_s, u"Erika"_s};

// Monday, 7 December 2026, 15:30.
const QDate today(2026, 12, 7);

MissedCallsBanner::Call call(const QString &name, QDate day, QTime time)
{
    return {name.toLower(), name, QDateTime(day, time)};
}

using Calls = QList<MissedCallsBanner::Call>;

} // namespace

class TestCallsSpoken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contacts_data();
    void contacts();
    void contactsPages();
    void ring_data();
    void ring();
    void missedCalls_data();
    void missedCalls();
    void callScreen();

private:
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
};

void TestCallsSpoken::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestCallsSpoken::contacts_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const QString tap = u"Tap a picture to start the call."_s;
    QTest::newRow("one") << 1 << u"Whom would you like to call? You can call: Anna. "_s + tap;
    QTest::newRow("two") << 2
                         << u"Whom would you like to call? You can call: Anna and Lukas. "_s + tap;
    QTest::newRow("four") << 4
                          << u"Whom would you like to call? You can call: Anna, Lukas, "
                             "Marie-Luise and Pfarrer Becker. "_s +
                                 tap;
    QTest::newRow("none") << 0 << u"Whom would you like to call?"_s;
}

void TestCallsSpoken::contacts()
{
    QFETCH(int, count);
    QFETCH(QString, expected);
    QList<ContactConfig> list;
    QStringList pictures;
    for (int i = 0; i < count; ++i) {
        list.append(contact(u"c%1"_s.arg(i), names.at(i)));
        pictures.append(picture());
    }
    ContactsScreen screen(m_theme, list, pictures);
    screen.resize(1920, 1080);
    screen.show();
    QCOMPARE(screen.pageSwitcher()->pageCount(), 1);
    QCOMPARE(screen.spokenText(), expected);
}

void TestCallsSpoken::contactsPages()
{
    QList<ContactConfig> list;
    QStringList pictures;
    for (int i = 0; i < 14; ++i) {
        list.append(
            contact(u"c%1"_s.arg(i), names.at(i % names.size()) + u' ' + QString::number(i + 1)));
        pictures.append(picture());
    }
    ContactsScreen screen(m_theme, list, pictures);
    screen.resize(1024, 600);
    screen.show();
    PageSwitcher *pager = screen.pageSwitcher();
    QVERIFY(pager->pageCount() > 1);
    int heard = 0;
    for (int page = 0; page < pager->pageCount(); ++page) {
        pager->setPage(page);
        QStringList shown;
        for (const Tile *tile : screen.tiles()) {
            if (tile->isVisible())
                shown.append(tile->label());
        }
        heard += int(shown.size());
        const QString last = shown.takeLast();
        // The heading is read though it gives way to the photos on a small screen: it is the
        // question the page asks.
        QString expected = u"%1You can call: %2 and %3. Page %4 of %5. "_s.arg(
            u"Whom would you like to call? "_s, shown.join(u", "_s), last,
            QString::number(page + 1), QString::number(pager->pageCount()));
        if (page + 1 < pager->pageCount())
            expected += u"Tap more to see more. "_s;
        expected += u"Tap a picture to start the call."_s;
        QCOMPARE(screen.spokenText(), expected);
    }
    QCOMPARE(heard, 14);
}

void TestCallsSpoken::ring_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("countdown"); // seconds; -1: none
    QTest::addColumn<QString>("expected");
    const QString tap = u"Tap Answer to talk. Or tap Decline."_s;
    QTest::newRow("ringing") << u"Anna"_s << -1 << u"Anna is calling. "_s + tap;
    QTest::newRow("answers by itself")
        << u"Marie-Luise"_s << 25
        << u"Marie-Luise is calling. Answering by itself in 25 seconds. "_s + tap;
}

void TestCallsSpoken::ring()
{
    QFETCH(QString, name);
    QFETCH(int, countdown);
    QFETCH(QString, expected);
    RingScreen screen(m_theme, contact(u"anna"_s, name), picture(), 0);
    screen.resize(1280, 800);
    screen.show();
    if (countdown >= 0)
        screen.setCountdown(std::chrono::seconds(countdown));
    QCOMPARE(screen.spokenText(), expected);
}

void TestCallsSpoken::missedCalls_data()
{
    QTest::addColumn<Calls>("calls");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << Calls{} << QString();
    QTest::newRow("today") << Calls{call(u"Anna"_s, today, QTime(14, 5))}
                           << u"Anna called at 14:05. You can call Anna back now."_s;
    QTest::newRow("full hour") << Calls{call(u"Anna"_s, today, QTime(9, 0))}
                               << u"Anna called at 9:00. You can call Anna back now."_s;
    QTest::newRow("yesterday") << Calls{call(u"Lukas"_s, today.addDays(-1), QTime(18, 30))}
                               << u"Lukas called yesterday at 18:30. You can call Lukas back "
                                  "now."_s;
    QTest::newRow("earlier") << Calls{call(u"Lukas"_s, today.addDays(-4), QTime(10, 15))}
                             << u"Lukas called on Thursday, 3 December at 10:15. You can call "
                                "Lukas back now."_s;
    // Newest first: the newest caller is the one to call back.
    QTest::newRow("several times and two callers")
        << Calls{call(u"Anna"_s, today, QTime(14, 5)), call(u"Lukas"_s, today, QTime(12, 0)),
                 call(u"Anna"_s, today, QTime(11, 0)), call(u"Anna"_s, today, QTime(10, 0))}
        << u"Anna called 3 times, last at 14:05. Lukas called at 12:00. You can call Anna back "
           "now."_s;
    QTest::newRow("more callers than lines")
        << Calls{call(u"Anna"_s, today, QTime(14, 5)), call(u"Lukas"_s, today, QTime(13, 0)),
                 call(u"Erika"_s, today, QTime(12, 0)), call(u"Jonas"_s, today, QTime(11, 0))}
        << u"Anna called at 14:05. Lukas called at 13:00. And 2 more. You can call Anna back "
           "now."_s;
}

void TestCallsSpoken::missedCalls()
{
    QFETCH(Calls, calls);
    QFETCH(QString, expected);
    MissedCallsBanner banner(m_theme);
    banner.resize(1200, 300);
    banner.setCalls(calls, today);
    QCOMPARE(banner.spokenText(), expected);
}

void TestCallsSpoken::callScreen()
{
    CallScreen screen(m_theme, nullptr, contact(u"anna"_s, u"Anna"_s), picture(), {});
    screen.resize(1280, 800);
    screen.show();
    QCOMPARE(screen.spokenText(), u"Connecting to Anna."_s);
    screen.showMediaProblem(CallEngine::MediaProblem::Camera);
    QCOMPARE(screen.spokenText(), u"Connecting to Anna. The camera is not working right now. "
                                  "Anna can hear you, but cannot see you."_s);

    CallScreen unreachable(m_theme, nullptr, contact(u"anna"_s, u"Anna"_s), picture(), {});
    unreachable.resize(1280, 800);
    unreachable.show();
    unreachable.showFailure(CallScreen::Failure::Unreachable);
    QCOMPARE(unreachable.spokenText(),
             u"The connection to Anna is not working right now. Please try again later. In a "
             "moment you will be back on the home screen."_s);

    CallScreen alone(m_theme, nullptr, contact(u"anna"_s, u"Anna"_s), picture(), {});
    alone.resize(1280, 800);
    alone.show();
    alone.showFailure(CallScreen::Failure::NobodyCame);
    QCOMPARE(alone.spokenText(), u"Anna is not there right now. Please try again later. In a "
                                 "moment you will be back on the home screen."_s);
}

QTEST_MAIN(TestCallsSpoken)
#include "tst_callsspoken.moc"
