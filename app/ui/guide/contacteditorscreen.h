#pragma once

#include "core/config/configdraft.h"
#include "ui/kit/staffscreen.h"

#include <QHash>
#include <QJsonObject>

class QLabel;
class QStackedWidget;

namespace Dorfplatz {

class PagedRows;
class PictureChooser;
class TextEntry;
class UsbSticks;

// One contact of the draft, new or changed: the name on the tile, the photo, how the family sees
// the resident in the room, the family's Jitsi Meet room (its name on the file's server, or the
// whole address where the file gives one) and its password, and what staff allow for calls from
// that room: whether they ring, when, whether the kiosk answers by itself and after how long, and
// whether they may ring during a group session. Only the few texts are typed; everything else is
// chosen with buttons among the values the loader accepts. The password is never shown again once
// typed. "Übernehmen" writes the contact into the draft (a new one with its tile on the home
// screen, unless the guide says no) and stays open, saying what is wrong, while the loader still
// refuses something typed (a room name with a space).
class ContactEditorScreen : public StaffScreen
{
    Q_OBJECT

public:
    // Seconds after which the kiosk may answer by itself; those longer than the file's
    // "ringSeconds" are left out (the call would be missed first).
    static const QList<int> &autoAnswerChoices();
    static constexpr int hourStepMinutes = 30;

    // `id` empty: a new contact.
    ContactEditorScreen(const Theme &theme, ConfigDraft &draft, UsbSticks *sticks,
                        const QString &id, QWidget *parent = nullptr);
    QString screenName() const override;

    enum class Step
    {
        Overview,
        Name,
        Photo,
        DisplayName,
        Room,     // "room", or "roomUrl" where the contact has one or the file has no server
        Password, // typed, never shown again
    };
    void showStep(Step step);
    Step step() const { return m_step; }

    QJsonObject contact() const { return m_contact; }
    // "name", "picture", "displayName", "room", "password", "removePassword", "ring",
    // "ringStart.down"/".up", "ringEnd.down"/".up", "autoAnswer", "autoAnswer.down"/".up",
    // "answerStart.down"/".up", "answerEnd.down"/".up", "interrupts", "tile", "save".
    BigButton *button(const QString &name) const { return m_buttons.value(name); }
    // The value shown in a row: "name", "picture", "displayName", "room", "password", "ring",
    // "ringStart", "ringEnd", "autoAnswer", "answerStart", "answerEnd", "interrupts".
    QLabel *valueLabel(const QString &row) const { return m_values.value(row); }
    PagedRows *rows() const { return m_rows; }
    TextEntry *textEntry() const { return m_text; }
    PictureChooser *pictures() const { return m_pictures; }
    QLabel *message() const { return m_message; }
    // "This contact never rings …": ringing is on and the room has no password (nor a token).
    QLabel *warning() const { return m_warning; }

Q_SIGNALS:
    // The contact (and a new one's tile) is in the draft, and the loader has nothing against it.
    void saved(const QString &id);

protected:
    void goBack() override;

private:
    void addRow(const QString &key, const QString &title,
                const QList<std::pair<QString, QString>> &buttons);
    void refresh();
    void save();
    void accept(const QString &text);
    bool usesRoomUrl() const;
    QList<int> allowedSeconds() const;
    void stepSeconds(int by);
    QJsonArray hours(const QString &key) const;
    void stepHours(const QString &key, const QString &field, int by);

    ConfigDraft &m_draft;
    bool m_new;
    bool m_withTile = true;
    QJsonObject m_contact;
    // contacts.json's top level: the default server, display name and ring time.
    QJsonObject m_file;
    Step m_step = Step::Overview;
    QLabel *m_message;
    QStackedWidget *m_pages;
    PagedRows *m_rows;
    QList<QWidget *> m_rowWidgets;
    QList<QLabel *> m_titles;
    QLabel *m_warning;
    TextEntry *m_text;
    PictureChooser *m_pictures;
    int m_pictureSide = -1;
    QHash<QString, BigButton *> m_buttons;
    QHash<QString, QLabel *> m_values;
};

} // namespace Dorfplatz
