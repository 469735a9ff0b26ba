#include "core/calls/callpolicy.h"
#include "core/calls/origins.h"
#include "core/config/kioskconfig.h"

#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

class TestCallPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedOriginsAreDistinct();
    void mayRing_data();
    void mayRing();
    void mayRingNeedsRingAndRoomSizeUrl();
    void nothingRingsAtNight();
    void withoutASecretNothingRingsOrAnswers();
    void daylightSavingDays_data();
    void daylightSavingDays();
    void autoAnswerAfter();
    void roomSizeUrl();
    void roomSizeUrlWithDomainAsHost();
    void roomSizeUrlIsPercentEncoded();
};

namespace {

const CallSettings withRoomSize = [] {
    CallSettings settings;
    settings.server = QUrl(u"https://meet.example.org/"_s);
    settings.roomSizeUrl = u"https://meet.example.org/room-size?room={room}&domain={domain}"_s;
    // No night: these tests are about the contacts' own hours (nothingRingsAtNight is not).
    settings.nightHours = {};
    return settings;
}();

ContactConfig contactWith(QList<DailyHours> hours)
{
    ContactConfig contact;
    contact.id = u"anna"_s;
    contact.server = QUrl(u"https://meet.example.org/"_s);
    contact.room = u"familie-schmidt"_s;
    contact.ring = true;
    contact.jwt = u"eyJhbGciOiJIUzI1NiJ9.e30.c2lnbg"_s;
    contact.ringHours = hours;
    contact.autoAnswerHours = hours;
    return contact;
}

QDateTime at(QTime time)
{
    return QDateTime(QDate(2026, 6, 15), time);
}

} // namespace

void TestCallPolicy::allowedOriginsAreDistinct()
{
    KioskConfig config;
    const auto add = [&config](const QString &id, const QString &server) {
        ContactConfig contact;
        contact.id = id;
        contact.server = QUrl(server);
        contact.room = id;
        config.contacts.append(contact);
    };
    add(u"anna"_s, u"https://meet.example.org/"_s);
    add(u"lukas"_s, u"https://jitsi.example.net:8443/"_s);
    add(u"berta"_s, u"https://meet.example.org/"_s);
    add(u"test"_s, u"http://127.0.0.1:4711/"_s);
    add(u"port"_s, u"https://meet.example.org:443/"_s); // the default port: the same origin
    QCOMPARE(CallPolicy::allowedOrigins(config),
             (QList<QUrl>{QUrl(u"https://meet.example.org/"_s),
                          QUrl(u"https://jitsi.example.net:8443/"_s),
                          QUrl(u"http://127.0.0.1:4711/"_s)}));
    QCOMPARE(CallPolicy::allowedOrigins(KioskConfig{}), QList<QUrl>());
    QCOMPARE(Origins::originOf(QUrl(u"https://meet.example.org/room?x=1#y"_s)),
             QUrl(u"https://meet.example.org/"_s));
    QVERIFY(Origins::originOf(QUrl(u"file:///etc/passwd"_s)).isEmpty());
}

void TestCallPolicy::mayRing_data()
{
    QTest::addColumn<QList<DailyHours>>("hours");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("expected");

    const QList<DailyHours> day{{QTime(8, 0), QTime(20, 0)}};
    QTest::addRow("day: before") << day << QTime(7, 59, 59) << false;
    QTest::addRow("day: start is inside") << day << QTime(8, 0) << true;
    QTest::addRow("day: noon") << day << QTime(12, 0) << true;
    QTest::addRow("day: last second") << day << QTime(19, 59, 59) << true;
    QTest::addRow("day: end is outside") << day << QTime(20, 0) << false;

    const QList<DailyHours> night{{QTime(21, 0), QTime(7, 0)}};
    QTest::addRow("night: evening before") << night << QTime(20, 59, 59) << false;
    QTest::addRow("night: start") << night << QTime(21, 0) << true;
    QTest::addRow("night: midnight") << night << QTime(0, 0) << true;
    QTest::addRow("night: early morning") << night << QTime(6, 59, 59) << true;
    QTest::addRow("night: end") << night << QTime(7, 0) << false;
    QTest::addRow("night: noon") << night << QTime(12, 0) << false;

    const QList<DailyHours> twice{{QTime(9, 0), QTime(12, 0)}, {QTime(14, 0), QTime(18, 0)}};
    QTest::addRow("two spans: first") << twice << QTime(9, 0) << true;
    QTest::addRow("two spans: lunch") << twice << QTime(13, 0) << false;
    QTest::addRow("two spans: second") << twice << QTime(17, 59) << true;
}

