// When Chromium (video calls) runs without its sandbox, the kiosk says so at start and in the
// self-test: what switches it off.
#include "core/app/chromiumsandbox.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using Dorfplatz::ChromiumSandbox;

Q_DECLARE_METATYPE(std::optional<QString>)

class TestChromiumSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offReason_data();
    void offReason();
};

void TestChromiumSandbox::offReason_data()
{
    QTest::addColumn<std::optional<QString>>("disableSandbox");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    const QStringList plain{u"dorfplatz"_s, u"--config"_s, u"/etc/dorfplatz"_s};
    QTest::addRow("sandbox on") << std::optional<QString>() << QString() << plain << QString();
    QTest::addRow("other flags") << std::optional<QString>()
                                 << u"--use-fake-device-for-media-stream"_s << plain << QString();
    QTest::addRow("a flag that only starts the same")
        << std::optional<QString>() << u"--no-sandbox-please"_s << plain << QString();
    QTest::addRow("QTWEBENGINE_DISABLE_SANDBOX=1") << std::optional<QString>(u"1"_s) << QString()
                                                   << plain << u"QTWEBENGINE_DISABLE_SANDBOX=1"_s;
    // Qt WebEngine asks only whether it is set.
    QTest::addRow("QTWEBENGINE_DISABLE_SANDBOX empty")
        << std::optional<QString>(QString()) << QString() << plain
        << u"QTWEBENGINE_DISABLE_SANDBOX="_s;
    QTest::addRow("--no-sandbox among the flags")
        << std::optional<QString>() << u"--use-fake-device-for-media-stream --no-sandbox"_s << plain
        << u"--no-sandbox in QTWEBENGINE_CHROMIUM_FLAGS"_s;
    QTest::addRow("--no-sandbox on the command line")
        << std::optional<QString>() << QString() << (plain + QStringList{u"--no-sandbox"_s})
        << u"--no-sandbox on the command line"_s;
    QTest::addRow("both variables")
        << std::optional<QString>(u"1"_s) << u"--no-sandbox"_s << plain
        << u"QTWEBENGINE_DISABLE_SANDBOX=1, --no-sandbox in QTWEBENGINE_CHROMIUM_FLAGS"_s;
}

void TestChromiumSandbox::offReason()
{
    QFETCH(std::optional<QString>, disableSandbox);
    QFETCH(QString, flags);
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QCOMPARE(ChromiumSandbox::offReason(disableSandbox, flags, arguments), reason);
}

QTEST_GUILESS_MAIN(TestChromiumSandbox)
#include "tst_chromiumsandbox.moc"
