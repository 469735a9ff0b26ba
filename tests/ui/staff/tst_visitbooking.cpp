// A video visit booked by staff with real taps: "Video visit with Anna" on the content page,
// "for whom" on the keyboard, the time; saved as a session with visitFor that starts by itself;
// the invitation on the shelf as a PDF with its .ics beside it (parsed back with libical: the
// start in the home's zone, the length, the room link the kiosk's call joins, a uid that stays
// when the visit is changed); "Dokumente" saving both onto a simulated stick; and a no-show
// marked "did not happen" on "Heute".
#include "core/accounts/accountstore.h"
#include "core/config/kioskconfig.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/files/documentshelf.h"
#include "core/files/filecopy.h"
#include "core/files/usbsticks.h"
#include "core/schedule/schedule.h"
#include "core/schedule/sessionoutcomes.h"
#include "support/fixedclock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/navigator.h"
#include "ui/kit/onscreenkeyboard.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/theme.h"
#include "ui/staff/documentscreen.h"
#include "ui/staff/pinpad.h"
#include "ui/staff/sessioneditorscreen.h"
#include "ui/staff/signinscreen.h"
#include "ui/staff/staffhomescreen.h"
#include "ui/staff/staffmode.h"
#include "ui/staff/todayscreen.h"
#include "ui/staff/visitbooking.h"
#include "ui/support/tapper.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <libical/ical.h>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

namespace {

class HomeStub final : public Screen
{
public:
    QString screenName() const override { return u"home"_s; }
};

struct CalendarFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Calendar = std::unique_ptr<icalcomponent, CalendarFree>;

// The facts of the calendar file, as a calendar program reads them.
struct IcsFacts
{
    QString tzid;
    QDateTime wallStart; // as written, in tzid
    int durationSeconds = 0;
    QString url;
    QString uid;
};

std::optional<IcsFacts> readIcs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray ics = file.readAll();
    const Calendar calendar(icalparser_parse_string(ics.constData()));
    if (!calendar)
        return std::nullopt;
    icalcomponent *event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
    if (!event)
        return std::nullopt;
    IcsFacts facts;
    icalproperty *dtstart = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!dtstart)
        return std::nullopt;
    if (icalparameter *tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER))
        facts.tzid = QString::fromUtf8(icalparameter_get_tzid(tzid));
    const icaltimetype wall = icalproperty_get_dtstart(dtstart);
    facts.wallStart =
        QDateTime(QDate(wall.year, wall.month, wall.day),
                  QTime(wall.hour, wall.minute, wall.second), QTimeZone(facts.tzid.toUtf8()));
    facts.durationSeconds = icaldurationtype_as_int(icalcomponent_get_duration(event));
    if (icalproperty *url = icalcomponent_get_first_property(event, ICAL_URL_PROPERTY))
        facts.url = QString::fromUtf8(icalproperty_get_url(url));
    facts.uid = QString::fromUtf8(icalcomponent_get_uid(event));
    return facts;
}

} // namespace

class TestVisitBooking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aVisitIsBookedWithItsInvitation();
    void aChangedVisitGetsANewInvitationWithTheSameUid();
    void theInvitationGoesOnTheStickWithItsCalendarFile();
    void anotherContentIsNoLongerAVisit();
    void aNoShowIsMarkedOnToday();

private:
    void tap(QAbstractButton *button) { m_tapper.tap(qobject_cast<TapButton *>(button)); }
    template <typename T>
    T *currentAs() const
    {
        return qobject_cast<T *>(m_navigator->current());
    }
    void signIn();
    // Today → New → "Video visit with Anna" for "Frau Müller" at 15:00, 30 minutes; saved.
    void bookVisit();

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(4.0, 100)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QStackedWidget> m_stack;
    Navigator *m_navigator = nullptr;
    std::unique_ptr<Schedule> m_schedule;
    std::unique_ptr<DocumentShelf> m_shelf;
    std::unique_ptr<UsbSticks> m_sticks;
    std::unique_ptr<StaffMode> m_staff;
    KioskConfig m_config;
    const QTimeZone m_zone{"Europe/Berlin"};
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone("Europe/Berlin"))};
    Test::Tapper m_tapper;
    QString m_stick;
};

