#include "core/accounts/accountstore.h"
#include "core/accounts/auditlog.h"
#include "core/config/kioskconfig.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/files/documentshelf.h"
#include "core/schedule/schedule.h"
#include "core/schedule/sessionscheduler.h"
#include "support/fixedclock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/header.h"
#include "ui/kit/navigator.h"
#include "ui/kit/onscreenkeyboard.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/presshold.h"
#include "ui/kit/theme.h"
#include "ui/staff/accounteditorscreen.h"
#include "ui/staff/documentscreen.h"
#include "ui/staff/occurrencescreen.h"
#include "ui/staff/pinpad.h"
#include "ui/staff/sessioneditorscreen.h"
#include "ui/staff/signinscreen.h"
#include "ui/staff/staffhomescreen.h"
#include "ui/staff/staffmode.h"
#include "ui/staff/startnowscreen.h"
#include "ui/staff/todayscreen.h"
#include "ui/staff/weekscreen.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/screenframe.h"
#include "ui/support/tapper.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

namespace {

class HomeStub final : public Screen
{
public:
    QString screenName() const override { return u"home"_s; }
};

} // namespace

// Staff mode as staff use it, on a real app.db: the way in by holding the home's name, the
// first start without a Leitung account, the PIN checked off the GUI thread, the wait after a
// wrong PIN (also after a restart), what each role may open, "Fertig" and the end after a time
// without a touch (shortened here), the sign-in closing by itself; and the programme edited on
// the screens: a new weekly session from day chips, "Heute ausfallen lassen" with its second
// tap, a clash named with "Trotzdem speichern", an end date, one date moved (and back, and
// called off), each change in the audit log.
class TestStaffMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void holdingTheNameForThreeSecondsAsksForStaff();
    void aTapOrAStrokeDoesNot();
    void firstStartMakesTheLeadAccount();
    void theRightPinOpensTheStaffHome();
    void aWrongPinWaitsAlsoAfterARestart();
    void eachRoleSeesItsPages();
    void doneAndIdleEndStaffMode();
    void theSignInClosesByItself();
    void aNewWeeklySessionFromChips();
    void cancelTodayNeedsASecondTap();
    void weekAndDayPlansArePrintedToTheShelf();
    void aSeriesEndsOnAChosenDay();
    void oneDateIsMovedAndBack();
    void aMovedDateThatIsCalledOff();
    void aSessionThatDoesNotWorkIsMarked();
    void aClashIsNamedAndCanBeSavedAnyway();
    void startNowHandsTheRoomItsContent();
    void screensFit_data();
    void screensFit();

private:
    void addAccounts();
    void tap(QAbstractButton *button);
    void typePin(PinPad *pad, const QString &pin);
    Screen *current() const { return m_navigator->current(); }
    template <typename T>
    T *currentAs() const
    {
        return qobject_cast<T *>(m_navigator->current());
    }
    void signIn(int accountIndex, const QString &pin);
    StaffServices services()
    {
        StaffServices services;
        services.database = m_db.get();
        services.schedule = m_schedule.get();
        services.config = &m_config;
        services.documents = m_shelf.get();
        return services;
    }

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(4.0, 100)};
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QStackedWidget> m_stack;
    Navigator *m_navigator = nullptr;
    std::unique_ptr<Schedule> m_schedule;
    std::unique_ptr<DocumentShelf> m_shelf;
    std::unique_ptr<StaffMode> m_staff;
    KioskConfig m_config;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone("Europe/Berlin"))};
    Test::Tapper m_tapper;
};

void TestStaffMode::init()
{
    m_config = KioskConfig{};
    m_clock.set(QDateTime(QDate(2026, 12, 8), QTime(9, 0), QTimeZone("Europe/Berlin")));
    QString error;
    m_db = Database::open(m_dir.filePath(u"app.db"_s), &error);
    QVERIFY2(m_db, qPrintable(error));
    QVERIFY2(Migrator().migrate(*m_db, &error), qPrintable(error));
    m_schedule = std::make_unique<Schedule>(*m_db, QTimeZone("Europe/Berlin"));
    m_shelf = std::make_unique<DocumentShelf>(m_dir.filePath(u"documents"_s));
    m_stack = std::make_unique<QStackedWidget>();
    m_stack->resize(1920, 1000);
    m_navigator = new Navigator(m_stack.get(), new HomeStub, 180s, m_stack.get());
    m_staff = std::make_unique<StaffMode>(m_theme, *m_navigator, m_clock);
    m_staff->setServices(services());
    m_stack->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_stack.get()));
}

void TestStaffMode::cleanup()
{
    m_staff.reset();
    m_stack.reset();
    m_schedule.reset();
    m_db.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dir.filePath(u"app.db"_s + suffix));
}

void TestStaffMode::addAccounts()
{
    AccountStore store(*m_db);
    const Actor cli{std::nullopt, u"command line"_s};
    QVERIFY(store.add(u"Frau Berg"_s, Role::Lead, u"246810"_s, cli, m_clock.now()));
    QVERIFY(store.add(u"Herr Klein"_s, Role::Care, u"135790"_s, cli, m_clock.now()));
    QVERIFY(store.add(u"Lena"_s, Role::Guide, u"975310"_s, cli, m_clock.now()));
}

