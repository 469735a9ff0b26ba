#include "homescreen.h"

#include "core/config/configloader.h"
#include "core/i18n/spokentext.h"
#include "ui/kit/homebanner.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/theme.h"
#include "ui/kit/tile.h"

#include <QEvent>
#include <QTimer>

#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

HomeScreen::HomeScreen(const Theme &theme, const KioskConfig &config, QWidget *parent)
    : Screen(parent)
    , m_theme(theme)
    , m_configs(config.tiles)
    , m_pager(new PageSwitcher(theme, this))
{
    for (const TileConfig &tileConfig : std::as_const(m_configs)) {
        auto *tile =
            new Tile(theme, tileConfig.label, ConfigLoader::picturePath(config, tileConfig), this);
        tile->setObjectName(u"tile-"_s + tileConfig.id);
        connect(tile, &Tile::clicked, this,
                [this, tileConfig] { Q_EMIT tileActivated(tileConfig); });
        m_tiles.append(tile);
    }
    connect(m_pager, &PageSwitcher::pageChanged, this, [this](int page) {
        showPage(page);
        Q_EMIT inactivityStateChanged();
    });
}

QString HomeScreen::screenName() const
{
    return u"home"_s;
}

bool HomeScreen::isAtRest() const
{
    return m_pager->page() == 0;
}

void HomeScreen::rest()
{
    m_pager->setPage(0);
}

QString HomeScreen::spokenText() const
{
    QStringList parts;
    if (m_banner && m_banner->hasContent() && !m_banner->isHidden())
        parts.append(m_banner->spokenText());
    QStringList labels;
    for (const Tile *tile : m_tiles) {
        if (!tile->isHidden())
            labels.append(tile->label().simplified());
    }
    if (!labels.isEmpty()) {
        //: Read aloud on the home screen, with the labels of the tiles shown: "Sie können
        //: wählen: %1." ("Sie können wählen: Radio, Fernsehen und Anna.")
        parts.append(tr("You can choose: %1.").arg(SpokenText::list(labels)));
    }
    parts.append(SpokenText::pages(m_pager->page(), m_pager->pageCount()));
    return SpokenText::sentences(parts);
}

bool HomeScreen::fits(QSize tileSize) const
{
    const int minimum = m_theme.px(Theme::tileMinMm);
    if (tileSize.width() < minimum || tileSize.height() < minimum)
        return false;
    return std::all_of(m_configs.cbegin(), m_configs.cend(), [&](const TileConfig &tile) {
        return Tile::fits(m_theme, tile.label, tileSize);
    });
}

void HomeScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    relayout();
}

void HomeScreen::setBanner(HomeBanner *banner)
{
    delete m_banner;
    m_banner = banner;
    if (m_banner)
        m_banner->setParent(this);
    relayout();
}

HomeBanner *HomeScreen::takeBanner()
{
    HomeBanner *banner = std::exchange(m_banner, nullptr);
    if (banner)
        banner->setParent(nullptr);
    relayout();
    return banner;
}

bool HomeScreen::event(QEvent *event)
{
    // A child without a layout above it asks this way to be placed again: the banner shown,
    // hidden or grown.
    if (event->type() == QEvent::LayoutRequest)
        relayout();
    return Screen::event(event);
}

void HomeScreen::relayout()
{
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const QRect whole = rect().adjusted(margin, margin, -margin, -margin);
    QRect area = whole;
    const int pagingHeight = m_pager->sizeHint().height() + gap;
    const auto choose = [&] {
        return TileGrid::choose(area.size(), int(m_tiles.size()), gap, pagingHeight,
                                [this](QSize size) { return fits(size); });
    };
    bool banner = m_banner && m_banner->hasContent();
    int bannerHeight = 0;
    if (banner) {
        // News, not the main thing: the tiles keep at least two thirds of the room if they can.
        m_banner->setHeightBudget(whole.height() / 3);
        bannerHeight = m_banner->heightForWidth(whole.width());
        area.setTop(whole.top() + bannerHeight + gap);
    }
    m_grid = choose();
    if (banner && !whole.isEmpty() && !(m_grid.isValid() && fits(m_grid.tileSize))) {
        // Not even one tile would be large enough below it: the tiles come first.
        banner = false;
        area = whole;
        m_grid = choose();
    }
    if (m_banner) {
        m_banner->setSuppressed(m_banner->hasContent() && !banner);
        if (banner)
            m_banner->setGeometry(whole.left(), whole.top(), whole.width(), bannerHeight);
    }
    m_tilesTop = area.top();
    m_pager->placeAtBottom(area, m_grid.pages);
    showPage(m_pager->page());
}

void HomeScreen::showPage(int page)
{
    const int margin = m_theme.px(Theme::marginMm);
    m_grid.placePage(m_tiles, page, QPoint(margin, m_tilesTop), m_theme.px(Theme::gapMm));
}

void HomeScreen::paintEvent(QPaintEvent *event)
{
    Screen::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        // Queued: runs once this frame, tiles included, has been flushed to the screen.
        QTimer::singleShot(0, this, &HomeScreen::firstPainted);
    }
}

} // namespace Dorfplatz
