// What "Vorlesen" says on "Was ist los?", as data rows (the cache's events and the tab in, the
// whole spoken text out): a timed event, all-day events, a cancelled one, events tomorrow and
// this week, one until midnight and one over several days, the empty day, the detail with a
// long description (all of it, though it shows on several pages); and the cards of the current
// page only. The rows assert the English source texts; C-locale dates ("Friday, 27 November").
#include "core/events/eventcache.h"
#include "core/events/eventsource.h"
#include "support/fixedclock.h"
#include "ui/events/eventcard.h"
#include "ui/events/eventdetail.h"
#include "ui/events/eventspokentext.h"
#include "ui/events/eventsscreen.h"
#include "ui/events/eventtab.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/theme.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

using Range = EventDay::Range;

// Friday, 27 November 2026, in the machine's zone (the tests run in UTC).
const QDate today(2026, 11, 27);
const QDateTime now(today, QTime(14, 5, 10));
const QString feedId = u"kusel"_s;

EventOccurrence timed(const QString &title, const QDateTime &start, int minutes,
                      const QString &location = {}, const QString &description = {})
{
    EventOccurrence o;
    o.feedId = feedId;
    o.uid = title + u'@' + start.toString(Qt::ISODate);
    o.start = start.toUTC();
    o.end = start.addSecs(qint64(minutes) * 60).toUTC();
    o.timeZone = u"Europe/Berlin"_s;
    o.title = title;
    o.location = location;
    o.description = description;
    return o;
}

EventOccurrence allDay(const QString &title, QDate first, int days, const QString &location = {})
{
    EventOccurrence o;
    o.feedId = feedId;
    o.uid = title + u'@' + first.toString(Qt::ISODate);
    o.allDay = true;
    o.startDate = first;
    o.endDate = first.addDays(days);
    o.start = QDateTime(first, QTime(0, 0)).toUTC();
    o.end = QDateTime(first.addDays(days), QTime(0, 0)).toUTC();
    o.title = title;
    o.location = location;
    return o;
}

EventOccurrence cancelled(EventOccurrence o)
{
    o.cancelled = true;
    return o;
}

// A real events.db written the way dorfplatz-sync writes it.
class Cache
{
public:
    Cache()
    {
        QString error;
        m_writer = EventCache::open(path(), &error);
        if (!m_writer)
            qWarning() << "cannot open the cache:" << error;
    }

    QString path() const { return m_dir.filePath(EventCache::fileName); }

    bool fill(const EventOccurrences &occurrences)
    {
        FeedStatus status;
        status.feedId = feedId;
        status.name = u"Veranstaltungen im Landkreis Kusel"_s;
        status.lastSuccess = QDateTime(today, QTime(3, 5)).toUTC();
        status.lastAttempt = status.lastSuccess;
        status.events = int(occurrences.size());
        QString why;
        if (!m_writer || !m_writer->replaceFeed(status, occurrences, &why)) {
            qWarning() << "replaceFeed:" << why;
            return false;
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventCache> m_writer;
};

void tapFreely(QWidget &root)
{
    static std::chrono::milliseconds time{0};
    for (TapButton *button : root.findChildren<TapButton *>())
        button->guard().setTimeSource([] { return time += 1000ms; });
}

const QString seniors = u"Seniorennachmittag mit Kaffee und Kuchen"_s;
const QString concert = u"Adventskonzert des Kirchenchors"_s;

// Three paragraphs with what the eye skips: quotes, a dash, bullets, an emoji, "…".
const QString concertText =
    u"Der Kirchenchor Altenglan singt „Tochter Zion“ – und Lieder zum Mitsingen!\n\n"
    "• Eintritt frei\n• Glühwein 🍷 im Gemeindehaus\n\n"
    "Die Kirche ist geheizt und über den Seiteneingang barrierefrei zu erreichen. Für "
    "Rollstuhlfahrer sind Plätze in der ersten Reihe frei. Fahrdienst ab dem Seniorenzentrum "
    "Kusel um 18:15 Uhr, bitte bis Donnerstag im Büro anmelden … Bei Glätte fällt der "
    "Fahrdienst aus; das Konzert findet trotzdem statt. Weitere Auskunft gibt das Pfarramt "
    "Altenglan unter der bekannten Nummer."_s;
const QString concertSpoken =
    u"Der Kirchenchor Altenglan singt Tochter Zion, und Lieder zum Mitsingen! Eintritt frei. "
    "Glühwein im Gemeindehaus. Die Kirche ist geheizt und über den Seiteneingang barrierefrei "
    "zu erreichen. Für Rollstuhlfahrer sind Plätze in der ersten Reihe frei. Fahrdienst ab dem "
    "Seniorenzentrum Kusel um 18:15 Uhr, bitte bis Donnerstag im Büro anmelden, Bei Glätte "
    "fällt der Fahrdienst aus; das Konzert findet trotzdem statt. Weitere Auskunft gibt das "
    "Pfarramt Altenglan unter der bekannten Nummer."_s;

const QString openHint = u"Tap an event to see all of it."_s;
const QString backHint = u"Tap Back to the list to see all events again."_s;

} // namespace

class TestEventsSpoken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screen_data();
    void screen();
    void onlyTheCurrentPage();
    void shortText_data();
    void shortText();

private:
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
};