void TestStaffMode::tap(QAbstractButton *button)
{
    m_tapper.tap(qobject_cast<TapButton *>(button));
}

void TestStaffMode::typePin(PinPad *pad, const QString &pin)
{
    for (const QChar digit : pin)
        tap(pad->digitKey(digit.digitValue()));
    tap(pad->okKey());
}

void TestStaffMode::signIn(int accountIndex, const QString &pin)
{
    m_staff->enter();
    auto *signIn = currentAs<SignInScreen>();
    QVERIFY(signIn);
    tap(signIn->accountButton(accountIndex));
    QVERIFY(signIn->showsPinPad());
    QSignalSpy signedIn(m_staff.get(), &StaffMode::signedIn);
    typePin(signIn->pinPad(), pin);
    QVERIFY(signedIn.wait(10000));
}

void TestStaffMode::holdingTheNameForThreeSecondsAsksForStaff()
{
    Header header(m_theme, m_clock, u"Haus am Mühlberg"_s);
    header.resize(1920, 200);
    header.show();
    QVERIFY(QTest::qWaitForWindowExposed(&header));
    QCOMPARE(header.staffHold()->duration(), 3000ms);
    QSignalSpy requested(&header, &Header::staffRequested);
    auto *name = header.findChild<QLabel *>(u"homeName"_s);
    QVERIFY(name);
    QTest::mousePress(name, Qt::LeftButton, {}, name->rect().center());
    QVERIFY(header.staffHold()->isPressed());
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.size(), 1);
    QTest::mouseRelease(name, Qt::LeftButton, {}, name->rect().center());
}

