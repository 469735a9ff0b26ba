#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

namespace Dorfplatz {

// Renders a picture (SVG, PNG or JPEG) as large as fits in `box`, keeping its proportions.
// Built-in icons (":/icons/…") are single-colour shapes: they are drawn in `tint`, so they follow
// the theme. Photos are decoded at the size shown, never at their full size.
QPixmap renderPicture(const QString &path, QSize box, const QColor &tint, qreal devicePixelRatio);

bool isBuiltInIcon(const QString &path);

} // namespace Dorfplatz
