#include "core/config/configloader.h"
#include "core/config/feedsloader.h"
#include "support/testconfig.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// feeds.json: read alone by dorfplatz-sync (FeedsLoader) and with everything else by the kiosk.
class TestFeedsConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void demoFeedsLoad();
    void noFeedsFileIsFine();
    void everyFieldIsRead();
    void issues_data();
    void issues();
    void kioskReportsFeedProblemsToo();
    void filesOfIncludesFeedsAndLocalCalendars();

private:
    std::unique_ptr<Test::TestConfigDir> m_dir;
};

void TestFeedsConfig::init()
{
    m_dir = std::make_unique<Test::TestConfigDir>();
    QVERIFY(m_dir->isValid());
}

void TestFeedsConfig::demoFeedsLoad()
{
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    const FeedsLoadResult result = FeedsLoader::load(demo);
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.fileExists);
    QCOMPARE(result.feeds.size(), 1);
    const FeedConfig &feed = result.feeds.first();
    QCOMPARE(feed.id, u"kusel"_s);
    QCOMPARE(feed.type, FeedType::ICalendar);
    QVERIFY(feed.url.isLocalFile());
    QCOMPARE(QDir::cleanPath(feed.url.toLocalFile()),
             QDir::cleanPath(demo + u"/feeds/kusel.ics"_s));
    QVERIFY(!feed.attribution.isEmpty());
    QCOMPARE(result.settings, EventSettings{});

    const ConfigLoadResult kiosk = ConfigLoader::load(demo);
    QVERIFY(kiosk.config);
    QCOMPARE(kiosk.config->feeds, result.feeds);
}

void TestFeedsConfig::noFeedsFileIsFine()
{
    const FeedsLoadResult result = FeedsLoader::load(m_dir->path());
    QVERIFY(!result.fileExists);
    QVERIFY(result.issues.isEmpty());
    QVERIFY(result.feeds.isEmpty());
}

void TestFeedsConfig::everyFieldIsRead()
{
    QVERIFY(m_dir->writeText(u"feeds/a.ics"_s, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"));
    const QByteArray json = R"({
        "version": 1, "pastDays": 2, "futureDays": 30, "maxOccurrencesPerEvent": 50,
        "maxFeedMegabytes": 5, "timeoutSeconds": 10, "maxRedirects": 3, "retries": 1,
        "maxCacheAgeHours": 48,
        "feeds": [
            {"id": "kirche", "name": "Kirchengemeinde", "url": "https://example.invalid/k.ics",
             "type": "ical", "places": ["Kusel", " Altenglan "], "categories": ["Musik"],
             "cancelled": "hide", "attribution": "Daten: Dekanat Kusel"},
            {"id": "lokal", "name": "Lokal", "url": "feeds/a.ics"}
        ]})";
    QVERIFY(m_dir->writeText(u"feeds.json"_s, json));
    const FeedsLoadResult result = FeedsLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QCOMPARE(result.settings.pastDays, 2);
    QCOMPARE(result.settings.futureDays, 30);
    QCOMPARE(result.settings.maxOccurrencesPerEvent, 50);
    QCOMPARE(result.settings.maxFeedBytes, 5 * 1024 * 1024);
    QCOMPARE(result.settings.fetchTimeoutSeconds, 10);
    QCOMPARE(result.settings.maxRedirects, 3);
    QCOMPARE(result.settings.retries, 1);
    QCOMPARE(result.settings.maxCacheAgeHours, 48);
    QCOMPARE(result.feeds.size(), 2);
    const FeedConfig &kirche = result.feeds.at(0);
    QCOMPARE(kirche.url, QUrl(u"https://example.invalid/k.ics"_s));
    QCOMPARE(kirche.places, (QStringList{u"Kusel"_s, u"Altenglan"_s}));
    QCOMPARE(kirche.categories, QStringList{u"Musik"_s});
    QVERIFY(!kirche.showCancelled);
    QCOMPARE(kirche.attribution, u"Daten: Dekanat Kusel"_s);
    QVERIFY(result.feeds.at(1).showCancelled);
    QCOMPARE(result.feeds.at(1).url, QUrl::fromLocalFile(m_dir->path() + u"/feeds/a.ics"_s));
}

