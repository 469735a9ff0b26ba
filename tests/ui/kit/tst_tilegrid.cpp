// The choice of grid: largest tiles that show everything on one page; pages when nothing does.
#include "ui/kit/tilegrid.h"

#include <QTest>

using namespace Dorfplatz;

class TestTileGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data();
    void choose();
    void nothingToShow();
    void tinyAreaStillShowsATile();
};

void TestTileGrid::choose_data()
{
    QTest::addColumn<QSize>("area");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("minSide"); // what `fits` accepts: both sides at least this
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("pages");

    // 1920×1080 minus header and margins, 20 px gap, 100 px paging bar.
    const QSize landscape(1870, 880);
    const QSize portrait(1030, 1700);
    QTest::addRow("6 landscape") << landscape << 6 << 200 << 3 << 2 << 1;
    QTest::addRow("7 landscape") << landscape << 7 << 200 << 4 << 2 << 1;
    QTest::addRow("6 portrait") << portrait << 6 << 200 << 2 << 3 << 1;
    QTest::addRow("1 tile") << landscape << 1 << 200 << 1 << 1 << 1;
    QTest::addRow("2 tiles side by side") << landscape << 2 << 200 << 2 << 1 << 1;
    // Large text: tiles must be at least 450 px; 7 do not fit on one page, so they page four
    // (4×1) at a time.
    QTest::addRow("7 large text") << landscape << 7 << 450 << 4 << 1 << 2;
    // More than 12 never share a page, however small they could be; of the 12-tile grids the
    // one with the larger short side wins (6×2: 295 px, against 4×3: 246 px).
    QTest::addRow("20 tiles") << landscape << 20 << 100 << 6 << 2 << 2;
}

void TestTileGrid::choose()
{
    QFETCH(QSize, area);
    QFETCH(int, count);
    QFETCH(int, minSide);
    QFETCH(int, columns);
    QFETCH(int, rows);
    QFETCH(int, pages);
    const int gap = 20;
    const auto fits = [minSide](QSize s) { return s.width() >= minSide && s.height() >= minSide; };
    const TileGrid grid = TileGrid::choose(area, count, gap, 100, fits);
    QCOMPARE(grid.columns, columns);
    QCOMPARE(grid.rows, rows);
    QCOMPARE(grid.pages, pages);
    QVERIFY(fits(grid.tileSize));
    // The grid stays inside its area (less the paging bar when paged).
    const int height = area.height() - (grid.paged() ? 100 : 0);
    QVERIFY(grid.columns * grid.tileSize.width() + (grid.columns - 1) * gap <= area.width());
    QVERIFY(grid.rows * grid.tileSize.height() + (grid.rows - 1) * gap <= height);
    QVERIFY(grid.perPage() * grid.pages >= count);
}

void TestTileGrid::nothingToShow()
{
    const auto fits = [](QSize) { return true; };
    QVERIFY(!TileGrid::choose(QSize(1000, 800), 0, 10, 100, fits).isValid());
    QVERIFY(!TileGrid::choose(QSize(), 5, 10, 100, fits).isValid());
}

void TestTileGrid::tinyAreaStillShowsATile()
{
    const auto fits = [](QSize) { return false; };
    const TileGrid grid = TileGrid::choose(QSize(300, 300), 3, 10, 100, fits);
    QVERIFY(grid.isValid());
    QCOMPARE(grid.perPage(), 1);
    QCOMPARE(grid.pages, 3);
}

QTEST_MAIN(TestTileGrid)
#include "tst_tilegrid.moc"
