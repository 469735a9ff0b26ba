#include "signinscreen.h"

#include "core/time/clock.h"
#include "pincheck.h"
#include "pinpad.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {
constexpr int namesPerPage = 9;
constexpr int nameColumns = 3;
} // namespace

SignInScreen::SignInScreen(const Theme &theme, QList<Account> accounts, QString databasePath,
                           const Clock &clock, QWidget *parent)
    : StaffScreen(theme, tr("Staff"), parent)
    , m_accounts(std::move(accounts))
    , m_clock(clock)
    , m_databasePath(std::move(databasePath))
    , m_pages(new QStackedWidget)
    , m_chooser(new QWidget)
    , m_switcher(new PageSwitcher(theme))
    , m_pinPage(new QWidget)
    , m_message(textLabel(theme, Theme::TextRole::Body, u"message"_s, nullptr))
    , m_pad(new PinPad(theme))
    , m_check(new PinCheck(m_databasePath, this))
{
    // Who: a page of names.
    auto *chooser = new QVBoxLayout(m_chooser);
    chooser->setContentsMargins({});
    chooser->setSpacing(theme.px(Theme::gapMm));
    QLabel *question = textLabel(theme, Theme::TextRole::Body, u"question"_s, m_chooser);
    question->setText(tr("Who are you?"));
    chooser->addWidget(question);
    auto *grid = new QGridLayout;
    grid->setSpacing(theme.px(Theme::gapMm));
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        BigButton *button = staffButton(m_accounts.at(i).name, u"account%1"_s.arg(i));
        connect(button, &BigButton::clicked, this, [this, i] { choose(int(i)); });
        const int slot = int(i % namesPerPage);
        grid->addWidget(button, slot / nameColumns, slot % nameColumns);
        m_accountButtons.append(button);
    }
    chooser->addLayout(grid);
    chooser->addStretch();
    chooser->addWidget(m_switcher);
    m_switcher->setPageCount(std::max(1, int(std::ceil(double(m_accounts.size()) / namesPerPage))));
    m_switcher->setVisible(m_switcher->pageCount() > 1);
    connect(m_switcher, &PageSwitcher::pageChanged, this, &SignInScreen::showPage);
    showPage(0);

    // The PIN: the pad at its own size, centred.
    auto *pin = new QVBoxLayout(m_pinPage);
    pin->setContentsMargins({});
    pin->setSpacing(theme.px(Theme::gapMm));
    pin->addWidget(m_message);
    pin->addWidget(m_pad, 1, Qt::AlignHCenter);

    m_pages->addWidget(m_chooser);
    m_pages->addWidget(m_pinPage);
    content()->addWidget(m_pages, 1);

    connect(m_pad, &PinPad::entered, this, &SignInScreen::onEntered);
    connect(m_check, &PinCheck::done, this, &SignInScreen::onChecked);

    m_waitTick.setInterval(std::chrono::seconds(1));
    connect(&m_waitTick, &QTimer::timeout, this, &SignInScreen::tickWait);

    if (m_accounts.size() == 1)
        choose(0);
    else
        showAccounts();
}

SignInScreen::~SignInScreen() = default;

QString SignInScreen::screenName() const
{
    return showsPinPad() ? u"staff-pin"_s : u"staff-accounts"_s;
}

BigButton *SignInScreen::accountButton(int index) const
{
    return m_accountButtons.value(index);
}

bool SignInScreen::showsPinPad() const
{
    return m_pages->currentWidget() == m_pinPage;
}

void SignInScreen::showAccounts()
{
    m_chosen = -1;
    m_pad->clear();
    m_pages->setCurrentWidget(m_chooser);
}

void SignInScreen::showPage(int page)
{
    for (qsizetype i = 0; i < m_accountButtons.size(); ++i)
        m_accountButtons.at(i)->setVisible(i / namesPerPage == page);
}

void SignInScreen::choose(int index)
{
    if (index < 0 || index >= m_accounts.size())
        return;
    m_chosen = index;
    m_message->setText(tr("PIN for %1").arg(m_accounts.at(index).name));
    m_pages->setCurrentWidget(m_pinPage);
}

void SignInScreen::onEntered(const QString &pin)
{
    // A second OK while the first PIN is checked is not a second try.
    if (m_chosen < 0 || !m_check->start(m_accounts.at(m_chosen).id, pin, m_clock.now()))
        return;
    m_message->setText(tr("Checking the PIN …"));
}

void SignInScreen::onChecked(const AccountStore::SignIn &result)
{
    using Result = AccountStore::SignIn::Result;
    switch (result.result) {
    case Result::Accepted:
        if (result.account)
            Q_EMIT signedIn(*result.account);
        return;
    case Result::WrongPin:
        m_message->setText(tr("That PIN is not right."));
        waitUntil(result.waitUntil);
        return;
    case Result::Wait:
        m_message->setText(tr("Too many wrong PINs."));
        waitUntil(result.waitUntil);
        return;
    case Result::Failed:
        m_message->setText(
            tr("The PIN cannot be checked: the database is not available. Please tell the "
               "administrator."));
        return;
    }
}

void SignInScreen::waitUntil(const QDateTime &until)
{
    m_waitUntil = until;
    tickWait();
    if (m_pad->isWaiting())
        m_waitTick.start();
}

void SignInScreen::tickWait()
{
    const qint64 ms = m_waitUntil.isValid() ? m_clock.now().msecsTo(m_waitUntil) : 0;
    // Rounded up: "noch 1 Sekunde" until the second is really over.
    const int seconds = ms > 0 ? int((ms + 999) / 1000) : 0;
    m_pad->setWaiting(seconds);
    if (seconds == 0)
        m_waitTick.stop();
}

void SignInScreen::goBack()
{
    if (showsPinPad() && m_accounts.size() > 1)
        showAccounts();
    else
        StaffScreen::goBack();
}

void SignInScreen::deactivated()
{
    m_waitTick.stop();
}

} // namespace Dorfplatz
