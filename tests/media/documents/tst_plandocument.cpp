#include "core/accounts/auditlog.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/schedule/schedule.h"
#include "media/documents/plandocument.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

namespace {

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

QDateTime at(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), berlin());
}

PlanEntry entry(QDate date, int hour, int minute, const QString &title, int minutes = 45)
{
    const QDateTime start = at(date, hour, minute);
    return PlanEntry{start, start.addSecs(minutes * 60), title, QString(), false};
}

const QDate monday(2026, 12, 7);

// What poppler says about a PDF: the text, word boxes, page count and size.
struct Poppler
{
    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    // The text in reading order, each run of white space one space.
    static QString text(const QString &pdf)
    {
        return run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).simplified();
    }
    static QString info(const QString &pdf) { return run(u"pdfinfo"_s, {pdf}); }

    struct Word
    {
        QRectF box; // in points from the page's top left
        QString text;
    };
    static QList<Word> words(const QString &pdf)
    {
        static const QRegularExpression word(
            uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_s);
        QList<Word> result;
        const QString html = run(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s});
        for (const auto &m : word.globalMatch(html)) {
            const QPointF topLeft(m.captured(1).toDouble(), m.captured(2).toDouble());
            const QPointF bottomRight(m.captured(3).toDouble(), m.captured(4).toDouble());
            result.append({QRectF(topLeft, bottomRight), m.captured(5)});
        }
        return result;
    }
};

} // namespace

// The printed programme as poppler reads it back: the home's name, the heading, the days, times,
// titles and cancelled sessions; A4 landscape for the week and portrait for the day, always one
// page; a crowded day in smaller type and then cut with "… and N more", with no text over other
// text and none in the margins. Dates in German through QLocale; the document's own words are
// English until the lead's translation adds German.
class TestPlanDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWeekHasItsDaysTimesAndTitles();
    void todaysPlanHasTimesEndsAndNotes();
    void theWeekComesFromTheSchedule();
    void aCrowdedDayStaysOnOnePage_data();
    void aCrowdedDayStaysOnOnePage();

private:
    // Writes `document` into the temporary folder, with a PNG beside it (kept in /tmp as
    // `keepAs` when DORFPLATZ_KEEP_PICTURES is set); the path of the PDF.
    QString write(const PlanDocument &document, const QString &name, const QString &keepAs = {});
    // Every word on the page within the 15 mm margins and none over another, none smaller
    // than 12 pt.
    static void checkLayout(const QString &pdf, bool landscape);

    QTemporaryDir m_dir;
};

QString TestPlanDocument::write(const PlanDocument &document, const QString &name,
                                const QString &keepAs)
{
    const QString pdf = m_dir.filePath(name + u".pdf"_s);
    QString error;
    if (!document.writePdf(pdf, &error)) {
        qWarning() << error;
        return {};
    }
    const QString prefix = m_dir.filePath(name);
    Poppler::run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"50"_s, u"-singlefile"_s, pdf, prefix});
    const QString png = prefix + u".png"_s;
    if (!QFileInfo(png).size())
        return {};
    if (!keepAs.isEmpty() && qEnvironmentVariableIsSet("DORFPLATZ_KEEP_PICTURES")) {
        QFile::remove(keepAs);
        QFile::copy(png, keepAs);
    }
    return pdf;
}

void TestPlanDocument::checkLayout(const QString &pdf, bool landscape)
{
    const QString info = Poppler::info(pdf);
    QVERIFY2(info.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(info));
    QVERIFY2(info.contains(landscape ? u"842 x 595 pts (A4)"_s : u"595 x 842 pts (A4)"_s),
             qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(u"Creator:\\s+Dorfplatz\\n"_s)), qPrintable(info));

    const QList<Poppler::Word> words = Poppler::words(pdf);
    QVERIFY(words.size() > 10);
    const QSizeF page = landscape ? QSizeF(841.89, 595.276) : QSizeF(595.276, 841.89);
    const qreal margin = 15 / 25.4 * 72 - 1; // 15 mm, less a point for rounding
    const QRectF inside(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const auto &a = words.at(i);
        QVERIFY2(inside.contains(a.box), qPrintable(a.text));
        // poppler's box is the font's ascent to descent: 12 pt type makes about 14 pt.
        QVERIFY2(a.box.height() >= 12 * 1.1, qPrintable(a.text));
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            const auto &b = words.at(j);
            // Lines touch at their boxes' edges; more than a point in common is text on text.
            const QRectF common = a.box.intersected(b.box);
            QVERIFY2(common.width() < 1 || common.height() < 1,
                     qPrintable(u"%1 over %2"_s.arg(a.text, b.text)));
        }
    }
}

