#pragma once

#include "ui/kit/tapbutton.h"
#include "ui/kit/theme.h"

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
    Theme::TextRole m_role = Theme::TextRole::Button;
    bool m_selected = false;
};

} // namespace Dorfplatz
