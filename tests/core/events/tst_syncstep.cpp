// SyncStep, the one type for a step of dorfplatz-sync: the JSON lines the program prints today
// read back and written again unchanged, every kind, result and failure through JSON and back
// (rows made from the enums themselves, so a new value is tested without a new row), unknown
// names refused, and SyncLauncher reading the lines of a stand-in program.
#include "core/events/synclauncher.h"
#include "core/events/syncstep.h"

#include <QFile>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test data is not JSON: %s (%s)", json.constData(), qPrintable(error.errorString()));
    return document.object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

template <typename Enum>
QList<Enum> allValues()
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    QList<Enum> values;
    for (int i = 0; i < meta.keyCount(); ++i)
        values.append(static_cast<Enum>(meta.value(i)));
    return values;
}

template <typename Enum>
const char *keyOf(Enum value)
{
    return QMetaEnum::fromType<Enum>().valueToKey(int(value));
}

// A step of the kind with every field of that kind set to something other than its default.
SyncStep filled(SyncStep::Kind kind)
{
    switch (kind) {
    case SyncStep::Kind::Start:
        return {.kind = kind, .feeds = 3};
    case SyncStep::Kind::FeedStart:
        return {.kind = kind,
                .feedId = u"kusel"_s,
                .feedName = u"Veranstaltungen Kusel"_s,
                .url = u"https://example.org/kusel.ics"_s,
                .done = 1,
                .total = 3};
    case SyncStep::Kind::FeedDone:
        return {.kind = kind,
                .feedId = u"kusel"_s,
                .feedName = u"Veranstaltungen Kusel"_s,
                .done = 2,
                .total = 3,
                .attempts = 2,
                .result = SyncStep::Result::Unchanged,
                .events = 40,
                .occurrences = 212,
                .skipped = 1,
                .capped = 2,
                .dropped = 3,
                .writeMs = 17};
    case SyncStep::Kind::Finished:
        return {.kind = kind, .updated = 1, .unchanged = 1, .failed = 1, .ms = 4321, .exitCode = 1};
    case SyncStep::Kind::Error:
        return {.kind = kind, .error = u"Another sync is running already."_s, .exitCode = 6};
    }
    return {};
}

SyncStep failedWith(SyncStep::Failure failure)
{
    SyncStep step = filled(SyncStep::Kind::FeedDone);
    step.result = SyncStep::Result::Failed;
    step.events = step.skipped = step.capped = step.dropped = std::nullopt;
    step.failure = failure;
    step.error = u"English detail for the log"_s;
    step.httpStatus = failure == SyncStep::Failure::HttpError ? 503 : 0;
    step.lastSuccess = QDateTime(QDate(2026, 11, 25), QTime(3, 0), Qt::UTC);
    return step;
}

} // namespace

class TestSyncStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void todaysLinesStayAsTheyAre_data();
    void todaysLinesStayAsTheyAre();
    void everyKindRoundTrips_data();
    void everyKindRoundTrips();
    void everyResultRoundTrips_data();
    void everyResultRoundTrips();
    void everyFailureRoundTrips_data();
    void everyFailureRoundTrips();
    void everyFailureHasItsOwnName();
    void fetcherFailuresKeepTheirMeaning_data();
    void fetcherFailuresKeepTheirMeaning();
    void unknownNamesAreRejected_data();
    void unknownNamesAreRejected();
    void linesAreTakenAsTheyArrive();
    void launcherReadsTheLines();
};