void TestStaffMode::aTapOrAStrokeDoesNot()
{
    QLabel target(u"Haus am Mühlberg"_s);
    target.resize(400, 100);
    target.show();
    QVERIFY(QTest::qWaitForWindowExposed(&target));
    PressHold hold(m_theme, &target, 3000ms);
    // A tap: the press is forgotten on release.
    QTest::mousePress(&target, Qt::LeftButton, {}, QPoint(50, 50));
    QVERIFY(hold.isPressed());
    QTest::mouseRelease(&target, Qt::LeftButton, {}, QPoint(50, 50));
    QVERIFY(!hold.isPressed());
    // A stroke: the finger moves further than a tap may.
    QTest::mousePress(&target, Qt::LeftButton, {}, QPoint(50, 50));
    QMouseEvent move(QEvent::MouseMove, QPointF(50 + m_theme.px(Theme::tapToleranceMm) + 10, 50),
                     target.mapToGlobal(QPointF(50 + m_theme.px(Theme::tapToleranceMm) + 10, 50)),
                     Qt::LeftButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(&target, &move);
    QVERIFY(!hold.isPressed());
    // A small wobble of a held finger is still a hold.
    QTest::mousePress(&target, Qt::LeftButton, {}, QPoint(50, 50));
    QMouseEvent wobble(QEvent::MouseMove, QPointF(53, 52), target.mapToGlobal(QPointF(53, 52)),
                       Qt::LeftButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(&target, &wobble);
    QVERIFY(hold.isPressed());
}

void TestStaffMode::firstStartMakesTheLeadAccount()
{
    QVERIFY(!AccountStore(*m_db).hasLead());
    m_staff->enter();
    auto *first = currentAs<AccountEditorScreen>();
    QVERIFY(first);
    QCOMPARE(first->screenName(), u"staff-first-start"_s);
    QCOMPARE(first->step(), AccountEditorScreen::Step::Name);
    // The name on the on-screen keyboard: the first letter a capital by itself.
    for (const QString &key : {u"m"_s, u"a"_s, u"r"_s, u"i"_s, u"a"_s})
        tap(first->keyboard()->key(key));
    QCOMPARE(first->nameField()->text(), u"Maria"_s);
    tap(first->keyboard()->key(u"done"_s));
    // Leitung is given: straight to the PIN.
    QCOMPARE(first->step(), AccountEditorScreen::Step::Pin);
    typePin(first->pinPad(), u"1122334"_s);
    QCOMPARE(first->step(), AccountEditorScreen::Step::PinAgain);
    typePin(first->pinPad(), u"1122335"_s); // not the same
    QCOMPARE(first->step(), AccountEditorScreen::Step::Pin);
    QVERIFY(first->messageLabel()->text().contains(u"not the same"_s));
    typePin(first->pinPad(), u"1122334"_s);
    QSignalSpy signedIn(m_staff.get(), &StaffMode::signedIn);
    typePin(first->pinPad(), u"1122334"_s);
    QCOMPARE(signedIn.size(), 1);
    QCOMPARE(current()->screenName(), u"staff-home"_s);

    AccountStore store(*m_db);
    QVERIFY(store.hasLead());
    QCOMPARE(store.accounts().first().name, u"Maria"_s);
    const QList<AuditEntry> log = AuditLog(*m_db).newest(0, 5);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().action, u"create"_s);
    QVERIFY(!log.first().actor.accountId);
    QVERIFY(!log.first().after.contains(u"1122334"_s)); // never the PIN
}

void TestStaffMode::theRightPinOpensTheStaffHome()
{
    addAccounts();
    signIn(1, u"135790"_s); // Herr Klein (the accounts by name: Frau Berg, Herr Klein, Lena)
    QVERIFY(m_staff->isSignedIn());
    QCOMPARE(m_staff->account()->name, u"Herr Klein"_s);
    QCOMPARE(current()->screenName(), u"staff-home"_s);
    QCOMPARE(m_navigator->depth(), 2); // the sign-in is gone, the staff home on the home screen
}

void TestStaffMode::aWrongPinWaitsAlsoAfterARestart()
{
    addAccounts();
    m_staff->enter();
    auto *signIn = currentAs<SignInScreen>();
    QVERIFY(signIn);
    tap(signIn->accountButton(0));
    typePin(signIn->pinPad(), u"000000"_s);
    QTRY_VERIFY_WITH_TIMEOUT(signIn->messageLabel()->text().contains(u"not right"_s), 10000);
    QVERIFY(signIn->pinPad()->isWaiting());
    QVERIFY(signIn->pinPad()->statusText().contains(u"1 more second"_s) ||
            signIn->pinPad()->statusText().contains(u"1 second"_s));
    QVERIFY(!m_staff->isSignedIn());

    // Another kiosk process on the same file, at the same moment: the pad still waits.
    m_staff->end();
    m_staff = std::make_unique<StaffMode>(m_theme, *m_navigator, m_clock);
    m_staff->setServices(services());
    m_staff->enter();
    signIn = currentAs<SignInScreen>();
    QVERIFY(signIn);
    tap(signIn->accountButton(0));
    QVERIFY(signIn->pinPad()->isWaiting());
    // When the wait is over, the right PIN opens it.
    m_clock.set(m_clock.now().addSecs(2));
    signIn->waitUntil(AccountStore(*m_db).waitUntil(m_clock.now()));
    QVERIFY(!signIn->pinPad()->isWaiting());
    QSignalSpy signedIn(m_staff.get(), &StaffMode::signedIn);
    typePin(signIn->pinPad(), u"246810"_s);
    QVERIFY(signedIn.wait(10000));
}

void TestStaffMode::eachRoleSeesItsPages()
{
    using Page = StaffHomeScreen::Page;
    QCOMPARE(StaffHomeScreen::pagesFor(Role::Care),
             (QList<Page>{Page::Today, Page::Week, Page::StartNow, Page::Documents, Page::Sync}));
    QVERIFY(StaffHomeScreen::pagesFor(Role::Lead).contains(Page::AuditLog));
    QVERIFY(StaffHomeScreen::pagesFor(Role::Lead).contains(Page::Accounts));
    QVERIFY(!StaffHomeScreen::pagesFor(Role::Guide).contains(Page::Today));
    addAccounts();
    signIn(1, u"135790"_s);
    auto *home = currentAs<StaffHomeScreen>();
    QVERIFY(home);
    QVERIFY(home->pageButton(Page::Today));
    QVERIFY(!home->pageButton(Page::AuditLog));
    // Care staff cannot open the log by any way.
    m_staff->open(Page::AuditLog);
    QCOMPARE(current(), home);
    tap(home->pageButton(Page::Today));
    QCOMPARE(current()->screenName(), u"staff-today"_s);
}

void TestStaffMode::doneAndIdleEndStaffMode()
{
    addAccounts();
    signIn(0, u"246810"_s);
    QSignalSpy ended(m_staff.get(), &StaffMode::ended);
    tap(currentAs<StaffHomeScreen>()->backButton()); // "Fertig"
    QCOMPARE(ended.size(), 1);
    QVERIFY(m_navigator->isHome());
    QVERIFY(!m_staff->isSignedIn());

    // Two minutes without a touch (here 300 ms); a touch in between starts them again.
    m_staff->setIdleTimes(15s, 300ms);
    signIn(0, u"246810"_s);
    QCOMPARE(m_staff->idleTimer().interval(), 300);
    QVERIFY(ended.wait(5000));
    QVERIFY(m_navigator->isHome());
}

void TestStaffMode::theSignInClosesByItself()
{
    addAccounts();
    m_staff->setIdleTimes(300ms, 2min);
    QSignalSpy ended(m_staff.get(), &StaffMode::ended);
    m_staff->enter();
    QCOMPARE(current()->screenName(), u"staff-accounts"_s);
    QVERIFY(ended.wait(5000));
    QVERIFY(m_navigator->isHome());
    // The real times: 15 s for the sign-in, 2 min once signed in.
    QCOMPARE(StaffMode::signInIdle, 15s);
    QCOMPARE(StaffMode::idleEnd, 2min);
}

void TestStaffMode::aNewWeeklySessionFromChips()
{
    addAccounts();
    signIn(1, u"135790"_s);
    tap(currentAs<StaffHomeScreen>()->pageButton(StaffHomeScreen::Page::Today));
    auto *today = currentAs<TodayScreen>();
    QVERIFY(today);
    QVERIFY(today->rowTexts().isEmpty());
    tap(today->newButton());
    auto *editor = currentAs<SessionEditorScreen>();
    QVERIFY(editor);
    // The title on the keyboard.
    tap(editor->button(u"editTitle"_s));
    QCOMPARE(editor->page(), SessionEditorScreen::Page::Text);
    editor->textField()->setText(u"Sitzgymnastik"_s); // a USB keyboard, as it were
    tap(editor->keyboard()->key(u"done"_s));
    QCOMPARE(editor->page(), SessionEditorScreen::Page::Form);
    // Tuesdays and Thursdays at 10:30, 45 minutes.
    tap(editor->button(u"day2"_s));
    tap(editor->button(u"day4"_s));
    tap(editor->button(u"time+"_s));
    tap(editor->button(u"time+"_s));
    QCOMPARE(editor->session().start.time(), QTime(10, 30));
    QCOMPARE(editor->session().rule, u"FREQ=WEEKLY;BYDAY=TU,TH"_s);
    tap(editor->button(u"interval+"_s));
    QCOMPARE(editor->session().rule, u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH"_s);
    tap(editor->button(u"interval-"_s));
    QSignalSpy saved(editor, &SessionEditorScreen::saved);
    tap(editor->button(u"save"_s));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(current(), today); // back on "Heute"

    QCOMPARE(m_schedule->sessions().size(), 1);
    const Session s = m_schedule->sessions().first();
    QCOMPARE(s.title, u"Sitzgymnastik"_s);
    QCOMPARE(s.rule, u"FREQ=WEEKLY;BYDAY=TU,TH"_s);
    QCOMPARE(today->rowTexts().size(), 1); // 8 December 2026 is a Tuesday
    QVERIFY(today->rowTexts().first().startsWith(u"10:30–11:15  Sitzgymnastik"_s));
    QCOMPARE(m_schedule->day(QDate(2026, 12, 10)).size(), 1); // Thursday
    QCOMPARE(m_schedule->day(QDate(2026, 12, 9)).size(), 0);
    const QList<AuditEntry> log = AuditLog(*m_db).newest(0, 1);
    QCOMPARE(log.first().action, u"create"_s);
    QCOMPARE(log.first().actor.name, u"Herr Klein"_s);
}

void TestStaffMode::cancelTodayNeedsASecondTap()
{
    addAccounts();
    Session gym;
    gym.title = u"Sitzgymnastik"_s;
    gym.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), m_schedule->zone());
    gym.rule = u"FREQ=WEEKLY;BYDAY=TU"_s;
    QVERIFY(m_schedule->save(gym, Actor{1, u"Frau Berg"_s}, m_clock.now()));
    signIn(1, u"135790"_s);
    tap(currentAs<StaffHomeScreen>()->pageButton(StaffHomeScreen::Page::Today));
    auto *today = currentAs<TodayScreen>();
    QCOMPARE(today->rowTexts().size(), 1);
    tap(today->cancelButton(0));
    QCOMPARE(today->cancelButton(0)->text(), u"Really cancel?"_s);
    QVERIFY(m_schedule->sessions().first().cancelled.isEmpty()); // not yet
    tap(today->cancelButton(0));
    QCOMPARE(m_schedule->sessions().first().cancelled, QList<QDate>{QDate(2026, 12, 8)});
    QVERIFY(today->rowTexts().first().contains(u"cancelled today"_s));
    QVERIFY(!today->cancelButton(0)->isEnabled());
    QCOMPARE(AuditLog(*m_db).newest(0, 1).first().action, u"cancel"_s);
}

