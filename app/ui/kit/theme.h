#pragma once

#include "core/config/kioskconfig.h"
#include "screenmetrics.h"

#include <QColor>
#include <QFont>

namespace Dorfplatz {

struct ThemePalette
{
    QColor background;  // screen background
    QColor surface;     // tiles and cards
    QColor text;        // text on background and surface
    QColor border;      // tile and card borders (non-text: >= 3:1)
    QColor icon;        // built-in icons on surface
    QColor accent;      // buttons
    QColor accentText;  // text and icons on accent
    QColor pressed;     // any control while the finger is on it
    QColor pressedText; // text and icons on pressed
    QColor notice;      // background of the discreet staff notice
    QColor noticeText;
};

// Colours, fonts and sizes of one look. Sizes are given in millimetres (accessibility.md) and
// turned into pixels by the screen's metrics; text sizes are character (capital) heights and grow
// with the configured text scale.
class Theme
{
public:
    enum class TextRole
    {
        Staff,   // discreet notices for staff; does not follow the residents' text scale
        Body,    // running text for residents: 6.5 mm
        Button,  // text on resident buttons: 8 mm
        Label,   // tile labels and buttons: 10 mm
        Clock,   // date and time: 10 mm
        Heading, // screen titles: 12 mm
    };

    // Millimetres from accessibility.md.
    static constexpr double tileMinMm = 25.0;
    static constexpr double controlMinMm = 20.0;
    static constexpr double staffControlMinMm = 12.0;
    static constexpr double gapMm = 5.0; // >= 4 mm between controls
    static constexpr double marginMm = 6.0;
    static constexpr double borderMm = 0.8;
    static constexpr double tapToleranceMm = 8.0;

    Theme(ThemeKind kind, ScreenMetrics metrics);

    ThemeKind kind() const { return m_kind; }
    const ThemePalette &palette() const { return m_palette; }
    const ScreenMetrics &metrics() const { return m_metrics; }
    int px(double mm) const { return m_metrics.px(mm); }

    // Character height in mm at 100 % text scale.
    static double capHeightMm(TextRole role);
    QFont font(TextRole role) const;

    static ThemePalette paletteFor(ThemeKind kind);
    static double contrastRatio(const QColor &a, const QColor &b); // WCAG 2.x

    // Style sheet for the plain Qt widgets (labels) inside screens.
    QString styleSheet() const;

private:
    ThemeKind m_kind;
    ThemePalette m_palette;
    ScreenMetrics m_metrics;
    double m_capRatio; // cap height / pixel size of the UI font
};

} // namespace Dorfplatz
