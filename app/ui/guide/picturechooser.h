#pragma once

#include <QWidget>

class QLabel;

namespace Dorfplatz {

class BigButton;
class ChoiceGrid;
class ConfigDraft;
class Theme;
class UsbSticks;

// Where a tile's picture, a station's logo or a contact's photo comes from: the built-in icons,
// or the pictures on a USB stick (a stick shows up within seconds of being plugged in; it is
// only read). A picture from a stick is checked by its content, made at most 1024 px large and
// copied into the draft's pictures folder (PictureImport) before it is chosen.
class PictureChooser : public QWidget
{
    Q_OBJECT

public:
    // Pictures of a stick shown at once: the newest first.
    static constexpr int shownPictures = 12;

    PictureChooser(const Theme &theme, ConfigDraft &draft, UsbSticks *sticks,
                   QWidget *parent = nullptr);

    // Back to the built-in icons, with the sticks plugged in now.
    void showIcons();
    void showStick(const QString &path);

    ChoiceGrid *grid() const { return m_grid; }
    QList<BigButton *> stickButtons() const { return m_stickButtons; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    // "icon:NAME" or a path in the draft ("pictures/photo.jpg").
    void chosen(const QString &picture);

private:
    void refreshSticks();
    void clearGrid();

    const Theme &m_theme;
    ConfigDraft &m_draft;
    UsbSticks *m_sticks;
    QLabel *m_message;
    QWidget *m_stickRow;
    QList<BigButton *> m_stickButtons;
    bool m_showsStickMessage = false; // m_message says there is no stick, or why not
    BigButton *m_icons;
    ChoiceGrid *m_grid;
};

} // namespace Dorfplatz