void TestEventsSpoken::initTestCase()
{
    // English source texts and C-locale dates, whatever the machine says.
    QLocale::setDefault(QLocale::c());
}

void TestEventsSpoken::screen_data()
{
    QTest::addColumn<EventOccurrences>("events");
    QTest::addColumn<Range>("range");
    QTest::addColumn<QString>("detail"); // the title of the event to open; empty: the list
    QTest::addColumn<QString>("expected");

    const QDateTime at15(today, QTime(15, 0));
    QTest::newRow("timed event")
        << EventOccurrences{timed(seniors, at15, 120, u"Rammelsbach, Bürgerhaus"_s,
                                  u"Gemütliches Beisammensein mit Musik."_s)}
        << Range::Today << QString()
        << u"Today. From 15:00 to 17:00. Seniorennachmittag mit Kaffee und Kuchen. Place: "
           "Rammelsbach, Bürgerhaus. Gemütliches Beisammensein mit Musik. "_s +
               openHint;
    QTest::newRow("with minutes, no place")
        << EventOccurrences{timed(u"Bücherei geöffnet"_s, QDateTime(today, QTime(16, 15)), 60)}
        << Range::Today << QString()
        << u"Today. From 16:15 to 17:15. Bücherei geöffnet. "_s + openHint;
    // Over at 14:05: "Today" says so, and what comes first tomorrow (not what is cancelled).
    QTest::newRow("nothing more today")
        << EventOccurrences{timed(u"Bücherei geöffnet"_s, QDateTime(today, QTime(10, 15)), 60),
                            cancelled(timed(u"Frühschoppen"_s,
                                            QDateTime(today.addDays(1), QTime(9, 0)), 60)),
                            timed(u"Gottesdienst"_s, QDateTime(today.addDays(1), QTime(10, 30)),
                                  60)}
        << Range::Today << QString()
        << u"Today. Nothing more is on today. Tomorrow at 10:30: Gottesdienst."_s;
    QTest::newRow("nothing more today, all day tomorrow")
        << EventOccurrences{timed(u"Bücherei geöffnet"_s, QDateTime(today, QTime(10, 15)), 60),
                            allDay(u"Adventsmarkt"_s, today.addDays(1), 2)}
        << Range::Today << QString()
        << u"Today. Nothing more is on today. Tomorrow all day: Adventsmarkt."_s;
    QTest::newRow("nothing more today, nothing tomorrow")
        << EventOccurrences{timed(u"Bücherei geöffnet"_s, QDateTime(today, QTime(10, 15)), 60)}
        << Range::Today << QString() << u"Today. There are no events in the calendar today."_s;
    QTest::newRow("all-day event")
        << EventOccurrences{allDay(u"Adventsmarkt"_s, today, 1, u"Kusel, Marktplatz"_s)}
        << Range::Today << QString()
        << u"Today. All day. Adventsmarkt. Place: Kusel, Marktplatz. "_s + openHint;
    QTest::newRow("all-day over several days")
        << EventOccurrences{allDay(u"Adventsmarkt"_s, today.addDays(-1), 4)} << Range::Today
        << QString() << u"Today. Until Sunday, 29 November. Adventsmarkt. "_s + openHint;
    QTest::newRow("all-day, its last day tomorrow")
        << EventOccurrences{allDay(u"Adventsmarkt"_s, today.addDays(-1), 3)} << Range::Today
        << QString() << u"Today. Until tomorrow. Adventsmarkt. "_s + openHint;
    QTest::newRow("cancelled event")
        << EventOccurrences{cancelled(
               timed(u"Lichterabend im Stadtpark"_s, QDateTime(today, QTime(17, 30)), 90,
                     u"Kusel, Stadtpark"_s, u"Fällt wegen des Sturms aus."_s))}
        << Range::Today << QString()
        << u"Today. From 17:30 to 19:00. Cancelled. Lichterabend im Stadtpark. Place: Kusel, "
           "Stadtpark. Fällt wegen des Sturms aus. "_s +
               openHint;
    QTest::newRow("until midnight")
        << EventOccurrences{timed(u"Kerwe-Tanz"_s, QDateTime(today, QTime(20, 0)), 240,
                                  u"Festzelt – Glanbrücke"_s)}
        << Range::Today << QString()
        << u"Today. From 20:00 to midnight. Kerwe-Tanz. Place: Festzelt, Glanbrücke. "_s + openHint;
    QTest::newRow("over several days, from today")
        << EventOccurrences{timed(u"Kerwe"_s, QDateTime(today, QTime(18, 0)), 44 * 60)}
        << Range::Today << QString()
        << u"Today. From 18:00. Until Sunday, 29 November. Kerwe. "_s + openHint;
    QTest::newRow("event tomorrow")
        << EventOccurrences{timed(u"Chorprobe"_s, QDateTime(today.addDays(1), QTime(19, 30)), 90,
                                  u"Kusel, Vereinsheim"_s)}
        << Range::Tomorrow << QString()
        << u"Tomorrow. From 19:30 to 21:00. Chorprobe. Place: Kusel, Vereinsheim. "_s + openHint;
    QTest::newRow("this week")
        << EventOccurrences{timed(u"Chorprobe"_s, QDateTime(today.addDays(1), QTime(19, 30)), 90),
                            timed(u"Gottesdienst"_s, QDateTime(today.addDays(2), QTime(10, 0)), 60)}
        << Range::Week << QString()
        << u"This week. Tomorrow. From 19:30 to 21:00. Chorprobe. Sunday, 29 November. From "
           "10:00 to 11:00. Gottesdienst. "_s +
               openHint;
    QTest::newRow("empty day")
        << EventOccurrences{timed(u"Chorprobe"_s, QDateTime(today.addDays(1), QTime(19, 30)), 90)}
        << Range::Today << QString() << u"Today. There are no events in the calendar today."_s;
    QTest::newRow("empty tomorrow")
        << EventOccurrences{timed(seniors, at15, 120)} << Range::Tomorrow << QString()
        << u"Tomorrow. There are no events in the calendar tomorrow."_s;
    QTest::newRow("detail with a long description")
        << EventOccurrences{timed(concert, QDateTime(today, QTime(19, 0)), 120,
                                  u"Protestantische Kirche Altenglan"_s, concertText)}
        << Range::Today << concert
        << u"Today, Friday, 27 November. From 19:00 to 21:00. Adventskonzert des "
           "Kirchenchors. Place: Protestantische Kirche Altenglan. "_s +
               concertSpoken + u' ' + backHint;
    QTest::newRow("detail of a cancelled event tomorrow")
        << EventOccurrences{cancelled(
               timed(u"Chorprobe"_s, QDateTime(today.addDays(1), QTime(19, 30)), 90))}
        << Range::Tomorrow << u"Chorprobe"_s
        << u"Tomorrow, Saturday, 28 November. From 19:30 to 21:00. Cancelled. Chorprobe. "_s +
               backHint;
}