void TestPlanDocument::theWeekHasItsDaysTimesAndTitles()
{
    QVERIFY(m_dir.isValid());
    PlanData data{u"Haus Lindenhof"_s, QLocale(QLocale::German), {}};
    for (int i = 0; i < 7; ++i)
        data.days.append(PlanDay{monday.addDays(i), {}});
    data.days[0].entries = {entry(monday, 10, 0, u"Singen"_s), entry(monday, 15, 30, u"Kaffee"_s)};
    PlanEntry cancelled = entry(monday.addDays(1), 10, 0, u"Gymnastik"_s);
    cancelled.cancelled = true;
    data.days[1].entries = {cancelled, entry(monday.addDays(1), 14, 15, u"Bingo"_s)};
    data.days[3].entries = {entry(monday.addDays(3), 9, 45, u"Andacht"_s)};
    // A word too long for a column even in 12 pt is broken inside, not drawn into Thursday's
    // column (checkLayout: no word over another).
    data.days[2].entries = {entry(monday.addDays(2), 9, 45, u"Seniorengedächtnistraining"_s)};
    data.days[6].entries = {entry(monday.addDays(6), 11, 0, u"Konzert"_s)};
    const PlanDocument week(PlanDocument::Layout::Week, data);
    QCOMPARE(week.heading(), u"Week of 7. to 13. Dezember 2026"_s);
    QCOMPARE(week.title(), u"Week plan 7.–13. Dezember 2026"_s);

    const QString pdf = write(week, u"week"_s, u"/tmp/plan-week.png"_s);
    QVERIFY(!pdf.isEmpty());
    checkLayout(pdf, true);
    QVERIFY2(Poppler::info(pdf).contains(u"Week plan 7.–13. Dezember 2026"_s), "the PDF's title");
    const QString text = Poppler::text(pdf);
    for (const QString &expected : {u"Haus Lindenhof"_s, u"Week of 7. to 13. Dezember 2026"_s,
                                    u"Montag"_s,         u"7. Dezember"_s,
                                    u"Dienstag"_s,       u"Mittwoch"_s,
                                    u"Donnerstag"_s,     u"Freitag"_s,
                                    u"Samstag"_s,        u"Sonntag"_s,
                                    u"13. Dezember"_s,   u"10:00"_s,
                                    u"15:30"_s,          u"14:15"_s,
                                    u"09:45"_s,          u"11:00"_s,
                                    u"Singen"_s,         u"Kaffee"_s,
                                    u"Gymnastik"_s,      u"Bingo"_s,
                                    u"Andacht"_s,        u"Konzert"_s,
                                    u"cancelled"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" in: "_s + text));
    // The body in at least 14 pt where the day is not crowded, the heading larger.
    for (const Poppler::Word &word : Poppler::words(pdf)) {
        if (word.text == u"Singen"_s || word.text == u"Konzert"_s || word.text == u"Bingo"_s)
            QVERIFY2(word.box.height() >= 14 * 1.1, qPrintable(word.text));
        if (word.text == u"Week"_s)
            QVERIFY(word.box.height() >= 20 * 1.1);
    }
    // Only Tuesday's gymnastics is cancelled; the week shows the start times only.
    QCOMPARE(text.count(u"cancelled"_s), 1);
    QVERIFY(!text.contains(u"10:45"_s));

    // A week over the new year names both years.
    PlanData turn{u"Haus Lindenhof"_s, QLocale(QLocale::German), {}};
    for (int i = 0; i < 7; ++i)
        turn.days.append(PlanDay{QDate(2026, 12, 28).addDays(i), {}});
    QCOMPARE(PlanDocument(PlanDocument::Layout::Week, turn).heading(),
             u"Week of 28. Dezember 2026 to 3. Januar 2027"_s);
}

