#include "screenmetrics.h"

#include "core/logging.h"

#include <QScreen>

#include <cmath>

namespace Dorfplatz {

namespace {
constexpr double mmPerInch = 25.4;
constexpr double minPlausibleDpi = 50.0;
constexpr double maxPlausibleDpi = 400.0;
} // namespace

ScreenMetrics::ScreenMetrics(double pixelsPerMm, int textScalePercent)
    : m_pixelsPerMm(pixelsPerMm)
    , m_textScalePercent(textScalePercent)
{}

double ScreenMetrics::pixelsPerMm(QSize pixels, QSizeF physicalMm,
                                  std::optional<double> diagonalInches)
{
    if (diagonalInches && *diagonalInches > 0 && !pixels.isEmpty()) {
        const double diagonalPx = std::hypot(pixels.width(), pixels.height());
        return diagonalPx / (*diagonalInches * mmPerInch);
    }
    if (!pixels.isEmpty() && physicalMm.width() > 0 && physicalMm.height() > 0) {
        const double perMm =
            (pixels.width() / physicalMm.width() + pixels.height() / physicalMm.height()) / 2.0;
        const double dpi = perMm * mmPerInch;
        if (dpi >= minPlausibleDpi && dpi <= maxPlausibleDpi)
            return perMm;
        qCWarning(lcUi) << "screen reports an implausible size" << physicalMm << "mm for" << pixels
                        << "pixels; assuming" << fallbackDpi
                        << "dpi (set screenDiagonalInches in kiosk.json)";
    }
    return fallbackDpi / mmPerInch;
}

ScreenMetrics ScreenMetrics::forScreen(const QScreen &screen, std::optional<double> diagonalInches,
                                       int textScalePercent)
{
    return ScreenMetrics(
        pixelsPerMm(screen.geometry().size(), screen.physicalSize(), diagonalInches),
        textScalePercent);
}

int ScreenMetrics::px(double mm) const
{
    return int(std::ceil(mm * m_pixelsPerMm - 1e-9));
}

double ScreenMetrics::mm(double px) const
{
    return px / m_pixelsPerMm;
}

} // namespace Dorfplatz
