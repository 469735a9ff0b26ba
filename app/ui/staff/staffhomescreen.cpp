#include "staffhomescreen.h"

#include "ui/kit/bigbutton.h"
#include "ui/kit/textlabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

QString roleText(Role role)
{
    switch (role) {
    case Role::Care:
        return StaffHomeScreen::tr("care and social service");
    case Role::Guide:
        return StaffHomeScreen::tr("digital guide");
    case Role::Lead:
        return StaffHomeScreen::tr("management");
    }
    return {};
}

} // namespace

StaffHomeScreen::StaffHomeScreen(const Theme &theme, const Account &account, QWidget *parent)
    : StaffScreen(theme, tr("Hello, %1").arg(account.name), parent)
{
    setBackText(tr("Done"));
    backButton()->setObjectName(u"done"_s);

    QLabel *who = textLabel(theme, Theme::TextRole::Body, u"role"_s, nullptr,
                            {Qt::AlignLeft | Qt::AlignVCenter});
    const QList<Page> pages = pagesFor(account.role);
    who->setText(tr("Signed in as %1. Staff mode ends with \"Done\", or by itself after two "
                    "minutes without a touch.")
                     .arg(roleText(account.role)));
    content()->addWidget(who);

    auto *grid = new QGridLayout;
    grid->setSpacing(theme.px(Theme::gapMm));
    int slot = 0;
    for (Page page : pages) {
        BigButton *button = staffButton(pageText(page), u"page%1"_s.arg(int(page)));
        button->setMinimumHeight(theme.px(25));
        connect(button, &BigButton::clicked, this, [this, page] { Q_EMIT pageRequested(page); });
        grid->addWidget(button, slot / 3, slot % 3);
        m_buttons.insert(page, button);
        ++slot;
    }
    content()->addLayout(grid);
    content()->addStretch();
}

QString StaffHomeScreen::screenName() const
{
    return u"staff-home"_s;
}

QList<StaffHomeScreen::Page> StaffHomeScreen::pagesFor(Role role)
{
    switch (role) {
    case Role::Care:
        return {Page::Today, Page::Week, Page::StartNow, Page::Documents, Page::Sync};
    case Role::Guide:
        return {Page::Content, Page::Sync};
    case Role::Lead:
        return {Page::Today, Page::Week,     Page::StartNow, Page::Documents, Page::Content,
                Page::Sync,  Page::AuditLog, Page::Accounts, Page::Usage};
    }
    return {};
}

QString StaffHomeScreen::pageText(Page page)
{
    switch (page) {
    case Page::Today:
        return tr("Today");
    case Page::Week:
        return tr("Week");
    case Page::StartNow:
        return tr("Start now");
    case Page::Sync:
        return tr("Calendars");
    case Page::Content:
        return tr("Content");
    case Page::Documents:
        return tr("Documents");
    case Page::AuditLog:
        return tr("Log");
    case Page::Accounts:
        return tr("New account");
    case Page::Usage:
        return tr("Use");
    }
    return {};
}

} // namespace Dorfplatz