void TestPlanDocument::todaysPlanHasTimesEndsAndNotes()
{
    PlanData data{u"Haus Lindenhof"_s, QLocale(QLocale::German), {PlanDay{monday, {}}}};
    PlanEntry gym = entry(monday, 10, 0, u"Sitzgymnastik mit Video"_s);
    gym.note = u"Im Speisesaal"_s;
    PlanEntry choir = entry(monday, 16, 0, u"Chor"_s, 60);
    choir.cancelled = true;
    data.days[0].entries = {gym, entry(monday, 14, 30, u"Gedächtnistraining"_s, 30), choir};
    const PlanDocument day(PlanDocument::Layout::Day, data);
    QCOMPARE(day.heading(), u"Programme today, Montag, 7. Dezember 2026"_s);

    const QString pdf = write(day, u"day"_s, u"/tmp/plan-day.png"_s);
    QVERIFY(!pdf.isEmpty());
    checkLayout(pdf, false);
    const QString text = Poppler::text(pdf);
    for (const QString &expected :
         {u"Haus Lindenhof"_s, u"Programme today, Montag, 7. Dezember 2026"_s, u"10:00 – 10:45"_s,
          u"Sitzgymnastik mit Video"_s, u"Im Speisesaal"_s, u"14:30 – 15:00"_s,
          u"Gedächtnistraining"_s, u"16:00 – 17:00"_s, u"Chor"_s, u"cancelled"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" in: "_s + text));
    // By time, as given: the cancelled choir last.
    QVERIFY(text.indexOf(u"Sitzgymnastik"_s) < text.indexOf(u"Gedächtnistraining"_s));
    QVERIFY(text.indexOf(u"Gedächtnistraining"_s) < text.indexOf(u"cancelled"_s));

    // A day without sessions says so.
    const PlanDocument empty(
        PlanDocument::Layout::Day,
        PlanData{u"Haus Lindenhof"_s, QLocale(QLocale::German), {PlanDay{monday.addDays(1), {}}}});
    const QString emptyPdf = write(empty, u"empty"_s);
    QVERIFY(!emptyPdf.isEmpty());
    QVERIFY(Poppler::text(emptyPdf).contains(u"Nothing is planned."_s));
}

void TestPlanDocument::theWeekComesFromTheSchedule()
{
    QString error;
    const std::unique_ptr<Database> db = Database::open(m_dir.filePath(u"app.db"_s), &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*db, &error), qPrintable(error));
    Schedule schedule(*db, berlin());
    const Actor staff{1, u"Test"_s};
    const QDateTime now = at(QDate(2026, 12, 1), 9);

    Session gym;
    gym.title = u"Sitzgymnastik"_s;
    gym.start = at(QDate(2026, 12, 1), 10); // Tuesdays and Thursdays
    gym.rule = u"FREQ=WEEKLY;BYDAY=TU,TH"_s;
    gym.duration = 45min;
    gym.note = u"Stühle im Kreis"_s;
    const auto savedGym = schedule.save(gym, staff, now, &error);
    QVERIFY2(savedGym, qPrintable(error));
    Session concert;
    concert.title = u"Adventskonzert"_s;
    concert.start = at(QDate(2026, 12, 13), 15, 30); // once, on Sunday
    concert.duration = 90min;
    QVERIFY2(schedule.save(concert, staff, now, &error), qPrintable(error));
    Session late;
    late.title = u"Vorlesen"_s;
    late.start = at(QDate(2026, 12, 6), 23, 30); // the Sunday before, into Monday
    QVERIFY2(schedule.save(late, staff, now, &error), qPrintable(error));
    QVERIFY2(schedule.cancelDate(savedGym->id, QDate(2026, 12, 10), staff, now, &error),
             qPrintable(error));

    const PlanData data = PlanDocument::fromSchedule(schedule, monday, 7, u"Haus Lindenhof"_s,
                                                     QLocale(QLocale::German));
    QCOMPARE(data.homeName, u"Haus Lindenhof"_s);
    QCOMPARE(data.days.size(), 7);
    QCOMPARE(data.days.first().date, monday);
    QCOMPARE(data.days.last().date, QDate(2026, 12, 13));
    QVERIFY(data.days.at(0).entries.isEmpty()); // Sunday's late reading is Sunday's
    QCOMPARE(data.days.at(1).entries.size(), 1);
    const PlanEntry &tuesday = data.days.at(1).entries.first();
    QCOMPARE(tuesday.title, u"Sitzgymnastik"_s);
    QVERIFY(tuesday.note.isEmpty()); // staff's note stays off the corridor's wall
    QCOMPARE(tuesday.start, at(monday.addDays(1), 10));
    QCOMPARE(tuesday.start.time(), QTime(10, 0)); // in the home's zone
    QCOMPARE(tuesday.end, at(monday.addDays(1), 10, 45));
    QVERIFY(!tuesday.cancelled);
    QCOMPARE(data.days.at(3).entries.size(), 1);
    QVERIFY(data.days.at(3).entries.first().cancelled);
    QCOMPARE(data.days.at(6).entries.size(), 1);
    QCOMPARE(data.days.at(6).entries.first().start.time(), QTime(15, 30));

    const QString pdf = write(PlanDocument(PlanDocument::Layout::Week, data), u"schedule"_s,
                              u"/tmp/plan-schedule-week.png"_s);
    QVERIFY(!pdf.isEmpty());
    checkLayout(pdf, true);
    const QString text = Poppler::text(pdf);
    for (const QString &expected :
         {u"Sitzgymnastik"_s, u"Adventskonzert"_s, u"15:30"_s, u"10:00"_s, u"cancelled"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" in: "_s + text));
    QCOMPARE(text.count(u"Sitzgymnastik"_s), 2);
    QVERIFY(!text.contains(u"Vorlesen"_s));

    // Today's plan from the same schedule: Thursday, cancelled.
    const PlanData thursday = PlanDocument::fromSchedule(
        schedule, QDate(2026, 12, 10), 1, u"Haus Lindenhof"_s, QLocale(QLocale::German));
    QCOMPARE(thursday.days.size(), 1);
    const QString dayPdf = write(PlanDocument(PlanDocument::Layout::Day, thursday), u"thursday"_s);
    QVERIFY(!dayPdf.isEmpty());
    checkLayout(dayPdf, false);
    const QString dayText = Poppler::text(dayPdf);
    for (const QString &expected : {u"Programme today, Donnerstag, 10. Dezember 2026"_s,
                                    u"10:00 – 10:45"_s, u"Sitzgymnastik"_s, u"cancelled"_s})
        QVERIFY2(dayText.contains(expected), qPrintable(expected + u" in: "_s + dayText));
    QVERIFY(!dayText.contains(u"Stühle im Kreis"_s));
}

