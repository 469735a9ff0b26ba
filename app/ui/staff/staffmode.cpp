#include "staffmode.h"

#include "accounteditorscreen.h"
#include "auditlogscreen.h"
#include "core/accounts/auditlog.h"
#include "core/config/kioskconfig.h"
#include "core/db/database.h"
#include "core/files/documentshelf.h"
#include "core/logging.h"
#include "core/schedule/schedule.h"
#include "core/schedule/sessionoutcomes.h"
#include "core/schedule/sessionscheduler.h"
#include "core/time/clock.h"
#include "documentprinter.h"
#include "documentscreen.h"
#include "media/documents/invitationdocument.h"
#include "media/documents/plandocument.h"
#include "occurrencescreen.h"
#include "sessioneditorscreen.h"
#include "signinscreen.h"
#include "startnowscreen.h"
#include "syncstatusscreen.h"
#include "todayscreen.h"
#include "ui/kit/navigator.h"
#include "usagescreen.h"
#include "visitbooking.h"
#include "weekscreen.h"

#include <QApplication>
#include <QEvent>
#include <QFile>

#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

StaffMode::StaffMode(const Theme &theme, Navigator &navigator, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_theme(theme)
    , m_navigator(navigator)
    , m_clock(clock)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        qCInfo(lcUi) << "Staff mode ended after" << m_idle.interval() << "ms without a touch";
        end();
    });
    connect(&m_navigator, &Navigator::currentChanged, this, &StaffMode::onCurrentChanged);
}

StaffMode::~StaffMode()
{
    qApp->removeEventFilter(this);
}

void StaffMode::setServices(const StaffServices &services)
{
    m_services = services;
    if (services.database) {
        m_accounts = std::make_unique<AccountStore>(*services.database);
        m_audit = std::make_unique<AuditLog>(*services.database);
        m_outcomes = std::make_unique<SessionOutcomes>(*services.database);
    } else {
        m_accounts.reset();
        m_audit.reset();
        m_outcomes.reset();
    }
}

void StaffMode::enter()
{
    if (m_entry || !m_accounts)
        return; // open already, or nothing to sign in to (no database)
    const QList<Account> accounts = m_accounts->accounts();
    if (!m_accounts->hasLead()) {
        // First start: whoever holds the name now makes the Leitung account, as the command
        // line would (`dorfplatz --add-account`). Closes after 15 s like the PIN pad.
        auto *first = new AccountEditorScreen(
            m_theme, *m_accounts, Actor{std::nullopt, tr("first start")}, m_clock, Role::Lead);
        connect(first, &AccountEditorScreen::created, this, &StaffMode::begin);
        m_entry = first;
        push(first);
        watchTouches(m_signedInIdle);
        return;
    }
    auto *signIn = new SignInScreen(m_theme, accounts, m_services.database->path(), m_clock);
    signIn->waitUntil(m_accounts->waitUntil(m_clock.now()));
    connect(signIn, &SignInScreen::signedIn, this, &StaffMode::begin);
    m_entry = signIn;
    push(signIn);
    watchTouches(m_signInIdle);
}

void StaffMode::confirm(std::function<void(const Actor &)> done)
{
    end();
    if (!m_accounts || !m_accounts->hasLead())
        return;
    enter();
    m_confirm = std::move(done);
}

void StaffMode::begin(const Account &account)
{
    if (auto done = std::exchange(m_confirm, {})) {
        qCInfo(lcUi).noquote() << "Staff mode: confirmed by account" << account.id;
        end();
        done(Actor{account.id, account.name});
        return;
    }
    qCInfo(lcUi).noquote() << "Staff mode: signed in as account" << account.id;
    m_account = account;
    Screen *entry = m_entry;
    auto *home = new StaffHomeScreen(m_theme, account);
    connect(home, &StaffHomeScreen::pageRequested, this, &StaffMode::open);
    connect(home, &StaffScreen::backRequested, this, &StaffMode::end);
    m_entry = home;
    m_screens.append(home);
    m_navigator.push(home);
    if (entry)
        m_navigator.remove(entry);
    watchTouches(m_signedInIdle);
    Q_EMIT signedIn(account);
}

void StaffMode::watchTouches(std::chrono::milliseconds idle)
{
    // Installing twice would filter twice; removing first keeps one.
    qApp->removeEventFilter(this);
    qApp->installEventFilter(this);
    m_idle.setInterval(idle);
    m_idle.start();
}

