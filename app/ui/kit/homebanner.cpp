#include "homebanner.h"

#include "theme.h"

#include <QPainter>

namespace Dorfplatz {

void HomeBanner::paintBannerCard(const Theme &theme)
{
    const ThemePalette &palette = theme.palette();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    theme.paintCard(
        painter, rect(),
        {.fill = palette.surface, .frame = palette.border, .frameMm = Theme::borderMm * 2});
}

} // namespace Dorfplatz
