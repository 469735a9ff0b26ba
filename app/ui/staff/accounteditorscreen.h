#pragma once

#include "core/accounts/accountstore.h"
#include "ui/kit/staffscreen.h"

#include <QDateTime>

#include <optional>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Dorfplatz {

class Clock;
class OnScreenKeyboard;
class PinPad;

// A new staff account, in steps that each ask one thing: the name (typed on the on-screen
// keyboard or a USB one), the role (three big choices; left out when the role is given), the
// PIN and the PIN again. Used by Leitung for new accounts and, with the role fixed to Leitung,
// as the first-start screen when there is no Leitung account yet. The account and its audit
// entry are written together (AccountStore::add).
class AccountEditorScreen final : public StaffScreen
{
    Q_OBJECT

public:
    enum class Step
    {
        Name,
        Role,
        Pin,
        PinAgain,
    };

    // `fixedRole`: the role of the new account (first start: Leitung); none: staff choose it.
    AccountEditorScreen(const Theme &theme, AccountStore &accounts, const Actor &by,
                        const Clock &clock, std::optional<Role> fixedRole,
                        QWidget *parent = nullptr);

    QString screenName() const override;
    Step step() const { return m_step; }

    // For tests and the screenshot tour.
    QLineEdit *nameField() const { return m_name; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    PinPad *pinPad() const { return m_pad; }
    QLabel *messageLabel() const { return m_message; }
    BigButton *nextButton() const { return m_next; }
    BigButton *roleButton(Role role) const;

Q_SIGNALS:
    void created(const Dorfplatz::Account &account);

protected:
    void goBack() override;

private:
    void showStep(Step step);
    void nameDone();
    void chooseRole(Role role);
    void pinEntered(const QString &pin);

    AccountStore &m_accounts;
    Actor m_by;
    const Clock &m_clock;
    std::optional<Role> m_fixedRole;
    Role m_role = Role::Care;
    Step m_step = Step::Name;
    QString m_firstPin;
    QLabel *m_message;
    QStackedWidget *m_pages;
    QWidget *m_namePage;
    QLineEdit *m_name;
    BigButton *m_next;
    OnScreenKeyboard *m_keyboard;
    QWidget *m_rolePage;
    QList<BigButton *> m_roleButtons;
    PinPad *m_pad;
};

} // namespace Dorfplatz
