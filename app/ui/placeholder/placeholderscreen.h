#pragma once

#include "core/config/kioskconfig.h"
#include "ui/shell/screen.h"

namespace Dorfplatz {

class Theme;

// Shown for a tile whose feature is not built yet: the tile's picture and name, and a calm
// sentence that it is coming and how to get back. No tap is ever dead.
class PlaceholderScreen : public Screen
{
    Q_OBJECT

public:
    PlaceholderScreen(const Theme &theme, const TileConfig &tile, const QString &picturePath,
                      QWidget *parent = nullptr);

    QString screenName() const override;
    static QString message(TileKind kind);

private:
    TileKind m_kind;
};

} // namespace Dorfplatz
