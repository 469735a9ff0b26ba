#pragma once

#include "tapbutton.h"
#include "ui/kit/theme.h"

#include <QPixmap>

namespace Dorfplatz {

// A large text button with an optional icon (Startseite, weiter, zurück, …): at least 20 mm in
// both directions, or 12 mm when marked as a staff control.
class BigButton : public TapButton
{
    Q_OBJECT

public:
    enum class Style
    {
        Accent,
        Notice
    };

    BigButton(const Theme &theme, const QString &text, QString iconPath = {},
              Style style = Style::Accent, QWidget *parent = nullptr);

    // "Startseite" with its house, as every screen that has its own shows it.
    static BigButton *home(const Theme &theme, QWidget *parent);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    // Another icon (a toggle's second state); empty shows none.
    void setIconPath(const QString &iconPath);
    // A text the button keeps room for while it shows a shorter one (a toggle's other state), so
    // nothing beside it moves when it changes.
    void setReservedText(const QString &text);
    // Only the icon, for the rare glass too narrow for the word (very large text on a small
    // screen); the accessible name keeps the word.
    void setTextShown(bool shown);
    bool isTextShown() const { return m_textShown; }
    // The icon alone in a square of the smallest size a resident's control may have
    // (Theme::controlMinMm), whatever the text size: for paging beside a list whose very large
    // text leaves room for nothing larger (200 % on a 10-inch panel).
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // The size with the icon alone, and with the text (whether shown now or not).
    QSize iconOnlySizeHint() const;
    QSize textSizeHint() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QFont buttonFont() const;
    QString shownText() const;
    int iconSize() const;

    QString m_iconPath;
    QString m_reservedText;
    bool m_textShown = true;
    bool m_compact = false;
    Style m_style;
    // The icon as last drawn, so a press or release repaints without rendering the SVG again.
    QPixmap m_icon;
    QColor m_iconColor;
    int m_iconSide = 0;
};

} // namespace Dorfplatz
