// Navigator: the screen stack, going home, a screen taken out from the middle or the top (a ring
// screen that goes), a screen's own "Startseite", and the inactivity timeout that only runs away
// from home and never while a screen holds it.
#include "ui/shell/navigator.h"
#include "ui/shell/screen.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

class TestScreen : public Screen
{
public:
    explicit TestScreen(QString name)
        : m_name(std::move(name))
    {}
    QString screenName() const override { return m_name; }
    bool holdsInactivity() const override { return m_holds; }
    bool isAtRest() const override { return m_atRest; }
    void rest() override { setAtRest(true); }
    void setAtRest(bool atRest)
    {
        m_atRest = atRest;
        Q_EMIT inactivityStateChanged();
    }
    void setHolds(bool holds)
    {
        m_holds = holds;
        Q_EMIT inactivityStateChanged();
    }

private:
    QString m_name;
    bool m_holds = false;
    bool m_atRest = true;
};

} // namespace

class TestNavigator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushAndHome();
    void removeShowsTheScreenBelow();
    void screensOwnHomeLeadsHome();
    void inactivityReturnsHome();
    void noTimerAtHome();
    void touchRestartsTimer();
    void holdingScreenStopsTimer();
    void homeReturnsToItsFirstPage();
};

void TestNavigator::pushAndHome()
{
    QStackedWidget stack;
    Navigator navigator(&stack, new TestScreen(u"home"_s), 60s);
    QSignalSpy changed(&navigator, &Navigator::currentChanged);
    QVERIFY(navigator.isHome());

    QPointer<Screen> first = new TestScreen(u"first"_s);
    navigator.push(first);
    QCOMPARE(navigator.current()->screenName(), u"first"_s);
    QCOMPARE(navigator.depth(), 2);
    QCOMPARE(changed.count(), 1);

    navigator.goHome();
    QVERIFY(navigator.isHome());
    QCOMPARE(navigator.depth(), 1);
    QCOMPARE(changed.count(), 2);
    // Screens left behind are deleted: nothing idle stays in memory.
    QTRY_VERIFY_WITH_TIMEOUT(first.isNull(), 2000);
}

void TestNavigator::removeShowsTheScreenBelow()
{
    QStackedWidget stack;
    auto *home = new TestScreen(u"home"_s);
    Navigator navigator(&stack, home, 60s);
    auto *stream = new TestScreen(u"stream"_s);
    stream->setHolds(true);
    navigator.push(stream);
    QPointer<Screen> ring = new TestScreen(u"ring"_s);
    navigator.push(ring);
    QVERIFY(navigator.inactivityTimer().isActive());
    QSignalSpy changed(&navigator, &Navigator::currentChanged);

    navigator.remove(ring);
    QCOMPARE(navigator.current(), static_cast<Screen *>(stream));
    QCOMPARE(navigator.depth(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Screen *>(), static_cast<Screen *>(stream));
    // The screen below holds the inactivity again.
    QVERIFY(!navigator.inactivityTimer().isActive());
    QTRY_VERIFY_WITH_TIMEOUT(ring.isNull(), 2000);

    // Not on top: the top stays; home is never removed.
    QPointer<Screen> top = new TestScreen(u"top"_s);
    navigator.push(top);
    navigator.remove(stream);
    QCOMPARE(navigator.current(), top.data());
    QCOMPARE(navigator.depth(), 2);
    navigator.remove(home);
    QCOMPARE(navigator.depth(), 2);
    navigator.goHome();
    QVERIFY(navigator.isHome());
}

void TestNavigator::screensOwnHomeLeadsHome()
{
    QStackedWidget stack;
    Navigator navigator(&stack, new TestScreen(u"home"_s), 60s);
    auto *screen = new TestScreen(u"away"_s);
    navigator.push(screen);
    QSignalSpy chrome(&navigator, &Navigator::chromeChanged);
    Q_EMIT screen->chromeChanged();
    QCOMPARE(chrome.count(), 1);
    Q_EMIT screen->homeRequested();
    QVERIFY(navigator.isHome());
}

void TestNavigator::inactivityReturnsHome()
{
    QStackedWidget stack;
    Navigator navigator(&stack, new TestScreen(u"home"_s), 100ms);
    QSignalSpy timedOut(&navigator, &Navigator::returnedHomeForInactivity);
    navigator.push(new TestScreen(u"away"_s));
    QVERIFY(navigator.inactivityTimer().isActive());
    QVERIFY(timedOut.wait(3000));
    QVERIFY(navigator.isHome());
    QVERIFY(!navigator.inactivityTimer().isActive());
}

void TestNavigator::noTimerAtHome()
{
    QStackedWidget stack;
    Navigator navigator(&stack, new TestScreen(u"home"_s), 100ms);
    QVERIFY(!navigator.inactivityTimer().isActive());
    navigator.push(new TestScreen(u"away"_s));
    navigator.goHome();
    QVERIFY(!navigator.inactivityTimer().isActive());
}

void TestNavigator::touchRestartsTimer()
{
    QStackedWidget stack;
    stack.resize(400, 400);
    stack.show();
    QVERIFY(QTest::qWaitForWindowExposed(&stack));
    Navigator navigator(&stack, new TestScreen(u"home"_s), 400ms);
    navigator.push(new TestScreen(u"away"_s));

    // A resident who keeps touching every 100 ms stays on the screen for three timeouts ...
    QTimer toucher;
    toucher.setInterval(100);
    connect(&toucher, &QTimer::timeout, this, [&navigator] {
        QTest::mousePress(navigator.current(), Qt::LeftButton);
        QTest::mouseRelease(navigator.current(), Qt::LeftButton);
    });
    toucher.start();
    QElapsedTimer elapsed;
    elapsed.start();
    QTRY_VERIFY_WITH_TIMEOUT(elapsed.elapsed() > 1200 || navigator.isHome(), 5000);
    QVERIFY(!navigator.isHome());
    // ... and is taken home once the touches stop.
    toucher.stop();
    QTRY_VERIFY_WITH_TIMEOUT(navigator.isHome(), 3000);
}

void TestNavigator::holdingScreenStopsTimer()
{
    QStackedWidget stack;
    Navigator navigator(&stack, new TestScreen(u"home"_s), 100ms);
    auto *playing = new TestScreen(u"stream"_s);
    playing->setHolds(true);
    navigator.push(playing);
    QVERIFY(!navigator.inactivityTimer().isActive());
    // When it stops holding (the stream ends), the countdown starts.
    playing->setHolds(false);
    QVERIFY(navigator.inactivityTimer().isActive());
    QTRY_VERIFY_WITH_TIMEOUT(navigator.isHome(), 3000);
}

void TestNavigator::homeReturnsToItsFirstPage()
{
    QStackedWidget stack;
    auto *home = new TestScreen(u"home"_s);
    Navigator navigator(&stack, home, 100ms);
    QVERIFY(!navigator.inactivityTimer().isActive());
    // A resident turns to the second page of tiles and walks away ...
    home->setAtRest(false);
    QVERIFY(navigator.inactivityTimer().isActive());
    QSignalSpy timedOut(&navigator, &Navigator::returnedHomeForInactivity);
    QVERIFY(timedOut.wait(3000));
    // ... and the next resident finds the first page, with nothing ticking.
    QVERIFY(home->isAtRest());
    QVERIFY(!navigator.inactivityTimer().isActive());
}

QTEST_MAIN(TestNavigator)
#include "tst_navigator.moc"
