#pragma once

#include <QWidget>

namespace Dorfplatz {

class Theme;

// How far a sync has come: calendars done of all, as a bar in the theme's look (a trough with a
// border, filled from the left in the accent colour), like the player's volume bar. Not a
// control: it is never tapped.
class SyncStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusBar(const Theme &theme, QWidget *parent = nullptr);

    void setProgress(int done, int total);
    int value() const { return m_done; }
    int maximum() const { return m_total; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const Theme &m_theme;
    int m_done = 0;
    int m_total = 0;
};

} // namespace Dorfplatz