void TestStaffMode::weekAndDayPlansArePrintedToTheShelf()
{
    // "Drucken" on "Woche" and "Heute": the plan goes to the shelf as a PDF (PlanDocument's own
    // test reads such PDFs back), and "Dokumente" opens with it on top and a line saying so.
    addAccounts();
    m_config.settings.homeName = u"Haus Sonnenhang"_s;
    Session gym;
    gym.title = u"Sitzgymnastik"_s;
    gym.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), m_schedule->zone());
    gym.rule = u"FREQ=WEEKLY;BYDAY=TU"_s;
    QVERIFY(m_schedule->save(gym, Actor{1, u"Frau Berg"_s}, m_clock.now()));
    signIn(1, u"135790"_s);
    auto *home = currentAs<StaffHomeScreen>();
    tap(home->pageButton(StaffHomeScreen::Page::Week));
    auto *week = currentAs<WeekScreen>();
    QVERIFY(week);
    tap(week->printButton());
    auto *documents = currentAs<DocumentScreen>();
    QVERIFY(documents);
    QCOMPARE(m_shelf->documents().size(), 1);
    const DocumentShelf::Document plan = m_shelf->documents().constFirst();
    QVERIFY2(plan.title.startsWith(u"Week plan"_s), qPrintable(plan.title));
    QVERIFY(QFileInfo(plan.path).size() > 1000);
    QVERIFY2(documents->message()->text().contains(plan.title),
             qPrintable(documents->message()->text()));
    QCOMPARE(documents->rows()->rows().size(), 1);

    // Back to the week, then "Heute": a second document, the newest first.
    tap(documents->backButton());
    QCOMPARE(current(), week);
    tap(week->backButton());
    tap(home->pageButton(StaffHomeScreen::Page::Today));
    auto *today = currentAs<TodayScreen>();
    QVERIFY(today);
    tap(today->printButton());
    QVERIFY(currentAs<DocumentScreen>());
    QCOMPARE(m_shelf->documents().size(), 2);
    QVERIFY(m_shelf->documents().constFirst().title.startsWith(u"Programme"_s));

    // "Dokumente" from the staff home lists both.
    tap(currentAs<DocumentScreen>()->backButton());
    tap(currentAs<TodayScreen>()->backButton());
    tap(home->pageButton(StaffHomeScreen::Page::Documents));
    QCOMPARE(currentAs<DocumentScreen>()->rows()->rows().size(), 2);
}

