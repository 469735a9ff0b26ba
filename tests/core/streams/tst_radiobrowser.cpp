#include "core/streams/radiobrowser.h"
#include "support/testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Dorfplatz::RadioBrowser::Failure)

namespace Dorfplatz {

namespace {

QJsonObject station(const QString &uuid, const QString &name, int clicks, int lastCheckOk = 1)
{
    return QJsonObject{{u"stationuuid"_s, uuid},
                       {u"name"_s, name},
                       {u"url"_s, u"http://radio.example/%1.m3u"_s.arg(uuid)},
                       {u"url_resolved"_s, u"http://stream.example/%1.mp3"_s.arg(uuid)},
                       {u"favicon"_s, u"http://radio.example/%1.png"_s.arg(uuid)},
                       {u"codec"_s, u"MP3"_s},
                       {u"bitrate"_s, 128},
                       {u"countrycode"_s, u"DE"_s},
                       {u"state"_s, u"Rheinland-Pfalz"_s},
                       {u"language"_s, u"german"_s},
                       {u"tags"_s, u"schlager,oldies"_s},
                       {u"clickcount"_s, clicks},
                       {u"lastcheckok"_s, lastCheckOk}};
}

// As the directory answers /json/stations/search: an array, here in no particular order, with
// a station that failed its last check.
QByteArray searchAnswer()
{
    return QJsonDocument(QJsonArray{station(u"a1"_s, u"Radio Kusel"_s, 12),
                                    station(u"b2"_s, u"SWR4 Rheinland-Pfalz"_s, 950),
                                    station(u"c3"_s, u"Kaputtfunk"_s, 2000, 0),
                                    station(u"d4"_s, u"Schlagerwelle Pfalz"_s, 300)})
        .toJson();
}

const QString searchPath = u"/json/stations/search"_s;

} // namespace

// The radio-browser.info directory against stand-ins on 127.0.0.1 serving JSON in its format:
// the search with its filters, ordered by popularity with broken stations hidden, the User-Agent
// seen by the server, a failing server skipped for the next, every server failing, no server
// reached at all (offline), an answer that is not the directory's, and the click on adoption.
// Finding the servers through DNS (all.api.radio-browser.info) is not run here: it would leave
// 127.0.0.1.
class TestRadioBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void searchAsksWithTheFiltersAndSaysWhoAsks();
    void aFailingServerIsSkipped();
    void everyServerFailing();
    void noServerReachedIsOffline();
    void anAnswerThatIsNotTheDirectorys();
    void adoptingReportsAClick();

private:
    // A port that refuses: listened on, then closed.
    static QUrl deadServer();

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Test::HttpServer> m_good;
    std::unique_ptr<Test::HttpServer> m_bad;
    std::unique_ptr<RadioBrowser> m_browser;
};

void TestRadioBrowser::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_good = std::make_unique<Test::HttpServer>();
    m_bad = std::make_unique<Test::HttpServer>();
    QVERIFY(m_good->listen());
    QVERIFY(m_bad->listen());
    m_good->addContent(searchPath, "application/json", searchAnswer());
    m_bad->addStatus(searchPath, 503);
    m_browser = std::make_unique<RadioBrowser>(*m_network);
}

QUrl TestRadioBrowser::deadServer()
{
    Test::HttpServer gone;
    if (!gone.listen())
        return {};
    const QUrl url = gone.url(u"/"_s);
    gone.close();
    return url;
}

