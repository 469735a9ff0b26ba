#pragma once

#include <QList>
#include <QPair>
#include <QRect>
#include <QString>

class QWidget;

namespace Dorfplatz {
class Theme;
}

namespace Dorfplatz::Test {

using NamedRects = QList<QPair<QString, QRect>>;

// Where `widget` lies in the coordinates of `ancestor`.
QRect rectIn(const QWidget *widget, const QWidget *ancestor);

// The accessibility rules for the controls of a resident screen: every visible TapButton of
// `screen`, and every rectangle of `extra` (e.g. a volume bar), lies inside the screen; every
// button is at least Theme::controlMinMm wide and high; all of them are at least 4 mm apart.
// Fails the current test like QVERIFY (check QTest::currentTestFailed() afterwards) and returns
// the controls with their names, for checks that follow (texts must not overlap them).
NamedRects checkControls(const QWidget &screen, const Theme &theme, const NamedRects &extra = {});

// The screen variants a resident screen is checked in, as data rows with the columns "size"
// (QSize), "scale" (int, text scale in percent) and "theme" ("standard" or "high-contrast"):
// 1920×1080, 1280×800 and 1080×1920 at 100, 150 and 200 %; 1024×600 at `smallScreenScales`;
// high contrast at 1280×800/200 % and 1920×1080/100 %.
void addScreenVariants(const QList<int> &smallScreenScales);

} // namespace Dorfplatz::Test