void StaffMode::end()
{
    const bool wasOpen = m_entry || m_account;
    m_idle.stop();
    qApp->removeEventFilter(this);
    m_account.reset();
    m_entry = nullptr;
    m_confirm = {};
    const QList<QPointer<Screen>> screens = std::exchange(m_screens, {});
    for (const QPointer<Screen> &screen : screens) {
        if (screen)
            m_navigator.remove(screen);
    }
    if (wasOpen)
        Q_EMIT ended();
}

void StaffMode::push(Screen *screen)
{
    if (auto *staff = qobject_cast<StaffScreen *>(screen)) {
        if (screen != m_entry) {
            connect(staff, &StaffScreen::backRequested, this,
                    [this, screen] { m_navigator.remove(screen); });
        } else {
            connect(staff, &StaffScreen::backRequested, this, &StaffMode::end);
        }
    }
    m_screens.append(screen);
    m_navigator.push(screen);
}

void StaffMode::open(StaffHomeScreen::Page page)
{
    if (!m_account || !StaffHomeScreen::pagesFor(m_account->role).contains(page))
        return;
    switch (page) {
    case StaffHomeScreen::Page::Today:
        openDay(QDate());
        return;
    case StaffHomeScreen::Page::Week:
        if (m_services.schedule) {
            auto *week = new WeekScreen(m_theme, *m_services.schedule, m_clock);
            connect(week, &WeekScreen::editRequested, this, &StaffMode::editSession);
            connect(week, &WeekScreen::newRequested, this, &StaffMode::newSession);
            connect(week, &WeekScreen::dayRequested, this, &StaffMode::openDay);
            connect(week, &WeekScreen::printRequested, this,
                    [this](QDate monday) { makePlan(monday, 7); });
            push(week);
        }
        return;
    case StaffHomeScreen::Page::StartNow:
        if (m_services.config && m_services.startNow) {
            auto *startNow = new StartNowScreen(m_theme, *m_services.config);
            connect(startNow, &StartNowScreen::startRequested, this,
                    [this](const Session &session, std::chrono::minutes minutes) {
                        startForRoom(session, minutes, std::nullopt);
                    });
            push(startNow);
        }
        return;
    case StaffHomeScreen::Page::Sync:
        if (m_services.config && m_services.events) {
            push(new SyncStatusScreen(m_theme, *m_services.config, *m_services.events,
                                      m_services.sync, m_clock));
        }
        return;
    case StaffHomeScreen::Page::Content:
        if (m_services.openContent)
            m_services.openContent(actor());
        return;
    case StaffHomeScreen::Page::Documents:
        openDocuments();
        return;
    case StaffHomeScreen::Page::AuditLog:
        push(new AuditLogScreen(m_theme, *m_audit, m_clock));
        return;
    case StaffHomeScreen::Page::Accounts: {
        auto *editor =
            new AccountEditorScreen(m_theme, *m_accounts, actor(), m_clock, std::nullopt);
        connect(editor, &AccountEditorScreen::created, this,
                [this, editor] { m_navigator.remove(editor); });
        push(editor);
        return;
    }
    case StaffHomeScreen::Page::Usage:
        if (m_services.database)
            push(new UsageScreen(m_theme, *m_services.database, m_services.sticks, m_clock));
        return;
    }
}

void StaffMode::openDay(QDate day)
{
    if (!m_services.schedule)
        return;
    auto *today =
        new TodayScreen(m_theme, *m_services.schedule, m_services.scheduler, m_clock, actor());
    today->setOutcomes(m_outcomes.get());
    connect(today, &TodayScreen::editRequested, this, &StaffMode::editSession);
    connect(today, &TodayScreen::newRequested, this, &StaffMode::newSession);
    connect(today, &TodayScreen::printRequested, this, [this](QDate shown) { makePlan(shown, 1); });
    connect(today, &TodayScreen::startRequested, this, [this](const ScheduledItem &item) {
        // From now for what is left of its time, or its whole length before it began.
        const QDateTime now = m_clock.now();
        const auto left = std::chrono::minutes(item.occurrence.start <= now
                                                   ? now.secsTo(item.occurrence.end) / 60
                                                   : qint64(item.session.duration.count()));
        startForRoom(item.session, std::max(left, std::chrono::minutes(1)), item);
    });
    connect(today, &TodayScreen::stopRequested, this, [this] {
        if (m_services.scheduler)
            m_services.scheduler->stop();
        end();
    });
    push(today);
    if (day.isValid())
        today->showDay(day);
}