void TestRadioBrowser::searchAsksWithTheFiltersAndSaysWhoAsks()
{
    m_browser->setServers({m_good->url(u"/"_s)});
    QSignalSpy finished(m_browser.get(), &RadioBrowser::searchFinished);
    RadioQuery query;
    query.name = u"Radio Pfalz"_s;
    query.state = u"Rheinland-Pfalz"_s;
    query.language = u"german"_s;
    query.tag = u"schlager"_s;
    m_browser->search(query);
    QVERIFY(finished.wait(10000));
    const auto stations = finished.first().first().value<QList<RadioStation>>();
    QStringList names;
    for (const RadioStation &s : stations)
        names.append(s.name);
    // Most clicked first; the broken one hidden.
    QCOMPARE(names,
             (QStringList{u"SWR4 Rheinland-Pfalz"_s, u"Schlagerwelle Pfalz"_s, u"Radio Kusel"_s}));
    QCOMPARE(stations.first().resolvedUrl, QUrl(u"http://stream.example/b2.mp3"_s));
    QCOMPARE(stations.first().codec, u"MP3"_s);
    QCOMPARE(stations.first().bitrate, 128);

    const QUrlQuery asked(m_good->lastQuery(searchPath));
    QCOMPARE(asked.queryItemValue(u"name"_s, QUrl::FullyDecoded), u"Radio Pfalz"_s);
    QCOMPARE(asked.queryItemValue(u"countrycode"_s), u"DE"_s);
    QCOMPARE(asked.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"Rheinland-Pfalz"_s);
    QCOMPARE(asked.queryItemValue(u"language"_s), u"german"_s);
    QCOMPARE(asked.queryItemValue(u"tag"_s), u"schlager"_s);
    QCOMPARE(asked.queryItemValue(u"hidebroken"_s), u"true"_s);
    QCOMPARE(asked.queryItemValue(u"order"_s), u"clickcount"_s);
    QCOMPARE(asked.queryItemValue(u"reverse"_s), u"true"_s);
    const QByteArray agent = m_good->lastHeader(searchPath, "User-Agent");
    QVERIFY2(agent.startsWith("Dorfplatz/"), agent.constData());
}

void TestRadioBrowser::aFailingServerIsSkipped()
{
    // Whichever the random pick, each search ends with the stations.
    m_browser->setServers({deadServer(), m_bad->url(u"/"_s), m_good->url(u"/"_s)});
    QSignalSpy finished(m_browser.get(), &RadioBrowser::searchFinished);
    QSignalSpy failed(m_browser.get(), &RadioBrowser::searchFailed);
    for (int i = 0; i < 4; ++i) {
        m_browser->search({});
        QVERIFY(finished.wait(10000));
    }
    QCOMPARE(finished.size(), 4);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_good->requestCount(searchPath), 4);
}

void TestRadioBrowser::everyServerFailing()
{
    m_browser->setServers({m_bad->url(u"/"_s), deadServer()});
    QSignalSpy failed(m_browser.get(), &RadioBrowser::searchFailed);
    m_browser->search({});
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<RadioBrowser::Failure>(),
             RadioBrowser::Failure::Unreachable);
    QCOMPARE(m_bad->requestCount(searchPath), 1); // each tried once, then no more
}

void TestRadioBrowser::noServerReachedIsOffline()
{
    m_browser->setServers({deadServer(), deadServer()});
    QSignalSpy failed(m_browser.get(), &RadioBrowser::searchFailed);
    m_browser->search({});
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<RadioBrowser::Failure>(), RadioBrowser::Failure::Offline);
}

void TestRadioBrowser::anAnswerThatIsNotTheDirectorys()
{
    m_good->addContent(searchPath, "text/html", "<html>Captive portal: please log in</html>");
    m_browser->setServers({m_good->url(u"/"_s)});
    QSignalSpy failed(m_browser.get(), &RadioBrowser::searchFailed);
    m_browser->search({});
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().value<RadioBrowser::Failure>(),
             RadioBrowser::Failure::BadAnswer);
    // A station without a web address is no station to adopt.
    QString error;
    QJsonObject local = station(u"e5"_s, u"Nur lokal"_s, 5);
    local.insert(u"url"_s, u"file:///etc/passwd"_s);
    local.insert(u"url_resolved"_s, QString());
    const auto parsed =
        RadioBrowser::parseStations(QJsonDocument(QJsonArray{local}).toJson(), &error);
    QVERIFY(error.isEmpty());
    QVERIFY(parsed.isEmpty());
}

void TestRadioBrowser::adoptingReportsAClick()
{
    m_good->addContent(u"/json/url/b2"_s, "application/json",
                       R"({"ok": true, "message": "retrieved station url"})");
    m_browser->setServers({m_good->url(u"/"_s)});
    QSignalSpy clicked(m_browser.get(), &RadioBrowser::clickReported);
    m_browser->reportClick(u"b2"_s);
    QVERIFY(clicked.wait(10000));
    QCOMPARE(clicked.first().first().toBool(), true);
    QCOMPARE(m_good->requestCount(u"/json/url/b2"_s), 1);
    QVERIFY(m_good->lastHeader(u"/json/url/b2"_s, "User-Agent").startsWith("Dorfplatz/"));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestRadioBrowser)
#include "tst_radiobrowser.moc"
