#pragma once

#include "tapbutton.h"

#include <QPixmap>

namespace Dorfplatz {

// A home-screen tile: a picture above a big label, in a card. It knows how much room its label
// needs, so the grid can choose tile sizes at which no label is ever clipped.
class Tile : public TapButton
{
    Q_OBJECT

public:
    Tile(const Theme &theme, QString label, QString picturePath, QWidget *parent = nullptr);

    QString label() const { return m_label; }
    QString picturePath() const { return m_picturePath; }

    // Whether `label` can be shown in full in a tile of `size`, with room left for the picture.
    static bool fits(const Theme &theme, const QString &label, QSize size);
    bool labelFits() const { return fits(theme(), m_label, size()); }

    // Where the label and the picture go inside a tile of `size`.
    static QRect labelRect(const Theme &theme, const QString &label, QSize size);
    static QRect pictureRect(const Theme &theme, const QString &label, QSize size);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString m_label;
    QString m_picturePath;
    QPixmap m_picture;
    QPixmap m_pressedPicture;
};

} // namespace Dorfplatz