void TestPlanDocument::aCrowdedDayStaysOnOnePage_data()
{
    QTest::addColumn<bool>("week");
    QTest::newRow("week") << true;
    QTest::newRow("day") << false;
}

void TestPlanDocument::aCrowdedDayStaysOnOnePage()
{
    QFETCH(bool, week);
    const auto layout = week ? PlanDocument::Layout::Week : PlanDocument::Layout::Day;
    PlanData data{u"Haus Lindenhof"_s, QLocale(QLocale::German), {}};
    for (int i = 0; i < (week ? 7 : 1); ++i)
        data.days.append(PlanDay{monday.addDays(i), {}});
    // Thursday (or today) with 30 sessions, a quarter of an hour apart.
    const qsizetype crowded = week ? 3 : 0;
    const QDate date = data.days.at(crowded).date;
    for (int i = 0; i < 30; ++i) {
        PlanEntry e =
            entry(date, 8 + i / 4, (i % 4) * 15, u"Runde%1"_s.arg(i + 1, 2, 10, QChar(u'0')), 15);
        e.note = week ? QString() : u"Gruppe %1"_s.arg(i % 3 + 1);
        data.days[crowded].entries.append(e);
    }
    if (week)
        data.days[0].entries = {entry(monday, 10, 0, u"Singen"_s)};

    const QString name = week ? u"crowded-week"_s : u"crowded-day"_s;
    const QString pdf = write(PlanDocument(layout, data), name, u"/tmp/plan-%1.png"_s.arg(name));
    QVERIFY(!pdf.isEmpty());
    checkLayout(pdf, week);
    const QString text = Poppler::text(pdf);
    static const QRegularExpression more(u"… and (\\d+) more"_s);
    const auto match = more.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text));
    QCOMPARE(text.count(more), 1);
    const int left = match.captured(1).toInt();
    // The sessions shown and those counted are all 30, the first ones shown, in order.
    static const QRegularExpression round(u"Runde(\\d\\d)"_s);
    QList<int> shown;
    for (const auto &m : round.globalMatch(text))
        shown.append(m.captured(1).toInt());
    QVERIFY2(shown.size() >= 5, qPrintable(text));
    QCOMPARE(shown.size() + left, 30);
    for (qsizetype i = 0; i < shown.size(); ++i)
        QCOMPARE(shown.at(i), int(i + 1));
    if (week)
        QVERIFY(text.contains(u"Singen"_s));
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestPlanDocument)
#include "tst_plandocument.moc"
