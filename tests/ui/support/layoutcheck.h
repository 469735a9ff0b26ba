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

} // namespace Dorfplatz::Test