void TestSyncStep::todaysLinesStayAsTheyAre_data()
{
    // Lines as dorfplatz-sync --json printed them before SyncStep existed (README documents them;
    // the kiosk and scripts read them).
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<SyncStep::Kind>("kind");
    QTest::addRow("start") << R"json({"event":"start","feeds":2})json"_ba << SyncStep::Kind::Start;
    QTest::addRow("feed-start")
        << R"json({"done":0,"event":"feed-start","id":"kusel","name":"Kalender kusel","total":2,"url":"http://127.0.0.1:4711/kusel.ics"})json"_ba
        << SyncStep::Kind::FeedStart;
    QTest::addRow("feed-done updated")
        << R"json({"attempts":1,"capped":0,"done":1,"event":"feed-done","events":50,"id":"kusel","name":"Kalender kusel","occurrences":63,"result":"updated","skipped":0,"total":2,"writeMs":12})json"_ba
        << SyncStep::Kind::FeedDone;
    QTest::addRow("feed-done unchanged, expanded again")
        << R"json({"attempts":1,"capped":1,"done":1,"event":"feed-done","events":40,"id":"kusel","name":"Kalender kusel","occurrences":80,"result":"unchanged","skipped":2,"total":1,"writeMs":5})json"_ba
        << SyncStep::Kind::FeedDone;
    QTest::addRow("feed-done unchanged, no kept copy")
        << R"json({"attempts":1,"done":1,"event":"feed-done","id":"kusel","name":"Kalender kusel","occurrences":80,"result":"unchanged","total":1,"writeMs":0})json"_ba
        << SyncStep::Kind::FeedDone;
    QTest::addRow("feed-done http error")
        << R"json({"attempts":3,"done":2,"error":"HTTP 500 Internal Server Error","event":"feed-done","failure":"http","httpStatus":500,"id":"broken","lastSuccess":"2026-11-25T03:00:00Z","name":"Kalender broken","result":"failed","total":2,"writeMs":1})json"_ba
        << SyncStep::Kind::FeedDone;
    QTest::addRow("feed-done invalid, never loaded")
        << R"json({"attempts":1,"done":1,"error":"not an iCalendar file (no VCALENDAR could be read)","event":"feed-done","failure":"invalid","httpStatus":200,"id":"kusel","lastSuccess":"","name":"Kalender kusel","result":"failed","total":1,"writeMs":0})json"_ba
        << SyncStep::Kind::FeedDone;
    QTest::addRow("feed-done cache, no kept copy")
        << R"json({"attempts":1,"done":1,"error":"database or disk is full","event":"feed-done","failure":"cache","httpStatus":304,"id":"kusel","lastSuccess":"2026-11-25T03:00:00Z","name":"Kalender kusel","occurrences":80,"result":"failed","total":1,"writeMs":3})json"_ba
        << SyncStep::Kind::FeedDone;
    QTest::addRow("finished")
        << R"json({"event":"finished","exitCode":1,"failed":1,"ms":1534,"unchanged":0,"updated":1})json"_ba
        << SyncStep::Kind::Finished;
    QTest::addRow("error")
        << R"json({"error":"Another sync is running already.","event":"error","exitCode":6})json"_ba
        << SyncStep::Kind::Error;
}

void TestSyncStep::todaysLinesStayAsTheyAre()
{
    QFETCH(QByteArray, line);
    QFETCH(SyncStep::Kind, kind);
    const std::optional<SyncStep> step = SyncStep::fromJson(parse(line));
    QVERIFY(step);
    QCOMPARE(step->kind, kind);
    QCOMPARE(compact(step->toJson()), line);
}

void TestSyncStep::everyKindRoundTrips_data()
{
    QTest::addColumn<SyncStep::Kind>("kind");
    for (const SyncStep::Kind kind : allValues<SyncStep::Kind>())
        QTest::addRow("%s", keyOf(kind)) << kind;
}

void TestSyncStep::everyKindRoundTrips()
{
    QFETCH(SyncStep::Kind, kind);
    const SyncStep step = filled(kind);
    QCOMPARE(step.kind, kind); // filled() knows the kind
    const std::optional<SyncStep> back = SyncStep::fromJson(step.toJson());
    QVERIFY(back);
    QCOMPARE(compact(back->toJson()), compact(step.toJson()));
    QVERIFY(*back == step);
}

void TestSyncStep::everyResultRoundTrips_data()
{
    QTest::addColumn<SyncStep::Result>("result");
    for (const SyncStep::Result result : allValues<SyncStep::Result>())
        QTest::addRow("%s", keyOf(result)) << result;
}

void TestSyncStep::everyResultRoundTrips()
{
    QFETCH(SyncStep::Result, result);
    SyncStep step = result == SyncStep::Result::Failed ? failedWith(SyncStep::Failure::Network)
                                                       : filled(SyncStep::Kind::FeedDone);
    step.result = result;
    const std::optional<SyncStep> back = SyncStep::fromJson(step.toJson());
    QVERIFY(back);
    QCOMPARE(back->result, result);
    QVERIFY(*back == step);
}

void TestSyncStep::everyFailureRoundTrips_data()
{
    QTest::addColumn<SyncStep::Failure>("failure");
    for (const SyncStep::Failure failure : allValues<SyncStep::Failure>())
        QTest::addRow("%s", keyOf(failure)) << failure;
}

void TestSyncStep::everyFailureRoundTrips()
{
    QFETCH(SyncStep::Failure, failure);
    const SyncStep step = failedWith(failure);
    const QJsonObject line = step.toJson();
    QCOMPARE(line.value(u"result"_s).toString(), u"failed"_s);
    QCOMPARE(line.contains(u"failure"_s), failure != SyncStep::Failure::None);
    const std::optional<SyncStep> back = SyncStep::fromJson(line);
    QVERIFY(back);
    QCOMPARE(back->failure, failure);
    QCOMPARE(back->lastSuccess, step.lastSuccess);
    QVERIFY(*back == step);
}