DocumentScreen *StaffMode::openDocuments()
{
    if (!m_services.documents)
        return nullptr;
    // Asked again each time: a printer may have been set up since.
    auto *screen = new DocumentScreen(m_theme, *m_services.documents, m_services.sticks,
                                      std::make_shared<const DocumentPrinter>());
    push(screen);
    return screen;
}

void StaffMode::makePlan(QDate first, int days)
{
    if (!m_services.schedule || !m_services.documents)
        return;
    const QString home = m_services.config ? m_services.config->settings.homeName : QString();
    const PlanDocument plan(
        days == 1 ? PlanDocument::Layout::Day : PlanDocument::Layout::Week,
        PlanDocument::fromSchedule(*m_services.schedule, first, days, home, QLocale()));
    shelve(plan, {}, tr("The plan could not be made: %1"));
}

void StaffMode::makeInvitation(const Session &visit)
{
    if (!m_services.documents || !m_services.config)
        return;
    const VisitInvitation invitation = VisitBooking::invitation(visit, *m_services.config);
    if (const QString problem = invitation.problem(); !problem.isEmpty()) {
        if (DocumentScreen *screen = openDocuments())
            screen->showMade(tr("The invitation could not be made: %1").arg(problem));
        return;
    }
    const InvitationDocument document(invitation, QLocale());
    shelve(
        document,
        [&invitation](const QString &pdfPath, QString *error) {
            return invitation.writeIcs(DocumentShelf::companionIcs(pdfPath), error);
        },
        tr("The invitation could not be made: %1"));
}

void StaffMode::shelve(const PrintDocument &document,
                       const std::function<bool(const QString &, QString *)> &besides,
                       const QString &failed)
{
    QString error;
    const QString path = m_services.documents->newPath(document.title());
    bool written = document.writePdf(path, &error);
    if (written && besides && !besides(path, &error)) {
        // Half an invitation (a page without its calendar file) is not offered.
        QFile::remove(path);
        written = false;
    }
    if (written)
        m_services.documents->prune();
    if (DocumentScreen *screen = openDocuments()) {
        screen->showMade(
            written ? tr("“%1” is ready: save it on a USB stick or print it.").arg(document.title())
                    : failed.arg(error));
    }
}

void StaffMode::newSession(QDate day)
{
    // The next full hour today, or 10:00 on another day: a time staff rarely need to change much.
    const QDateTime now = m_clock.now().toTimeZone(m_services.schedule->zone());
    QTime time(10, 0);
    if (day == now.date() && now.time() >= QTime(9, 0))
        time = QTime(std::min(now.time().hour() + 1, 23), 0);
    Session session;
    session.start = QDateTime(day, time, m_services.schedule->zone());
    session.duration = std::chrono::minutes(45);
    openEditor(session);
}

void StaffMode::editSession(const ScheduledItem &item)
{
    if (item.session.rule.isEmpty()) {
        openEditor(item.session);
        return;
    }
    auto *screen = new OccurrenceScreen(m_theme, *m_services.schedule, m_clock, actor(), item);
    connect(screen, &OccurrenceScreen::saved, this, [this, screen] { m_navigator.remove(screen); });
    connect(screen, &OccurrenceScreen::seriesRequested, this, [this, screen](qint64 id) {
        const auto session = m_services.schedule->session(id);
        m_navigator.remove(screen);
        if (session)
            openEditor(*session);
    });
    push(screen);
}

void StaffMode::openEditor(const Session &session)
{
    auto *editor = new SessionEditorScreen(m_theme, *m_services.schedule, *m_services.config,
                                           m_clock, actor(), session);
    connect(editor, &SessionEditorScreen::saved, this, [this, editor](const Session &saved) {
        m_navigator.remove(editor);
        if (!saved.visitFor.isEmpty())
            makeInvitation(saved);
    });
    connect(editor, &SessionEditorScreen::removed, this,
            [this, editor] { m_navigator.remove(editor); });
    push(editor);
}

void StaffMode::startForRoom(const Session &session, std::chrono::minutes minutes,
                             const std::optional<ScheduledItem> &replaces)
{
    if (!m_services.startNow)
        return;
    // Out of staff mode first: the session's screen is the room's, not under staff screens.
    const auto start = m_services.startNow;
    end();
    start(session, minutes, replaces);
}

Actor StaffMode::actor() const
{
    if (!m_account)
        return {};
    return Actor{m_account->id, m_account->name};
}

void StaffMode::onCurrentChanged(Screen *current)
{
    // Home by any way (a call that ended there, the tests): staff mode is over.
    if (current == m_navigator.home() && (m_entry || m_account))
        end();
}

bool StaffMode::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::TouchBegin:
        m_idle.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Dorfplatz
