#include "contactsscreen.h"

#include "core/i18n/spokentext.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/textlabel.h"
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
    , m_heading(textLabel(theme, Theme::TextRole::Heading, u"heading"_s, this))
    , m_pager(new PageSwitcher(theme, this))
{
    m_heading->setText(tr("Whom would you like to call?"));
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

QString ContactsScreen::spokenText() const
{
    QStringList names;
    for (const Tile *tile : m_tiles) {
        if (!tile->isHidden())
            names.append(tile->label().simplified());
    }
    QStringList parts{m_heading->text()};
    if (!names.isEmpty()) {
        //: Read aloud on the contacts page, with the names shown: "Sie können anrufen: %1."
        //: ("Sie können anrufen: Anna, Peter und Maria.")
        parts.append(tr("You can call: %1.").arg(SpokenText::list(names)));
    }
    parts.append(SpokenText::pages(m_pager->page(), m_pager->pageCount()));
    if (!names.isEmpty()) {
        //: Read aloud at the end of the contacts page: "Tippen Sie auf ein Bild. Dann beginnt
        //: der Anruf."
        parts.append(tr("Tap a picture to start the call."));
    }
    return SpokenText::sentences(parts);
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
    // A page that is not full is centred, so two contacts do not cling to the left.
    const QPoint origin = m_grid.centredOrigin(m_area, int(m_tiles.size()), page, gap);
    m_grid.placePage(m_tiles, page, origin, gap);
}

} // namespace Dorfplatz