void TestSyncStep::everyFailureHasItsOwnName()
{
    QSet<QString> names;
    for (const SyncStep::Failure failure : allValues<SyncStep::Failure>()) {
        if (failure == SyncStep::Failure::None)
            continue;
        const QString name = failedWith(failure).toJson().value(u"failure"_s).toString();
        QVERIFY2(!name.isEmpty(), keyOf(failure));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
}

void TestSyncStep::fetcherFailuresKeepTheirMeaning_data()
{
    QTest::addColumn<FeedFetcher::Failure>("fetcher");
    for (const FeedFetcher::Failure failure : allValues<FeedFetcher::Failure>())
        QTest::addRow("%s", keyOf(failure)) << failure;
}

void TestSyncStep::fetcherFailuresKeepTheirMeaning()
{
    // The enums share their names, so a mapping to the wrong value shows here.
    QFETCH(FeedFetcher::Failure, fetcher);
    QCOMPARE(QByteArray(keyOf(SyncStep::failureFrom(fetcher))), QByteArray(keyOf(fetcher)));
}

void TestSyncStep::unknownNamesAreRejected_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addRow("empty object") << "{}"_ba;
    QTest::addRow("unknown event") << R"json({"event":"feed-finished","feeds":1})json"_ba;
    QTest::addRow("empty event") << R"json({"event":"","feeds":1})json"_ba;
    QTest::addRow("event not a string") << R"json({"event":1})json"_ba;
    QTest::addRow("event spelled as the enum")
        << R"json({"event":"FeedDone","result":"updated"})json"_ba;
    QTest::addRow("event in capitals") << R"json({"event":"START","feeds":1})json"_ba;
    QTest::addRow("unknown result") << R"json({"event":"feed-done","result":"ok"})json"_ba;
    QTest::addRow("missing result") << R"json({"event":"feed-done","id":"kusel"})json"_ba;
    QTest::addRow("unknown failure")
        << R"json({"event":"feed-done","result":"failed","failure":"dns","error":"x"})json"_ba;
    QTest::addRow("empty failure")
        << R"json({"event":"feed-done","result":"failed","failure":"","error":"x"})json"_ba;
    QTest::addRow("failure with a space")
        << R"json({"event":"feed-done","result":"failed","failure":"http "})json"_ba;
}

void TestSyncStep::unknownNamesAreRejected()
{
    QFETCH(QByteArray, line);
    QVERIFY(!SyncStep::fromJson(parse(line)));
}

void TestSyncStep::linesAreTakenAsTheyArrive()
{
    // Output arrives in pieces that cut lines anywhere; a stray line is left out.
    const QByteArray start = compact(filled(SyncStep::Kind::Start).toJson());
    const QByteArray done = compact(failedWith(SyncStep::Failure::HttpError).toJson());
    QByteArray buffer = start + "\nnot json\n" + done.left(10);
    const QList<SyncStep> first = SyncStep::takeLines(&buffer);
    QCOMPARE(first.size(), 1);
    QVERIFY(first.first() == filled(SyncStep::Kind::Start));
    QCOMPARE(buffer, done.left(10));
    QVERIFY(SyncStep::takeLines(&buffer).isEmpty());
    buffer += done.mid(10) + '\n';
    const QList<SyncStep> second = SyncStep::takeLines(&buffer);
    QCOMPARE(second.size(), 1);
    QVERIFY(second.first() == failedWith(SyncStep::Failure::HttpError));
    QVERIFY(buffer.isEmpty());
}

void TestSyncStep::launcherReadsTheLines()
{
    // A stand-in for dorfplatz-sync that prints what the real one prints, plus lines the kiosk
    // must skip: a stray text line and a line of an unknown kind.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString program = dir.filePath(u"fake-sync"_s);
    QFile script(program);
    QVERIFY(script.open(QIODevice::WriteOnly));
    const QList<SyncStep> steps{
        filled(SyncStep::Kind::Start),
        filled(SyncStep::Kind::FeedStart),
        failedWith(SyncStep::Failure::Timeout),
        SyncStep{.kind = SyncStep::Kind::FeedDone,
                 .feedId = u"b"_s,
                 .done = 3,
                 .total = 3,
                 .result = SyncStep::Result::Updated},
        filled(SyncStep::Kind::Finished),
    };
    QByteArray text = "#!/bin/sh\n";
    for (const SyncStep &step : steps) {
        text += "echo '" + compact(step.toJson()) + "'\n";
        if (step.kind == SyncStep::Kind::FeedStart)
            text +=
                "echo 'not json'\necho '{\"event\":\"feed-progress\",\"done\":9,\"total\":9}'\n";
    }
    text += "exit 1\n";
    script.write(text);
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));

    SyncLauncher launcher(dir.path(), dir.path());
    launcher.setProgram(program);
    QSignalSpy progress(&launcher, &SyncLauncher::progress);
    QSignalSpy finished(&launcher, &SyncLauncher::finished);
    QVERIFY(launcher.start());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toInt(), 1);
    // Start (0 of 3), then each feed-done; nothing from the lines it does not know.
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0), (QVariantList{0, 3}));
    QCOMPARE(progress.at(1), (QVariantList{2, 3}));
    QCOMPARE(progress.at(2), (QVariantList{3, 3}));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestSyncStep)
#include "tst_syncstep.moc"
