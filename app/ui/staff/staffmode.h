#pragma once

#include "core/accounts/account.h"
#include "core/accounts/accountstore.h"
#include "core/schedule/session.h"
#include "staffhomescreen.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Dorfplatz {

class AuditLog;
class Clock;
class Database;
class DocumentPrinter;
class DocumentScreen;
class DocumentShelf;
class EventSource;
struct KioskConfig;
class Navigator;
class PrintDocument;
class Schedule;
class Screen;
class SessionOutcomes;
class SessionScheduler;
struct ScheduledItem;
class SyncLauncher;
class UsbSticks;
class Theme;

// What staff mode works with, made by the kiosk. Null where the kiosk has none (no
// configuration, no database): the pages that need it say so instead of opening.
struct StaffServices
{
    Database *database = nullptr; // app.db: accounts, audit log
    Schedule *schedule = nullptr;
    const KioskConfig *config = nullptr;
    EventSource *events = nullptr;
    SyncLauncher *sync = nullptr;
    // The programme as it runs: which session runs now, and "Beenden".
    SessionScheduler *scheduler = nullptr;
    // Starts `session`'s content for the room now for `minutes` (the shell's SessionRunner);
    // `replaces`: the programme's occurrence it is, so it does not begin again at its time.
    std::function<void(const Session &session, std::chrono::minutes minutes,
                       const std::optional<ScheduledItem> &replaces)>
        startNow;
    // Opens the guides' content editor for who signed in (the shell's GuideMode); none: the
    // staff home has no "Inhalte" page.
    std::function<void(const Actor &by)> openContent;
    // The plans and invitations made for staff (<data>/documents), and the sticks they are
    // saved on; without a shelf there is no "Dokumente" and no "Drucken".
    DocumentShelf *documents = nullptr;
    UsbSticks *sticks = nullptr;
};

// Staff mode from the way in to the way out. Holding the home's name opens the sign-in (or,
// without any Leitung account, the first-start screen); a right PIN opens the staff home over
// the residents' screen; "Fertig" or two minutes without a touch anywhere end it, and the
// navigator goes home: the residents' home screen as it was. The staff screens are pushed on
// the kiosk's navigator, so a ring still comes up over them.
class StaffMode : public QObject
{
    Q_OBJECT

public:
    // Without a touch anywhere: the sign-in closes (someone who found it by chance), staff mode
    // and the first-start screen end.
    static constexpr std::chrono::seconds signInIdle{15};
    static constexpr std::chrono::minutes idleEnd{2};

    StaffMode(const Theme &theme, Navigator &navigator, const Clock &clock,
              QObject *parent = nullptr);
    ~StaffMode() override;

    // The database and what else staff mode needs (once the kiosk has opened it).
    void setServices(const StaffServices &services);
    // A newly published configuration: the pages opened from now on use it.
    void setConfig(const KioskConfig &config) { m_services.config = &config; }
    // The guides' content editor (StaffServices::openContent), once there is one.
    void setContentEditor(std::function<void(const Actor &by)> open)
    {
        m_services.openContent = std::move(open);
    }

    // The way in: the sign-in (or the first start) over the current screen. Does nothing while
    // staff mode or its sign-in is open.
    void enter();
    // Ends staff mode (or the sign-in); what was below comes back.
    void end();
    // Only the PIN, for one thing staff decide on a resident screen ("Heute nicht"): the
    // sign-in, and with a right PIN `done` with who gave it, and staff mode ends at once.
    void confirm(std::function<void(const Actor &)> done);

    // Tests shorten the two waits without a touch (signInIdle, idleEnd).
    void setIdleTimes(std::chrono::milliseconds signIn, std::chrono::milliseconds signedIn)
    {
        m_signInIdle = signIn;
        m_signedInIdle = signedIn;
    }

    bool isSignedIn() const { return m_account.has_value(); }
    std::optional<Account> account() const { return m_account; }
    const QTimer &idleTimer() const { return m_idle; }

    // Opens a page of the staff home (what its buttons do).
    void open(StaffHomeScreen::Page page);
    // Puts up a screen of staff mode (the guides' screens come this way): its "Zurück" takes it
    // away again, and the end of staff mode takes it away with the rest.
    void show(Screen *screen) { push(screen); }

Q_SIGNALS:
    void signedIn(const Dorfplatz::Account &account);
    void ended();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void begin(const Account &account);
    void watchTouches(std::chrono::milliseconds idle);
    // Pushes a staff screen whose "Zurück" takes it away again.
    void push(Screen *screen);
    void onCurrentChanged(Screen *current);
    // "Heute" (invalid `day`) or another day's sessions.
    void openDay(QDate day);
    void newSession(QDate day);
    // A repeating session's date opens that date (move it, or change every date); a single one
    // the editor.
    void editSession(const ScheduledItem &item);
    void openEditor(const Session &session);
    // Staff mode ends and the room gets `session` (the shell starts it).
    void startForRoom(const Session &session, std::chrono::minutes minutes,
                      const std::optional<ScheduledItem> &replaces);
    Actor actor() const;
    DocumentScreen *openDocuments();
    // "Drucken" on "Woche" (7 days from `first`) or "Heute" (1): the plan as a PDF on the shelf,
    // then "Dokumente" to save or print it.
    void makePlan(QDate first, int days);
    // A video visit just saved: its invitation (PDF and .ics beside it) on the shelf, then
    // "Dokumente". A changed visit gets a new one with the same calendar uid.
    void makeInvitation(const Session &visit);
    // Writes `document` to the shelf, then `besides(pdfPath, &error)` (may be empty), and opens
    // "Dokumente" with a line saying it is ready, or `failed` with the reason.
    void shelve(const PrintDocument &document,
                const std::function<bool(const QString &, QString *)> &besides,
                const QString &failed);

    const Theme &m_theme;
    Navigator &m_navigator;
    const Clock &m_clock;
    StaffServices m_services;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SessionOutcomes> m_outcomes;
    std::optional<Account> m_account;
    QPointer<Screen> m_entry; // the first screen of staff mode (sign-in or staff home)
    // Every screen staff mode put up: taken away at its end, so what was below (the home
    // screen, a running group session) comes back as it was.
    QList<QPointer<Screen>> m_screens;
    std::function<void(const Actor &)> m_confirm;
    std::chrono::milliseconds m_signInIdle = signInIdle;
    std::chrono::milliseconds m_signedInIdle = idleEnd;
    QTimer m_idle;
};

} // namespace Dorfplatz
