#include "core/accounts/accountstore.h"
#include "core/accounts/auditlog.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/scopedtransaction.h"
#include "core/schedule/sessionstore.h"
#include "support/fixedclock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/theme.h"
#include "ui/staff/auditloglist.h"
#include "ui/staff/auditlogscreen.h"
#include "ui/staff/auditlogtext.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/screenframe.h"
#include "ui/support/tapper.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QVBoxLayout>

#include <ctime>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

const QTimeZone berlin("Europe/Berlin");

QDateTime utc(int month, int day, int hour, int minute)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

// The kiosk's frame; staff screens have their own way back, so the header shows no "Startseite".
class Window : public Test::ScreenFrame
{
public:
    Window(const Theme &theme, const Clock &clock, Screen *screen, QSize size)
        : ScreenFrame(theme, clock, screen, false, size)
    {}
};

} // namespace

// The audit log as Leitung read it, on a real app.db written as the kiosk writes it (accounts
// through AccountStore, sessions through SessionStore, an action of a newer version straight
// through AuditLog): newest first, paged by height with every entry reachable, each in plain
// words with an edit's changes field by field, the log read again when the screen is shown, a
// log that cannot be read said on the screen; staff controls of 12 mm and more, no text cut or
// overlapping, at 1920×1080 and 1280×800 in both themes.
class TestAuditLogScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void newestFirstAndEveryEntryReachable();
    void eachEntryInPlainWords();
    void whenIsSaidAsStaffSayIt();
    void readAgainWhenShownAndErrorsShown();
    void aYearOfEntriesPages();
    void layoutFits_data();
    void layoutFits();

private:
    void writeLog();
    void tap(BigButton *button);
    // Every page's texts, from the first page on, by tapping "weiter".
    QStringList walkPages(AuditLogScreen &screen);
    void checkLayout(const AuditLogScreen &screen, const Theme &theme);

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<AuditLog> m_log;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(11, 0), berlin)};
    Test::Tapper m_tapper;
};

void TestAuditLogScreen::initTestCase()
{
    // Local time is the home's: the log is stored in UTC and shown in local time.
    qputenv("TZ", "Europe/Berlin");
    ::tzset();
}

void TestAuditLogScreen::init()
{
    QString error;
    m_db = Database::open(m_dir.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_log = std::make_unique<AuditLog>(*m_db);
    writeLog();
}

void TestAuditLogScreen::cleanup()
{
    m_log.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dir.filePath(u"app.db"_s + suffix));
}

// 25 entries: two accounts, a session created, changed in every field and cancelled for a day,
// 18 more sessions, one deleted, and an action the kiosk has no words for.
void TestAuditLogScreen::writeLog()
{
    AccountStore accounts(*m_db);
    const Actor cli{std::nullopt, u"command line"_s};
    const auto lead = accounts.add(u"Frau Berg"_s, Role::Lead, u"246810"_s, cli, utc(12, 6, 9, 0));
    QVERIFY(lead);
    const Actor berg{lead->id, lead->name};
    const auto anna =
        accounts.add(u"Anna Weber"_s, Role::Care, u"135790"_s, berg, utc(12, 6, 9, 1));
    QVERIFY(anna);
    const Actor weber{anna->id, anna->name};

    SessionStore sessions(*m_db, berlin);
    Session gym;
    gym.title = u"Sitzgymnastik"_s;
    gym.start = QDateTime(QDate(2026, 12, 8), QTime(10, 0), berlin);
    gym.duration = std::chrono::minutes(45);
    gym.rule = u"FREQ=WEEKLY;BYDAY=TU"_s;
    auto saved = sessions.save(gym, weber, utc(12, 6, 9, 3)); // Sunday, 10:03 at home
    QVERIFY(saved);
    Session changed = *saved;
    changed.title = u"Sitzgymnastik am Morgen"_s;
    changed.start.setTime(QTime(10, 30));
    changed.duration = std::chrono::minutes(60);
    changed.rule = u"FREQ=WEEKLY;BYDAY=TU,TH"_s;
    changed.content = {SessionContent::Kind::Events, {}};
    changed.volume = 80;
    changed.startsByItself = false;
    changed.note = u"Bitte Decken mitbringen"_s;
    QVERIFY(sessions.save(changed, weber, utc(12, 7, 9, 15))); // yesterday
    QVERIFY(sessions.cancelDate(saved->id, QDate(2026, 12, 8), weber, utc(12, 8, 8, 0)));
    QList<qint64> more;
    for (int i = 1; i <= 18; ++i) {
        Session choir;
        choir.title = u"Singkreis %1"_s.arg(i);
        choir.start = QDateTime(QDate(2026, 12, 9 + i % 7), QTime(15, 0), berlin);
        const auto made = sessions.save(choir, berg, utc(12, 8, 8, 10 + i));
        QVERIFY(made);
        more.append(made->id);
    }
    QVERIFY(sessions.remove(more.first(), berg, utc(12, 8, 9, 0)));
    QVERIFY(m_log->record(
        {0, utc(12, 8, 9, 30), berg, u"archive"_s, u"session %1"_s.arg(more.at(1)), {}, {}}));
    QCOMPARE(m_log->count(), 25);
}

