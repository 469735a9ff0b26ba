#include "homebannerstack.h"

#include <QCoreApplication>
#include <QEvent>

namespace Dorfplatz {

HomeBannerStack::HomeBannerStack(int gap, QWidget *parent)
    : HomeBanner(parent)
    , m_gap(gap)
{}

void HomeBannerStack::add(HomeBanner *banner, int position)
{
    banner->setParent(this);
    // setParent() hides it; a banner shows itself while it has something to tell.
    banner->setVisible(banner->hasContent());
    if (position < 0 || position > m_banners.size())
        m_banners.append(banner);
    else
        m_banners.insert(position, banner);
    relayout();
}

bool HomeBannerStack::hasContent() const
{
    return std::any_of(m_banners.cbegin(), m_banners.cend(),
                       [](const HomeBanner *b) { return b->hasContent(); });
}

QList<HomeBanner *> HomeBannerStack::shownAt(int width) const
{
    QList<HomeBanner *> shown;
    int height = 0;
    for (HomeBanner *banner : m_banners) {
        if (!banner->hasContent())
            continue;
        const int more = banner->heightForWidth(width) + (shown.isEmpty() ? 0 : m_gap);
        // The first always (the home screen itself decides whether it fits at all).
        if (!shown.isEmpty() && height + more > m_budget)
            break;
        shown.append(banner);
        height += more;
    }
    return shown;
}

int HomeBannerStack::heightForWidth(int width) const
{
    int height = 0;
    const QList<HomeBanner *> shown = shownAt(width);
    for (const HomeBanner *banner : shown)
        height += banner->heightForWidth(width);
    return height + std::max<int>(0, int(shown.size()) - 1) * m_gap;
}

QSize HomeBannerStack::sizeHint() const
{
    const int w = width() > 0 ? width() : 800;
    return {w, heightForWidth(w)};
}

QString HomeBannerStack::spokenText() const
{
    QStringList texts;
    for (const HomeBanner *banner : m_banners) {
        if (banner->hasContent() && !banner->isHidden())
            texts.append(banner->spokenText());
    }
    texts.removeAll(QString());
    return texts.join(u' ');
}

void HomeBannerStack::setHeightBudget(int height)
{
    m_budget = height;
    for (HomeBanner *banner : std::as_const(m_banners))
        banner->setHeightBudget(height);
    relayout();
}

void HomeBannerStack::setSuppressed(bool suppressed)
{
    m_suppressed = suppressed;
    relayout();
}

bool HomeBannerStack::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest) {
        // A banner changed: place them again, and ask the home screen to place the stack.
        relayout();
        if (QWidget *parent = parentWidget()) {
            QEvent request(QEvent::LayoutRequest);
            QCoreApplication::sendEvent(parent, &request);
        }
        return true;
    }
    return HomeBanner::event(event);
}

void HomeBannerStack::resizeEvent(QResizeEvent *event)
{
    relayout();
    HomeBanner::resizeEvent(event);
}

void HomeBannerStack::relayout()
{
    const QList<HomeBanner *> shown = m_suppressed ? QList<HomeBanner *>{} : shownAt(width());
    int y = 0;
    for (HomeBanner *banner : std::as_const(m_banners)) {
        const bool show = shown.contains(banner);
        banner->setSuppressed(banner->hasContent() && !show);
        if (!show)
            continue;
        const int h = banner->heightForWidth(width());
        banner->setGeometry(0, y, width(), h);
        y += h + m_gap;
    }
    setVisible(hasContent() && !m_suppressed);
}

} // namespace Dorfplatz
