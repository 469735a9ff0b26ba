#pragma once

#include "core/config/kioskconfig.h"
#include "ui/kit/screen.h"
#include "ui/kit/tilegrid.h"

#include <QList>

namespace Dorfplatz {

class HomeBanner;
class PageSwitcher;
class Theme;
class Tile;

// The grid of tiles. Sizes come from the screen's millimetres: as large as the space allows, never
// smaller than Theme::tileMinMm, with every label in full; pages instead of scrolling.
class HomeScreen : public Screen
{
    Q_OBJECT

public:
    HomeScreen(const Theme &theme, const KioskConfig &config, QWidget *parent = nullptr);

    QString screenName() const override;
    bool isAtRest() const override;
    void rest() override;
    // The banner while it shows, then the tiles of the page: "Sie können wählen: …".
    QString spokenText() const override;

    const QList<Tile *> &tiles() const { return m_tiles; }
    const TileGrid &grid() const { return m_grid; }
    PageSwitcher *pageSwitcher() const { return m_pager; }

    // News above the tiles (the missed calls): the screen takes ownership and gives the banner the
    // whole width and the height it asks for (within a third of the room if it can) while it is
    // visible; the tiles share what is left.
    void setBanner(HomeBanner *banner);
    HomeBanner *banner() const { return m_banner; }
    // Gives the banner up (to the next home screen); the caller owns it.
    HomeBanner *takeBanner();

Q_SIGNALS:
    void tileActivated(const Dorfplatz::TileConfig &tile);
    // Once, after the first frame with the tiles has been drawn (start-up mark; deferred work).
    void firstPainted();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void relayout();
    void showPage(int page);
    bool fits(QSize tileSize) const;

    const Theme &m_theme;
    QList<TileConfig> m_configs;
    QList<Tile *> m_tiles;
    PageSwitcher *m_pager;
    HomeBanner *m_banner = nullptr;
    int m_tilesTop = 0;
    TileGrid m_grid;
    bool m_painted = false;
};

} // namespace Dorfplatz
