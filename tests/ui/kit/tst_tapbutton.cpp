// Taps as accessibility.md wants them: fire on release, tolerate a finger that slides a little,
// ignore a repeat within 0.6 s, and show the pressed state at once.
#include "ui/kit/bigbutton.h"
#include "ui/kit/tapguard.h"
#include "ui/kit/theme.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestTapButton : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guardDropsRepeats_data();
    void guardDropsRepeats();
    void firesOnReleaseNotPress();
    void repeatWithinIntervalIgnored();
    void slidingFingerTolerated_data();
    void slidingFingerTolerated();
    void pressedFeedbackAtOnce();
    void feedbackForEveryTapThatCounts();

private:
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(4.0, 100)}; // 4 px per mm
};

void TestTapButton::guardDropsRepeats_data()
{
    QTest::addColumn<QList<int>>("times");
    QTest::addColumn<QList<bool>>("accepted");
    QTest::addRow("single") << QList<int>{0} << QList<bool>{true};
    QTest::addRow("double tap") << QList<int>{0, 150} << QList<bool>{true, false};
    QTest::addRow("just inside") << QList<int>{0, 599} << QList<bool>{true, false};
    QTest::addRow("just outside") << QList<int>{0, 600} << QList<bool>{true, true};
    // A dropped repeat does not extend the window: measured from the last tap that fired.
    QTest::addRow("tremor burst") << QList<int>{0, 200, 400, 650, 900}
                                  << QList<bool>{true, false, false, true, false};
}

void TestTapButton::guardDropsRepeats()
{
    QFETCH(QList<int>, times);
    QFETCH(QList<bool>, accepted);
    std::chrono::milliseconds now{};
    TapGuard guard(600ms, [&now] { return now; });
    for (qsizetype i = 0; i < times.size(); ++i) {
        now = std::chrono::milliseconds(times.at(i));
        QCOMPARE(guard.accept(), accepted.at(i));
    }
}

void TestTapButton::firesOnReleaseNotPress()
{
    BigButton button(m_theme, u"Startseite"_s);
    button.show();
    QSignalSpy clicked(&button, &BigButton::clicked);
    QTest::mousePress(&button, Qt::LeftButton);
    QCOMPARE(clicked.count(), 0);
    QTest::mouseRelease(&button, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
}

void TestTapButton::repeatWithinIntervalIgnored()
{
    BigButton button(m_theme, u"weiter"_s);
    button.show();
    std::chrono::milliseconds now{10'000};
    button.guard().setTimeSource([&now] { return now; });
    QSignalSpy clicked(&button, &BigButton::clicked);

    QTest::mouseClick(&button, Qt::LeftButton);
    now += 300ms;
    QTest::mouseClick(&button, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
    QVERIFY(!button.isDown()); // the dropped tap does not leave it pressed
    now += 400ms;
    QTest::mouseClick(&button, Qt::LeftButton);
    QCOMPARE(clicked.count(), 2);
}

void TestTapButton::slidingFingerTolerated_data()
{
    QTest::addColumn<int>("slideMm");
    QTest::addColumn<bool>("fires");
    QTest::addRow("still") << 0 << true;
    QTest::addRow("5 mm off the edge") << 5 << true;
    QTest::addRow("7 mm off the edge") << 7 << true;
    QTest::addRow("15 mm off the edge") << 15 << false;
}

void TestTapButton::slidingFingerTolerated()
{
    QFETCH(int, slideMm);
    QFETCH(bool, fires);
    QWidget parent;
    parent.resize(1000, 600);
    auto *button = new BigButton(m_theme, u"Startseite"_s, {}, BigButton::Style::Accent, &parent);
    button->setGeometry(300, 200, 200, 100);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QSignalSpy clicked(button, &BigButton::clicked);

    const QPoint start(190, 50); // near the right edge
    const QPoint end(200 + m_theme.px(slideMm), 50);
    QTest::mousePress(button, Qt::LeftButton, {}, start);
    QTest::mouseMove(button, end);
    QTest::mouseRelease(button, Qt::LeftButton, {}, end);
    QCOMPARE(clicked.count(), fires ? 1 : 0);
}

void TestTapButton::pressedFeedbackAtOnce()
{
    BigButton button(m_theme, u"Startseite"_s);
    button.resize(button.sizeHint());
    button.show();
    QVERIFY(QTest::qWaitForWindowExposed(&button));
    const QImage before = button.grab().toImage();
    QTest::mousePress(&button, Qt::LeftButton);
    QVERIFY(button.isDown());
    const QImage during = button.grab().toImage();
    const QPoint middle(button.width() / 2, button.height() / 4);
    // The pressed colour shows in the very next frame, before the finger lifts.
    QVERIFY(before.pixelColor(middle) != during.pixelColor(middle));
    QTest::mouseRelease(&button, Qt::LeftButton);
}

void TestTapButton::feedbackForEveryTapThatCounts()
{
    int clicks = 0;
    TapButton::setTapFeedback([&clicks] { ++clicks; });
    BigButton button(m_theme, u"weiter"_s);
    button.show();
    std::chrono::milliseconds now{10'000};
    button.guard().setTimeSource([&now] { return now; });

    QTest::mouseClick(&button, Qt::LeftButton);
    now += 300ms;
    QTest::mouseClick(&button, Qt::LeftButton); // a repeat: no click sound either
    QCOMPARE(clicks, 1);
    now += 700ms;
    QTest::mouseClick(&button, Qt::LeftButton);
    QCOMPARE(clicks, 2);
    TapButton::setTapFeedback({});
    now += 700ms;
    QTest::mouseClick(&button, Qt::LeftButton);
    QCOMPARE(clicks, 2);
}

QTEST_MAIN(TestTapButton)
#include "tst_tapbutton.moc"
