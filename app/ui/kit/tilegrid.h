#pragma once

#include <QSize>

#include <functional>

namespace Dorfplatz {

// How the home screen places its tiles: the grid with the largest tiles that shows every tile on
// one page; when no grid does, the grid that shows the most tiles per page (leaving room for the
// paging buttons), at most maxPerPage, so a resident is never faced with a wall of small choices.
struct TileGrid
{
    static constexpr int maxPerPage = 12;

    int columns = 0;
    int rows = 0;
    QSize tileSize;
    int pages = 0;

    int perPage() const { return columns * rows; }
    bool isValid() const { return columns > 0 && rows > 0; }
    bool paged() const { return pages > 1; }

    // `fits` tells whether a tile of a given size can show every label in full and is large
    // enough to touch. `pagingHeight` is the height taken by the paging bar (including its gap)
    // when paging is needed.
    static TileGrid choose(QSize area, int count, int gap, int pagingHeight,
                           const std::function<bool(QSize)> &fits);
};

} // namespace Dorfplatz