void TestFeedsConfig::issues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("no feeds list") << QByteArray(R"({"version": 1})")
                                   << QStringList{u"feeds.json: feeds: is required but missing"_s};
    QTest::addRow("broken JSON")
        << QByteArray(R"({"version": 1, "feeds": [)")
        << QStringList{u"feeds.json: line 1, column 26: a ] or a comma is missing here"_s};
    QTest::addRow("name and url missing")
        << QByteArray(R"({"version": 1, "feeds": [{"id": "a"}]})")
        << QStringList{u"feeds.json: feeds[0].name: is required but missing"_s,
                       u"feeds.json: feeds[0].url: is required but missing"_s};
    QTest::addRow("ftp")
        << QByteArray(
               R"({"version": 1, "feeds": [{"id": "a", "name": "A", "url": "ftp://x/a.ics"}]})")
        << QStringList{
               u"feeds.json: feeds[0].url: \"ftp://x/a.ics\" is neither a web address (http, https) nor a file"_s};
    QTest::addRow("local file missing")
        << QByteArray(R"({"version": 1, "feeds": [{"id": "a", "name": "A", "url": "nope.ics"}]})")
        << QStringList{u"feeds.json: feeds[0].url: calendar file \"nope.ics\" not found"_s};
    QTest::addRow("duplicate id")
        << QByteArray(R"({"version": 1, "feeds": [
            {"id": "a", "name": "A", "url": "http://127.0.0.1:9/a.ics"},
            {"id": "a", "name": "B", "url": "http://127.0.0.1:9/b.ics"}]})")
        << QStringList{u"feeds.json: feeds[1].id: id \"a\" is used twice (first at feeds[0].id)"_s};
    QTest::addRow("cancelled and type")
        << QByteArray(R"({"version": 1, "feeds": [{"id": "a", "name": "A",
            "url": "http://127.0.0.1:9/a.ics", "cancelled": "maybe", "type": "rss"}]})")
        << QStringList{
               u"feeds.json: feeds[0].type: \"rss\" is not allowed; use one of: ical"_s,
               u"feeds.json: feeds[0].cancelled: \"maybe\" is not allowed; use one of: show, hide"_s};
    QTest::addRow("places not texts")
        << QByteArray(R"({"version": 1, "feeds": [{"id": "a", "name": "A",
            "url": "http://127.0.0.1:9/a.ics", "places": ["Kusel", 3]}]})")
        << QStringList{u"feeds.json: feeds[0].places[1]: must be text, not a number"_s};
    QTest::addRow("settings out of range")
        << QByteArray(R"({"version": 1, "futureDays": 0, "retries": 99, "feeds": []})")
        << QStringList{u"feeds.json: futureDays: 0 is out of range (1 to 366)"_s,
                       u"feeds.json: retries: 99 is out of range (0 to 10)"_s};
    QTest::addRow("misspelt field")
        << QByteArray(R"({"version": 1, "feeds": [], "futuredays": 3})")
        << QStringList{u"feeds.json: futuredays: unknown field (check the spelling)"_s};
}

void TestFeedsConfig::issues()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QVERIFY(m_dir->writeText(u"feeds.json"_s, json));
    const FeedsLoadResult result = FeedsLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), expected);
    // A broken entry is left out; the good ones stay usable for the sync.
    for (const FeedConfig &feed : result.feeds)
        QVERIFY(!feed.id.isEmpty() && feed.url.isValid());
}

void TestFeedsConfig::kioskReportsFeedProblemsToo()
{
    m_dir->writeDefaults();
    QVERIFY(m_dir->writeText(u"feeds.json"_s, R"({"version": 1, "feeds": [{"id": "a"}]})"));
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QVERIFY(!result.config);
    QVERIFY(Test::issueTexts(result.issues)
                .contains(u"feeds.json: feeds[0].name: is required but missing"_s));
}

void TestFeedsConfig::filesOfIncludesFeedsAndLocalCalendars()
{
    const ConfigLoadResult result = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY(result.config);
    const QStringList files = ConfigLoader::filesOf(*result.config);
    QVERIFY(files.contains(u"feeds.json"_s));
    QVERIFY(files.contains(u"feeds/kusel.ics"_s));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestFeedsConfig)
#include "tst_feedsconfig.moc"
