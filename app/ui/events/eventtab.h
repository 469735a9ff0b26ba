#pragma once

#include "ui/kit/tapbutton.h"
#include "ui/kit/theme.h"

#include <climits>

namespace Dorfplatz {

// A big tab ("Today", "Tomorrow", "This week"). The chosen one is filled, the others are
// outlined: the difference is in the shape, not in the colour alone. Its text is as large as
// the row of tabs allows: the button size, then body size, then body size on two lines.
class EventTab : public TapButton
{
    Q_OBJECT

public:
    EventTab(const Theme &theme, const QString &text, QWidget *parent = nullptr);

    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

    void setTextRole(Theme::TextRole role);
    Theme::TextRole textRole() const { return m_role; }
    // The last resort of a short screen with very large text: bold body text only as large as
    // lets the tab be as low as a control may be (Theme::controlMinMm), never smaller than body
    // text at 100 %, nor larger than `largestPixelSize` (to keep a row of tabs on one line).
    // Otherwise the text follows textRole().
    void setCompact(bool compact, int largestPixelSize = INT_MAX);
    bool isCompact() const { return m_compact; }
    QFont textFont() const;

    // The width the text needs on one line, with padding.
    int naturalWidth() const;
    // The width of the widest word, with padding: narrower, the text would be cut.
    int minimumWidth() const;
    int heightFor(int width) const;
    // Where the text goes inside the tab.
    QRect textRect() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int padding() const;

    Theme::TextRole m_role = Theme::TextRole::Button;
    bool m_compact = false;
    int m_compactLargest = INT_MAX;
    bool m_selected = false;
};

} // namespace Dorfplatz