void TestAuditLogScreen::tap(BigButton *button)
{
    m_tapper.tap(button);
}

QStringList TestAuditLogScreen::walkPages(AuditLogScreen &screen)
{
    QStringList texts;
    AuditLogList *list = screen.list();
    screen.pageSwitcher()->setPage(0);
    for (int page = 0; page < list->pageCount(); ++page) {
        if (page > 0)
            tap(screen.pageSwitcher()->nextButton());
        if (QTest::currentTestFailed())
            return {};
        if (list->page() != page) {
            QTest::qFail("\"weiter\" did not turn the page", __FILE__, __LINE__);
            return {};
        }
        const QList<QLabel *> labels = list->shownLabels();
        for (qsizetype i = 0; i + 1 < labels.size(); i += 2)
            texts.append(labels.at(i)->text() + u" | "_s + labels.at(i + 1)->text());
    }
    return texts;
}

void TestAuditLogScreen::newestFirstAndEveryEntryReachable()
{
    auto *screen = new AuditLogScreen(m_theme, *m_log, m_clock);
    Window window(m_theme, m_clock, screen, {1280, 800});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screen->activate();

    QCOMPARE(screen->screenName(), u"staff-audit"_s);
    QCOMPARE(screen->titleLabel()->text(), u"Log"_s);
    AuditLogList *list = screen->list();
    QCOMPARE(list->items().size(), 25);
    QVERIFY2(list->pageCount() > 2, qPrintable(QString::number(list->pageCount())));
    QCOMPARE(screen->pageSwitcher()->pageCount(), list->pageCount());
    QVERIFY(screen->pageSwitcher()->isVisible());
    QVERIFY(!screen->pageSwitcher()->previousButton()->isVisible());

    // The screen shows the log's entries, newest first, each exactly once over the pages.
    const QList<AuditEntry> newest = m_log->newest(0, 100);
    QCOMPARE(newest.size(), 25);
    QStringList expected;
    for (const AuditEntry &entry : newest) {
        expected.append(AuditLogText::when(entry.at, m_clock.now()) + u" | "_s +
                        AuditLogText::text(entry));
    }
    QVERIFY(newest.first().action == u"archive"_s);
    const QStringList shown = walkPages(*screen);
    QCOMPARE(shown, expected);
    // The last page: "weiter" is gone, "zurück" leads back.
    QVERIFY(!screen->pageSwitcher()->nextButton()->isVisible());
    tap(screen->pageSwitcher()->previousButton());
    QCOMPARE(list->page(), list->pageCount() - 2);
}

void TestAuditLogScreen::eachEntryInPlainWords()
{
    auto *screen = new AuditLogScreen(m_theme, *m_log, m_clock);
    Window window(m_theme, m_clock, screen, {1920, 1080});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screen->activate();
    const QStringList shown = walkPages(*screen);
    QCOMPARE(shown.size(), 25);
    const auto entry = [&shown](const QString &start) {
        for (const QString &text : shown) {
            if (text.section(u" | "_s, 1).startsWith(start))
                return text.section(u" | "_s, 1);
        }
        return QString();
    };
    QCOMPARE(entry(u"command line created"_s),
             u"command line created the account \"Frau Berg\" (management)."_s);
    QCOMPARE(entry(u"Frau Berg created the account"_s),
             u"Frau Berg created the account \"Anna Weber\" (care)."_s);
    QCOMPARE(entry(u"Anna Weber created"_s), u"Anna Weber created \"Sitzgymnastik\"."_s);
    // An edit: what changed, field by field, before → after, in the order staff plan them.
    QCOMPARE(entry(u"Anna Weber changed"_s),
             u"Anna Weber changed \"Sitzgymnastik\":\n"
             "– Title: \"Sitzgymnastik\" → \"Sitzgymnastik am Morgen\"\n"
             "– Start: 10:00 → 10:30\n"
             "– Duration: 45 → 60 minutes\n"
             "– Repeats: Tue → Tue, Thu\n"
             "– Shows: announcement only → \"What's on?\"\n"
             "– Room volume: 60 % → 80 %\n"
             "– How it starts: by itself → only a reminder\n"
             "– Note: (none) → \"Bitte Decken mitbringen\""_s);
    QCOMPARE(entry(u"Anna Weber cancelled"_s),
             u"Anna Weber cancelled \"Sitzgymnastik am Morgen\" on 8.12."_s);
    QCOMPARE(entry(u"Frau Berg deleted"_s), u"Frau Berg deleted \"Singkreis 1\"."_s);
    // An action of a newer version: its raw word and the thing it was done to.
    QCOMPARE(entry(u"Frau Berg: "_s), u"Frau Berg: \"archive\" – session 3"_s);
    QVERIFY(!entry(u"Frau Berg created \"Singkreis 18\"."_s).isEmpty());

    // A change of the content to a stream, and a field a newer version adds.
    const QString before =
        uR"({"id":1,"title":"Kino","content":"announcement","target":"","minutes":90})"_s;
    const QString after =
        uR"({"id":1,"title":"Kino","content":"stream","target":"heimatfilm","minutes":90,"subtitles":true})"_s;
    const AuditEntry edit{
        0, utc(12, 8, 9, 0), {1, u"Frau Berg"_s}, u"edit"_s, u"session 1"_s, before, after};
    QCOMPARE(AuditLogText::changes(edit),
             QStringList({u"Shows: announcement only → stream or video \"heimatfilm\""_s,
                          u"subtitles: (none) → true"_s}));
    // Saved without a change says so instead of listing nothing.
    const AuditEntry same{
        0, utc(12, 8, 9, 0), {1, u"Frau Berg"_s}, u"edit"_s, u"session 1"_s, before, before};
    QCOMPARE(AuditLogText::text(same), u"Frau Berg saved \"Kino\" without changes."_s);
}