void TestCallPolicy::mayRing()
{
    QFETCH(QList<DailyHours>, hours);
    QFETCH(QTime, time);
    QFETCH(bool, expected);
    QCOMPARE(CallPolicy::mayRing(contactWith(hours), withRoomSize, at(time)), expected);
}

void TestCallPolicy::mayRingNeedsRingAndRoomSizeUrl()
{
    const ContactConfig contact = contactWith({{QTime(8, 0), QTime(20, 0)}});
    QVERIFY(CallPolicy::mayRing(contact, withRoomSize, at(QTime(12, 0))));

    ContactConfig silent = contact;
    silent.ring = false;
    QVERIFY(!CallPolicy::mayRing(silent, withRoomSize, at(QTime(12, 0))));

    CallSettings noRoomSize = withRoomSize;
    noRoomSize.roomSizeUrl.clear();
    QVERIFY(!CallPolicy::mayRing(contact, noRoomSize, at(QTime(12, 0))));
    QVERIFY(!CallPolicy::mayRing(contact, withRoomSize, QDateTime()));
}

void TestCallPolicy::nothingRingsAtNight()
{
    // A guide let Anna ring until 23:00; the kiosk's night (21:00–07:00) wins.
    const ContactConfig contact = contactWith({{QTime(8, 0), QTime(23, 0)}});
    CallSettings settings = withRoomSize;
    settings.nightHours = {QTime(21, 0), QTime(7, 0)};
    QVERIFY(CallPolicy::mayRing(contact, settings, at(QTime(20, 59))));
    QVERIFY(!CallPolicy::mayRing(contact, settings, at(QTime(21, 0))));
    QVERIFY(!CallPolicy::mayRing(contact, settings, at(QTime(22, 30))));
    // ConfigLoader hands kiosk.json's night to the calls; its default is the same.
    QCOMPARE(CallSettings{}.nightHours, (DailyHours{QTime(21, 0), QTime(7, 0)}));
}

// Anyone who learns a room's name can open it; only the family has the token or the password.
void TestCallPolicy::withoutASecretNothingRingsOrAnswers()
{
    ContactConfig contact = contactWith({{QTime(8, 0), QTime(20, 0)}});
    contact.autoAnswerSeconds = 8;
    QVERIFY(CallPolicy::mayRing(contact, withRoomSize, at(QTime(12, 0))));
    QVERIFY(CallPolicy::autoAnswerAfter(contact, at(QTime(12, 0))));
    QVERIFY(CallPolicy::secretProblems({contact}).isEmpty());

    ContactConfig withPassword = contact;
    withPassword.jwt.clear();
    withPassword.roomPassword = u"Apfelbaum-17"_s;
    QVERIFY(CallPolicy::mayRing(withPassword, withRoomSize, at(QTime(12, 0))));
    QVERIFY(CallPolicy::autoAnswerAfter(withPassword, at(QTime(12, 0))));

    ContactConfig open = withPassword;
    open.roomPassword.clear();
    QVERIFY(!CallPolicy::mayRing(open, withRoomSize, at(QTime(12, 0))));
    QCOMPARE(CallPolicy::autoAnswerAfter(open, at(QTime(12, 0))), std::nullopt);
    // Said for staff, by the contact's place in the file, not its name.
    ContactConfig quiet = open;
    quiet.ring = false;
    quiet.autoAnswerSeconds.reset();
    const QStringList problems = CallPolicy::secretProblems({contact, quiet, open});
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().startsWith(u"contacts.json: contacts[2]: \"ring\" needs \"jwt\""_s),
             qPrintable(problems.first()));
    QVERIFY(!problems.first().contains(u"anna"_s));
}

void TestCallPolicy::daylightSavingDays_data()
{
    QTest::addColumn<QList<DailyHours>>("hours");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("expected");

    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    // 29 March 2026: at 02:00 CET the clocks jump to 03:00 CEST.
    const QDateTime beforeJump(QDate(2026, 3, 29), QTime(1, 59, 59), berlin);
    const QDateTime afterJump = beforeJump.addSecs(1);
    QCOMPARE(afterJump.time(), QTime(3, 0));
    const QList<DailyHours> skipped{{QTime(2, 0), QTime(3, 0)}};
    QTest::addRow("spring: skipped hour, before") << skipped << beforeJump << false;
    QTest::addRow("spring: skipped hour, after") << skipped << afterJump << false;
    const QList<DailyHours> night{{QTime(21, 0), QTime(7, 0)}};
    QTest::addRow("spring: night, before the jump") << night << beforeJump << true;
    QTest::addRow("spring: night, after the jump") << night << afterJump << true;
    QTest::addRow("spring: night ends at 07:00 CEST")
        << night << QDateTime(QDate(2026, 3, 29), QTime(7, 0), berlin) << false;
    const QList<DailyHours> day{{QTime(8, 0), QTime(20, 0)}};
    QTest::addRow("spring: day, 08:00 CEST")
        << day << QDateTime(QDate(2026, 3, 29), QTime(8, 0), berlin) << true;

    // 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET; 02:30 happens twice.
    // (From UTC: for a local time that happens twice, Qt picks one of them.)
    const QDateTime firstHalfPastTwo =
        QDateTime(QDate(2026, 10, 25), QTime(0, 30), Qt::UTC).toTimeZone(berlin);
    QCOMPARE(firstHalfPastTwo.time(), QTime(2, 30));
    const QDateTime secondHalfPastTwo = firstHalfPastTwo.addSecs(3600);
    QCOMPARE(secondHalfPastTwo.time(), QTime(2, 30));
    const QList<DailyHours> repeated{{QTime(2, 0), QTime(3, 0)}};
    QTest::addRow("autumn: repeated hour, first time") << repeated << firstHalfPastTwo << true;
    QTest::addRow("autumn: repeated hour, second time") << repeated << secondHalfPastTwo << true;
    QTest::addRow("autumn: 03:00 CET")
        << repeated << QDateTime(QDate(2026, 10, 25), QTime(3, 0), berlin) << false;
}

