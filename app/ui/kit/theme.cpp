#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString fontFamily = u"DejaVu Sans"_s;

double measureCapRatio()
{
    QFont font(fontFamily);
    font.setPixelSize(200);
    const double cap = QFontMetricsF(font).capHeight();
    // DejaVu Sans has a cap height of 0.73 em; use that if the font system gives nothing.
    return cap > 0 ? cap / 200.0 : 0.73;
}

// Dark enough for white text at 7:1 (WCAG AAA), and still plainly green and red; the same in both
// themes, where the high-contrast one frames them in yellow on black.
constexpr QColor answerGreen(0x1B, 0x5E, 0x20);
constexpr QColor hangUpRed(0xA3, 0x15, 0x15);

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

} // namespace

Theme::Theme(ThemeKind kind, ScreenMetrics metrics)
    : m_kind(kind)
    , m_palette(paletteFor(kind))
    , m_metrics(metrics)
    , m_capRatio(measureCapRatio())
{}

ThemePalette Theme::paletteFor(ThemeKind kind)
{
    switch (kind) {
    case ThemeKind::HighContrast:
        return ThemePalette{
            .background = QColor(0x00, 0x00, 0x00),
            .surface = QColor(0x00, 0x00, 0x00),
            .text = QColor(0xFF, 0xEB, 0x3B),
            .border = QColor(0xFF, 0xEB, 0x3B),
            .icon = QColor(0xFF, 0xEB, 0x3B),
            .accent = QColor(0xFF, 0xEB, 0x3B),
            .accentText = QColor(0x00, 0x00, 0x00),
            .pressed = QColor(0xFF, 0xFF, 0xFF),
            .pressedText = QColor(0x00, 0x00, 0x00),
            .notice = QColor(0x00, 0x00, 0x00),
            .noticeText = QColor(0xFF, 0xFF, 0xFF),
            .answer = answerGreen,
            .hangUp = hangUpRed,
            .callButtonText = QColor(0xFF, 0xFF, 0xFF),
            .call = QColor(0x1B, 0x1B, 0x1B),
            .callPicture = QColor(0xFF, 0xFF, 0xFF),
            .callBand = QColor(0x00, 0x00, 0x00),
            .callText = QColor(0xFF, 0xEB, 0x3B),
        };
    case ThemeKind::Standard:
        break;
    }
    return ThemePalette{
        .background = QColor(0xF6, 0xF1, 0xE7),
        .surface = QColor(0xFF, 0xFF, 0xFF),
        .text = QColor(0x1B, 0x1B, 0x1B),
        .border = QColor(0x7A, 0x66, 0x4E),
        .icon = QColor(0x1F, 0x4E, 0x79),
        .accent = QColor(0x1F, 0x4E, 0x79),
        .accentText = QColor(0xFF, 0xFF, 0xFF),
        .pressed = QColor(0x0B, 0x2A, 0x45),
        .pressedText = QColor(0xFF, 0xFF, 0xFF),
        .notice = QColor(0xFF, 0xF1, 0xC1),
        .noticeText = QColor(0x1B, 0x1B, 0x1B),
        .answer = answerGreen,
        .hangUp = hangUpRed,
        .callButtonText = QColor(0xFF, 0xFF, 0xFF),
        .call = QColor(0x1B, 0x1B, 0x1B),
        .callPicture = QColor(0xFF, 0xFF, 0xFF),
        .callBand = QColor(0x00, 0x00, 0x00, 190),
        .callText = QColor(0xFF, 0xFF, 0xFF),
    };
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

qreal Theme::radius(Corner corner) const
{
    switch (corner) {
    case Corner::Card:
        return px(3);
    case Corner::Large:
        return px(4);
    case Corner::Small:
        return px(2);
    case Corner::SmallInset:
        return px(2) / 2.0;
    case Corner::Badge:
        return px(1);
    }
    return px(3);
}

void Theme::paintCard(QPainter &painter, const QRectF &rect, const CardStyle &style) const
{
    const int frame = style.frame.isValid() ? px(style.frameMm) : 0;
    painter.save();
    painter.setPen(frame > 0 ? QPen(style.frame, frame, style.line) : QPen(Qt::NoPen));
    painter.setBrush(style.fill.isValid() ? QBrush(style.fill) : QBrush(Qt::NoBrush));
    const qreal r = radius(style.corner);
    painter.drawRoundedRect(rect.adjusted(frame / 2.0, frame / 2.0, -frame / 2.0, -frame / 2.0), r,
                            r);
    painter.restore();
}

double Theme::capHeightMm(TextRole role)
{
    switch (role) {
    case TextRole::Staff:
        return 4.5;
    case TextRole::Body:
        return 6.5;
    case TextRole::Button:
        return 8.0;
    case TextRole::Label:
    case TextRole::Clock:
        return 10.0;
    case TextRole::Heading:
        return 12.0;
    }
    return 6.5;
}

QFont Theme::font(TextRole role) const
{
    QFont font(fontFamily);
    const double scale = role == TextRole::Staff ? 1.0 : m_metrics.textScale();
    const double capPx = capHeightMm(role) * scale * m_metrics.pixelsPerMm();
    font.setPixelSize(int(std::ceil(capPx / m_capRatio)));
    font.setWeight(role == TextRole::Body || role == TextRole::Staff ? QFont::Normal : QFont::Bold);
    return font;
}

QString Theme::styleSheet() const
{
    return uR"(
        QWidget#screen, QWidget#mainWindow, QStackedWidget { background: %1; }
        QLabel { color: %2; background: transparent; }
        QLabel[role="notice"] { color: %3; background: %4; border: %5px solid %6;
                                border-radius: %7px; padding: %8px; }
    )"_s.arg(m_palette.background.name(), m_palette.text.name(), m_palette.noticeText.name(),
             m_palette.notice.name(), QString::number(px(borderMm)), m_palette.border.name(),
             QString::number(radius(Corner::Small)), QString::number(px(3)));
}

} // namespace Dorfplatz
