// Which playlist entries a station may send the player to: http(s) on the internet, or hosts in
// a local network that streams.json names; never a file on this machine from a remote list.
#include "core/streams/streamaddresspolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dorfplatz::StreamAddressPolicy::Verdict)

namespace Dorfplatz {

using Verdict = StreamAddressPolicy::Verdict;

class TestStreamAddressPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localHosts_data();
    void localHosts();
    void remoteEntries_data();
    void remoteEntries();
    void localPlaylistIsOurs();
    void redirects();
};

void TestStreamAddressPolicy::localHosts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("local");
    // Through QUrl, as entries arrive: it writes every IPv4 form as a dotted quad.
    const QList<std::pair<const char *, bool>> rows{
        {"http://127.0.0.1/", true},
        {"http://127.8.9.10/", true},
        {"http://2130706433/", true}, // 127.0.0.1 as one number
        {"http://0x7f.1/", true},
        {"http://0/", true},       // 0.0.0.0 reaches this machine
        {"http://0.1.2.3/", true}, // "this network"
        {"http://10.0.0.1/", true},
        {"http://172.16.0.1/", true},
        {"http://172.31.255.254/", true},
        {"http://172.32.0.1/", false},
        {"http://192.168.178.1/", true},
        {"http://169.254.169.254/", true},
        {"http://100.64.0.1/", true},
        {"http://[::1]/", true},
        {"http://[::]/", true},
        {"http://[fe80::1]/", true},
        {"http://[fd12:3456::1]/", true},
        {"http://[::ffff:192.168.0.1]/", true},
        {"http://[::ffff:8.8.8.8]/", false},
        {"http://[2001:db8::1]/", false},
        {"http://localhost/", true},
        {"http://LOCALHOST./", true},
        {"http://radio.localhost/", true},
        {"http://nas/", true},
        {"http://drucker.local/", true},
        {"http://fritz.box/", true},
        {"http://radio.home.arpa/", true},
        {"http://8.8.8.8/", false},
        {"http://193.0.0.1/", false},
        {"http://stream.swr.de/", false},
        {"http://icecast.radio-westpfalz.de:8000/", false},
    };
    for (const auto &[url, local] : rows)
        QTest::addRow("%s", url) << QString::fromLatin1(url) << local;
}

void TestStreamAddressPolicy::localHosts()
{
    QFETCH(QString, url);
    QFETCH(bool, local);
    QCOMPARE(StreamAddressPolicy::isLocalHost(QUrl(url).host()), local);
}

void TestStreamAddressPolicy::remoteEntries_data()
{
    QTest::addColumn<QStringList>("localHosts");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<Verdict>("verdict");
    const QStringList none;
    QTest::addRow("public http") << none << u"http://stream.example.org/live.mp3"_s
                                 << Verdict::Allowed;
    QTest::addRow("public https") << none << u"https://stream.example.org/live.aac"_s
                                  << Verdict::Allowed;
    QTest::addRow("file") << none << u"file:///etc/passwd"_s << Verdict::NotWeb;
    QTest::addRow("file on a public list names no host")
        << QStringList{u"example.org"_s} << u"file:///home/kiosk/.config"_s << Verdict::NotWeb;
    QTest::addRow("router") << none << u"http://192.168.178.1/"_s << Verdict::LocalAddress;
    QTest::addRow("cloud metadata")
        << none << u"http://169.254.169.254/latest/"_s << Verdict::LocalAddress;
    QTest::addRow("loopback, not named")
        << none << u"http://127.0.0.1:8000/live.mp3"_s << Verdict::LocalAddress;
    QTest::addRow("localhost") << none << u"http://localhost:631/"_s << Verdict::LocalAddress;
    // The playlist's own server (the configured URL's host and port) is named by the config.
    QTest::addRow("the configured server")
        << none << u"http://192.168.1.20:8080/radio.mp3"_s << Verdict::Allowed;
    QTest::addRow("the configured host, another port")
        << none << u"http://192.168.1.20:8000/radio.mp3"_s << Verdict::LocalAddress;
    QTest::addRow("named host, any port")
        << QStringList{u"192.168.1.20"_s} << u"http://192.168.1.20:8000/radio.mp3"_s
        << Verdict::Allowed;
    QTest::addRow("named host and port")
        << QStringList{u"radio.fritz.box:8000"_s} << u"http://Radio.Fritz.Box:8000/live"_s
        << Verdict::Allowed;
    QTest::addRow("named host, other port")
        << QStringList{u"radio.fritz.box:8000"_s} << u"http://radio.fritz.box:8001/live"_s
        << Verdict::LocalAddress;
    QTest::addRow("named loopback written otherwise")
        << QStringList{u"127.0.0.1"_s} << u"http://2130706433:9/x.mp3"_s << Verdict::Allowed;
    QTest::addRow("named ipv6") << QStringList{u"[fd00::5]"_s} << u"http://[fd00::5]/x.mp3"_s
                                << Verdict::Allowed;
    QTest::addRow("another private host")
        << QStringList{u"192.168.1.20"_s} << u"http://192.168.1.21/x.mp3"_s
        << Verdict::LocalAddress;
    QTest::addRow("rtsp") << none << u"rtsp://stream.example.org/live"_s << Verdict::NotWeb;
}

