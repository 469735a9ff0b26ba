#pragma once

#include "core/config/kioskconfig.h"
#include "ui/kit/screen.h"

class QLabel;

namespace Dorfplatz {

class Theme;

// Shown for a tile whose feature is not built yet: the tile's picture and name, and a calm
// sentence that it is coming and how to get back. No tap is ever dead. The picture gives way to
// the text on small screens with large text.
class PlaceholderScreen : public Screen
{
    Q_OBJECT

public:
    PlaceholderScreen(const Theme &theme, const TileConfig &tile, const QString &picturePath,
                      QWidget *parent = nullptr);

    QString screenName() const override;
    static QString message(TileKind kind);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    const Theme &m_theme;
    TileKind m_kind;
    QString m_picturePath;
    QLabel *m_picture;
    QLabel *m_title;
    QLabel *m_text;
    int m_pictureSide = -1;
};

} // namespace Dorfplatz
