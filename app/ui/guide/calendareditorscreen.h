#pragma once

#include "core/config/configdraft.h"
#include "core/events/feedtrial.h"
#include "ui/kit/staffscreen.h"

#include <QHash>
#include <QJsonObject>

class QLabel;
class QStackedWidget;

namespace Dorfplatz {

class PagedRows;
class TextEntry;

// One calendar of the draft (feeds.json), new or changed: its name, its address, the line that
// says where the data come from, the places and categories it is narrowed to, and whether
// cancelled events are shown. "Jetzt testen" fetches it once with dorfplatz-sync in a throw-away
// folder (FeedTrial) and says how many events it found and the next five, or why it failed.
class CalendarEditorScreen : public StaffScreen
{
    Q_OBJECT

public:
    // `id` empty: a new calendar. `syncProgram`: dorfplatz-sync (SyncLauncher::defaultProgram()).
    CalendarEditorScreen(const Theme &theme, ConfigDraft &draft, QString syncProgram,
                         const QString &id, QWidget *parent = nullptr);
    ~CalendarEditorScreen() override;
    QString screenName() const override;

    enum class Step
    {
        Overview,
        Name,
        Address,
        Attribution,
        Place,    // a new place to keep
        Category, // a new category to keep
    };
    void showStep(Step step);
    Step step() const { return m_step; }

    QJsonObject calendar() const { return m_calendar; }
    // "name", "address", "attribution", "addPlace", "removePlace", "addCategory",
    // "removeCategory", "cancelled", "test", "save".
    BigButton *button(const QString &name) const;
    TextEntry *textEntry() const { return m_text; }
    QLabel *message() const { return m_message; }
    // The value shown in a row: "name", "address", "attribution", "places", "categories",
    // "cancelled".
    QLabel *valueLabel(const QString &row) const { return m_values.value(row); }
    PagedRows *rows() const { return m_rows; }
    // What "Jetzt testen" found.
    QLabel *testResult() const { return m_check; }
    FeedTrial *trial() const { return m_trial; }

Q_SIGNALS:
    void saved(const QString &id);

protected:
    void goBack() override;
    void deactivated() override;

private:
    void addRow(const QString &key, const QString &title,
                const QList<std::pair<QString, QString>> &buttons);
    void refresh();
    void setMessage(const QString &text);
    void save();
    void test();
    void showResult(const FeedTrial::Result &result);
    // The last test no longer says anything about the calendar as it is now.
    void forgetTest();
    QStringList texts(const QString &key) const;
    void setTexts(const QString &key, const QStringList &list);

    static QString failureText(const SyncStep &step);
    static QString issueText(const ConfigIssue &issue);
    static QString occurrenceLine(const EventOccurrence &occurrence);

    ConfigDraft &m_draft;
    bool m_new;
    QJsonObject m_calendar;
    Step m_step = Step::Overview;
    QLabel *m_message;
    QStackedWidget *m_pages;
    PagedRows *m_rows;
    QList<QWidget *> m_rowWidgets;
    QList<QWidget *> m_rowActions; // each row's buttons
    QHash<QString, QLabel *> m_values;
    QLabel *m_check;
    TextEntry *m_text;
    FeedTrial *m_trial;
    QHash<QString, BigButton *> m_buttons;
};

} // namespace Dorfplatz