void TestStaffMode::aSeriesEndsOnAChosenDay()
{
    addAccounts();
    signIn(1, u"135790"_s);
    tap(currentAs<StaffHomeScreen>()->pageButton(StaffHomeScreen::Page::Today));
    tap(currentAs<TodayScreen>()->newButton());
    auto *editor = currentAs<SessionEditorScreen>();
    tap(editor->button(u"editTitle"_s));
    editor->textField()->setText(u"Adventssingen"_s);
    tap(editor->keyboard()->key(u"done"_s));
    // Only a repeating session has an end.
    QVERIFY(!editor->button(u"until-"_s)->isEnabled());
    tap(editor->button(u"day2"_s));
    QCOMPARE(editor->valueLabel(u"until"_s)->text(), u"No end date"_s);
    QVERIFY(!editor->button(u"until+"_s)->isEnabled());
    // A month from Tuesday 8 December, then a week less: 29 December.
    tap(editor->button(u"until-"_s));
    QVERIFY(editor->valueLabel(u"until"_s)->text().contains(u"2027"_s));
    tap(editor->button(u"until-"_s));
    QVERIFY2(editor->valueLabel(u"until"_s)->text().contains(u"29"_s),
             qPrintable(editor->valueLabel(u"until"_s)->text()));
    // Another day keeps the end.
    tap(editor->button(u"day4"_s));
    QCOMPARE(editor->session().rule, u"FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261229T225959Z"_s);
    // A start moved past the end takes the end along (and back it stays).
    for (int i = 0; i < 22; ++i)
        editor->button(u"date+"_s)->click();
    QCOMPARE(editor->session().start.date(), QDate(2026, 12, 30));
    QCOMPARE(editor->session().rule, u"FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261230T225959Z"_s);
    for (int i = 0; i < 22; ++i)
        editor->button(u"date-"_s)->click();
    QCOMPARE(editor->session().start.date(), QDate(2026, 12, 8));
    // The end in whole weeks from the start again: 22 December, then 29 December.
    tap(editor->button(u"until-"_s));
    QVERIFY(editor->session().rule.endsWith(u"UNTIL=20261222T225959Z"_s));
    tap(editor->button(u"until+"_s));
    QVERIFY(editor->session().rule.endsWith(u"UNTIL=20261229T225959Z"_s));
    tap(editor->button(u"save"_s));
    QCOMPARE(m_schedule->sessions().size(), 1);
    QCOMPARE(m_schedule->day(QDate(2026, 12, 29)).size(), 1);
    QCOMPARE(m_schedule->day(QDate(2026, 12, 31)).size(), 0);
    QCOMPARE(m_schedule->day(QDate(2027, 1, 5)).size(), 0);

    // Reopened, stepped up to the last week and one more: open again.
    Session saved = m_schedule->sessions().first();
    auto *again = new SessionEditorScreen(m_theme, *m_schedule, m_config, m_clock,
                                          Actor{2, u"Herr Klein"_s}, saved);
    m_navigator->push(again);
    QVERIFY(again->valueLabel(u"until"_s)->text().contains(u"29"_s));
    for (int i = 0; i < 104 && again->button(u"until+"_s)->isEnabled(); ++i)
        again->button(u"until+"_s)->click();
    QCOMPARE(again->valueLabel(u"until"_s)->text(), u"No end date"_s);
    QCOMPARE(again->session().rule, u"FREQ=WEEKLY;BYDAY=TU,TH"_s);
}

