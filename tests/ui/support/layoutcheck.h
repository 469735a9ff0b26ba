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
// button is at least Theme::controlMinMm wide and high (Theme::staffControlMinMm for a staff
// control); all of them are at least 4 mm apart.
// Fails the current test like QVERIFY (check QTest::currentTestFailed() afterwards) and returns
// the controls with their names, for checks that follow (texts must not overlap them).
NamedRects checkControls(const QWidget &screen, const Theme &theme, const NamedRects &extra = {});

// The differences between the screens in how checkTexts measures a label; the defaults suit
// screens whose labels wrap their words.
struct TextRules
{
    // A label that does not wrap gets its sizeHint: the whole line in its width (heightForWidth
    // alone would miss a line running out at the side), the height within 2 px, because a label
    // that breaks its lines itself is sized line by line and may round a little below it.
    bool singleLinesBySizeHint = false;
    // Also lay the text out with the label's font metrics, word-wrapped and centred, and require
    // the glyphs inside the contents rectangle: catches a word wider than the label, which
    // heightForWidth lets run out at the side.
    bool measureGlyphs = false;
    // No two texts overlap each other.
    bool textsApart = true;
};

// No visible, non-empty QLabel of `screen` is cut off, leaves the screen or overlaps one of
// `controls` (as checkControls returns them; controls draw their own text, so a label inside one
// is an error too), nor, with rules.textsApart, another such label. Fails the current test like
// QVERIFY (check QTest::currentTestFailed() afterwards).
void checkTexts(const QWidget &screen, const NamedRects &controls, const TextRules &rules = {});

// The screen variants a resident screen is checked in, as data rows with the columns "size"
// (QSize), "scale" (int, text scale in percent) and "theme" ("standard" or "high-contrast"):
// 1920×1080, 1280×800 and 1080×1920 at 100, 150 and 200 %; 1024×600 at `smallScreenScales`;
// high contrast at 1280×800/200 % and 1920×1080/100 %.
void addScreenVariants(const QList<int> &smallScreenScales);

} // namespace Dorfplatz::Test
