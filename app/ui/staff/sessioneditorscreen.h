#pragma once

#include "core/accounts/auditlog.h"
#include "core/schedule/schedule.h"
#include "ui/kit/staffscreen.h"

#include <QTimer>

class QGridLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace Dorfplatz {

class Clock;
struct KioskConfig;
class OnScreenKeyboard;

// Plans or changes one session, by big buttons only: the content from what the kiosk already
// has (its streams and videos, "Was ist los?", its contacts, or only an announcement), the days
// as chips (none: once), every N weeks, the date, the time and the duration in big steps, starts
// by itself or only reminds, and the room volume. Only the title and the note are typed, on the
// on-screen keyboard (or a USB one). The chips, the weeks and the end date become the RRULE
// (WeeklyRule); parts of a rule the buttons cannot show (COUNT) are kept as they are.
//
// Saving checks for clashes first: an overlap names the other session and its date and offers
// "Trotzdem speichern" or "Zeit ändern". Every save goes through Schedule (one transaction with
// its audit entry).
class SessionEditorScreen final : public StaffScreen
{
    Q_OBJECT

public:
    // `session` with id 0 is a new one.
    SessionEditorScreen(const Theme &theme, Schedule &schedule, const KioskConfig &config,
                        const Clock &clock, Actor by, Session session, QWidget *parent = nullptr);

    QString screenName() const override;

    // What would be saved now.
    const Session &session() const { return m_session; }

    // Steps, for tests and the screenshot tour.
    enum class Page
    {
        Form,
        Text,    // the title, the note or a visit's resident on the keyboard
        Content, // what the session shows
        Clash,
    };
    Page page() const { return m_page; }
    BigButton *button(const QString &name) const;  // by object name: "save", "time+", "day0" …
    QLabel *valueLabel(const QString &name) const; // "title", "content", "time", "clash" …
    QLineEdit *textField() const { return m_text; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void saved(const Dorfplatz::Session &session);
    void removed(qint64 sessionId);

protected:
    void goBack() override;

private:
    void buildForm(QWidget *page);
    void buildContentPage(QWidget *page, const KioskConfig &config);
    BigButton *stepButton(const QString &text, const QString &name);
    QLabel *value(const QString &name);
    void showPage(Page page);
    enum class TextTarget
    {
        Title,
        Note,
        VisitFor,
    };
    void editText(TextTarget target);
    void chooseVisit(const QString &contactId);
    void textDone();
    void toggleDay(int day);
    void step(const QString &what, int direction);
    void stepUntil(int direction);
    void refresh();
    void save(bool despiteClash);
    void remove();
    QString contentText(const SessionContent &content) const;

    Schedule &m_schedule;
    const KioskConfig &m_config;
    const Clock &m_clock;
    Actor m_by;
    Session m_session;
    QList<int> m_days;
    int m_interval = 1;
    Page m_page = Page::Form;
    TextTarget m_editing = TextTarget::Title;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QLineEdit *m_text;
    OnScreenKeyboard *m_keyboard;
    QHash<QString, BigButton *> m_buttons;
    QHash<QString, QLabel *> m_values;
    bool m_removeArmed = false;
    QTimer m_disarm;
};

} // namespace Dorfplatz
