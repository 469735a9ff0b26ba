#pragma once

#include "ui/kit/staffscreen.h"

class QLabel;

namespace Dorfplatz {

class AuditLog;
class AuditLogList;
class Clock;
class PageSwitcher;

// "Protokoll", for Leitung: every change made in staff mode, newest first, in plain German (when,
// who, what; for a change, what changed: AuditLogText). Paged like the events, with as many
// entries a page as fit; read again each time the screen is shown. A log that cannot be read
// says so on the screen.
class AuditLogScreen final : public StaffScreen
{
    Q_OBJECT

public:
    // `clock` says what "heute" and "gestern" are.
    AuditLogScreen(const Theme &theme, AuditLog &log, const Clock &clock,
                   QWidget *parent = nullptr);

    QString screenName() const override;

    // Reads the whole log again (also on activated()); the page stays as far as it exists.
    void reload();

    AuditLogList *list() const { return m_list; }
    PageSwitcher *pageSwitcher() const { return m_switcher; }
    // How many entries there are, or why the log cannot be read.
    QLabel *messageLabel() const { return m_message; }

protected:
    void activated() override;

private:
    AuditLog &m_log;
    const Clock &m_clock;
    QLabel *m_message;
    AuditLogList *m_list;
    PageSwitcher *m_switcher;
};

} // namespace Dorfplatz