void TestEventsSpoken::screen()
{
    QFETCH(EventOccurrences, events);
    QFETCH(Range, range);
    QFETCH(QString, detail);
    QFETCH(QString, expected);

    Cache cache;
    QVERIFY(cache.fill(events));
    EventSource source(cache.path());
    FixedClock clock(now);
    EventsScreen screen(m_theme, source, clock);
    screen.setStyleSheet(m_theme.styleSheet());
    // Large enough for every card of a row on one page.
    screen.resize(1920, 1080);
    screen.show();
    tapFreely(screen);
    if (range != Range::Today)
        QTest::mouseClick(screen.tab(range), Qt::LeftButton);
    QCOMPARE(screen.range(), range);
    QCOMPARE(screen.pageCount(), 1);
    if (!detail.isEmpty()) {
        EventCard *card = nullptr;
        for (EventCard *each : screen.visibleCards()) {
            if (each->entry().occurrence.title == detail)
                card = each;
        }
        QVERIFY(card);
        tapFreely(screen);
        QTest::mouseClick(card, Qt::LeftButton);
        QVERIFY(screen.detailShown());
        // The whole text is said whichever page of it shows.
        screen.resize(1280, 560);
        QVERIFY(screen.detail()->pageCount() > 1 || events.first().description.isEmpty());
    }
    QCOMPARE(screen.spokenText(), expected);
}

