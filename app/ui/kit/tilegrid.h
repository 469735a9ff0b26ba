#pragma once

#include <QList>
#include <QPoint>
#include <QRect>
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

    // The cell of the `index`th item on a page (row by row) whose first cell is at `origin`.
    QRect cell(int index, QPoint origin, int gap) const;
    // Where the first cell of page `page` of `count` items goes for the page's tiles to sit
    // centred in `area`: a page that is not full is centred, rather than clinging to the left.
    QPoint centredOrigin(QRect area, int count, int page, int gap) const;
    // Shows the widgets on page `page` in their cells from `origin`, and hides the others.
    template <typename Widget>
    void placePage(const QList<Widget *> &widgets, int page, QPoint origin, int gap) const
    {
        for (qsizetype i = 0; i < widgets.size(); ++i) {
            Widget *widget = widgets.at(i);
            const bool onPage = perPage() > 0 && i / perPage() == page;
            widget->setVisible(onPage);
            if (onPage)
                widget->setGeometry(cell(int(i % perPage()), origin, gap));
        }
    }
};

} // namespace Dorfplatz