void TestStaffMode::oneDateIsMovedAndBack()
{
    addAccounts();
    Session gym;
    gym.title = u"Sitzgymnastik"_s;
    gym.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), m_schedule->zone());
    gym.duration = 45min;
    gym.rule = u"FREQ=WEEKLY;BYDAY=TU"_s;
    QVERIFY(m_schedule->save(gym, Actor{1, u"Frau Berg"_s}, m_clock.now()));
    Session coffee;
    coffee.title = u"Kaffeerunde"_s;
    coffee.start = QDateTime(QDate(2026, 12, 9), QTime(11, 0), m_schedule->zone());
    QVERIFY(m_schedule->save(coffee, Actor{1, u"Frau Berg"_s}, m_clock.now()));
    signIn(1, u"135790"_s);
    tap(currentAs<StaffHomeScreen>()->pageButton(StaffHomeScreen::Page::Today));
    auto *today = currentAs<TodayScreen>();
    QCOMPARE(today->rowTexts().size(), 1);
    // "Ändern" on a repeating session: this date first.
    tap(today->editButton(0));
    auto *date = currentAs<OccurrenceScreen>();
    QVERIFY(date);
    QCOMPARE(date->plannedDate(), QDate(2026, 12, 8));
    QVERIFY(!date->button(u"move"_s)->isEnabled()); // nothing changed yet
    QVERIFY(!date->button(u"undo"_s)->isVisible());
    // Not into the past: 9:00 now, a 45-minute session cannot begin before 8:15.
    for (int i = 0; i < 8; ++i)
        tap(date->button(u"time-"_s));
    QCOMPARE(date->chosen().time(), QTime(8, 30));
    // To Wednesday at 11:00: over the coffee, which is named; the second tap moves it.
    tap(date->button(u"date+"_s));
    for (int i = 0; i < 10; ++i)
        tap(date->button(u"time+"_s));
    QCOMPARE(date->chosen(), QDateTime(QDate(2026, 12, 9), QTime(11, 0), m_schedule->zone()));
    tap(date->button(u"move"_s));
    QVERIFY2(date->messageLabel()->text().contains(u"Kaffeerunde"_s),
             qPrintable(date->messageLabel()->text()));
    QCOMPARE(date->button(u"move"_s)->text(), u"Move anyway"_s);
    QCOMPARE(m_schedule->session(1)->moved.size(), 0);
    tap(date->button(u"move"_s));
    QCOMPARE(current(), today);
    QCOMPARE(m_schedule->session(1)->moved.size(), 1);
    QCOMPARE(AuditLog(*m_db).newest(0, 1).first().action, u"edit"_s);
    QCOMPARE(today->rowTexts().size(), 0); // not on Tuesday any more
    const QList<ScheduledItem> wednesday = m_schedule->day(QDate(2026, 12, 9));
    QCOMPARE(wednesday.size(), 2);
    QVERIFY(wednesday.first().occurrence.moved);
    QCOMPARE(m_schedule->day(QDate(2026, 12, 15))
                 .first()
                 .occurrence.start.toTimeZone(m_schedule->zone())
                 .time(),
             QTime(10, 0)); // the next week as planned

    // Back as planned, from the moved date.
    auto *back = new OccurrenceScreen(m_theme, *m_schedule, m_clock, Actor{2, u"Herr Klein"_s},
                                      wednesday.first());
    m_navigator->push(back);
    QCOMPARE(back->plannedDate(), QDate(2026, 12, 8));
    QVERIFY(back->button(u"undo"_s)->isVisible());
    QSignalSpy saved(back, &OccurrenceScreen::saved);
    tap(back->button(u"undo"_s));
    QCOMPARE(saved.size(), 1);
    QVERIFY(m_schedule->session(1)->moved.isEmpty());
    QCOMPARE(m_schedule->day(QDate(2026, 12, 8)).size(), 1);
    m_navigator->remove(back);
    QCOMPARE(current(), today);

    // "Die ganze Reihe ändern" opens the editor for every date.
    tap(today->editButton(0));
    tap(currentAs<OccurrenceScreen>()->button(u"series"_s));
    auto *editor = currentAs<SessionEditorScreen>();
    QVERIFY(editor);
    QCOMPARE(editor->session().id, 1);
    QVERIFY(!currentAs<OccurrenceScreen>());
}

void TestStaffMode::aMovedDateThatIsCalledOff()
{
    addAccounts();
    Session gym;
    gym.title = u"Sitzgymnastik"_s;
    gym.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), m_schedule->zone());
    gym.rule = u"FREQ=WEEKLY;BYDAY=TU"_s;
    // Tuesday's date moved to 14:00 the same day.
    gym.moved = {
        {QDate(2026, 12, 8), QDateTime(QDate(2026, 12, 8), QTime(14, 0), m_schedule->zone())}};
    QVERIFY(m_schedule->save(gym, Actor{1, u"Frau Berg"_s}, m_clock.now()));
    signIn(1, u"135790"_s);
    tap(currentAs<StaffHomeScreen>()->pageButton(StaffHomeScreen::Page::Today));
    auto *today = currentAs<TodayScreen>();
    QCOMPARE(today->rowTexts().size(), 1);
    QVERIFY(today->rowTexts().first().startsWith(u"14:00"_s));
    tap(today->cancelButton(0));
    tap(today->cancelButton(0));
    // The planned date is called off and the move is gone: one line, cancelled, at 10:00.
    const Session after = *m_schedule->session(1);
    QCOMPARE(after.cancelled, QList<QDate>{QDate(2026, 12, 8)});
    QVERIFY(after.moved.isEmpty());
    QCOMPARE(today->rowTexts().size(), 1);
    QVERIFY2(today->rowTexts().first().startsWith(u"10:00"_s) &&
                 today->rowTexts().first().contains(u"cancelled today"_s),
             qPrintable(today->rowTexts().first()));
}