void TestVisitBooking::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_config = KioskConfig{};
    m_config.settings.homeName = u"Haus Sonnenhang"_s;
    ContactConfig anna;
    anna.id = u"anna"_s;
    anna.name = u"Anna"_s;
    anna.server = QUrl(u"https://meet.example.org/"_s);
    anna.room = u"familie-mueller-7f3a"_s;
    m_config.contacts.append(anna);
    m_clock.set(QDateTime(QDate(2026, 12, 8), QTime(9, 0), m_zone));
    QString error;
    m_db = Database::open(m_dir->filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_schedule = std::make_unique<Schedule>(*m_db, m_zone);
    m_shelf = std::make_unique<DocumentShelf>(m_dir->filePath(u"documents"_s));
    m_stick = m_dir->filePath(u"media/FAMILIE"_s);
    QVERIFY(QDir().mkpath(m_stick));
    m_sticks = std::make_unique<UsbSticks>(QStringList{m_dir->filePath(u"media"_s)});
    m_stack = std::make_unique<QStackedWidget>();
    m_stack->resize(1920, 1000);
    m_navigator = new Navigator(m_stack.get(), new HomeStub, 180s, m_stack.get());
    m_staff = std::make_unique<StaffMode>(m_theme, *m_navigator, m_clock);
    StaffServices services;
    services.database = m_db.get();
    services.schedule = m_schedule.get();
    services.config = &m_config;
    services.documents = m_shelf.get();
    services.sticks = m_sticks.get();
    m_staff->setServices(services);
    m_stack->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_stack.get()));
    AccountStore store(*m_db);
    QVERIFY(store.add(u"Frau Berg"_s, Role::Lead, u"246810"_s, Actor{std::nullopt, u"cli"_s},
                      m_clock.now()));
    QVERIFY(store.add(u"Herr Klein"_s, Role::Care, u"135790"_s, Actor{std::nullopt, u"cli"_s},
                      m_clock.now()));
}

void TestVisitBooking::cleanup()
{
    m_staff.reset();
    m_stack.reset();
    m_sticks.reset();
    m_schedule.reset();
    m_db.reset();
    m_dir.reset();
}

void TestVisitBooking::signIn()
{
    m_staff->enter();
    auto *signIn = currentAs<SignInScreen>();
    QVERIFY(signIn);
    tap(signIn->accountButton(1)); // Herr Klein, care staff
    QSignalSpy signedIn(m_staff.get(), &StaffMode::signedIn);
    for (const QChar digit : u"135790"_s)
        tap(signIn->pinPad()->digitKey(digit.digitValue()));
    tap(signIn->pinPad()->okKey());
    QVERIFY(signedIn.wait(10000));
}

void TestVisitBooking::bookVisit()
{
    signIn();
    QVERIFY(currentAs<StaffHomeScreen>());
    tap(currentAs<StaffHomeScreen>()->pageButton(StaffHomeScreen::Page::Today));
    auto *today = currentAs<TodayScreen>();
    QVERIFY(today);
    tap(today->newButton());
    auto *editor = currentAs<SessionEditorScreen>();
    QVERIFY(editor);
    tap(editor->button(u"chooseContent"_s));
    QCOMPARE(editor->page(), SessionEditorScreen::Page::Content);
    BigButton *visit = editor->button(u"visit0"_s);
    QVERIFY(visit);
    QCOMPARE(visit->text(), u"Video visit with Anna"_s);
    tap(visit);
    // For whom: on the keyboard, once.
    QCOMPARE(editor->page(), SessionEditorScreen::Page::Text);
    for (const QString &key : {u"f"_s, u"r"_s, u"a"_s, u"u"_s}) // a capital by itself
        tap(editor->keyboard()->key(key));
    editor->textField()->insert(u" Müller"_s); // the rest as a USB keyboard would
    QCOMPARE(editor->textField()->text(), u"Frau Müller"_s);
    tap(editor->keyboard()->key(u"done"_s));
    QCOMPARE(editor->page(), SessionEditorScreen::Page::Form);
    QCOMPARE(editor->session().visitFor, u"Frau Müller"_s);
    QCOMPARE(editor->session().title, u"Video visit with Anna"_s); // not typed
    QCOMPARE(editor->valueLabel(u"content"_s)->text(), u"Video visit with Anna for Frau Müller"_s);
    QVERIFY(editor->session().startsByItself);
    QVERIFY(!editor->button(u"toggleStart"_s)->isEnabled());
    // 15:00 (from 10:00 in 15-minute steps), 30 minutes.
    for (int i = 0; i < 20; ++i)
        tap(editor->button(u"time+"_s));
    for (int i = 0; i < 1; ++i)
        tap(editor->button(u"duration-"_s));
    QCOMPARE(editor->session().start.time(), QTime(15, 0));
    QCOMPARE(editor->session().duration, 30min);
    QSignalSpy saved(editor, &SessionEditorScreen::saved);
    tap(editor->button(u"save"_s));
    QCOMPARE(saved.size(), 1);
}

