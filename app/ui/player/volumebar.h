#pragma once

#include <QWidget>

namespace Dorfplatz {

class Theme;

// The volume as a long filled bar between the kiosk's quietest and loudest level. It only shows:
// residents change the volume with the big "Quieter" and "Louder" buttons, never by dragging.
// At the quietest level a stub stays filled, because the sound is quiet there, not off.
class VolumeBar : public QWidget
{
    Q_OBJECT

public:
    explicit VolumeBar(const Theme &theme, QWidget *parent = nullptr);

    void setRange(int minimum, int maximum);
    void setValue(int value);

    int minimum() const { return m_minimum; }
    int maximum() const { return m_maximum; }
    int value() const { return m_value; }
    // The filled share of the bar's inside, 0…1.
    double fillRatio() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleValue();

    const Theme &m_theme;
    int m_minimum = 0;
    int m_maximum = 100;
    int m_value = 0;
};

} // namespace Dorfplatz
