#include "tilegrid.h"

#include <algorithm>

namespace Dorfplatz {

namespace {

QSize cellSize(QSize area, int columns, int rows, int gap)
{
    return QSize((area.width() - (columns - 1) * gap) / columns,
                 (area.height() - (rows - 1) * gap) / rows);
}

int shortSide(QSize size)
{
    return std::min(size.width(), size.height());
}

// Among the grids with at least `needed` cells (at most `maxCells`) whose tiles fit, the one
// with the largest short side; ties go to the grid with fewer empty cells.
TileGrid best(QSize area, int needed, int maxCells, int gap, const std::function<bool(QSize)> &fits,
              bool maximiseCells)
{
    TileGrid chosen;
    for (int columns = 1; columns <= maxCells; ++columns) {
        for (int rows = 1; columns * rows <= maxCells; ++rows) {
            const int cells = columns * rows;
            if (!maximiseCells && cells < needed)
                continue;
            const QSize size = cellSize(area, columns, rows, gap);
            if (size.width() <= 0 || size.height() <= 0 || !fits(size))
                continue;
            TileGrid candidate{columns, rows, size, 0};
            const auto better = [&] {
                if (!chosen.isValid())
                    return true;
                if (maximiseCells && candidate.perPage() != chosen.perPage())
                    return candidate.perPage() > chosen.perPage();
                if (shortSide(size) != shortSide(chosen.tileSize))
                    return shortSide(size) > shortSide(chosen.tileSize);
                return cells < chosen.perPage();
            };
            if (better())
                chosen = candidate;
        }
    }
    return chosen;
}

} // namespace

TileGrid TileGrid::choose(QSize area, int count, int gap, int pagingHeight,
                          const std::function<bool(QSize)> &fits)
{
    if (count <= 0 || area.isEmpty())
        return {};
    if (count <= maxPerPage) {
        TileGrid grid = best(area, count, maxPerPage, gap, fits, false);
        if (grid.isValid()) {
            grid.pages = 1;
            return grid;
        }
    }
    const QSize paged(area.width(), area.height() - pagingHeight);
    if (paged.isEmpty())
        return {};
    TileGrid grid = best(paged, 1, maxPerPage, gap, fits, true);
    if (!grid.isValid()) {
        // Not even one tile fits (a tiny window): one tile a page is still better than none.
        grid = TileGrid{1, 1, paged, 0};
    }
    grid.pages = (count + grid.perPage() - 1) / grid.perPage();
    return grid;
}

QRect TileGrid::cell(int index, QPoint origin, int gap) const
{
    const int row = index / columns;
    const int column = index % columns;
    return QRect(origin.x() + column * (tileSize.width() + gap),
                 origin.y() + row * (tileSize.height() + gap), tileSize.width(), tileSize.height());
}

QPoint TileGrid::centredOrigin(QRect area, int count, int page, int gap) const
{
    const int onLast = perPage() > 0 ? count - page * perPage() : 0;
    const int shown = std::min(perPage(), onLast);
    const int usedColumns = std::min(columns, shown);
    const int usedRows = columns > 0 ? (shown + columns - 1) / columns : 0;
    const int left =
        area.left() + (area.width() - usedColumns * tileSize.width() - (usedColumns - 1) * gap) / 2;
    const int gridHeight = rows * tileSize.height() + (rows - 1) * gap;
    const int top =
        area.top() +
        std::max(0, (gridHeight - usedRows * tileSize.height() - (usedRows - 1) * gap) / 2);
    return QPoint(left, top);
}

} // namespace Dorfplatz