void TestAuditLogScreen::whenIsSaidAsStaffSayIt()
{
    const QDateTime now = m_clock.now(); // Tuesday, 8 December 2026, 11:00 at home
    QCOMPARE(AuditLogText::when(utc(12, 8, 8, 0), now), u"today, 09:00"_s);
    QCOMPARE(AuditLogText::when(utc(12, 7, 9, 15), now), u"yesterday, 10:15"_s);
    QCOMPARE(AuditLogText::when(utc(12, 6, 9, 3), now), u"Sunday, 6.12. at 10:03"_s);
    QCOMPARE(AuditLogText::when(utc(12, 6, 9, 3).addYears(-1), now),
             u"Saturday, 6.12.2025 at 10:03"_s);
    // Summer time: 8:30 UTC is 10:30 at home.
    QCOMPARE(AuditLogText::when(utc(7, 1, 8, 30), now), u"Wednesday, 1.7. at 10:30"_s);
    // In German ("Uhr" comes with the translation).
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    QCOMPARE(AuditLogText::when(utc(12, 6, 9, 3), now), u"Sonntag, 6.12. at 10:03"_s);
}

void TestAuditLogScreen::readAgainWhenShownAndErrorsShown()
{
    auto *screen = new AuditLogScreen(m_theme, *m_log, m_clock);
    Window window(m_theme, m_clock, screen, {1280, 800});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screen->activate();
    QVERIFY2(screen->messageLabel()->text().startsWith(u"25 "_s),
             qPrintable(screen->messageLabel()->text()));

    // A change made while the screen was covered shows when it comes back, on top.
    QVERIFY(m_log->record({0,
                           utc(12, 8, 10, 0),
                           {1, u"Frau Berg"_s},
                           u"delete"_s,
                           u"session 9"_s,
                           uR"({"id":9,"title":"Singkreis 8"})"_s,
                           {}}));
    screen->deactivate();
    screen->activate();
    QVERIFY2(screen->messageLabel()->text().startsWith(u"26 "_s),
             qPrintable(screen->messageLabel()->text()));
    QCOMPARE(screen->list()->items().first().text, u"Frau Berg deleted \"Singkreis 8\"."_s);
    QCOMPARE(screen->list()->items().first().heading, u"today, 11:00"_s);

    // A log that cannot be read says so, in words, on the screen.
    QSqlQuery drop(m_db->connection());
    QVERIFY(drop.exec(u"DROP TABLE audit_log"_s));
    screen->deactivate();
    screen->activate();
    QVERIFY2(screen->messageLabel()->text().startsWith(u"The log cannot be read just now ("_s),
             qPrintable(screen->messageLabel()->text()));
    QVERIFY(screen->messageLabel()->isVisible());
    QVERIFY(screen->list()->items().isEmpty());
    QVERIFY(!screen->pageSwitcher()->isVisible());
}

