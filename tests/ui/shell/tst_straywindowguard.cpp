// A window nobody in the kiosk asked for (a library's dialog) is closed the moment it shows,
// logged with its class, and the kiosk's window is active again; tool tips and popups stay.
#include "ui/shell/straywindowguard.h"

#include <QApplication>
#include <QColorDialog>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWindow>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

class TestStrayWindowGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void dialogsCloseAtOnce_data();
    void dialogsCloseAtOnce();
    void modalMessageBoxReturns();
    void bareWindowCloses();
    void ownWindowsStay();

private:
    std::unique_ptr<QWidget> m_main;
    std::unique_ptr<StrayWindowGuard> m_guard;
};

void TestStrayWindowGuard::init()
{
    m_main = std::make_unique<QWidget>();
    m_main->setObjectName(u"mainWindow"_s);
    m_main->resize(800, 600);
    m_guard = std::make_unique<StrayWindowGuard>(*m_main);
    m_main->show();
    QVERIFY(QTest::qWaitForWindowActive(m_main.get()));
}

void TestStrayWindowGuard::cleanup()
{
    m_guard.reset();
    m_main.reset();
}

void TestStrayWindowGuard::dialogsCloseAtOnce_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("QColorDialog") << u"QColorDialog"_s;
    QTest::addRow("QMessageBox") << u"QMessageBox"_s;
    QTest::addRow("QFileDialog") << u"QFileDialog"_s;
    QTest::addRow("a plain top-level widget") << u"QWidget"_s;
}

void TestStrayWindowGuard::dialogsCloseAtOnce()
{
    QFETCH(QString, kind);
    std::unique_ptr<QWidget> stray;
    if (kind == u"QColorDialog")
        stray = std::make_unique<QColorDialog>();
    else if (kind == u"QMessageBox")
        stray = std::make_unique<QMessageBox>(QMessageBox::Question, u"Frage"_s, u"Wirklich?"_s,
                                              QMessageBox::Yes | QMessageBox::No);
    else if (kind == u"QFileDialog")
        stray = std::make_unique<QFileDialog>(nullptr, u"Datei öffnen"_s, u"/"_s);
    else
        stray = std::make_unique<QWidget>();
    QSignalSpy closed(m_guard.get(), &StrayWindowGuard::closedStrayWindow);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^closing an unexpected window: %1"_s.arg(kind)));
    stray->show();
    QVERIFY(stray->isVisible());
    // One turn of the event loop.
    QCoreApplication::processEvents();
    QVERIFY(!stray->isVisible());
    QCOMPARE(closed.count(), 1);
    QCOMPARE(closed.first().first().toString(), kind);
    QTRY_VERIFY(m_main->isActiveWindow());
    QVERIFY(m_main->isVisible());
}

// exec() of a modal message box (a library asking a question) returns by itself.
void TestStrayWindowGuard::modalMessageBoxReturns()
{
    QSignalSpy closed(m_guard.get(), &StrayWindowGuard::closedStrayWindow);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^closing an unexpected window: QMessageBox"_s));
    // Only when the guard failed: the test must not hang.
    QTimer failSafe;
    failSafe.setSingleShot(true);
    connect(&failSafe, &QTimer::timeout, this, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->hide();
    });
    failSafe.start(10'000);
    const auto answer = QMessageBox::question(m_main.get(), u"Frage"_s, u"Beenden?"_s);
    QVERIFY(failSafe.isActive());
    QVERIFY(answer != QMessageBox::Yes); // rejected, never the risky answer
    QCOMPARE(closed.count(), 1);
    QTRY_VERIFY(m_main->isActiveWindow());
}

void TestStrayWindowGuard::bareWindowCloses()
{
    QWindow stray;
    stray.resize(200, 200);
    QSignalSpy closed(m_guard.get(), &StrayWindowGuard::closedStrayWindow);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"^closing an unexpected window: QWindow"_s));
    stray.show();
    QCoreApplication::processEvents();
    QVERIFY(!stray.isVisible());
    QCOMPARE(closed.count(), 1);

    // A window that is a child of another is part of it (the players' video windows).
    QWindow video(m_main->windowHandle());
    video.show();
    QCoreApplication::processEvents();
    QVERIFY(video.isVisible());
    QCOMPARE(closed.count(), 1);
}

void TestStrayWindowGuard::ownWindowsStay()
{
    QSignalSpy closed(m_guard.get(), &StrayWindowGuard::closedStrayWindow);
    m_main->hide();
    m_main->show(); // shown again (a screen change): still the kiosk's window
    QWidget allowed;
    m_guard->allow(&allowed);
    allowed.show();
    QMenu menu(m_main.get());
    menu.addAction(u"Eintrag"_s);
    menu.popup(m_main->mapToGlobal(QPoint(20, 20)));
    QCoreApplication::processEvents();
    QVERIFY(menu.isVisible());
    QVERIFY(allowed.isVisible());
    QVERIFY(m_main->isVisible());
    QCOMPARE(closed.count(), 0);
    QWidget stray; // the barrier: the same turn closes what is not allowed
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unexpected window: QWidget"_s));
    stray.show();
    QCoreApplication::processEvents();
    QVERIFY(!stray.isVisible());
    QCOMPARE(closed.count(), 1);
}

QTEST_MAIN(TestStrayWindowGuard)
#include "tst_straywindowguard.moc"
