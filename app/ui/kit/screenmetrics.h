#pragma once

#include <QSize>
#include <QSizeF>

#include <optional>

class QScreen;

namespace Dorfplatz {

// Converts millimetres on the glass into logical pixels. Every size in the UI is asked for in
// millimetres, because the residents' fingers and eyes do not change with the screen's resolution.
class ScreenMetrics
{
public:
    static constexpr double fallbackDpi = 96.0;

    ScreenMetrics(double pixelsPerMm, int textScalePercent);

    // Pixels per millimetre for a screen of `pixels` logical pixels that reports `physicalMm`.
    // An override (the screen's diagonal in inches, from the configuration) wins; a reported size
    // that gives an implausible density (EDID is often wrong) falls back to 96 dpi.
    static double pixelsPerMm(QSize pixels, QSizeF physicalMm,
                              std::optional<double> diagonalInches);
    static ScreenMetrics forScreen(const QScreen &screen, std::optional<double> diagonalInches,
                                   int textScalePercent);

    // Pixels for a length in mm, rounded up: sizes here are minimums.
    int px(double mm) const;
    double mm(double px) const;
    double pixelsPerMm() const { return m_pixelsPerMm; }
    double textScale() const { return m_textScalePercent / 100.0; }
    int textScalePercent() const { return m_textScalePercent; }

private:
    double m_pixelsPerMm;
    int m_textScalePercent;
};

} // namespace Dorfplatz