void TestVisitBooking::aVisitIsBookedWithItsInvitation()
{
    bookVisit();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_schedule->sessions().size(), 1);
    const Session visit = m_schedule->sessions().constFirst();
    QCOMPARE(visit.visitFor, u"Frau Müller"_s);
    QCOMPARE(visit.content, (SessionContent{SessionContent::Kind::Call, u"anna"_s}));
    QVERIFY(visit.startsByItself);
    QVERIFY(visit.rule.isEmpty());
    QCOMPARE(visit.start, QDateTime(QDate(2026, 12, 8), QTime(15, 0), m_zone));

    // "Dokumente" with the invitation on top and a line saying it is ready.
    auto *documents = currentAs<DocumentScreen>();
    QVERIFY(documents);
    QCOMPARE(m_shelf->documents().size(), 1);
    const DocumentShelf::Document pdf = m_shelf->documents().constFirst();
    QVERIFY2(pdf.title.contains(u"Frau Müller"_s), qPrintable(pdf.title));
    QVERIFY2(documents->message()->text().contains(u"is ready"_s),
             qPrintable(documents->message()->text()));
    QVERIFY(QFile(pdf.path).size() > 1000);
    QFile head(pdf.path);
    QVERIFY(head.open(QIODevice::ReadOnly));
    QCOMPARE(head.read(5), QByteArray("%PDF-"));

    const QString icsPath = DocumentShelf::companionIcs(pdf.path);
    QVERIFY(icsPath.endsWith(u".ics"_s));
    const auto ics = readIcs(icsPath);
    QVERIFY(ics);
    QCOMPARE(ics->tzid, u"Europe/Berlin"_s);
    QCOMPARE(ics->wallStart, QDateTime(QDate(2026, 12, 8), QTime(15, 0), m_zone));
    QCOMPARE(ics->durationSeconds, 30 * 60);
    // The link the kiosk's call joins: the contact's server and room.
    QCOMPARE(ics->url, m_config.contacts.constFirst().roomUrl().toString());
    QCOMPARE(ics->url, u"https://meet.example.org/familie-mueller-7f3a"_s);
    QCOMPARE(ics->uid, u"visit-%1@dorfplatz"_s.arg(visit.id));
}

void TestVisitBooking::aChangedVisitGetsANewInvitationWithTheSameUid()
{
    bookVisit();
    if (QTest::currentTestFailed())
        return;
    const qint64 id = m_schedule->sessions().constFirst().id;
    tap(currentAs<DocumentScreen>()->backButton());
    auto *today = currentAs<TodayScreen>();
    QVERIFY(today);
    tap(today->editButton(0));
    auto *editor = currentAs<SessionEditorScreen>();
    QVERIFY(editor);
    QCOMPARE(editor->valueLabel(u"content"_s)->text(), u"Video visit with Anna for Frau Müller"_s);
    tap(editor->button(u"time+"_s)); // 15:15
    tap(editor->button(u"save"_s));
    QVERIFY(currentAs<DocumentScreen>());
    QCOMPARE(m_schedule->sessions().size(), 1);
    QCOMPARE(m_shelf->documents().size(), 2);
    const auto ics = readIcs(DocumentShelf::companionIcs(m_shelf->documents().constFirst().path));
    QVERIFY(ics);
    QCOMPARE(ics->wallStart, QDateTime(QDate(2026, 12, 8), QTime(15, 15), m_zone));
    QCOMPARE(ics->uid, u"visit-%1@dorfplatz"_s.arg(id));
}

