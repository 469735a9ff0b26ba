#pragma once

#include "ui/kit/tapbutton.h"

#include <QPixmap>

namespace Dorfplatz {

// The big buttons of a call: green "Annehmen" and red "Auflegen"/"Ablehnen", with a handset
// (lifted for answering, put down for hanging up). Colour is never the only sign: the word is
// always there. Larger than other resident controls (Theme::controlMinMm is the floor): these are
// the buttons that matter most and are pressed in a hurry.
class CallButton : public TapButton
{
    Q_OBJECT

public:
    enum class Kind
    {
        Answer, // green, handset lifted
        HangUp, // red, handset put down
    };

    static constexpr double minHeightMm = 25.0;
    static constexpr double minWidthMm = 45.0;

    CallButton(const Theme &theme, Kind kind, const QString &text, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Without the handset the button is narrower (large text on a small screen); the word stays.
    void setIconShown(bool shown);
    bool iconShown() const { return m_iconShown; }
    // The fill and the text on it (ThemePalette::answer, hangUp, callButtonText: the same in both
    // themes); both pass 7:1 (tst_callscreens checks).
    static QColor fillColor(Kind kind);
    static QColor textColor();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int iconSide() const;

    Kind m_kind;
    bool m_iconShown = true;
    QPixmap m_icon;
    QColor m_iconColor;
};

} // namespace Dorfplatz
