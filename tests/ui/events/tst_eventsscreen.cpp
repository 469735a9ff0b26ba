// The "Was ist los?" screen on a real events cache: the tabs list the right days (in the clock's
// zone), the cards say when, what and where, and mark what is cancelled; pages turn with big
// buttons and nothing ever scrolls; a tap shows the whole text; the footer says how fresh the
// data is; the list follows the cache and the clock past midnight; and at every screen size,
// text scale and theme every control is large enough and no text is cut.
#include "core/events/eventcache.h"
#include "core/events/eventsource.h"
#include "core/i18n/translations.h"
#include "support/fixedclock.h"
#include "ui/events/eventcard.h"
#include "ui/events/eventday.h"
#include "ui/events/eventdetail.h"
#include "ui/events/eventsfooter.h"
#include "ui/events/eventsscreen.h"
#include "ui/events/eventtab.h"
#include "ui/events/eventtimetext.h"
#include "ui/events/textlines.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/readaloud.h"
#include "ui/kit/readaloudbutton.h"
#include "ui/kit/theme.h"
#include "ui/shell/mainwindow.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/recordingspeech.h"

#include <QAbstractScrollArea>
#include <QLabel>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using Dorfplatz::Test::rectIn;
using namespace std::chrono_literals;

namespace {

using Range = EventDay::Range;
using Kind = EventCardLine::Kind;

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

QStringList titles(const EventEntries &entries)
{
    QStringList result;
    for (const EventEntry &entry : entries)
        result.append(entry.occurrence.title);
    return result;
}

// With DORFPLATZ_EVENTS_SCREENSHOTS set, saves a picture of `widget` to /tmp/events-NAME.png.
void screenshot(QWidget &widget, const QString &name)
{
    if (qEnvironmentVariableIsSet("DORFPLATZ_EVENTS_SCREENSHOTS"))
        widget.grab().save(u"/tmp/events-%1.png"_s.arg(name));
}

// Every button counts each tap as a new one, a second after the last: the tests tap faster than
// the 0.6 s repeat guard lets a finger.
void tapFreely(QWidget &root)
{
    static std::chrono::milliseconds time{0};
    for (TapButton *button : root.findChildren<TapButton *>())
        button->guard().setTimeSource([] { return time += 1000ms; });
}

void tap(EventsScreen &screen, TapButton *button)
{
    tapFreely(screen); // cards are made as pages need them
    QTest::mouseClick(button, Qt::LeftButton);
}

QStringList cardTitles(const EventsScreen &screen)
{
    QStringList result;
    for (const EventCard *card : screen.visibleCards())
        result.append(card->entry().occurrence.title);
    return result;
}

// `shown` is `full`, or its beginning up to a whole word with "…".
bool wholeOrShortened(const QString &shown, const QString &full)
{
    if (shown == full)
        return true;
    if (!shown.endsWith(u"…"_s) || shown.size() < 2)
        return false;
    const QString start = shown.chopped(1);
    return full.startsWith(start) && full.size() > start.size() &&
           !full.at(start.size()).isLetter();
}

// The first card of the current tab, on whichever page, that `matches`; it is then on screen.
template <typename Predicate>
EventCard *findCard(EventsScreen &screen, Predicate matches)
{
    for (int page = 0; page < screen.pageCount(); ++page) {
        screen.pageSwitcher()->setPage(page);
        for (EventCard *card : screen.visibleCards()) {
            if (matches(card->entry().occurrence))
                return card;
        }
    }
    return nullptr;
}

// Every title a tab lists, page by page, turning pages with "weiter".
QStringList allCardTitles(EventsScreen &screen)
{
    QStringList result;
    screen.pageSwitcher()->setPage(0);
    while (true) {
        result += cardTitles(screen);
        if (screen.page() + 1 >= screen.pageCount())
            break;
        tap(screen, screen.pageSwitcher()->nextButton());
    }
    return result;
}

// A real events.db written the way dorfplatz-sync writes it, and the kiosk's read side on it.
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
    bool isValid() const { return m_writer != nullptr; }

    bool fill(const EventOccurrences &occurrences, const QDateTime &success,
              const QDateTime &attempt = {}, const QString &error = {})
    {
        FeedStatus status;
        status.feedId = feedId;
        status.name = u"Veranstaltungen im Landkreis Kusel"_s;
        status.lastSuccess = success.toUTC();
        status.lastAttempt = (attempt.isValid() ? attempt : success).toUTC();
        status.error = error;
        status.events = int(occurrences.size());
        QString why;
        if (!m_writer->replaceFeed(status, occurrences, &why)) {
            qWarning() << "replaceFeed:" << why;
            return false;
        }
        return true;
    }

    bool fail(const QDateTime &attempt)
    {
        QString why;
        if (!m_writer->recordFailure(feedId, u"Veranstaltungen im Landkreis Kusel"_s,
                                     attempt.toUTC(), u"Host not found"_s, &why)) {
            qWarning() << "recordFailure:" << why;
            return false;
        }
        return true;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventCache> m_writer;
};

const QString longDescription =
    u"Der Kirchenchor Altenglan lädt herzlich zum Adventskonzert ein. Auf dem Programm stehen "
    "Werke von Johann Sebastian Bach, Dietrich Buxtehude und Felix Mendelssohn Bartholdy sowie "
    "bekannte Adventslieder zum Mitsingen.\n\nDie Kirche ist geheizt und barrierefrei über den "
    "Seiteneingang zu erreichen. Für Rollstuhlfahrer sind Plätze in der ersten Reihe "
    "freigehalten. Im Anschluss gibt es Glühwein und Lebkuchen im Gemeindehaus.\n\nDer Eintritt "
    "ist frei, um eine Spende für die Orgelsanierung wird gebeten. Fahrdienst ab dem "
    "Seniorenzentrum Kusel um 18:15 Uhr, bitte bis Donnerstag im Büro anmelden. Bei Glätte "
    "fällt der Fahrdienst aus; das Konzert findet trotzdem statt. Weitere Auskunft gibt das "
    "Pfarramt Altenglan unter der bekannten Nummer."_s;

// A realistic day in Landkreis Kusel: long titles, long places, a cancelled event, all-day and
// multi-day events, and events on every day of the week.
EventOccurrences sampleWeek()
{
    EventOccurrences events{
        allDay(u"Adventsmarkt auf dem Marktplatz"_s, today.addDays(-1), 4, u"Kusel, Marktplatz"_s),
        timed(u"Seniorennachmittag mit Kaffee und Kuchen"_s, QDateTime(today, QTime(15, 0)), 120,
              u"Rammelsbach, Bürgerhaus"_s,
              u"Gemütliches Beisammensein mit Musik von Heinz an der Heimorgel."_s),
        timed(u"Adventskonzert des Kirchenchors Altenglan mit Orgel und Bläsern"_s,
              QDateTime(today, QTime(19, 0)), 120, u"Protestantische Kirche Altenglan"_s,
              longDescription),
        timed(u"Kerwe-Tanz"_s, QDateTime(today, QTime(20, 0)), 240,
              u"Festzelt an der Glanbrücke, Rammelsbach"_s, u"Es spielt die Kapelle Westrich."_s),
        timed(u"Lichterabend im Stadtpark"_s, QDateTime(today, QTime(17, 30)), 90,
              u"Kusel, Stadtpark"_s, u"Fällt wegen des Sturms aus."_s),
        timed(u"Bücherei geöffnet"_s, QDateTime(today, QTime(14, 0)), 120,
              u"Stadtbücherei Kusel"_s), // open now
    };
    events[4].cancelled = true;
    events[2].attribution = u"Evangelische Kirche der Pfalz, CC BY 4.0"_s;
    for (int day = 1; day < 7; ++day) {
        events.append(timed(u"Chorprobe Gesangverein Frohsinn"_s,
                            QDateTime(today.addDays(day), QTime(19, 30)), 90,
                            u"Kusel, Vereinsheim"_s, u"Neue Sänger sind willkommen."_s));
    }
    return events;
}

// The screen in a whole window below the header, as the kiosk shows it away from home: with
// "Startseite" and "Vorlesen" (speech that is only recorded), the header hiding and showing as
// the screen asks (KioskShell::updateChrome).
struct KioskWindow
{
    KioskWindow(const Theme &theme, EventSource &source, const Clock &clock, QSize size)
        : window(theme, clock, u"Haus Sonnenhang"_s)
        , screen(new EventsScreen(theme, source, clock))
    {
        Header *header = window.header();
        header->setHomeButtonVisible(true);
        header->setReadAloudButton(new ReadAloudButton(
            theme, readAloud, [this] { return screen->spokenText(); }, header));
        window.stack()->addWidget(screen);
        window.stack()->setCurrentWidget(screen);
        screen->offerReadAloud(readAloud);
        QObject::connect(screen, &Screen::chromeChanged, &window,
                         [this] { window.header()->setVisible(screen->showsHeader()); });
        window.resize(size);
        window.show();
        tapFreely(*screen);
    }

