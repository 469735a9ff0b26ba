#pragma once

#include "theme.h"

class QLabel;
class QLineEdit;
class QWidget;

namespace Dorfplatz {

// How a text label is set up beyond its font.
struct TextLabelStyle
{
    Qt::Alignment alignment = Qt::AlignCenter;
    // False where the caller breaks the lines itself (to page whole lines).
    bool wordWrap = true;
    // Bold also for roles whose font is not (a time or a mark that must stand out).
    bool bold = false;
};

// A label for residents' text in the theme's font for `role`: the one way screens make them, so
// every label wraps and aligns the same. Its text is plain text: markup in it shows as written.
QLabel *textLabel(const Theme &theme, Theme::TextRole role, const QString &objectName,
                  QWidget *parent, TextLabelStyle style = {});

// A field for the few texts staff type (a title, a name): running text's size, as tall as a
// staff control, framed like a card so it reads as a place to write. The on-screen keyboard or
// a USB keyboard types into it.
QLineEdit *textField(const Theme &theme, const QString &objectName, int maxLength,
                     QWidget *parent = nullptr);

// What textHeight() counts.
struct TextHeightRules
{
    // A hidden label takes no room (for layouts that hide a label to make room); otherwise its
    // text is measured whether it is shown or not (for layouts that decide what to show).
    bool hiddenIsEmpty = false;
    // A word wider than the width gives -1: the label would cut it.
    bool wholeWords = false;
};

// The height `label` needs to show its text at `width`; 0 when it has no text.
int textHeight(const QLabel *label, int width, TextHeightRules rules = {});

// Sets `font` only when it differs: setting a font lays the label out again.
void setFontIfChanged(QLabel *label, const QFont &font);

} // namespace Dorfplatz
