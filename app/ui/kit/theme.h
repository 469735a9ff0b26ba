#pragma once

#include "core/config/kioskconfig.h"
#include "screenmetrics.h"

#include <QColor>
#include <QFont>

class QPainter;
class QRectF;

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

    // Calls. The two buttons are plainly green and red in both themes, and say what they do in
    // words as well (meaning is never carried by colour alone).
    QColor answer;         // "Annehmen"
    QColor hangUp;         // "Auflegen", "Ablehnen"
    QColor callButtonText; // text and handset on answer and hangUp (>= 7:1)
    QColor call;           // behind the call and under the contact's photo: dark, like a call
    QColor callPicture;    // the contact's photo or icon on `call`
    QColor callBand;       // the band with the texts over the call (dark enough for callText at
                           // 7:1 even over a white picture)
    QColor callText;       // text on callBand
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

    // The rounding of a card's corners.
    enum class Corner
    {
        Card,       // 3 mm: tiles, event cards, buttons, tabs, the banner
        Large,      // 4 mm: the large call buttons
        Small,      // 2 mm: the volume bar, the staff notice
        SmallInset, // half of Small, for what fills a Small card: its ends follow the card's
        Badge,      // 1 mm: the "cancelled" mark
    };

    // How paintCard() draws a card: a rounded rectangle, filled and framed. The frame is drawn
    // inside the rectangle, so a card never paints beyond its widget.
    struct CardStyle
    {
        QColor fill{};                     // invalid: not filled
        QColor frame{};                    // invalid: no frame
        double frameMm = borderMm;         // the frame's width
        Qt::PenStyle line = Qt::SolidLine; // a dashed frame: a control that cannot be used now
        Corner corner = Corner::Card;
    };

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

    // The radius of a corner, in pixels.
    qreal radius(Corner corner) const;
    // The one way cards, tiles and buttons are drawn (the painter antialiases).
    void paintCard(QPainter &painter, const QRectF &rect, const CardStyle &style) const;

    // Style sheet for the plain Qt widgets (labels) inside screens.
    QString styleSheet() const;

private:
    ThemeKind m_kind;
    ThemePalette m_palette;
    ScreenMetrics m_metrics;
    double m_capRatio; // cap height / pixel size of the UI font
};

} // namespace Dorfplatz