void TestStreamAddressPolicy::remoteEntries()
{
    QFETCH(QStringList, localHosts);
    QFETCH(QString, entry);
    QFETCH(Verdict, verdict);
    StreamConfig stream;
    stream.urls = {QUrl(u"http://192.168.1.20:8080/list.m3u"_s),
                   QUrl(u"https://radio.example.org/list.pls"_s)};
    stream.localHosts = localHosts;
    const StreamAddressPolicy policy(stream);
    QCOMPARE(policy.checkEntry(stream.urls.first(), QUrl(entry)), verdict);
    QCOMPARE(policy.checkEntry(stream.urls.last(), QUrl(entry)), verdict);
    QVERIFY(!StreamAddressPolicy::describe(verdict).isEmpty());
}

void TestStreamAddressPolicy::localPlaylistIsOurs()
{
    // A playlist file in the configuration folder was written by the guides: its entries play.
    StreamConfig stream;
    stream.urls = {QUrl::fromLocalFile(u"/etc/dorfplatz/media/gottesdienst.m3u"_s)};
    const StreamAddressPolicy policy(stream);
    const QUrl playlist = stream.urls.first();
    QCOMPARE(policy.checkEntry(playlist, QUrl::fromLocalFile(u"/etc/dorfplatz/media/a.mp3"_s)),
             Verdict::Allowed);
    QCOMPARE(policy.checkEntry(playlist, QUrl(u"http://192.168.1.20/live.mp3"_s)),
             Verdict::Allowed);
    // The same entry from a server is refused.
    QCOMPARE(policy.checkEntry(QUrl(u"http://radio.example.org/gottesdienst.m3u"_s),
                               QUrl::fromLocalFile(u"/etc/dorfplatz/media/a.mp3"_s)),
             Verdict::NotWeb);
}

void TestStreamAddressPolicy::redirects()
{
    StreamConfig stream;
    stream.urls = {QUrl(u"http://radio.example.org/list.m3u"_s)};
    const StreamAddressPolicy policy(stream);
    QCOMPARE(policy.checkRedirect(QUrl(u"https://cdn.example.net/list.m3u"_s)), Verdict::Allowed);
    QCOMPARE(policy.checkRedirect(QUrl(u"http://10.0.0.1/list.m3u"_s)), Verdict::LocalAddress);
    QCOMPARE(policy.checkRedirect(QUrl(u"file:///etc/passwd"_s)), Verdict::NotWeb);
}

} // namespace Dorfplatz

QTEST_APPLESS_MAIN(Dorfplatz::TestStreamAddressPolicy)
#include "tst_streamaddresspolicy.moc"