    Test::RecordingSpeech speech;
    ReadAloud readAloud{&speech};
    MainWindow window;
    EventsScreen *screen;
};

} // namespace

class TestEventsScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void daysOfEachRange();
    void daysFollowTheClocksZone();
    void timeTexts();
    void footerTexts();
    void footerTextsInGerman();
    void textLines();
    void tabsSelectTheRightDays();
    void cardTexts();
    void titleSmallerRatherThanBroken();
    void pagingNeverScrolls();
    void doubleTapTurnsOnePage();
    void detailShowsTheWholeText();
    void longDescriptionPages();
    void markupShowsAsWritten();
    void footerOnScreen();
    void emptyStatePerTab();
    void neverSynced();
    void followsTheCache();
    void midnightMovesToday();
    void finishedEventsLeaveToday();
    void nothingMoreToday();
    void layoutFits_data();
    void layoutFits();
    void detailPagesAtLargeText_data();
    void detailPagesAtLargeText();

private:
    std::unique_ptr<EventsScreen> makeScreen(EventSource &source, const Clock &clock,
                                             const Theme &theme, QSize size = {1280, 560}) const;
    void checkLayout(const EventsScreen &screen, const Theme &theme) const;
    void checkCardLines(const EventCard &card, const Theme &theme) const;

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
    FixedClock m_clock{now};
};

void TestEventsScreen::initTestCase()
{
    // English source texts and C-locale dates ("Sun, 29 Nov"), whatever the machine says.
    QLocale::setDefault(QLocale::c());
}

std::unique_ptr<EventsScreen> TestEventsScreen::makeScreen(EventSource &source, const Clock &clock,
                                                           const Theme &theme, QSize size) const
{
    auto screen = std::make_unique<EventsScreen>(theme, source, clock);
    screen->setStyleSheet(theme.styleSheet());
    screen->resize(size);
    screen->show();
    tapFreely(*screen);
    return screen;
}

void TestEventsScreen::daysOfEachRange()
{
    const QDateTime yesterday(today.addDays(-1), QTime(0, 0));
    const EventOccurrences events{
        allDay(u"market"_s, today.addDays(-1), 3),                         // Thu … Sat
        timed(u"late"_s, yesterday.addSecs(23 * 3600 + 30 * 60), 60),      // 23:30 … 00:30
        timed(u"midnight"_s, yesterday.addSecs(22 * 3600), 120),           // ends at 00:00
        timed(u"choir"_s, QDateTime(today.addDays(1), QTime(19, 0)), 120), // tomorrow
        timed(u"past"_s, QDateTime(today.addDays(-1), QTime(10, 0)), 60),
        timed(u"sixth"_s, QDateTime(today.addDays(6), QTime(10, 0)), 60),
        timed(u"seventh"_s, QDateTime(today.addDays(7), QTime(10, 0)), 60),
        allDay(u"one day"_s, today, 1),
        timed(u"morning"_s, QDateTime(today, QTime(9, 0)), 60),
        allDay(u"tomorrow only"_s, today.addDays(1), 1),
    };
    // All-day and running events first, then by start.
    QCOMPARE(titles(EventDay::select(events, today, 1, now)),
             (QStringList{u"market"_s, u"one day"_s, u"late"_s, u"morning"_s}));
    // "Today" without what is over by now (14:05): the night's and the morning's events.
    QCOMPARE(titles(EventDay::select(events, Range::Today, now)),
             (QStringList{u"market"_s, u"one day"_s}));
    QCOMPARE(titles(EventDay::select(events, Range::Tomorrow, now)),
             (QStringList{u"market"_s, u"tomorrow only"_s, u"choir"_s}));
    // A week is today and the six days after it; each event once, under its first day there.
    const EventEntries week = EventDay::select(events, Range::Week, now);
    QCOMPARE(titles(week), (QStringList{u"market"_s, u"one day"_s, u"late"_s, u"morning"_s,
                                        u"tomorrow only"_s, u"choir"_s, u"sixth"_s}));
    QCOMPARE(week.at(0).day, today);
    QCOMPARE(week.at(5).day, today.addDays(1));
    QCOMPARE(week.at(6).day, today.addDays(6));
    // The cache is asked for a window wide enough for every zone.
    QVERIFY(EventDay::queryFrom(today, now) <= QDateTime(today.addDays(-1), QTime(0, 0)));
    QVERIFY(EventDay::queryTo(today, 7, now) >= QDateTime(today.addDays(8), QTime(0, 0)));
}

void TestEventsScreen::daysFollowTheClocksZone()
{
    // 23:30 UTC is already half past midnight in Kusel: that concert is tomorrow there.
    const QTimeZone berlin("Europe/Berlin");
    const QDateTime kusel(today, QTime(14, 5), berlin);
    const EventOccurrence late =
        timed(u"late"_s, QDateTime(today, QTime(23, 30), QTimeZone::utc()), 30);
    QVERIFY(EventDay::select({late}, Range::Today, kusel).isEmpty());
    QCOMPARE(titles(EventDay::select({late}, Range::Tomorrow, kusel)), QStringList{u"late"_s});
    QCOMPARE(EventTimeText::when(late, today.addDays(1), kusel), u"0:30\u00A0– 1:00"_s);
    // All-day events go by their dates, not by the UTC midnight they were stored at.
    const EventOccurrence fair = allDay(u"fair"_s, today, 1);
    QCOMPARE(titles(EventDay::select({fair}, Range::Today, kusel)), QStringList{u"fair"_s});
    QVERIFY(EventDay::select({fair}, Range::Tomorrow, kusel).isEmpty());
}

void TestEventsScreen::timeTexts()
{
    const auto when = [](const EventOccurrence &o, QDate day) {
        return EventTimeText::when(o, day, now);
    };
    QCOMPARE(when(timed(u"a"_s, QDateTime(today, QTime(19, 0)), 120), today),
             u"19:00\u00A0– 21:00"_s);
    QCOMPARE(when(timed(u"a"_s, QDateTime(today, QTime(9, 5)), 0), today), u"9:05"_s);
    QCOMPARE(when(allDay(u"a"_s, today, 1), today), u"all day"_s);
    QCOMPARE(when(allDay(u"a"_s, today.addDays(-1), 3), today), u"until Sat, 28 Nov"_s);
    // Over midnight for a short while: both times, on both days.
    const EventOccurrence late = timed(u"a"_s, QDateTime(today.addDays(-1), QTime(23, 30)), 60);
    QCOMPARE(when(late, today), u"23:30\u00A0– 0:30"_s);
    // Longer: from when on the first day, until when on the others.
    const EventOccurrence festival = timed(u"a"_s, QDateTime(today, QTime(18, 0)), 48 * 60 + 60);
    QCOMPARE(when(festival, today), u"from 18:00, until Sun, 29 Nov"_s);
    QCOMPARE(when(festival, today.addDays(1)), u"until Sun, 29 Nov"_s);
    QCOMPARE(when(festival, today.addDays(2)), u"until 19:00"_s);

    QCOMPARE(EventTimeText::dayName(today, today), u"Today"_s);
    QCOMPARE(EventTimeText::dayName(today.addDays(1), today), u"Tomorrow"_s);
    QCOMPARE(EventTimeText::dayName(today.addDays(2), today), u"Sun, 29 Nov"_s);
    QCOMPARE(EventTimeText::fullWhen(late, today, now),
             u"Friday, 27 November, 23:30\u00A0– 0:30"_s);
}