void TestStaffMode::aSessionThatDoesNotWorkIsMarked()
{
    Session concert;
    concert.title = u"Konzert"_s;
    concert.content = {SessionContent::Kind::Stream, u"stadtkirche"_s};
    concert.start = QDateTime(QDate(2026, 12, 8), QTime(9, 0), m_schedule->zone());
    QVERIFY(m_schedule->save(concert, Actor{1, u"Frau Berg"_s}, m_clock.now()));
    SessionScheduler scheduler(*m_schedule, m_clock);
    const ScheduledItem item = m_schedule->day(QDate(2026, 12, 8)).first();
    scheduler.started(item);
    TodayScreen today(m_theme, *m_schedule, &scheduler, m_clock, Actor{2, u"Herr Klein"_s});
    QVERIFY(today.rowTexts().first().endsWith(u"running"_s));
    // The stream's screen says it does not answer: the row and the message line say so.
    scheduler.setTrouble(u"The station cannot be reached."_s);
    QVERIFY2(today.rowTexts().first().endsWith(u"running · fault"_s),
             qPrintable(today.rowTexts().first()));
    QCOMPARE(today.messageLabel()->text(), u"Fault in Konzert: The station cannot be reached."_s);
    // It plays again.
    scheduler.setTrouble({});
    QVERIFY(today.rowTexts().first().endsWith(u"running"_s));
    QVERIFY(!today.messageLabel()->text().contains(u"Fault"_s));
    // Failed again until its end: afterwards the date says it did not work.
    scheduler.setTrouble(u"The station cannot be reached."_s);
    scheduler.stop();
    m_clock.set(m_clock.now().addSecs(2 * 3600));
    today.showDay(QDate(2026, 12, 8));
    QVERIFY2(today.rowTexts().first().endsWith(u"did not work"_s),
             qPrintable(today.rowTexts().first()));
}

void TestStaffMode::aClashIsNamedAndCanBeSavedAnyway()
{
    addAccounts();
    Session concert;
    concert.title = u"Konzert aus der Stadtkirche"_s;
    concert.start = QDateTime(QDate(2026, 12, 9), QTime(15, 0), m_schedule->zone());
    concert.duration = 90min;
    QVERIFY(m_schedule->save(concert, Actor{1, u"Frau Berg"_s}, m_clock.now()));
    signIn(1, u"135790"_s);
    Session coffee;
    coffee.title = u"Kaffeerunde"_s;
    coffee.start = QDateTime(QDate(2026, 12, 9), QTime(16, 0), m_schedule->zone());
    auto *editor = new SessionEditorScreen(m_theme, *m_schedule, m_config, m_clock,
                                           Actor{2, u"Herr Klein"_s}, coffee);
    m_navigator->push(editor);
    tap(editor->button(u"save"_s));
    QCOMPARE(editor->page(), SessionEditorScreen::Page::Clash);
    const QString clash = editor->valueLabel(u"clash"_s)->text();
    QVERIFY2(clash.contains(u"Konzert aus der Stadtkirche"_s) && clash.contains(u"15:00"_s),
             qPrintable(clash));
    QCOMPARE(m_schedule->sessions().size(), 1);
    // "Zeit ändern" goes back to the form; a quarter of an hour later it still overlaps.
    tap(editor->button(u"changeTime"_s));
    QCOMPARE(editor->page(), SessionEditorScreen::Page::Form);
    tap(editor->button(u"time+"_s));
    tap(editor->button(u"save"_s));
    QCOMPARE(editor->page(), SessionEditorScreen::Page::Clash);
    tap(editor->button(u"saveAnyway"_s));
    QCOMPARE(m_schedule->sessions().size(), 2);
    // From 16:30 the coffee follows the concert (the end is not part of it): no clash.
    Session later = m_schedule->sessions().last();
    later.start.setTime(QTime(16, 30));
    QVERIFY(m_schedule->clashes(later).isEmpty());
}

void TestStaffMode::startNowHandsTheRoomItsContent()
{
    addAccounts();
    StreamConfig radio;
    radio.id = u"hausradio"_s;
    radio.name = u"Hausradio"_s;
    m_config.streams.append(radio);
    m_config.settings.volume.staffMaximum = 90; // the residents' maximum is 80
    struct Started
    {
        Session session;
        std::chrono::minutes minutes{};
    };
    std::optional<Started> started;
    StaffServices withRunner = services();
    withRunner.startNow = [&started](const Session &session, std::chrono::minutes minutes,
                                     const std::optional<ScheduledItem> &) {
        started = Started{session, minutes};
    };
    m_staff->setServices(withRunner);
    signIn(1, u"135790"_s);
    tap(currentAs<StaffHomeScreen>()->pageButton(StaffHomeScreen::Page::StartNow));
    auto *startNow = currentAs<StartNowScreen>();
    QVERIFY(startNow);
    QVERIFY(!startNow->button(u"start"_s)->isEnabled()); // nothing chosen yet
    tap(startNow->choiceButton(2)); // after "Nur Ankündigung" and "Was ist los?": the radio
    QCOMPARE(startNow->button(u"start"_s)->text(), u"Start \"Hausradio\""_s);
    tap(startNow->button(u"minutes+"_s));
    for (int i = 0; i < 5; ++i) // 50 → 90 %, above the residents' 80, and no further
        tap(startNow->button(u"volume+"_s));
    tap(startNow->button(u"start"_s));
    QVERIFY(started);
    QCOMPARE(started->session.content,
             (SessionContent{SessionContent::Kind::Stream, u"hausradio"_s}));
    QCOMPARE(started->minutes, 45min);
    QCOMPARE(started->session.volume, 90);
    QVERIFY(!m_staff->isSignedIn()); // staff mode made way for the room
    QVERIFY(m_navigator->isHome());
}

