#pragma once

#include "core/accounts/auditlog.h"
#include "core/schedule/schedule.h"
#include "ui/kit/staffscreen.h"

class QLabel;

namespace Dorfplatz {

class Clock;

// One date of a repeating session, as staff change it from "Heute" or the week: moved to another
// day or time ("nur diesen Termin verschieben"), back to the planned time, or, by "Die ganze Reihe
// ändern", the session editor for every date. The date and the time step by big buttons; a
// clash with another session is named and needs a second tap. A moved date that was cancelled
// takes place again at its new time.
class OccurrenceScreen final : public StaffScreen
{
    Q_OBJECT

public:
    OccurrenceScreen(const Theme &theme, Schedule &schedule, const Clock &clock, Actor by,
                     ScheduledItem item, QWidget *parent = nullptr);

    QString screenName() const override;

    // The date of the rule this occurrence belongs to (before any move), in the home's zone.
    QDate plannedDate() const { return m_plannedDate; }
    // Where it would take place now (wall-clock time in the home's zone).
    QDateTime chosen() const { return m_chosen; }
    BigButton *button(const QString &name) const; // "date-", "time+", "move", "series", "undo"
    QLabel *valueLabel(const QString &name) const { return name == u"date" ? m_date : m_time; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void seriesRequested(qint64 sessionId);
    void saved();

private:
    void step(bool date, int direction);
    void refresh();
    void move(bool despiteClash);
    void save(const Session &changed);

    Schedule &m_schedule;
    const Clock &m_clock;
    Actor m_by;
    ScheduledItem m_item;
    QDate m_plannedDate;
    QDateTime m_planned; // the rule's time on the planned date
    QDateTime m_chosen;
    QLabel *m_date;
    QLabel *m_time;
    QLabel *m_message;
    QHash<QString, BigButton *> m_buttons;
    bool m_clashShown = false;
};

} // namespace Dorfplatz