void TestEventsScreen::footerTexts()
{
    const auto text = [](const QDateTime &success, const QDateTime &attempt, bool failed,
                         bool running) {
        return EventsFooter::text(success, attempt, failed, running, now);
    };
    const QDateTime threeOFive(today, QTime(3, 5));
    QCOMPARE(text(threeOFive, threeOFive, false, false), u"As of: today, 3:05"_s);
    QCOMPARE(text(threeOFive.addDays(-1), threeOFive.addDays(-1), false, false),
             u"As of: yesterday, 3:05"_s);
    // The newest attempt failed: how old the data is, and why it is not newer.
    QCOMPARE(text(threeOFive.addDays(-2), threeOFive, true, false),
             u"As of: the day before yesterday — no connection"_s);
    QCOMPARE(text(threeOFive.addDays(-5), threeOFive.addDays(-5), false, false),
             u"As of: Sunday, 22 November"_s);
    QCOMPARE(text(QDateTime(QDate(2025, 12, 30), QTime(3, 0)), {}, true, false),
             u"As of: Tuesday, 30 December 2025 — no connection"_s);
    // Stored in UTC, said in the clock's zone: 23:30 UTC is already tomorrow in Kusel.
    const QTimeZone berlin("Europe/Berlin");
    QCOMPARE(EventsFooter::text(QDateTime(today.addDays(-1), QTime(23, 30), QTimeZone::utc()), {},
                                false, false, QDateTime(today, QTime(9, 0), berlin)),
             u"As of: today, 0:30"_s);
    QCOMPARE(text({}, {}, false, false),
             u"The events have not been loaded yet. This happens by itself, usually at night."_s);
    QCOMPARE(text({}, threeOFive, true, false),
             u"The events could not be loaded yet. We will try again later."_s);
    QCOMPARE(text(threeOFive, threeOFive, false, true), u"Updating the events …"_s);

    QCOMPARE(EventsFooter::attribution({}), QString());
    QCOMPARE(EventsFooter::attribution(
                 {u"CC BY 4.0 Kreis Kusel"_s, {}, u"CC BY 4.0 Kreis Kusel"_s, u"Pfarramt"_s}),
             u"Source: CC BY 4.0 Kreis Kusel; Pfarramt"_s);
}

void TestEventsScreen::footerTextsInGerman()
{
    Translations translations;
    QVERIFY(translations.install(u"de"_s));
    const QDateTime threeOFive(today, QTime(3, 5));
    const QString failed = EventsFooter::text(threeOFive.addDays(-2), threeOFive, true, false, now);
    const QString english = u"As of: the day before yesterday — no connection"_s;
    translations.install(u"en"_s);
    QLocale::setDefault(QLocale::c());
    // The German texts come with the translation, after this screen; until then the English
    // stands in, and once it is there it says what the issue asks for.
    if (failed == english)
        QSKIP("the German translation of the events footer is not there yet");
    QCOMPARE(failed, u"Stand: vorgestern — keine Verbindung"_s);
}

void TestEventsScreen::textLines()
{
    const QFont font = m_theme.font(Theme::TextRole::Body);
    const QFontMetrics metrics(font);
    const int width = metrics.horizontalAdvance(u"Werke von Johann Sebastian"_s);
    bool elided = false;
    const QStringList lines = TextLines::wrap(longDescription, font, width, 3, false, &elided);
    QCOMPARE(lines.size(), 3);
    QVERIFY(elided);
    QVERIFY2(lines.last().endsWith(u"…"_s), qPrintable(lines.last()));
    for (const QString &line : lines)
        QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
    // Shortened after a whole word: the words before "…" are words of the text.
    QString shown = lines.join(u' ');
    shown.chop(1);
    QVERIFY2(longDescription.simplified().startsWith(shown), qPrintable(shown));

    // All lines, paragraphs kept, one blank line between them at most.
    const QStringList all = TextLines::wrap(longDescription, font, width, 0, true, &elided);
    QVERIFY(!elided);
    QCOMPARE(all.count(QString()), 2);
    QCOMPARE(all.join(u' ').simplified(), longDescription.simplified());
    QCOMPARE(TextLines::count(u"Kerwe"_s, font, width), 1);
    QCOMPARE(TextLines::count(longDescription, font, width, 2), 2);
    QCOMPARE(TextLines::count(u"  "_s, font, width), 0);
}

