#pragma once

#include "core/usage/usagecounts.h"
#include "ui/kit/staffscreen.h"

#include <QMap>

class QLabel;

namespace Dorfplatz {

class BigButton;
class Clock;
class Database;
class UsageChart;
class UsbSticks;

// The Leitung's "Nutzung": how much the room was used in the last 12 months (this month last),
// one kind at a time as a bar chart (UsageChart), chosen with big buttons; for kinds with a
// length, "Minuten" switches the bars between how often and how many minutes. "Als Tabelle auf
// USB-Stick" writes the district's CSV (UsageCounts::writeCsv) of the same months onto the first
// stick plugged in, under a free name ("dorfplatz-nutzung-2026-12.csv"), and says where it went
// or, in plain words, why not.
class UsageScreen final : public StaffScreen
{
    Q_OBJECT

public:
    // What the chart shows.
    enum class View
    {
        Sessions, // programme sessions held (missed ones in the line above the chart)
        Streams,
        Calls,
        Visits, // video visits held (not come about in the line)
        Events, // "Was ist los?" opened
    };

    // `sticks` may be null (no stick watching on this kiosk): the export then says to plug one in.
    UsageScreen(const Theme &theme, Database &database, UsbSticks *sticks, const Clock &clock,
                QWidget *parent = nullptr);

    QString screenName() const override;

    void showView(View view);
    View view() const { return m_view; }
    // Minutes instead of counts (kinds with a length only; ignored for the others).
    void showMinutes(bool minutes);
    bool showsMinutes() const { return m_minutes; }
    // Writes the CSV onto the first stick; the message line says what happened. The path written,
    // or empty.
    QString exportToStick();

    // For tests.
    UsageChart *chart() const { return m_chart; }
    QLabel *caption() const { return m_caption; }
    QLabel *message() const { return m_message; }
    BigButton *viewButton(View view) const { return m_viewButtons.value(view); }
    BigButton *minutesButton() const { return m_minutesButton; }
    BigButton *exportButton() const { return m_export; }
    // The months shown, oldest first (read again whenever the screen is shown).
    const QList<UsageCounts::MonthCounts> &months() const { return m_months; }

protected:
    void activated() override;

private:
    void reload();
    void updateChart();
    void updateStickHint();
    static bool hasMinutes(View view);
    static QString viewText(View view);

    UsageCounts m_counts;
    UsbSticks *m_sticks;
    const Clock &m_clock;
    View m_view = View::Sessions;
    bool m_minutes = false;
    QList<UsageCounts::MonthCounts> m_months;
    QMap<View, BigButton *> m_viewButtons;
    BigButton *m_minutesButton;
    BigButton *m_export;
    QLabel *m_caption;
    UsageChart *m_chart;
    QLabel *m_message;
};

} // namespace Dorfplatz