void TestVisitBooking::theInvitationGoesOnTheStickWithItsCalendarFile()
{
    bookVisit();
    if (QTest::currentTestFailed())
        return;
    auto *documents = currentAs<DocumentScreen>();
    QVERIFY(documents);
    const DocumentShelf::Document pdf = m_shelf->documents().constFirst();
    BigButton *save = documents->button(pdf.title, u"save"_s);
    QVERIFY(save);
    tap(save);
    const QString base = m_stick + u"/"_s + DocumentShelf::fileNameFor(pdf.title);
    QVERIFY2(FileCopy::sameContent(base + u".pdf"_s, pdf.path),
             qPrintable(documents->message()->text()));
    QVERIFY(FileCopy::sameContent(base + u".ics"_s, DocumentShelf::companionIcs(pdf.path)));
    QVERIFY2(documents->message()->text().contains(u"calendar file"_s),
             qPrintable(documents->message()->text()));
    // Again: the second pair under the next free name, the first left as it was.
    tap(documents->button(pdf.title, u"save"_s));
    QVERIFY(QFile::exists(base + u"-2.pdf"_s));
    QVERIFY(QFile::exists(base + u"-2.ics"_s));
    QCOMPARE(QDir(m_stick).entryList(QDir::Files).size(), 4);
}

void TestVisitBooking::anotherContentIsNoLongerAVisit()
{
    signIn();
    QVERIFY(currentAs<StaffHomeScreen>());
    tap(currentAs<StaffHomeScreen>()->pageButton(StaffHomeScreen::Page::Today));
    tap(currentAs<TodayScreen>()->newButton());
    auto *editor = currentAs<SessionEditorScreen>();
    tap(editor->button(u"chooseContent"_s));
    tap(editor->button(u"visit0"_s));
    editor->textField()->setText(u"Frau Müller"_s);
    tap(editor->keyboard()->key(u"done"_s));
    QCOMPARE(editor->session().visitFor, u"Frau Müller"_s);
    tap(editor->button(u"chooseContent"_s));
    tap(editor->button(u"content0"_s)); // "Announcement only"
    QVERIFY(editor->session().visitFor.isEmpty());
    QVERIFY(editor->button(u"toggleStart"_s)->isEnabled());
    tap(editor->button(u"save"_s));
    QVERIFY(currentAs<TodayScreen>()); // no invitation for an announcement
    QVERIFY(m_shelf->documents().isEmpty());
}

void TestVisitBooking::aNoShowIsMarkedOnToday()
{
    Session visit;
    visit.title = u"Video visit with Anna"_s;
    visit.content = {SessionContent::Kind::Call, u"anna"_s};
    visit.visitFor = u"Frau Müller"_s;
    visit.start = QDateTime(QDate(2026, 12, 8), QTime(8, 0), m_zone);
    visit.duration = 30min;
    const auto saved = m_schedule->save(visit, Actor{1, u"Herr Klein"_s}, m_clock.now());
    QVERIFY(saved);
    QVERIFY(SessionOutcomes(*m_db).record(saved->id, QDate(2026, 12, 8),
                                          SessionOutcomes::Outcome::NoShow, m_clock.now()));
    signIn();
    QVERIFY(currentAs<StaffHomeScreen>());
    tap(currentAs<StaffHomeScreen>()->pageButton(StaffHomeScreen::Page::Today));
    auto *today = currentAs<TodayScreen>();
    QVERIFY(today);
    QCOMPARE(today->rowTexts().size(), 1);
    QVERIFY2(today->rowTexts().constFirst().contains(u"did not happen"_s),
             qPrintable(today->rowTexts().constFirst()));
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestVisitBooking)
#include "tst_visitbooking.moc"
