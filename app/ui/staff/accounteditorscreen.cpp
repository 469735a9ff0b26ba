#include "accounteditorscreen.h"

#include "core/accounts/pinhash.h"
#include "core/time/clock.h"
#include "pinpad.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/onscreenkeyboard.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxNameLength = 60;

QString roleChoice(Role role)
{
    switch (role) {
    case Role::Care:
        return AccountEditorScreen::tr("Care and social service");
    case Role::Guide:
        return AccountEditorScreen::tr("Digital guide");
    case Role::Lead:
        return AccountEditorScreen::tr("Management");
    }
    return {};
}

} // namespace

AccountEditorScreen::AccountEditorScreen(const Theme &theme, AccountStore &accounts,
                                         const Actor &by, const Clock &clock,
                                         std::optional<Role> fixedRole, QWidget *parent)
    : StaffScreen(theme,
                  fixedRole == Role::Lead ? tr("First start: the management's account")
                                          : tr("New account"),
                  parent)
    , m_accounts(accounts)
    , m_by(by)
    , m_clock(clock)
    , m_fixedRole(fixedRole)
    , m_role(fixedRole.value_or(Role::Care))
    , m_message(textLabel(theme, Theme::TextRole::Body, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_pages(new QStackedWidget)
    , m_namePage(new QWidget)
    , m_name(textField(theme, u"name"_s, maxNameLength))
    , m_next(staffButton(tr("Next"), u"next"_s))
    , m_keyboard(new OnScreenKeyboard(theme))
    , m_rolePage(new QWidget)
    , m_pad(new PinPad(theme))
{
    content()->addWidget(m_message);

    // The name: a field as tall as a staff control, the keyboard below it.
    auto *nameRow = new QHBoxLayout;
    nameRow->setSpacing(theme.px(Theme::gapMm));
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_next);
    auto *name = new QVBoxLayout(m_namePage);
    name->setContentsMargins({});
    name->setSpacing(theme.px(Theme::gapMm));
    name->addLayout(nameRow);
    name->addStretch();
    name->addWidget(m_keyboard);
    m_keyboard->setTarget(m_name);
    connect(m_keyboard, &OnScreenKeyboard::doneRequested, this, &AccountEditorScreen::nameDone);
    connect(m_name, &QLineEdit::returnPressed, this, &AccountEditorScreen::nameDone);
    connect(m_next, &BigButton::clicked, this, &AccountEditorScreen::nameDone);

    // The role: three big choices.
    auto *roles = new QHBoxLayout;
    roles->setSpacing(theme.px(Theme::gapMm));
    for (Role role : {Role::Care, Role::Guide, Role::Lead}) {
        BigButton *button = staffButton(roleChoice(role), u"role-"_s + roleName(role));
        button->setMinimumHeight(theme.px(25));
        connect(button, &BigButton::clicked, this, [this, role] { chooseRole(role); });
        roles->addWidget(button);
        m_roleButtons.append(button);
    }
    auto *rolePage = new QVBoxLayout(m_rolePage);
    rolePage->setContentsMargins({});
    rolePage->addLayout(roles);
    rolePage->addStretch();

    auto *pinPage = new QWidget;
    auto *pin = new QVBoxLayout(pinPage);
    pin->setContentsMargins({});
    pin->addWidget(m_pad, 1, Qt::AlignHCenter);
    connect(m_pad, &PinPad::entered, this, &AccountEditorScreen::pinEntered);

    m_pages->addWidget(m_namePage);
    m_pages->addWidget(m_rolePage);
    m_pages->addWidget(pinPage);
    content()->addWidget(m_pages, 1);

    showStep(Step::Name);
}

QString AccountEditorScreen::screenName() const
{
    return m_fixedRole == Role::Lead ? u"staff-first-start"_s : u"staff-account"_s;
}

BigButton *AccountEditorScreen::roleButton(Role role) const
{
    return m_roleButtons.value(int(role) - int(Role::Care));
}

void AccountEditorScreen::showStep(Step step)
{
    m_step = step;
    switch (step) {
    case Step::Name:
        m_message->setText(tr("Your name, as your colleagues know it:"));
        m_pages->setCurrentWidget(m_namePage);
        m_name->setFocus();
        break;
    case Step::Role:
        m_message->setText(tr("What does %1 do here?").arg(m_name->text().trimmed()));
        m_pages->setCurrentWidget(m_rolePage);
        break;
    case Step::Pin:
        m_firstPin.fill(u'0');
        m_firstPin.clear();
        m_message->setText(tr("Choose a PIN of at least %1 digits for %2.")
                               .arg(PinHash::minLength)
                               .arg(m_name->text().trimmed()));
        m_pages->setCurrentIndex(2);
        break;
    case Step::PinAgain:
        m_message->setText(tr("Please enter the same PIN once more."));
        m_pages->setCurrentIndex(2);
        break;
    }
}

void AccountEditorScreen::nameDone()
{
    if (m_step != Step::Name)
        return;
    if (m_name->text().trimmed().isEmpty()) {
        m_message->setText(tr("Please enter a name first."));
        return;
    }
    showStep(m_fixedRole ? Step::Pin : Step::Role);
}

void AccountEditorScreen::chooseRole(Role role)
{
    m_role = role;
    showStep(Step::Pin);
}

void AccountEditorScreen::pinEntered(const QString &pin)
{
    if (m_step == Step::Pin) {
        m_firstPin = pin;
        showStep(Step::PinAgain);
        return;
    }
    if (pin != m_firstPin) {
        showStep(Step::Pin);
        m_message->setText(tr("The two PINs were not the same. Please choose the PIN again."));
        return;
    }
    AccountStore::Problem problem = AccountStore::Problem::None;
    QString detail;
    const auto account =
        m_accounts.add(m_name->text(), m_role, pin, m_by, m_clock.now(), &problem, &detail);
    m_firstPin.fill(u'0');
    m_firstPin.clear();
    if (account) {
        Q_EMIT created(*account);
        return;
    }
    switch (problem) {
    case AccountStore::Problem::NameTaken:
        showStep(Step::Name);
        m_message->setText(tr("There is already an account named %1. Please add something, for "
                              "example the first letter of the surname.")
                               .arg(m_name->text().trimmed()));
        return;
    case AccountStore::Problem::EmptyName:
    case AccountStore::Problem::InvalidPin:
    case AccountStore::Problem::None:
        showStep(Step::Name);
        return;
    case AccountStore::Problem::Storage:
        showStep(Step::Pin);
        m_message->setText(
            tr("The account could not be saved (%1). Nothing was changed.").arg(detail));
        return;
    }
}

void AccountEditorScreen::goBack()
{
    switch (m_step) {
    case Step::Name:
        StaffScreen::goBack();
        return;
    case Step::Role:
        showStep(Step::Name);
        return;
    case Step::Pin:
    case Step::PinAgain:
        showStep(m_fixedRole ? Step::Name : Step::Role);
        return;
    }
}

} // namespace Dorfplatz
