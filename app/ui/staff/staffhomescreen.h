#pragma once

#include "core/accounts/account.h"
#include "ui/kit/staffscreen.h"

#include <QMap>

namespace Dorfplatz {

// What staff mode opens on: a big button for each thing the signed-in person's role may do,
// and "Fertig", which ends staff mode. Nothing here changes anything by itself.
class StaffHomeScreen final : public StaffScreen
{
    Q_OBJECT

public:
    enum class Page
    {
        Today,     // what runs today: start, cancel, edit
        Week,      // the week's programme
        StartNow,  // anything for the room now
        Sync,      // the calendars' sync status
        AuditLog,  // Leitung only
        Accounts,  // Leitung only: a new account
        Content,   // guides and Leitung: tiles, stations, appearance, versions (GuideMode)
        Documents, // plans and invitations: save on a stick, print
        Usage,     // Leitung only: the room's use per month, for the funding report
    };

    StaffHomeScreen(const Theme &theme, const Account &account, QWidget *parent = nullptr);

    QString screenName() const override;
    // The pages the role may open, in the order shown.
    static QList<Page> pagesFor(Role role);
    BigButton *pageButton(Page page) const { return m_buttons.value(page); }

Q_SIGNALS:
    void pageRequested(Dorfplatz::StaffHomeScreen::Page page);

private:
    static QString pageText(Page page);

    QMap<Page, BigButton *> m_buttons;
};

} // namespace Dorfplatz
