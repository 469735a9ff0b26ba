#pragma once

#include "core/accounts/auditlog.h"
#include "core/schedule/schedule.h"
#include "ui/kit/staffscreen.h"

#include <QTimer>

class QGridLayout;
class QLabel;

namespace Dorfplatz {

class Clock;
class PageSwitcher;
class SessionOutcomes;
class SessionScheduler;

// Staff's "Heute": what runs today, in order, with what can be done about each session:
// "Starten" (now, for the room; "Beenden" while it runs), "Ändern", and "Heute absagen" (a
// second tap within 5 s confirms, so a slip of the finger cancels nothing in front of the
// residents). "Neu" plans another session. Paged. A session whose content did not work (a dead
// stream, a family's room out of reach) or that a call made miss is marked, and the message line
// says what went wrong.
class TodayScreen final : public StaffScreen
{
    Q_OBJECT

public:
    // `scheduler` (may be null): which session runs now, for "Beenden".
    TodayScreen(const Theme &theme, Schedule &schedule, const SessionScheduler *scheduler,
                const Clock &clock, Actor by, QWidget *parent = nullptr);

    QString screenName() const override;
    // How occurrences went (a video visit nobody joined: "did not happen"); may be null.
    void setOutcomes(const SessionOutcomes *outcomes);
    // Another day than today (the week's "+ 2 weitere"); "Starten" stays for today's sessions.
    void showDay(QDate day);

    // What the rows show, for tests: one line per row ("10:00–10:45 Sitzgymnastik · läuft").
    QStringList rowTexts() const;
    BigButton *startButton(int row) const;
    BigButton *editButton(int row) const;
    BigButton *cancelButton(int row) const;
    BigButton *newButton() const { return m_new; }
    BigButton *printButton() const { return m_print; }
    PageSwitcher *pageSwitcher() const { return m_switcher; }
    QLabel *messageLabel() const { return m_message; }
    static constexpr int rowsPerPage = 5;

Q_SIGNALS:
    void editRequested(const Dorfplatz::ScheduledItem &item);
    void newRequested(QDate day);
    // "Drucken": the shown day as a plan for the notice board.
    void printRequested(QDate day);
    void startRequested(const Dorfplatz::ScheduledItem &item);
    void stopRequested();

protected:
    void activated() override;

private:
    struct Row
    {
        QLabel *text;
        BigButton *start;
        BigButton *edit;
        BigButton *cancel;
    };
    void refresh();
    void showPage(int page);
    void cancelToday(int row);
    QString statusText(const ScheduledItem &item) const;
    // The newest trouble of the day's sessions, for the message line; empty when none.
    QString troubleText() const;

    bool isRunning(const ScheduledItem &item) const;

    Schedule &m_schedule;
    const SessionScheduler *m_scheduler;
    const SessionOutcomes *m_outcomes = nullptr;
    const Clock &m_clock;
    Actor m_by;
    QDate m_day; // invalid: today
    QList<ScheduledItem> m_items;
    QList<Row> m_rows;
    QLabel *m_message;
    BigButton *m_new;
    BigButton *m_print;
    PageSwitcher *m_switcher;
    int m_armedRow = -1; // the row whose "ausfallen lassen" waits for its confirming tap
    QTimer m_disarm;
};

} // namespace Dorfplatz
