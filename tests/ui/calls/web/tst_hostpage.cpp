#include "core/calls/origins.h"
#include "ui/calls/callengine.h"
#include "ui/calls/web/callhostscheme.h"
#include "ui/calls/web/hostpage.h"
#include "ui/calls/web/lockedpage.h"

#include <QTest>
#include <QWebEngineProfile>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// What the host page is given, and which origins count as the call servers' (no WebEngine here:
// the page itself is tested in tst_callengine).
class TestHostPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void originsCompareSchemeHostAndPort_data();
    void originsCompareSchemeHostAndPort();
    void settingsForHttpsServer();
    void settingsForHttpTestServerWithPort();
    void htmlCarriesChannelAndEscapedSettings();
    void hostPagesHaveAnOriginOfTheirOwn();
};

void TestHostPage::initTestCase()
{
    // qwebchannel.js is a resource of Qt WebEngine Core, registered when the library is loaded;
    // this test uses nothing else of it, so the linker would leave it out. Nothing starts here.
    QVERIFY(QWebEngineProfile::staticMetaObject.className() != nullptr);
}

void TestHostPage::originsCompareSchemeHostAndPort_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("allowed");
    // WebEngine hands origins over with a trailing slash.
    QTest::addRow("same, trailing slash") << QUrl(u"https://meet.example.org/"_s) << true;
    QTest::addRow("same, default port") << QUrl(u"https://meet.example.org:443/x"_s) << true;
    QTest::addRow("upper case host") << QUrl(u"https://MEET.example.org/"_s) << true;
    QTest::addRow("http instead of https") << QUrl(u"http://meet.example.org/"_s) << false;
    QTest::addRow("other port") << QUrl(u"https://meet.example.org:8443/"_s) << false;
    QTest::addRow("sub-domain") << QUrl(u"https://evil.meet.example.org/"_s) << false;
    QTest::addRow("suffix") << QUrl(u"https://meet.example.org.evil.net/"_s) << false;
    QTest::addRow("test server") << QUrl(u"http://127.0.0.1:8123/"_s) << true;
    QTest::addRow("test server, other port") << QUrl(u"http://127.0.0.1:8124/"_s) << false;
    QTest::addRow("data") << QUrl(u"data:text/html,x"_s) << false;
    QTest::addRow("file") << QUrl(u"file:///etc/passwd"_s) << false;
    QTest::addRow("empty") << QUrl() << false;
}

void TestHostPage::originsCompareSchemeHostAndPort()
{
    QFETCH(QUrl, url);
    QFETCH(bool, allowed);
    const Origins origins(
        {QUrl(u"https://meet.example.org/room"_s), QUrl(u"http://127.0.0.1:8123/"_s)});
    QCOMPARE(origins.contains(url), allowed);
}

void TestHostPage::settingsForHttpsServer()
{
    const CallRequest request{QUrl(u"https://meet.example.org/"_s), u"familie-schmidt"_s,
                              u"Oma Erna"_s};
    const QJsonObject settings = HostPage::settings(request, 7, u"de"_s);
    QCOMPARE(settings.value(u"call"_s).toInt(), 7);
    QCOMPARE(settings.value(u"domain"_s).toString(), u"meet.example.org"_s);
    QCOMPARE(settings.value(u"roomName"_s).toString(), u"familie-schmidt"_s);
    QCOMPARE(settings.value(u"displayName"_s).toString(), u"Oma Erna"_s);
    QCOMPARE(settings.value(u"lang"_s).toString(), u"de"_s);
    QCOMPARE(settings.value(u"noSSL"_s).toBool(), false);
    QCOMPARE(settings.value(u"scriptUrl"_s).toString(),
             u"https://meet.example.org/external_api.js"_s);
    QCOMPARE(Origins::originOf(QUrl(u"https://meet.example.org:443/a/b"_s)),
             QUrl(u"https://meet.example.org/"_s));
}

void TestHostPage::settingsForHttpTestServerWithPort()
{
    const CallRequest request{QUrl(u"http://127.0.0.1:8123"_s), u"raum"_s, u"Erna"_s};
    const QJsonObject settings = HostPage::settings(request, 1, u"de"_s);
    QCOMPARE(settings.value(u"domain"_s).toString(), u"127.0.0.1:8123"_s);
    QCOMPARE(settings.value(u"noSSL"_s).toBool(), true);
    QCOMPARE(settings.value(u"scriptUrl"_s).toString(), u"http://127.0.0.1:8123/external_api.js"_s);
    QCOMPARE(Origins::originOf(request.server), QUrl(u"http://127.0.0.1:8123/"_s));
}

void TestHostPage::htmlCarriesChannelAndEscapedSettings()
{
    const CallRequest request{QUrl(u"https://meet.example.org/"_s), u"raum"_s,
                              u"</script><script>alert(1)</script>"_s};
    const QString html = HostPage::html(request, 3, u"de"_s);
    QVERIFY(!html.isEmpty());
    QVERIFY(html.contains(u"QWebChannel = function"_s)); // qwebchannel.js inlined
    QVERIFY(!html.contains(u"/*CALL_SETTINGS*/"_s));
    QVERIFY(!html.contains(u"<script>alert(1)"_s));
    QVERIFY(html.contains(u"\\u003c/script>\\u003cscript>alert(1)"_s));
    QVERIFY(html.contains(u"\"roomName\":\"raum\""_s));
}

// Every host page on dorfplatz-call://kiosk, never a call origin; a fresh path for every page,
// and logged as the origin only.
void TestHostPage::hostPagesHaveAnOriginOfTheirOwn()
{
    CallHostScheme scheme;
    const QUrl first = scheme.offer(u"<p>eins</p>"_s);
    const QUrl second = scheme.offer(u"<p>zwei</p>"_s);
    QCOMPARE(first.scheme(), u"dorfplatz-call"_s);
    QCOMPARE(first.host(), u"kiosk"_s);
    QVERIFY(first != second);
    QVERIFY(CallHostScheme::isHostScheme(second));
    QVERIFY(!CallHostScheme::isHostScheme(QUrl(u"https://meet.example.org/"_s)));
    const Origins origins({QUrl(u"https://meet.example.org/"_s)});
    QVERIFY(!origins.contains(first));
    QCOMPARE(LockedPage::redacted(second), u"dorfplatz-call://kiosk"_s);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestHostPage)
#include "tst_hostpage.moc"