void TestEventsScreen::tabsSelectTheRightDays()
{
    Cache cache;
    QVERIFY(cache.isValid());
    const QDateTime yesterday(today.addDays(-1), QTime(0, 0));
    QVERIFY(cache.fill({allDay(u"Adventsmarkt"_s, today.addDays(-1), 4),
                        timed(u"Nachtkonzert"_s, yesterday.addSecs(23 * 3600 + 1800), 60),
                        timed(u"Chorprobe"_s, QDateTime(today.addDays(1), QTime(19, 0)), 120),
                        timed(u"Gestern"_s, QDateTime(today.addDays(-1), QTime(10, 0)), 60),
                        timed(u"Nächste Woche"_s, QDateTime(today.addDays(7), QTime(10, 0)), 60),
                        timed(u"Bücherei"_s, QDateTime(today, QTime(10, 0)), 120)},
                       QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    // A quarter past midnight: the night concert is still on, the library still to come.
    const FixedClock early(QDateTime(today, QTime(0, 15)));
    auto screen = makeScreen(source, early, m_theme, {1920, 760});
    QCOMPARE(screen->screenName(), u"events"_s);

    // It opens at "Today".
    QCOMPARE(screen->range(), Range::Today);
    QVERIFY(screen->tab(Range::Today)->isSelected());
    QVERIFY(!screen->tab(Range::Tomorrow)->isSelected());
    QCOMPARE(screen->tab(Range::Today)->text(), u"Today"_s);
    QCOMPARE(screen->tab(Range::Tomorrow)->text(), u"Tomorrow"_s);
    QCOMPARE(screen->tab(Range::Week)->text(), u"This week"_s);
    QCOMPARE(allCardTitles(*screen),
             (QStringList{u"Adventsmarkt"_s, u"Nachtkonzert"_s, u"Bücherei"_s}));

    tap(*screen, screen->tab(Range::Tomorrow));
    QCOMPARE(screen->range(), Range::Tomorrow);
    QVERIFY(screen->tab(Range::Tomorrow)->isSelected());
    QVERIFY(!screen->tab(Range::Today)->isSelected());
    QCOMPARE(allCardTitles(*screen), (QStringList{u"Adventsmarkt"_s, u"Chorprobe"_s}));

    tap(*screen, screen->tab(Range::Week));
    QCOMPARE(allCardTitles(*screen),
             (QStringList{u"Adventsmarkt"_s, u"Nachtkonzert"_s, u"Bücherei"_s, u"Chorprobe"_s}));
    // Under "This week" each card says its day.
    QCOMPARE(screen->entries().at(3).day, today.addDays(1));
    screen->pageSwitcher()->setPage(screen->pageCount() - 1);
    const EventCard *choir = screen->visibleCards().last();
    QCOMPARE(choir->entry().occurrence.title, u"Chorprobe"_s);
    QCOMPARE(choir->shownText(Kind::Day), u"Tomorrow"_s);
    screen->pageSwitcher()->setPage(0);
    QCOMPARE(screen->visibleCards().first()->shownText(Kind::Day), u"Today"_s);
}

void TestEventsScreen::cardTexts()
{
    Cache cache;
    QVERIFY(cache.isValid());
    QVERIFY(cache.fill(sampleWeek(), QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    auto screen = makeScreen(source, m_clock, m_theme, {1920, 760});
    // What each card of today shows, over all pages.
    struct Shown
    {
        QHash<Kind, QString> text;
        int descriptionLines = 0;
    };
    QHash<QString, Shown> byTitle;
    QStringList order;
    screen->pageSwitcher()->setPage(0);
    while (true) {
        checkLayout(*screen, m_theme);
        for (const EventCard *card : screen->visibleCards()) {
            Shown shown;
            for (const Kind kind :
                 {Kind::Day, Kind::When, Kind::Badge, Kind::Title, Kind::Place, Kind::Description})
                shown.text.insert(kind, card->shownText(kind));
            for (const EventCardLine &line : card->lines())
                shown.descriptionLines += line.kind == Kind::Description ? 1 : 0;
            byTitle.insert(card->entry().occurrence.title, shown);
            order.append(card->entry().occurrence.title);
            QCOMPARE(card->texts().cancelled, card->entry().occurrence.cancelled);
        }
        if (screen->page() + 1 >= screen->pageCount())
            break;
        tap(*screen, screen->pageSwitcher()->nextButton());
    }
    QCOMPARE(order.size(), 6);

    const Shown market = byTitle.value(u"Adventsmarkt auf dem Marktplatz"_s);
    QCOMPARE(market.text.value(Kind::When), u"until Sun, 29 Nov"_s);
    QCOMPARE(market.text.value(Kind::Place), u"Kusel, Marktplatz"_s);
    QVERIFY(market.text.value(Kind::Day).isEmpty());               // only "This week" names the day
    QCOMPARE(order.first(), u"Adventsmarkt auf dem Marktplatz"_s); // all day comes first

    const Shown dance = byTitle.value(u"Kerwe-Tanz"_s);
    QCOMPARE(dance.text.value(Kind::When), u"20:00\u00A0– 0:00"_s);
    QCOMPARE(dance.text.value(Kind::Title), u"Kerwe-Tanz"_s);
    QVERIFY(wholeOrShortened(dance.text.value(Kind::Place),
                             u"Festzelt an der Glanbrücke, Rammelsbach"_s));
    QCOMPARE(dance.text.value(Kind::Description), u"Es spielt die Kapelle Westrich."_s);
    QVERIFY(dance.text.value(Kind::Badge).isEmpty());

    // Cancelled: the mark in words, and the title struck through; not colour alone.
    const Shown lights = byTitle.value(u"Lichterabend im Stadtpark"_s);
    QCOMPARE(lights.text.value(Kind::Badge), u"Cancelled"_s);
    QCOMPARE(lights.text.value(Kind::Title), u"Lichterabend im Stadtpark"_s);
    QVERIFY(EventCardLayout::font(m_theme, Kind::Title, true).strikeOut());
    QVERIFY(!EventCardLayout::font(m_theme, Kind::Title, false).strikeOut());

    // A long description: its first lines (as many as the page allows), ending after a word.
    const Shown concert =
        byTitle.value(u"Adventskonzert des Kirchenchors Altenglan mit Orgel und Bläsern"_s);
    const QString description = concert.text.value(Kind::Description);
    QVERIFY2(description.endsWith(u"…"_s), qPrintable(description));
    QVERIFY(description.startsWith(u"Der Kirchenchor Altenglan lädt herzlich"_s));
    QVERIFY2(concert.descriptionLines >= 1 && concert.descriptionLines <= 3,
             qPrintable(QString::number(concert.descriptionLines)));
    QCOMPARE(concert.text.value(Kind::When), u"19:00\u00A0– 21:00"_s);

    // A feed without a title still gives the card something to say.
    EventOccurrence untitled = timed({}, QDateTime(today, QTime(11, 0)), 30);
    QCOMPARE(EventCardTexts::from(EventEntry{today, untitled}, now, false).title, u"Event"_s);

    // The attribution of the listed events, once, in the footer.
    QVERIFY(screen->attributionLabel()->isVisible());
    QCOMPARE(screen->attributionLabel()->text(),
             u"Source: Evangelische Kirche der Pfalz, CC BY 4.0"_s);
}

void TestEventsScreen::titleSmallerRatherThanBroken()
{
    // A card as wide as "Seniorennachmittag…" in the text's size, narrower than it in a button's
    // (200 % in portrait): the title goes a size down before a word breaks or loses its end.
    EventCardTexts texts;
    texts.when = u"14:30"_s;
    texts.title = u"Seniorennachmittag mit Kaffee und Kuchen"_s;
    const EventCardLayout layout(m_theme, {texts});
    const int padding = EventCardLayout::padding(m_theme);
    const auto wordWidth = [&](bool small) {
        const QFontMetrics metrics(EventCardLayout::font(m_theme, Kind::Title, false, small));
        return metrics.horizontalAdvance(u"Seniorennachmittag…"_s) + 3;
    };
    QVERIFY(wordWidth(true) < wordWidth(false));
    const int width = wordWidth(true) + 2 * padding;
    const EventCardLayout::Limits limits{2, 0, 0};
    using Words = EventCardLayout::Words;
    QVERIFY(
        !layout.fit(width, EventCardStyle::Arrangement::Stacked, limits, Words::Whole).isValid());
    const EventCardStyle style =
        layout.fit(width, EventCardStyle::Arrangement::Stacked, limits, Words::SmallerTitle);
    QVERIFY(style.isValid());
    QVERIFY(style.smallTitle);
    QStringList title;
    for (const EventCardLine &line : EventCardLayout::lines(m_theme, style, texts)) {
        if (line.kind == Kind::Title)
            title.append(line.text);
    }
    QCOMPARE(title.first(), u"Seniorennachmittag"_s);
    QVERIFY(wholeOrShortened(title.join(u' '), texts.title));
    // A card wide enough for the larger size has it.
    const EventCardStyle wide =
        layout.fit(wordWidth(false) + 2 * padding, EventCardStyle::Arrangement::Stacked, limits);
    QVERIFY(wide.isValid());
    QVERIFY(!wide.smallTitle);
}

void TestEventsScreen::pagingNeverScrolls()
{
    Cache cache;
    QVERIFY(cache.isValid());
    EventOccurrences events;
    for (int i = 0; i < 11; ++i) {
        events.append(timed(u"Veranstaltung %1"_s.arg(i + 1, 2, 10, QChar(u'0')),
                            QDateTime(today, QTime(14, 10)).addSecs(i * 50 * 60), 45, u"Kusel"_s,
                            u"Eine kurze Beschreibung."_s));
    }
    QVERIFY(cache.fill(events, QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    auto screen = makeScreen(source, m_clock, m_theme);

    const int perPage = screen->cardsPerPage();
    QVERIFY2(perPage >= EventsScreen::targetCardsPerPage, qPrintable(QString::number(perPage)));
    QCOMPARE(screen->pageCount(), (11 + perPage - 1) / perPage);
    QVERIFY(screen->pageCount() > 1);
    PageSwitcher *pager = screen->pageSwitcher();
    QVERIFY(pager->isVisible());
    QVERIFY(!pager->previousButton()->isVisible());
    QVERIFY(pager->nextButton()->isVisible());
    QCOMPARE(pager->nextButton()->text(), u"more"_s);
    QCOMPARE(screen->visibleCards().size(), perPage);

    // Page by page, each event once, in order.
    QStringList seen;
    for (int page = 0; page < screen->pageCount(); ++page) {
        QCOMPARE(screen->page(), page);
        checkLayout(*screen, m_theme);
        if (QTest::currentTestFailed())
            return;
        seen += cardTitles(*screen);
        if (page + 1 < screen->pageCount())
            tap(*screen, pager->nextButton());
    }
    QCOMPARE(seen, titles(screen->entries()));
    QCOMPARE(seen.size(), 11);
    QVERIFY(!pager->nextButton()->isVisible());
    QVERIFY(pager->previousButton()->isVisible());
    tap(*screen, pager->previousButton());
    QCOMPARE(screen->page(), screen->pageCount() - 2);

    // Nothing anywhere scrolls.
    for (const QAbstractScrollArea *area : screen->findChildren<QAbstractScrollArea *>())
        QVERIFY2(!area->isVisible(), qPrintable(area->objectName()));
    QVERIFY(screen->findChildren<QAbstractScrollArea *>().isEmpty());

    // Another tab starts at its first page; coming back too.
    tap(*screen, screen->tab(Range::Tomorrow));
    QCOMPARE(screen->page(), 0);
    tap(*screen, screen->tab(Range::Today));
    QCOMPARE(screen->page(), 0);
}

void TestEventsScreen::doubleTapTurnsOnePage()
{
    Cache cache;
    QVERIFY(cache.isValid());
    EventOccurrences events;
    for (int i = 0; i < 12; ++i) {
        events.append(
            timed(u"Termin %1"_s.arg(i), QDateTime(today, QTime(14, 10)).addSecs(i * 40 * 60), 30));
    }
    QVERIFY(cache.fill(events, QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    auto screen = makeScreen(source, m_clock, m_theme);
    QVERIFY(screen->pageCount() >= 3);
    // A trembling finger taps "weiter" twice within 0.6 s: one page on, not two.
    std::chrono::milliseconds time{5000};
    BigButton *next = screen->pageSwitcher()->nextButton();
    next->guard().setTimeSource([&time] { return time; });
    QTest::mouseClick(next, Qt::LeftButton);
    time += 250ms;
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(screen->page(), 1);
    time += 700ms;
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(screen->page(), 2);
}

void TestEventsScreen::detailShowsTheWholeText()
{
    Cache cache;
    QVERIFY(cache.isValid());
    EventOccurrences events = sampleWeek();
    QVERIFY(cache.fill(events, QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    auto screen = makeScreen(source, m_clock, m_theme, {1920, 760});
    tap(*screen, screen->tab(Range::Week));
    QVERIFY(screen->pageCount() > 1);
    tap(*screen, screen->pageSwitcher()->nextButton());
    QCOMPARE(screen->page(), 1);
    const QStringList pageTitles = cardTitles(*screen);

    EventCard *card = screen->visibleCards().first();
    const EventOccurrence occurrence = card->entry().occurrence;
    tap(*screen, card);
    QVERIFY(screen->detailShown());
    EventDetail *detail = screen->detail();
    QVERIFY(detail->isVisible());
    QVERIFY(!screen->tab(Range::Today)->isVisible()); // the detail has the whole screen
    QCOMPARE(detail->shownTitle(), occurrence.title);
    QCOMPARE(detail->backButton()->text(), u"Back to the list"_s);
    checkLayout(*screen, m_theme);

    tap(*screen, detail->backButton());
    QVERIFY(!screen->detailShown());
    QCOMPARE(screen->range(), Range::Week);
    QCOMPARE(screen->page(), 1);
    QCOMPARE(cardTitles(*screen), pageTitles);

    // The concert: time in full, place, the description and the attribution.
    tap(*screen, screen->tab(Range::Today));
    EventCard *concert = findCard(
        *screen, [](const EventOccurrence &o) { return o.title.startsWith(u"Adventskonzert"_s); });
    QVERIFY(concert);
    tap(*screen, concert);
    QCOMPARE(detail->findChild<QLabel *>(u"detailWhen"_s)->text(),
             u"Friday, 27 November, 19:00\u00A0– 21:00"_s);
    QCOMPARE(detail->findChild<QLabel *>(u"detailPlace"_s)->text(),
             u"Protestantische Kirche Altenglan"_s);
    QCOMPARE(detail->shownTitle(),
             u"Adventskonzert des Kirchenchors Altenglan mit Orgel und Bläsern"_s);
    QStringList lines;
    bool attributionSeen = false;
    for (int page = 0; page < detail->pageCount(); ++page) {
        detail->pageSwitcher()->setPage(page);
        checkLayout(*screen, m_theme);
        lines += detail->descriptionLines();
        attributionSeen =
            attributionSeen || detail->findChild<QLabel *>(u"detailAttribution"_s)->isVisible();
    }
    QCOMPARE(lines.join(u' ').simplified(), longDescription.simplified());
    QVERIFY(attributionSeen);
    QCOMPARE(detail->findChild<QLabel *>(u"detailAttribution"_s)->text(),
             u"Source: Evangelische Kirche der Pfalz, CC BY 4.0"_s);

    // Cancelled: said in words in the detail too.
    tap(*screen, detail->backButton());
    EventCard *cancelled = findCard(*screen, [](const EventOccurrence &o) { return o.cancelled; });
    QVERIFY(cancelled);
    tap(*screen, cancelled);
    QVERIFY(screen->detailShown());
    const QLabel *badge = detail->findChild<QLabel *>(u"detailCancelled"_s);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), u"Cancelled"_s);
    QVERIFY(detail->findChild<QLabel *>(u"detailTitle"_s)->font().strikeOut());
}

void TestEventsScreen::markupShowsAsWritten()
{
    // A calendar's texts come from outside: HTML in them is shown as written, never rendered
    // (an <img> would even be loaded).
    const QString title = u"Kerwe <b>im</b> Dorf"_s;
    const QString place = u"<img src=/etc/dorfplatz/logo.png>Festzelt"_s;
    const QString description = u"Eintritt <a href=\"http://example.org\">frei</a> &amp; "
                                u"<i>Musik</i>"_s;
    Cache cache;
    QVERIFY(cache.isValid());
    QVERIFY(cache.fill({timed(title, QDateTime(today, QTime(18, 0)), 120, place, description)},
                       QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    auto screen = makeScreen(source, m_clock, m_theme, {1920, 760});
    tap(*screen, screen->tab(Range::Today));
    QCOMPARE(cardTitles(*screen), QStringList{title});
    tap(*screen, screen->visibleCards().first());
    QVERIFY(screen->detailShown());
    EventDetail *detail = screen->detail();
    QCOMPARE(detail->shownTitle(), title);
    const auto *titleLabel = detail->findChild<QLabel *>(u"detailTitle"_s);
    const auto *placeLabel = detail->findChild<QLabel *>(u"detailPlace"_s);
    QCOMPARE(titleLabel->text(), title);
    QCOMPARE(placeLabel->text(), place);
    QCOMPARE(detail->descriptionLines().join(u' '), description);
    QCOMPARE(detail->findChild<QLabel *>(u"detailText"_s)->text(), description);
    // Every label of the screen and its detail shows plain text.
    for (const QLabel *label : screen->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QCOMPARE(titleLabel->textFormat(), Qt::PlainText);
    QCOMPARE(placeLabel->textFormat(), Qt::PlainText);
}

void TestEventsScreen::longDescriptionPages()
{
    Cache cache;
    QVERIFY(cache.isValid());
    const QString veryLong = QStringList(6, longDescription).join(u"\n\n"_s);
    QVERIFY(
        cache.fill({timed(u"Vortrag"_s, QDateTime(today, QTime(19, 0)), 60, u"Kusel"_s, veryLong)},
                   QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    auto screen = makeScreen(source, m_clock, m_theme);
    tap(*screen, screen->visibleCards().first());
    EventDetail *detail = screen->detail();
    QVERIFY(detail->pageCount() > 1);
    QVERIFY(detail->pageSwitcher()->isVisible());
    QStringList lines;
    for (int page = 0; page < detail->pageCount(); ++page) {
        QCOMPARE(detail->page(), page);
        checkLayout(*screen, m_theme);
        if (QTest::currentTestFailed())
            return;
        const QStringList shown = detail->descriptionLines();
        QVERIFY(!shown.isEmpty());
        QVERIFY(!shown.first().isEmpty()); // no page starts with a blank line
        lines += shown;
        if (page + 1 < detail->pageCount())
            tap(*screen, detail->pageSwitcher()->nextButton());
    }
    QCOMPARE(lines.join(u' ').simplified(), veryLong.simplified());
    // Back to the list, on the page it was on.
    tap(*screen, detail->backButton());
    QVERIFY(!screen->detailShown());
    QCOMPARE(cardTitles(*screen), QStringList{u"Vortrag"_s});
}

void TestEventsScreen::footerOnScreen()
{
    Cache cache;
    QVERIFY(cache.isValid());
    const QDateTime threeOFive(today, QTime(3, 5));
    QVERIFY(cache.fill(sampleWeek(), threeOFive.addDays(-2)));
    QVERIFY(cache.fail(threeOFive));
    EventSource source(cache.path());
    auto screen = makeScreen(source, m_clock, m_theme);
    QCOMPARE(screen->statusLabel()->text(), u"As of: the day before yesterday — no connection"_s);
    QVERIFY(screen->statusLabel()->isVisible());
    // The old data is still shown.
    QVERIFY(!screen->visibleCards().isEmpty());

    source.setSyncRunning(true);
    QCOMPARE(screen->statusLabel()->text(), u"Updating the events …"_s);
    QVERIFY(cache.fill(sampleWeek(), threeOFive));
    source.setSyncRunning(false);
    QTRY_COMPARE(screen->statusLabel()->text(), u"As of: today, 3:05"_s);
    checkLayout(*screen, m_theme);
}

void TestEventsScreen::emptyStatePerTab()
{
    Cache cache;
    QVERIFY(cache.isValid());
    QVERIFY(cache.fill({timed(u"Weihnachtsfeier"_s, QDateTime(today.addDays(3), QTime(15, 0)), 60)},
                       QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    auto screen = makeScreen(source, m_clock, m_theme);
    QLabel *empty = screen->emptyLabel();
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"There are no events in the calendar today."_s);
    QVERIFY(screen->visibleCards().isEmpty());
    QVERIFY(!screen->pageSwitcher()->isVisible());
    QCOMPARE(screen->statusLabel()->text(), u"As of: today, 3:05"_s);
    checkLayout(*screen, m_theme);
    screenshot(*screen, u"empty-today"_s);

    tap(*screen, screen->tab(Range::Tomorrow));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"There are no events in the calendar tomorrow."_s);

    tap(*screen, screen->tab(Range::Week));
    QVERIFY(!empty->isVisible());
    QCOMPARE(cardTitles(*screen), QStringList{u"Weihnachtsfeier"_s});
    QCOMPARE(screen->visibleCards().first()->shownText(Kind::Day), u"Mon, 30 Nov"_s);

    QVERIFY(cache.fill({}, QDateTime(today, QTime(3, 5))));
    source.checkForChanges();
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"There are no events in the calendar this week."_s);
    QCOMPARE(screen->range(), Range::Week);
}

void TestEventsScreen::neverSynced()
{
    QTemporaryDir dir;
    // No cache file at all: the kiosk has never synced.
    EventSource source(dir.filePath(EventCache::fileName));
    auto screen = makeScreen(source, m_clock, m_theme);
    QVERIFY(screen->emptyLabel()->isVisible());
    QCOMPARE(screen->emptyLabel()->text(), u"No events have been loaded yet."_s);
    QCOMPARE(screen->statusLabel()->text(),
             u"The events have not been loaded yet. This happens by itself, usually at night."_s);
    checkLayout(*screen, m_theme);
    screenshot(*screen, u"never-synced"_s);
}

void TestEventsScreen::followsTheCache()
{
    Cache cache;
    QVERIFY(cache.isValid());
    EventOccurrences events;
    for (int i = 0; i < 12; ++i) {
        events.append(
            timed(u"Morgen %1"_s.arg(i), QDateTime(today.addDays(1), QTime(8 + i, 0)), 30));
    }
    QVERIFY(cache.fill(events, QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    source.setSettleDelay(50ms);
    auto screen = makeScreen(source, m_clock, m_theme);
    tap(*screen, screen->tab(Range::Tomorrow));
    screen->pageSwitcher()->setPage(screen->pageCount() - 1);
    const int lastPage = screen->page();
    QVERIFY(lastPage >= 2);

    // dorfplatz-sync commits fewer events in another connection: the screen notices by itself,
    // stays on its tab, and on a page that still exists.
    QVERIFY(cache.fill(events.mid(0, 4), QDateTime(today.addDays(1), QTime(3, 5))));
    QTRY_COMPARE(screen->entries().size(), 4);
    QCOMPARE(screen->range(), Range::Tomorrow);
    QVERIFY(screen->page() < screen->pageCount());
    QVERIFY(!screen->visibleCards().isEmpty());
    QCOMPARE(titles(screen->entries()).first(), u"Morgen 0"_s);
}

void TestEventsScreen::midnightMovesToday()
{
    Cache cache;
    QVERIFY(cache.isValid());
    QVERIFY(cache.fill({timed(u"Heute Abend"_s, QDateTime(today, QTime(23, 0)), 60),
                        timed(u"Morgen früh"_s, QDateTime(today.addDays(1), QTime(9, 0)), 60)},
                       QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    // Half a second before midnight: the screen's minute ticker fires just after it.
    FixedClock clock(QDateTime(today, QTime(23, 59, 59, 500)));
    auto screen = makeScreen(source, clock, m_theme);
    QCOMPARE(cardTitles(*screen), QStringList{u"Heute Abend"_s});
    QVERIFY(screen->ticker().timer().remainingTime() <= 600);
    clock.set(QDateTime(today.addDays(1), QTime(0, 0, 0, 100)));
    QTRY_COMPARE_WITH_TIMEOUT(cardTitles(*screen), QStringList{u"Morgen früh"_s}, 3000);
    QCOMPARE(screen->range(), Range::Today);
    QCOMPARE(screen->statusLabel()->text(), u"As of: yesterday, 3:05"_s);
}

void TestEventsScreen::finishedEventsLeaveToday()
{
    const QDateTime three(today, QTime(15, 0));
    EventOccurrence prayer = timed(u"Andacht"_s, three.addSecs(-3600), 0); // no end given
    const EventOccurrences events{
        timed(u"Frühstück"_s, three.addSecs(-7200), 60), // ended an hour before three
        timed(u"Kaffee"_s, three.addSecs(-3600), 60),    // ends at three
        timed(u"Konzert"_s, three.addSecs(-1800), 120),  // runs until half past four
        prayer,
        allDay(u"Markt"_s, today, 1),
    };
    // The rule itself: over once its end has passed; without an end, an hour after its start;
    // all day until midnight, where the resident is.
    QVERIFY(EventDay::isOver(events.at(0), three));
    QVERIFY(!EventDay::isOver(events.at(1), three.addMSecs(-1)));
    QVERIFY(EventDay::isOver(events.at(1), three));
    QVERIFY(!EventDay::isOver(events.at(2), three));
    QVERIFY(!EventDay::isOver(prayer, three.addSecs(-60)));
    QVERIFY(EventDay::isOver(prayer, three));
    QVERIFY(!EventDay::isOver(events.at(4), QDateTime(today, QTime(23, 59, 59))));
    QVERIFY(EventDay::isOver(events.at(4), QDateTime(today.addDays(1), QTime(0, 0))));
    const QTimeZone berlin("Europe/Berlin");
    // 23:30 UTC is already tomorrow in Kusel: today's market is over there.
    QVERIFY(EventDay::isOver(events.at(4),
                             QDateTime(today, QTime(23, 30), QTimeZone::utc()).toTimeZone(berlin)));

    Cache cache;
    QVERIFY(cache.isValid());
    QVERIFY(cache.fill(events, QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    // Half a second before three: the screen's minute ticker fires just after it.
    FixedClock clock(three.addMSecs(-500));
    auto screen = makeScreen(source, clock, m_theme, {1920, 760});
    QCOMPARE(allCardTitles(*screen),
             (QStringList{u"Markt"_s, u"Andacht"_s, u"Kaffee"_s, u"Konzert"_s}));
    // "This week" and the whole days stay whole.
    tap(*screen, screen->tab(Range::Week));
    QVERIFY(titles(screen->entries()).contains(u"Frühstück"_s));
    tap(*screen, screen->tab(Range::Today));
    QVERIFY(screen->ticker().timer().remainingTime() <= 600);
    clock.set(three.addMSecs(100));
    QTRY_COMPARE_WITH_TIMEOUT(titles(screen->entries()), (QStringList{u"Markt"_s, u"Konzert"_s}),
                              3000);
    QCOMPARE(allCardTitles(*screen), (QStringList{u"Markt"_s, u"Konzert"_s}));
    QVERIFY(!screen->emptyLabel()->isVisible());
    checkLayout(*screen, m_theme);
}

void TestEventsScreen::nothingMoreToday()
{
    const QDateTime three(today, QTime(15, 0));
    Cache cache;
    QVERIFY(cache.isValid());
    EventOccurrence early = timed(u"Frühschoppen"_s, QDateTime(today.addDays(1), QTime(9, 0)), 60);
    early.cancelled = true; // no reason to come: not the first of tomorrow
    QVERIFY(cache.fill({timed(u"Kaffee"_s, three.addSecs(-3600), 60), early,
                        timed(u"Chorprobe"_s, QDateTime(today.addDays(1), QTime(19, 30)), 90),
                        timed(u"Gottesdienst"_s, QDateTime(today.addDays(1), QTime(10, 0)), 60)},
                       QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    FixedClock clock(three.addMSecs(-500));
    auto screen = makeScreen(source, clock, m_theme);
    QCOMPARE(cardTitles(*screen), QStringList{u"Kaffee"_s});
    clock.set(three.addMSecs(100));
    QTRY_VERIFY_WITH_TIMEOUT(screen->entries().isEmpty(), 3000);
    QLabel *empty = screen->emptyLabel();
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), u"Nothing more is on today. Tomorrow: 10:00 Gottesdienst"_s);
    QVERIFY(screen->tomorrowHint());
    QCOMPARE(screen->spokenText(),
             u"Today. Nothing more is on today. Tomorrow at 10:00: Gottesdienst."_s);
    QVERIFY(screen->visibleCards().isEmpty());
    checkLayout(*screen, m_theme);
    screenshot(*screen, u"nothing-more-today"_s);
    // Tomorrow's tab is as it was.
    tap(*screen, screen->tab(Range::Tomorrow));
    QCOMPARE(titles(screen->entries()),
             (QStringList{u"Frühschoppen"_s, u"Gottesdienst"_s, u"Chorprobe"_s}));
    QVERIFY(!screen->tomorrowHint());

    // Nothing tomorrow either: the plain sentence.
    QVERIFY(
        cache.fill({timed(u"Kaffee"_s, three.addSecs(-3600), 60)}, QDateTime(today, QTime(3, 5))));
    source.checkForChanges();
    tap(*screen, screen->tab(Range::Today));
    QTRY_COMPARE(screen->emptyLabel()->text(), u"There are no events in the calendar today."_s);
    QVERIFY(!screen->tomorrowHint());
}

void TestEventsScreen::layoutFits_data()
{
    // Whole windows, with the header above the screen as the kiosk shows it. The small screen
    // only at 100 %: from 125 % the header, the tabs, the paging and the footer leave no room
    // for a single card.
    Test::addScreenVariants({100, 125, 150, 200});
}

void TestEventsScreen::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QString, theme);
    const Theme sized(theme == u"high-contrast" ? ThemeKind::HighContrast : ThemeKind::Standard,
                      ScreenMetrics(96.0 / 25.4, scale));
    // Text and its background, and the card's border against the screen: WCAG AAA and 1.4.11.
    const ThemePalette &palette = sized.palette();
    QVERIFY(Theme::contrastRatio(palette.text, palette.surface) >= 7.0);
    QVERIFY(Theme::contrastRatio(palette.text, palette.background) >= 7.0);
    QVERIFY(Theme::contrastRatio(palette.accentText, palette.accent) >= 7.0);
    QVERIFY(Theme::contrastRatio(palette.border, palette.background) >= 3.0);

    // In German, as the kiosk shows it: "17:30 – 19:00 Uhr" and "Abgesagt" are longer.
    Translations german;
    QVERIFY(german.install(u"de"_s));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    Cache cache;
    QVERIFY(cache.isValid());
    QVERIFY(cache.fill(sampleWeek(), QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    KioskWindow kiosk(sized, source, m_clock, size);
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk.window));
    MainWindow &window = kiosk.window;
    EventsScreen *screen = kiosk.screen;
    QVERIFY(window.header()->readAloudButton()->isVisible());

    for (const Range range : {Range::Today, Range::Week, Range::Tomorrow}) {
        tap(*screen, screen->tab(range));
        for (int page = 0; page < screen->pageCount(); page += screen->pageCount() - 1) {
            screen->pageSwitcher()->setPage(page);
            checkLayout(*screen, sized);
            if (QTest::currentTestFailed())
                return;
            // At least one whole card (issue 18: none at 1024×600 from 125 % on), its title never
            // broken inside a word: where a word is wider than the card in the title's size
            // ("Seniorennachmittag" at 200 % in portrait), the title is a size smaller.
            QVERIFY(!screen->visibleCards().isEmpty());
            for (const EventCard *card : screen->visibleCards()) {
                const QString title = card->entry().occurrence.title.simplified();
                QVERIFY2(wholeOrShortened(card->shownText(Kind::Title), title),
                         qPrintable(card->shownText(Kind::Title)));
            }
            if (screen->pageCount() == 1)
                break;
        }
    }
    // The concert's detail, every page of it.
    tap(*screen, screen->tab(Range::Today));
    EventCard *concert = findCard(
        *screen, [](const EventOccurrence &o) { return o.title.startsWith(u"Adventskonzert"_s); });
    QVERIFY(concert);
    tap(*screen, concert);
    QVERIFY(screen->detailShown());
    for (int page = 0; page < screen->detail()->pageCount(); ++page) {
        screen->detail()->pageSwitcher()->setPage(page);
        checkLayout(*screen, sized);
        if (QTest::currentTestFailed())
            return;
    }

    // What the tests measured, for the record.
    tap(*screen, screen->detail()->backButton());
    tap(*screen, screen->tab(Range::Today));
    const ScreenMetrics &metrics = sized.metrics();
    const EventTab *today = screen->tab(Range::Today);
    qInfo().noquote()
        << u"%1x%2 %3 %: %4 cards/page (%5 col), card %6 mm high, tab %7 mm high, "
           u"pager %8, smallest cap height %9 mm"_s.arg(size.width())
               .arg(size.height())
               .arg(scale)
               .arg(screen->cardsPerPage())
               .arg(screen->columns())
               .arg(metrics.mm(screen->cardStyle().height), 0, 'f', 1)
               .arg(metrics.mm(today->height()), 0, 'f', 1)
               .arg(screen->pageSwitcher()->isVisible()
                        ? u"%1x%2 mm"_s
                              .arg(metrics.mm(screen->pageSwitcher()->nextButton()->width()), 0,
                                   'f', 1)
                              .arg(metrics.mm(screen->pageSwitcher()->nextButton()->height()), 0,
                                   'f', 1)
                        : u"none"_s)
               .arg(Theme::capHeightMm(Theme::TextRole::Body) * metrics.textScale(), 0, 'f', 1);

    const QString name =
        u"%1x%2-%3-%4"_s.arg(size.width()).arg(size.height()).arg(scale).arg(theme);
    screen->pageSwitcher()->setPage(0);
    screenshot(window, name + u"-today"_s);
    tap(*screen, screen->tab(Range::Week));
    screenshot(window, name + u"-week"_s);
    tap(*screen, screen->tab(Range::Today));
    concert = findCard(
        *screen, [](const EventOccurrence &o) { return o.title.startsWith(u"Adventskonzert"_s); });
    QVERIFY(concert);
    tap(*screen, concert);
    screenshot(window, name + u"-detail"_s);
}

void TestEventsScreen::detailPagesAtLargeText_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("maxPages");
    QTest::addColumn<int>("textLinesOnPageOne");
    QTest::addColumn<bool>("wholeGlass");
    // Before issue 18 the demo's organ concert took 15 pages at 1280×800 and 29 at 1024×600 (the
    // header as the events tests draw it, without "Vorlesen"), the first of them with nothing but
    // the date; then 6 and 15, page one without a line of the text. With the header's room
    // (EventDetail::wholeGlass()) page one holds the date, the title, the place and the first
    // lines of the text at 1280×800. At 1024×600 the glass holds six lines of 200 % text below
    // the row of buttons: the day in one line, the title and the place in two each; the text
    // begins on page two.
    QTest::addRow("1280x800") << QSize(1280, 800) << 5 << 2 << true;
    QTest::addRow("1024x600") << QSize(1024, 600) << 8 << 0 << true;
    // A large screen keeps the header.
    QTest::addRow("1920x1080") << QSize(1920, 1080) << 3 << 2 << false;
}

void TestEventsScreen::detailPagesAtLargeText()
{
    QFETCH(QSize, size);
    QFETCH(int, maxPages);
    QFETCH(int, textLinesOnPageOne);
    QFETCH(bool, wholeGlass);
    // The demo's organ concert (kiosk-config/demo/feeds/kusel.ics), at 200 % in the whole window.
    const QString description =
        u"Kantor Michael Roth spielt Werke von Johann Sebastian Bach und Max Reger auf der "
        "Stumm-Orgel von 1786.\n\nDie Stumm-Orgel gehört zu den schönsten historischen Orgeln "
        "der Westpfalz. Sie wurde von der berühmten Orgelbauerfamilie Stumm aus Rhaunen-Sulzbach "
        "gebaut und in den letzten Jahren liebevoll restauriert.\n\nDer Eintritt ist frei, um "
        "eine Spende für die Kirchenmusik wird gebeten. Die Kirche ist barrierefrei zugänglich; "
        "ein Rollstuhlplatz ist vorne rechts frei gehalten.\n\nNach dem Konzert lädt der "
        "Förderverein zu Glühwein und Punsch vor der Kirche ein."_s;
    const QString title = u"Orgelkonzert in der Kirche Altenglan"_s;
    const QString place = u"Altenglan, Protestantische Kirche"_s;
    const Theme sized(ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 200));
    // In German, as the kiosk shows it: "17:30 – 19:00 Uhr" and "Abgesagt" are longer.
    Translations german;
    QVERIFY(german.install(u"de"_s));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    Cache cache;
    QVERIFY(cache.isValid());
    QVERIFY(cache.fill({timed(title, QDateTime(today, QTime(17, 0)), 60, place, description)},
                       QDateTime(today, QTime(3, 5))));
    EventSource source(cache.path());
    KioskWindow kiosk(sized, source, m_clock, size);
    QVERIFY(QTest::qWaitForWindowExposed(&kiosk.window));
    MainWindow &window = kiosk.window;
    EventsScreen *screen = kiosk.screen;
    QVERIFY(!screen->visibleCards().isEmpty());
    const int listHeight = screen->height();
    tap(*screen, screen->visibleCards().first());
    EventDetail *detail = screen->detail();
    QVERIFY(detail->isVisible());
    // The header gives its room to the detail, which shows "Startseite" itself; where it is not
    // needed, the header stays.
    QCOMPARE(detail->wholeGlass(), wholeGlass);
    QCOMPARE(screen->showsHeader(), !wholeGlass);
    QCOMPARE(screen->hasHomeButton(), wholeGlass);
    if (wholeGlass)
        QTRY_VERIFY(screen->height() > listHeight);
    else
        QCOMPARE(screen->height(), listHeight);
    QCOMPARE(detail->homeButton()->isVisible(), wholeGlass);
    QVERIFY(detail->backButton()->isVisible());
    const auto *readAloud = detail->findChild<ReadAloudButton *>();
    QVERIFY(readAloud);
    QCOMPARE(readAloud->isVisible(), wholeGlass);
    QCOMPARE(kiosk.window.header()->readAloudButton()->isVisible(), !wholeGlass);
    qInfo().noquote() << u"%1x%2 at 200 %: the organ concert takes %3 pages"_s.arg(size.width())
                             .arg(size.height())
                             .arg(detail->pageCount());
    screenshot(window, u"detail-200-%1x%2"_s.arg(size.width()).arg(size.height()));
    // Page one: the date, the whole title, the place and the first lines of the text.
    QVERIFY(detail->findChild<QLabel *>(u"detailWhen"_s)->isVisible());
    QCOMPARE(detail->shownTitle(), title);
    QCOMPARE(detail->findChild<QLabel *>(u"detailPlace"_s)->text().replace(u'\n', u' '), place);
    QVERIFY2(detail->descriptionLines().size() >= textLinesOnPageOne,
             qPrintable(detail->descriptionLines().join(u'|')));
    QVERIFY2(detail->pageCount() <= maxPages, qPrintable(QString::number(detail->pageCount())));
    QStringList lines;
    for (int page = 0; page < detail->pageCount(); ++page) {
        detail->pageSwitcher()->setPage(page);
        checkLayout(*screen, sized);
        if (QTest::currentTestFailed())
            return;
        lines += detail->descriptionLines();
    }
    // A line may end after the hyphen of a word ("Rhaunen-" "Sulzbach").
    QCOMPARE(lines.join(u' ').replace(u"- "_s, u"-"_s).simplified(),
             QString(description).replace(u"\n"_s, u" "_s).simplified());
    detail->pageSwitcher()->setPage(0);
    if (!wholeGlass)
        return;

    // Its "Startseite" is the screen's; back at the list the header returns.
    QSignalSpy home(screen, &Screen::homeRequested);
    tap(*screen, detail->homeButton());
    QCOMPARE(home.size(), 1);
    tap(*screen, detail->backButton());
    QVERIFY(!screen->detailShown());
    QVERIFY(screen->showsHeader());
    QVERIFY(window.header()->isVisible());
    QTRY_COMPARE(screen->height(), listHeight);
    // In a group session the detail has the whole glass too, but no way home.
    screen->setGroupSession();
    tap(*screen, screen->visibleCards().first());
    QVERIFY(detail->wholeGlass());
    QVERIFY(!detail->homeButton()->isVisible());
    QVERIFY(!screen->hasHomeButton());
    QVERIFY(detail->backButton()->isVisible());
}

void TestEventsScreen::checkCardLines(const EventCard &card, const Theme &theme) const
{
    const int border = theme.px(Theme::borderMm);
    const QRect inside = card.rect().adjusted(border, border, -border, -border);
    for (const EventCardLine &line : card.lines()) {
        const QFontMetrics metrics(EventCardLayout::font(
            theme, line.kind, card.entry().occurrence.cancelled, card.style().smallTitle));
        const QString what = card.texts().title.left(30) + u": \""_s + line.text + u"\""_s;
        QVERIFY2(inside.contains(line.rect), qPrintable(what + u" leaves the card"_s));
        QVERIFY2(metrics.horizontalAdvance(line.text) <= line.rect.width(),
                 qPrintable(what + u" is cut off"_s));
        QVERIFY2(metrics.height() <= line.rect.height(), qPrintable(what + u" is clipped"_s));
    }
    // The time and the title are always there.
    QVERIFY(!card.shownText(Kind::When).isEmpty());
    QVERIFY(!card.shownText(Kind::Title).isEmpty());
}

void TestEventsScreen::checkLayout(const EventsScreen &screen, const Theme &theme) const
{
    // Every control (tabs, cards, paging, back): inside the screen, at least 20 mm, apart by 4 mm.
    const Test::NamedRects controls = Test::checkControls(screen, theme);
    if (QTest::currentTestFailed())
        return;
    // The tabs' words are whole and inside them.
    for (const Range range : {Range::Today, Range::Tomorrow, Range::Week}) {
        const EventTab *tab = screen.tab(range);
        if (!tab->isVisible())
            continue;
        QVERIFY2(tab->minimumWidth() <= tab->width(), qPrintable(tab->text() + u" is cut"_s));
        QVERIFY2(tab->heightFor(tab->width()) <= tab->height(),
                 qPrintable(tab->text() + u" is clipped"_s));
    }
    for (const EventCard *card : screen.visibleCards()) {
        checkCardLines(*card, theme);
        if (QTest::currentTestFailed())
            return;
    }

    // No label is cut off, leaves the screen or runs into another text or a control. The detail
    // breaks its lines itself (no word wrap), so its labels are measured by their sizeHint.
    Test::checkTexts(screen, controls, {.singleLinesBySizeHint = true});
    if (QTest::currentTestFailed())
        return;
    // The smallest text of the screen is body text.
    for (const QLabel *label : screen.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->text().isEmpty())
            QVERIFY(label->font().pixelSize() >= theme.font(Theme::TextRole::Body).pixelSize());
    }
}

QTEST_MAIN(TestEventsScreen)
#include "tst_eventsscreen.moc"