void TestEventsSpoken::onlyTheCurrentPage()
{
    Cache cache;
    EventOccurrences events;
    for (int i = 0; i < 9; ++i)
        events.append(timed(u"Termin %1"_s.arg(i + 1), QDateTime(today, QTime(15 + i, 0)), 30));
    QVERIFY(cache.fill(events));
    EventSource source(cache.path());
    FixedClock clock(now);
    EventsScreen screen(m_theme, source, clock);
    screen.setStyleSheet(m_theme.styleSheet());
    screen.resize(1280, 560);
    screen.show();
    tapFreely(screen);
    const int pages = screen.pageCount();
    QVERIFY(pages > 1);
    for (int page = 0; page < pages; ++page) {
        screen.pageSwitcher()->setPage(page);
        QStringList expected{u"Today."_s};
        for (const EventCard *card : screen.visibleCards()) {
            const QTime start = card->entry().occurrence.start.time();
            expected.append(u"From %1 to %2. %3."_s.arg(start.toString(u"H:mm"_s),
                                                        start.addSecs(1800).toString(u"H:mm"_s),
                                                        card->entry().occurrence.title));
        }
        QVERIFY(expected.size() > 1);
        expected.append(u"Page %1 of %2."_s.arg(page + 1).arg(pages));
        if (page + 1 < pages)
            expected.append(u"Tap more to see more."_s);
        expected.append(openHint);
        QCOMPARE(screen.spokenText(), expected.join(u' '));
    }
}

void TestEventsSpoken::shortText_data()
{
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("whole") << u"Neue Sänger sind willkommen."_s
                           << u"Neue Sänger sind willkommen."_s;
    QTest::newRow("cut after a sentence")
        << u"Neue Sänger sind willkommen. Wir proben jeden…"_s << u"Neue Sänger sind willkommen."_s;
    QTest::newRow("cut inside the first sentence") << u"Gemütliches Beisammensein mit Musik von…"_s
                                                   << u"Gemütliches Beisammensein mit Musik von"_s;
    QTest::newRow("a number is no sentence end")
        << u"Treffen am 3. Dezember im…"_s << u"Treffen am 3. Dezember im"_s;
    QTest::newRow("nothing shown") << QString() << QString();
}

void TestEventsSpoken::shortText()
{
    QFETCH(QString, shown);
    QFETCH(QString, expected);
    QCOMPARE(EventSpokenText::shortText(shown), expected);
}

QTEST_MAIN(TestEventsSpoken)
#include "tst_eventsspoken.moc"
