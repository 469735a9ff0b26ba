#pragma once

#include "core/config/configdraft.h"
#include "ui/kit/staffscreen.h"

#include <QJsonObject>

class QLabel;
class QStackedWidget;

namespace Dorfplatz {

class ChoiceGrid;
class PictureChooser;
class TextEntry;
class UsbSticks;

// One tile of the draft, new or changed: its label (typed on the on-screen keyboard), what it
// opens (a station, a contact or all contacts, "Was ist los?", the programme: chosen, never
// typed) and its picture (a built-in icon or one from a USB stick). "Übernehmen" writes it into
// the draft; "Zurück" leaves the draft as it was.
class TileEditorScreen : public StaffScreen
{
    Q_OBJECT

public:
    // `id` empty: a new tile.
    TileEditorScreen(const Theme &theme, ConfigDraft &draft, UsbSticks *sticks, const QString &id,
                     QWidget *parent = nullptr);
    QString screenName() const override;

    enum class Step
    {
        Overview,
        Label,
        Target,
        Picture,
    };
    void showStep(Step step);
    Step step() const { return m_step; }

    QJsonObject tile() const { return m_tile; }
    BigButton *changeButton(Step step) const;
    BigButton *saveButton() const { return m_save; }
    TextEntry *labelEntry() const { return m_label; }
    ChoiceGrid *targets() const { return m_targets; }
    PictureChooser *pictures() const { return m_pictures; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    // The tile is in the draft now.
    void saved(const QString &id);

protected:
    void goBack() override;

private:
    void refresh();
    void save();
    void choose(const QString &kind, const QString &target, const QString &label);

    ConfigDraft &m_draft;
    bool m_new;
    QJsonObject m_tile;
    Step m_step = Step::Overview;
    QLabel *m_message;
    QStackedWidget *m_pages;
    QLabel *m_labelText;
    QLabel *m_targetText;
    QLabel *m_picture;
    int m_pictureSide = -1;
    QList<BigButton *> m_changes;
    BigButton *m_save;
    TextEntry *m_label;
    ChoiceGrid *m_targets;
    PictureChooser *m_pictures;
};

} // namespace Dorfplatz
