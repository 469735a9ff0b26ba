// Nobody leaves the kiosk: the window refuses to close (the window manager's close, Alt+F4,
// close()), the keys that quit or close elsewhere never reach a shortcut or a widget, and the
// last window closing does not quit. With --windowed (no lock) closing works.
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "ui/shell/kiosklock.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"

#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QShortcut>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>

#include <memory>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

class TestKioskLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void closeRequestsAreRefused();
    void windowedClosingWorks();
    void leavingKeysReachNothing_data();
    void leavingKeysReachNothing();
    void escapeDoesNotCloseADialog();
    void leavingKeys_data();
    void leavingKeys();

private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(14, 5))};
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<ActiveConfig> m_active;
    std::unique_ptr<KioskShell> m_shell;
};

void TestKioskLock::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    m_active =
        std::make_unique<ActiveConfig>(loadActiveConfig(demo, LastGoodConfig(m_data->path())));
    m_shell = std::make_unique<KioskShell>(*m_active, demo, m_data->path(), m_clock);
}

void TestKioskLock::cleanup()
{
    m_shell.reset();
    m_active.reset();
    m_data.reset();
}

void TestKioskLock::closeRequestsAreRefused()
{
    MainWindow *window = m_shell->window();
    QVERIFY(QGuiApplication::quitOnLastWindowClosed());
    {
        KioskLock lock(*window);
        window->showKiosk(false);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!QGuiApplication::quitOnLastWindowClosed());
        QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);

        // QWidget::close(), and the window's own close as the window manager's close (Alt+F4
        // in a desktop session) arrives.
        QVERIFY(!window->close());
        QVERIFY(!window->windowHandle()->close());
        QCoreApplication::processEvents();
        QVERIFY(window->isVisible());
        QVERIFY(window->windowHandle()->isVisible());
        QCOMPARE(lastClosed.count(), 0);
    }
    // Without the lock (as with --windowed) it closes, and Qt's default is back.
    QVERIFY(QGuiApplication::quitOnLastWindowClosed());
    QVERIFY(window->close());
    QVERIFY(!window->isVisible());
}

void TestKioskLock::windowedClosingWorks()
{
    MainWindow *window = m_shell->window();
    window->showKiosk(true);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->size(), QSize(1280, 800));
    QVERIFY(window->windowHandle()->close());
    QVERIFY(!window->isVisible());
}

void TestKioskLock::leavingKeysReachNothing_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addRow("Alt+F4") << int(Qt::Key_F4) << Qt::KeyboardModifiers(Qt::AltModifier);
    QTest::addRow("Ctrl+Q") << int(Qt::Key_Q) << Qt::KeyboardModifiers(Qt::ControlModifier);
    QTest::addRow("Ctrl+W") << int(Qt::Key_W) << Qt::KeyboardModifiers(Qt::ControlModifier);
    QTest::addRow("Ctrl+Shift+Q") << int(Qt::Key_Q) << (Qt::ControlModifier | Qt::ShiftModifier);
    QTest::addRow("Ctrl+F4") << int(Qt::Key_F4) << Qt::KeyboardModifiers(Qt::ControlModifier);
    QTest::addRow("Escape") << int(Qt::Key_Escape) << Qt::KeyboardModifiers();
    QTest::addRow("F11") << int(Qt::Key_F11) << Qt::KeyboardModifiers();
}

// A library's shortcut for each key, as Qt would dispatch it: none of them fires, while an
// ordinary key's shortcut does (the keys arrive).
void TestKioskLock::leavingKeysReachNothing()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    MainWindow *window = m_shell->window();
    KioskLock lock(*window);
    window->showKiosk(false);
    QVERIFY(QTest::qWaitForWindowActive(window));

    QShortcut leaving(QKeySequence(QKeyCombination(modifiers, Qt::Key(key))), window);
    leaving.setContext(Qt::ApplicationShortcut);
    QSignalSpy leavingFired(&leaving, &QShortcut::activated);
    QShortcut ordinary(QKeySequence(Qt::Key_A), window);
    ordinary.setContext(Qt::ApplicationShortcut);
    QSignalSpy ordinaryFired(&ordinary, &QShortcut::activated);

    QTest::keyClick(window, Qt::Key(key), modifiers);
    QTest::keyClick(window, Qt::Key_A);
    QCOMPARE(ordinaryFired.count(), 1);
    QCOMPARE(leavingFired.count(), 0);
    QVERIFY(window->isVisible());
    QVERIFY(window->isFullScreen());
}

// A dialog closes on Escape by itself (QDialog::keyPressEvent); in the kiosk it never sees it.
void TestKioskLock::escapeDoesNotCloseADialog()
{
    MainWindow *window = m_shell->window();
    window->showKiosk(false);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QDialog dialog(window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    {
        KioskLock lock(*window);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible());
    }
    QTest::keyClick(&dialog, Qt::Key_Escape); // the barrier: without the lock it closes
    QVERIFY(!dialog.isVisible());
}

void TestKioskLock::leavingKeys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<bool>("leaving");
    QTest::addRow("Alt+F4") << int(Qt::Key_F4) << Qt::KeyboardModifiers(Qt::AltModifier) << true;
    QTest::addRow("Ctrl+Alt+Q") << int(Qt::Key_Q) << (Qt::ControlModifier | Qt::AltModifier)
                                << true;
    QTest::addRow("Meta+Q") << int(Qt::Key_Q) << Qt::KeyboardModifiers(Qt::MetaModifier) << true;
    QTest::addRow("Escape") << int(Qt::Key_Escape) << Qt::KeyboardModifiers() << true;
    QTest::addRow("F11") << int(Qt::Key_F11) << Qt::KeyboardModifiers() << true;
    QTest::addRow("q") << int(Qt::Key_Q) << Qt::KeyboardModifiers() << false;
    QTest::addRow("Shift+W") << int(Qt::Key_W) << Qt::KeyboardModifiers(Qt::ShiftModifier) << false;
    QTest::addRow("Space") << int(Qt::Key_Space) << Qt::KeyboardModifiers() << false;
    QTest::addRow("F5") << int(Qt::Key_F5) << Qt::KeyboardModifiers() << false;
}

void TestKioskLock::leavingKeys()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(bool, leaving);
    const QKeyEvent event(QEvent::KeyPress, key, modifiers);
    QCOMPARE(KioskLock::isLeavingKey(event), leaving);
}

QTEST_MAIN(TestKioskLock)
#include "tst_kiosklock.moc"