void TestCallPolicy::daylightSavingDays()
{
    QFETCH(QList<DailyHours>, hours);
    QFETCH(QDateTime, now);
    QFETCH(bool, expected);
    QVERIFY(now.isValid());
    QCOMPARE(CallPolicy::mayRing(contactWith(hours), withRoomSize, now), expected);
    // The hours are the clock's wall-clock hours, whatever zone the machine runs in.
    QCOMPARE(CallPolicy::autoAnswerAfter(
                 [&] {
                     ContactConfig contact = contactWith(hours);
                     contact.autoAnswerSeconds = 8;
                     return contact;
                 }(),
                 now)
                 .has_value(),
             expected);
}

void TestCallPolicy::autoAnswerAfter()
{
    ContactConfig contact = contactWith({{QTime(8, 0), QTime(20, 0)}});
    QCOMPARE(CallPolicy::autoAnswerAfter(contact, at(QTime(12, 0))), std::nullopt);

    contact.autoAnswerSeconds = 8;
    contact.autoAnswerHours = {{QTime(10, 0), QTime(12, 0)}};
    QCOMPARE(CallPolicy::autoAnswerAfter(contact, at(QTime(10, 0))),
             std::optional<std::chrono::seconds>(8s));
    QCOMPARE(CallPolicy::autoAnswerAfter(contact, at(QTime(11, 59, 59))),
             std::optional<std::chrono::seconds>(8s));
    QCOMPARE(CallPolicy::autoAnswerAfter(contact, at(QTime(12, 0))), std::nullopt);
    QCOMPARE(CallPolicy::autoAnswerAfter(contact, at(QTime(9, 59))), std::nullopt);
}

void TestCallPolicy::roomSizeUrl()
{
    ContactConfig contact = contactWith({});
    contact.room = u"Familie_Schmidt.7f3K"_s; // Jitsi lowercases room names
    QCOMPARE(
        CallPolicy::roomSizeUrl(withRoomSize, contact),
        QUrl(
            u"https://meet.example.org/room-size?room=familie_schmidt.7f3k&domain=meet.example.org"_s));
    QCOMPARE(CallPolicy::roomSizeUrl(CallSettings{}, contact), QUrl());
}

void TestCallPolicy::roomSizeUrlWithDomainAsHost()
{
    // One template for contacts on several servers: each asks its own.
    CallSettings settings;
    settings.roomSizeUrl = u"https://{domain}/room-size?room={room}&domain={domain}"_s;
    ContactConfig contact = contactWith({});
    contact.server = QUrl(u"https://jitsi.example.net/"_s);
    QCOMPARE(
        CallPolicy::roomSizeUrl(settings, contact),
        QUrl(
            u"https://jitsi.example.net/room-size?room=familie-schmidt&domain=jitsi.example.net"_s));
}

void TestCallPolicy::roomSizeUrlIsPercentEncoded()
{
    // The loader allows no such room; a value that could end the query must still stay inside.
    ContactConfig contact = contactWith({});
    contact.room = u"a&b=c d#e"_s;
    const QUrl url = CallPolicy::roomSizeUrl(withRoomSize, contact);
    QVERIFY(url.isValid());
    QCOMPARE(url.host(), u"meet.example.org"_s);
    QCOMPARE(url.fragment(), QString());
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"room"_s, QUrl::FullyDecoded), u"a&b=c d#e"_s);
    QCOMPARE(query.queryItemValue(u"domain"_s), u"meet.example.org"_s);
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestCallPolicy)
#include "tst_callpolicy.moc"
