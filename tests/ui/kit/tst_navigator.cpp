// Navigator: the screen stack, going home, a screen taken out from the middle or the top (a ring
// screen that goes), a screen's own "Startseite", and the inactivity timeout that only runs away
// from home and never while a screen holds it.
#include "ui/kit/navigator.h"
#include "ui/kit/screen.h"

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

    // Every life-cycle call this screen got, as "<name> activated" etc.
    static QStringList calls;

protected:
    void activated() override { calls.append(m_name + u" activated"_s); }
    void deactivated() override { calls.append(m_name + u" deactivated"_s); }
    void interrupted() override { calls.append(m_name + u" interrupted"_s); }
    void resumed() override { calls.append(m_name + u" resumed"_s); }

private:
    QString m_name;
    bool m_holds = false;
    bool m_atRest = true;
};

QStringList TestScreen::calls;

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
    void lifeCycle();
    void lifeCycleCallsOnlyOnChange();
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

// The screens hear of every change, in order: what is left is deactivated before what comes is
// activated; an interruption pauses the screen below instead, and its end resumes it.
void TestNavigator::lifeCycle()
{
    TestScreen::calls.clear();
    QStackedWidget stack;
    Navigator navigator(&stack, new TestScreen(u"home"_s), 60s);
    QCOMPARE(TestScreen::calls, QStringList{u"home activated"_s});

    TestScreen::calls.clear();
    auto *stream = new TestScreen(u"stream"_s);
    navigator.push(stream);
    QCOMPARE(TestScreen::calls, (QStringList{u"home deactivated"_s, u"stream activated"_s}));
    QCOMPARE(stream->activity(), Screen::Activity::Active);

    TestScreen::calls.clear();
    auto *ring = new TestScreen(u"ring"_s);
    navigator.interruptWith(ring);
    QCOMPARE(TestScreen::calls, (QStringList{u"stream interrupted"_s, u"ring activated"_s}));
    QCOMPARE(stream->activity(), Screen::Activity::Interrupted);

    // A second ring replaces the first: the stream stays interrupted in between.
    TestScreen::calls.clear();
    auto *second = new TestScreen(u"second"_s);
    navigator.interruptWith(second);
    navigator.remove(ring);
    QCOMPARE(TestScreen::calls, (QStringList{u"ring interrupted"_s, u"second activated"_s,
                                             u"ring deactivated"_s}));
    QCOMPARE(stream->activity(), Screen::Activity::Interrupted);

    TestScreen::calls.clear();
    navigator.remove(second);
    QCOMPARE(TestScreen::calls, (QStringList{u"second deactivated"_s, u"stream resumed"_s}));
    QCOMPARE(stream->activity(), Screen::Activity::Active);

    // Going home from under an interruption: everything above home is deactivated, top first.
    navigator.interruptWith(new TestScreen(u"third"_s));
    TestScreen::calls.clear();
    navigator.goHome();
    QCOMPARE(TestScreen::calls,
             (QStringList{u"third deactivated"_s, u"stream deactivated"_s, u"home activated"_s}));
}

void TestNavigator::lifeCycleCallsOnlyOnChange()
{
    TestScreen::calls.clear();
    TestScreen screen(u"alone"_s);
    screen.resume();    // not interrupted: nothing to resume
    screen.interrupt(); // not active: nothing to interrupt
    screen.deactivate();
    QVERIFY(TestScreen::calls.isEmpty());
    screen.activate();
    screen.activate();
    QCOMPARE(TestScreen::calls, QStringList{u"alone activated"_s});
    screen.interrupt();
    screen.activate(); // current again after an interruption: a resume
    QCOMPARE(TestScreen::calls,
             (QStringList{u"alone activated"_s, u"alone interrupted"_s, u"alone resumed"_s}));
}

QTEST_MAIN(TestNavigator)
#include "tst_navigator.moc"
