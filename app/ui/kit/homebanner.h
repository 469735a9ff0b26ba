#pragma once

#include <QWidget>

namespace Dorfplatz {

class Theme;

// News above the home screen's tiles (missed calls; next: the coming session). Features make
// them, the home screen places them: the whole width, the height the banner asks for within a
// budget, or nothing when a tile would no longer fit below it. The home screen knows only this.
class HomeBanner : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Something to tell: the home screen makes room for it.
    virtual bool hasContent() const = 0;
    // The height it should stay within if it can (the home screen: a third of its room).
    virtual void setHeightBudget(int height) = 0;
    // Hidden though there is something to tell: no room for it and a tile at once (very large
    // text on a small screen). Shown again when there is.
    virtual void setSuppressed(bool suppressed) = 0;
    // What "Vorlesen" says of it while it is shown (the home screen reads it before the tiles);
    // empty when there is nothing to tell.
    virtual QString spokenText() const { return {}; }

protected:
    // The banners' one look: a card like the tiles with a thicker border (news, not one more
    // tile). For paintEvent().
    void paintBannerCard(const Theme &theme);
};

} // namespace Dorfplatz