void TestAuditLogScreen::aYearOfEntriesPages()
{
    // A busy home's year: ten changes a day. Every entry is on exactly one page, in order.
    {
        ScopedTransaction transaction(m_db->connection());
        QVERIFY(transaction.isActive());
        const QString session = uR"({"id":7,"title":"Singkreis","minutes":45,"volume":60})"_s;
        const QString louder = uR"({"id":7,"title":"Singkreis","minutes":45,"volume":70})"_s;
        for (int i = 0; i < 3650; ++i) {
            QVERIFY(m_log->record({0,
                                   utc(1, 1, 8, 0).addSecs(i * 3600 * 24 / 10),
                                   {1, u"Frau Berg"_s},
                                   u"edit"_s,
                                   u"session 7"_s,
                                   session,
                                   louder}));
        }
        QVERIFY(transaction.commit());
    }
    auto *screen = new AuditLogScreen(m_theme, *m_log, m_clock);
    Window window(m_theme, m_clock, screen, {1280, 800});
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QElapsedTimer timer;
    timer.start();
    screen->activate();
    qInfo() << "3675 entries read and paged in" << timer.elapsed() << "ms";
    AuditLogList *list = screen->list();
    QCOMPARE(list->items().size(), 3675);
    QCOMPARE(screen->pageSwitcher()->pageCount(), list->pageCount());
    int next = 0;
    for (int page = 0; page < list->pageCount(); ++page) {
        screen->pageSwitcher()->setPage(page);
        const QList<int> shown = list->shownItems();
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.first(), next);
        next = shown.last() + 1;
    }
    QCOMPARE(next, 3675);
    QCOMPARE(list->items().last().text,
             u"command line created the account \"Frau Berg\" (management)."_s);
}

void TestAuditLogScreen::layoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("theme");
    for (const QString &theme : {u"standard"_s, u"high-contrast"_s}) {
        for (const QSize &size : {QSize(1920, 1080), QSize(1280, 800)}) {
            QTest::addRow("%s %dx%d", qPrintable(theme), size.width(), size.height())
                << size << theme;
        }
    }
}

void TestAuditLogScreen::checkLayout(const AuditLogScreen &screen, const Theme &theme)
{
    // Staff controls: 12 mm and more, inside the screen, at least 4 mm apart.
    const Test::NamedRects controls = Test::checkControls(screen, theme);
    Test::checkTexts(screen, controls);
}

void TestAuditLogScreen::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(QString, theme);
    const Theme sized(theme == u"high-contrast" ? ThemeKind::HighContrast : ThemeKind::Standard,
                      ScreenMetrics(96.0 / 25.4, 100));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
    // The tallest entry there can be: every field changed, the title and the note long.
    SessionStore sessions(*m_db, berlin);
    Session film;
    film.title = u"Filmnachmittag mit Kaffee und Kuchen im Wintergarten, Erdgeschoss, für alle "
                 "Wohnbereiche"_s;
    film.start = QDateTime(QDate(2026, 12, 9), QTime(14, 0), berlin);
    film.rule = u"FREQ=WEEKLY;BYDAY=WE"_s;
    film.note =
        QString(u"Bitte rechtzeitig Bescheid geben, wer abgeholt werden muss. "_s).repeated(5);
    const Actor berg{1, u"Frau Berg"_s};
    const auto saved = sessions.save(film, berg, utc(12, 8, 9, 40));
    QVERIFY(saved);
    Session changed = *saved;
    changed.title = film.title + u" (neu)"_s;
    changed.start = QDateTime(QDate(2026, 12, 10), QTime(15, 30), berlin);
    changed.duration = std::chrono::minutes(120);
    changed.rule = u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR"_s;
    changed.content = {SessionContent::Kind::Stream, u"heimatfilme-der-fuenfziger-jahre"_s};
    changed.volume = 90;
    changed.startsByItself = false;
    changed.note =
        QString(u"Abholung übernimmt der Soziale Dienst, bitte Liste beachten. "_s).repeated(5);
    QVERIFY(sessions.save(changed, berg, utc(12, 8, 9, 45)));
    auto *screen = new AuditLogScreen(sized, *m_log, m_clock);
    Window window(sized, m_clock, screen, size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    screen->activate();
    QVERIFY(screen->list()->pageCount() > 1);
    for (int page = 0; page < screen->list()->pageCount(); ++page) {
        screen->pageSwitcher()->setPage(page);
        QVERIFY(!screen->list()->shownItems().isEmpty());
        checkLayout(*screen, sized);
        if (QTest::currentTestFailed())
            return;
        // The entries stay inside the list: nothing runs under the paging buttons.
        const QList<QLabel *> labels = screen->list()->shownLabels();
        const QRect last = Test::rectIn(labels.last(), screen);
        QVERIFY(last.bottom() <= Test::rectIn(screen->list(), screen).bottom());
    }
    if (qEnvironmentVariableIsSet("DORFPLATZ_STAFF_SCREENSHOTS")) {
        for (int page = 0; page < screen->list()->pageCount(); ++page) {
            screen->pageSwitcher()->setPage(page);
            window.grab().save(u"/tmp/staffc-audit-%1-%2x%3-page%4.png"_s.arg(theme)
                                   .arg(size.width())
                                   .arg(size.height())
                                   .arg(page + 1));
        }
    }
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestAuditLogScreen)
#include "tst_auditlogscreen.moc"
