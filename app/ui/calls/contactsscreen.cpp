#include "contactsscreen.h"

#include "ui/kit/pageswitcher.h"
#include "ui/kit/theme.h"
#include "ui/kit/tile.h"

#include <QLabel>

#include <climits>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

ContactsScreen::ContactsScreen(const Theme &theme, const QList<ContactConfig> &contacts,
                               const QStringList &picturePaths, QWidget *parent)
    : Screen(parent)
    , m_theme(theme)
    , m_contacts(contacts)
    , m_heading(new QLabel(tr("Whom would you like to call?"), this))
    , m_pager(new PageSwitcher(theme, this))
{
    m_heading->setObjectName(u"heading"_s);
    m_heading->setFont(theme.font(Theme::TextRole::Heading));
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    for (qsizetype i = 0; i < m_contacts.size(); ++i) {
        const ContactConfig &contact = m_contacts.at(i);
        auto *tile = new Tile(theme, contact.name, picturePaths.value(i), this);
        tile->setObjectName(u"contact-"_s + contact.id);
        connect(tile, &Tile::clicked, this, [this, id = contact.id] { Q_EMIT contactChosen(id); });
        m_tiles.append(tile);
    }
    connect(m_pager, &PageSwitcher::pageChanged, this, &ContactsScreen::showPage);
}

QString ContactsScreen::screenName() const
{
    return u"contacts"_s;
}

void ContactsScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    relayout();
}

TileGrid ContactsScreen::chooseGrid(QRect area) const
{
    const int gap = m_theme.px(Theme::gapMm);
    const int pagingHeight = m_pager->sizeHint().height() + gap;
    const int minimum = m_theme.px(Theme::tileMinMm);
    return TileGrid::choose(area.size(), int(m_tiles.size()), gap, pagingHeight, [&](QSize size) {
        if (size.width() < minimum || size.height() < minimum)
            return false;
        return std::all_of(m_contacts.cbegin(), m_contacts.cend(), [&](const ContactConfig &c) {
            return Tile::fits(m_theme, c.name, size);
        });
    });
}

void ContactsScreen::relayout()
{
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const QRect all = rect().adjusted(margin, margin, -margin, -margin);

    // The heading, unless it costs a page: the photos are what matters.
    const QRect bounds = QFontMetrics(m_heading->font())
                             .boundingRect(QRect(0, 0, all.width(), INT_MAX / 2),
                                           Qt::TextWordWrap | Qt::AlignHCenter, m_heading->text());
    const int headingHeight = m_heading->heightForWidth(all.width());
    const QRect below = all.adjusted(0, headingHeight + gap, 0, 0);
    TileGrid withHeading = bounds.width() <= all.width() ? chooseGrid(below) : TileGrid{};
    TileGrid without = chooseGrid(all);
    const bool heading = withHeading.isValid() && withHeading.pages <= without.pages;
    m_grid = heading ? withHeading : without;
    m_area = heading ? below : all;
    m_heading->setVisible(heading);
    if (heading)
        m_heading->setGeometry(all.left(), all.top(), all.width(), headingHeight);

    m_pager->placeAtBottom(m_area, m_grid.pages);
    showPage(m_pager->page());
}

void ContactsScreen::showPage(int page)
{
    const int gap = m_theme.px(Theme::gapMm);
    const int perPage = m_grid.perPage();
    // A page that is not full is centred, so two contacts do not cling to the left.
    const int onLast = perPage > 0 ? int(m_tiles.size()) - page * perPage : 0;
    const int shown = std::min(perPage, onLast);
    const int usedColumns = std::min(m_grid.columns, shown);
    const int usedRows = m_grid.columns > 0 ? (shown + m_grid.columns - 1) / m_grid.columns : 0;
    const int left =
        m_area.left() +
        (m_area.width() - usedColumns * m_grid.tileSize.width() - (usedColumns - 1) * gap) / 2;
    const int gridHeight = m_grid.rows * m_grid.tileSize.height() + (m_grid.rows - 1) * gap;
    const int top =
        m_area.top() +
        std::max(0, (gridHeight - usedRows * m_grid.tileSize.height() - (usedRows - 1) * gap) / 2);
    for (qsizetype i = 0; i < m_tiles.size(); ++i) {
        Tile *tile = m_tiles.at(i);
        const bool onPage = perPage > 0 && i / perPage == page;
        tile->setVisible(onPage);
        if (!onPage)
            continue;
        const int index = int(i % perPage);
        const int row = index / m_grid.columns;
        const int column = index % m_grid.columns;
        tile->setGeometry(left + column * (m_grid.tileSize.width() + gap),
                          top + row * (m_grid.tileSize.height() + gap), m_grid.tileSize.width(),
                          m_grid.tileSize.height());
    }
}

} // namespace Dorfplatz
