#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

class QLabel;

namespace Dorfplatz {

class Theme;

// Renders a picture (SVG, PNG or JPEG) as large as fits in `box`, keeping its proportions.
// Built-in icons (":/icons/…") are single-colour shapes: they are drawn in `tint`, so they follow
// the theme. Photos are decoded at the size shown, never at their full size.
QPixmap renderPicture(const QString &path, QSize box, const QColor &tint, qreal devicePixelRatio);

bool isBuiltInIcon(const QString &path);

// The side of a square picture (a logo, a contact's photo) that gets the room a layout leaves:
// `room` pixels at most `maxMm`, and 0 (left out) below `minMm`, where it no longer tells who or
// what it is.
int pictureSide(const Theme &theme, int room, double maxMm, double minMm);

// Shows the picture at `path` on `label` as a square of `side` pixels, hidden for 0. `shownSide`
// is the side it was last rendered at: the same side again renders nothing (the screens lay out
// often, and a photo is decoded at the size shown); -1 renders it anew.
void showPicture(QLabel *label, const QString &path, int side, const QColor &tint, int &shownSide);

} // namespace Dorfplatz
