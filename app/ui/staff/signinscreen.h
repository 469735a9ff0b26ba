#pragma once

#include "core/accounts/accountstore.h"
#include "ui/kit/staffscreen.h"

#include <QDateTime>
#include <QList>
#include <QTimer>

class QLabel;
class QStackedWidget;

namespace Dorfplatz {

class Clock;
class PageSwitcher;
class PinCheck;
class PinPad;

// The way into staff mode: "Wer sind Sie?" with a big button per account, then the PIN pad for
// the chosen one (with a single account, the pad at once). The PIN is checked off the GUI thread
// (PinCheck). After a wrong PIN the pad says so and waits as long as AccountStore says, counting
// down; the wait survives a restart, so the pad also waits when it opens. (Someone who reaches it
// by chance sees it close by itself: StaffMode ends it after 15 s without a touch.)
class SignInScreen final : public StaffScreen
{
    Q_OBJECT

public:
    SignInScreen(const Theme &theme, QList<Account> accounts, QString databasePath,
                 const Clock &clock, QWidget *parent = nullptr);
    ~SignInScreen() override;

    QString screenName() const override;

    // For tests and the screenshot tour.
    PinPad *pinPad() const { return m_pad; }
    BigButton *accountButton(int index) const;
    QLabel *messageLabel() const { return m_message; }
    bool showsPinPad() const;
    // Chooses the account at `index` (what its button does).
    void choose(int index);
    // The pad waits until `until` (AccountStore::waitUntil when it opens; after a wrong PIN).
    void waitUntil(const QDateTime &until);

Q_SIGNALS:
    void signedIn(const Dorfplatz::Account &account);

protected:
    void goBack() override;
    void deactivated() override;

private:
    void showAccounts();
    void showPage(int page);
    void onEntered(const QString &pin);
    void onChecked(const AccountStore::SignIn &result);
    void tickWait();

    QList<Account> m_accounts;
    const Clock &m_clock;
    QString m_databasePath;
    QStackedWidget *m_pages;
    QWidget *m_chooser;
    QList<BigButton *> m_accountButtons;
    PageSwitcher *m_switcher;
    QWidget *m_pinPage;
    QLabel *m_message;
    PinPad *m_pad;
    PinCheck *m_check;
    int m_chosen = -1;
    QDateTime m_waitUntil;
    QTimer m_waitTick;
};

} // namespace Dorfplatz