void TestStaffMode::screensFit_data()
{
    QTest::addColumn<QString>("screen");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("pixelsPerMm");
    QTest::addColumn<bool>("highContrast");
    // 1920×1080 and 1280×800 at 96 dpi, as the other screen tests (a 15.6-inch 1280×800), in
    // both themes.
    for (const QString &screen :
         {u"accounts"_s, u"pin"_s, u"first-start"_s, u"home"_s, u"today"_s, u"editor"_s,
          u"editor-text"_s, u"editor-content"_s, u"start-now"_s, u"occurrence"_s}) {
        QTest::addRow("%s 1920x1080", qPrintable(screen))
            << screen << QSize(1920, 1080) << 4.0 << false;
        QTest::addRow("%s 1280x800", qPrintable(screen))
            << screen << QSize(1280, 800) << 96.0 / 25.4 << false;
        QTest::addRow("%s 1280x800 high contrast", qPrintable(screen))
            << screen << QSize(1280, 800) << 96.0 / 25.4 << true;
    }
}

void TestStaffMode::screensFit()
{
    QFETCH(QString, screen);
    QFETCH(QSize, size);
    QFETCH(double, pixelsPerMm);
    QFETCH(bool, highContrast);
    addAccounts();
    StreamConfig radio;
    radio.id = u"gottesdienst"_s;
    radio.name = u"Gottesdienst aus der Stadtkirche"_s;
    m_config.streams.append(radio);
    const Theme theme(highContrast ? ThemeKind::HighContrast : ThemeKind::Standard,
                      ScreenMetrics(pixelsPerMm, 100));
    Session gym;
    gym.title = u"Sitzgymnastik mit Video für alle Wohnbereiche"_s;
    gym.start = QDateTime(QDate(2026, 12, 1), QTime(10, 0), m_schedule->zone());
    gym.rule = u"FREQ=WEEKLY;BYDAY=TU,TH"_s;
    gym = m_schedule->save(gym, Actor{1, u"Frau Berg"_s}, m_clock.now()).value_or(gym);
    const Actor by{2, u"Herr Klein"_s};
    AccountStore store(*m_db);
    StaffScreen *shown = nullptr;
    if (screen == u"accounts"_s || screen == u"pin"_s) {
        auto *signIn = new SignInScreen(theme, store.accounts(), m_db->path(), m_clock);
        if (screen == u"pin"_s)
            signIn->choose(0);
        shown = signIn;
    } else if (screen == u"first-start"_s) {
        shown = new AccountEditorScreen(theme, store, by, m_clock, Role::Lead);
    } else if (screen == u"home"_s) {
        shown = new StaffHomeScreen(theme, Account{1, u"Frau Berg"_s, Role::Lead});
    } else if (screen == u"today"_s) {
        shown = new TodayScreen(theme, *m_schedule, nullptr, m_clock, by);
    } else if (screen == u"start-now"_s) {
        shown = new StartNowScreen(theme, m_config);
    } else if (screen == u"occurrence"_s) {
        auto *occurrence = new OccurrenceScreen(theme, *m_schedule, m_clock, by,
                                                m_schedule->day(QDate(2026, 12, 8)).first());
        occurrence->button(u"date+"_s)->click();
        occurrence->button(u"move"_s)->click(); // over nothing: moved, "Wie geplant" shows
        shown = new OccurrenceScreen(theme, *m_schedule, m_clock, by,
                                     m_schedule->day(QDate(2026, 12, 9)).first());
        delete occurrence;
    } else {
        auto *editor = new SessionEditorScreen(theme, *m_schedule, m_config, m_clock, by, gym);
        if (screen == u"editor-text"_s)
            editor->button(u"editTitle"_s)->click();
        else if (screen == u"editor-content"_s)
            editor->button(u"chooseContent"_s)->click();
        shown = editor;
    }
    // Staff screens take the whole window (StaffScreen::showsHeader); the frame's header is
    // hidden as the shell hides it.
    Test::ScreenFrame frame(theme, m_clock, shown, false, size);
    frame.header()->setVisible(shown->showsHeader());
    frame.show();
    QVERIFY(QTest::qWaitForWindowExposed(&frame));
    const Test::NamedRects controls = Test::checkControls(*shown, theme);
    if (QTest::currentTestFailed())
        return;
    Test::checkTexts(*shown, controls);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestStaffMode)
#include "tst_staffmode.moc"
