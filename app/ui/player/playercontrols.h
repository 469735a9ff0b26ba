#pragma once

#include <QList>
#include <QRect>
#include <QWidget>

namespace Dorfplatz {

class BigButton;
class PlayerButton;
class Theme;
class VolumeBar;

// The player's controls: Pause/Continue, Quieter, the volume bar, Louder and Home. They sit in
// one row when it is wide enough, and otherwise wrap into rows that keep Quieter, the bar and
// Louder together; every button keeps at least its own size (>= 20 mm) and the gap between
// them. Without Home the controls need less room; the screen drops it only when nothing else
// fits, as the header's "Home" is always there as well.
class PlayerControls : public QWidget
{
    Q_OBJECT

public:
    explicit PlayerControls(const Theme &theme, QWidget *parent = nullptr);

    PlayerButton *pauseButton() const { return m_pause; }
    PlayerButton *quieterButton() const { return m_quieter; }
    PlayerButton *louderButton() const { return m_louder; }
    BigButton *homeButton() const { return m_home; }
    VolumeBar *volumeBar() const { return m_bar; }

    // Shows "Continue" instead of "Pause".
    void setPaused(bool paused);

    void setHomeShown(bool shown);
    bool homeShown() const { return m_homeShown; }
    // Without Pause: a group session, whose residents' controls are the volume only.
    void setPauseShown(bool shown);
    bool pauseShown() const { return m_pauseShown; }

    // The height the controls need at `width`, with or without Home.
    int heightFor(int width, bool withHome) const;
    // The number of rows the controls take at their current width.
    int rowCount() const { return m_rows; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return heightFor(width, m_homeShown); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    using Row = QList<QWidget *>;
    using Rows = QList<Row>;
    struct Arrangement
    {
        QList<QPair<QWidget *, QRect>> geometries;
        int rows = 0;
        int height = 0;
    };
    // The bar counts with its minimum width: it takes what the row leaves.
    int widthOf(const QWidget *widget) const;
    int rowWidth(const Row &row) const;
    static int rowHeight(const Row &row);
    int rowsHeight(const Rows &rows) const;
    Rows chooseRows(int width, bool withHome) const;
    Arrangement arrange(int width, bool withHome) const;
    void relayout();

    const Theme &m_theme;
    PlayerButton *m_pause;
    PlayerButton *m_quieter;
    VolumeBar *m_bar;
    PlayerButton *m_louder;
    BigButton *m_home;
    bool m_homeShown = true;
    bool m_pauseShown = true;
    int m_rows = 0;
};

} // namespace Dorfplatz
