#include "placeholderscreen.h"

#include "ui/kit/picture.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

PlaceholderScreen::PlaceholderScreen(const Theme &theme, const TileConfig &tile,
                                     const QString &picturePath, QWidget *parent)
    : Screen(parent)
    , m_theme(theme)
    , m_kind(tile.kind)
    , m_picturePath(picturePath)
    , m_picture(new QLabel)
    , m_title(textLabel(theme, Theme::TextRole::Heading, u"title"_s, nullptr))
    , m_text(textLabel(theme, Theme::TextRole::Body, u"message"_s, nullptr))
{
    m_picture->setAlignment(Qt::AlignCenter);
    m_title->setText(tile.label);
    m_text->setText(message(tile.kind) + u"\n"_s + tr("Tap \"Home\" to go back."));

    auto *layout = new QVBoxLayout(this);
    const int margin = theme.px(Theme::marginMm);
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addStretch();
    layout->addWidget(m_picture);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch();
}

void PlaceholderScreen::resizeEvent(QResizeEvent *event)
{
    // The picture takes what the text leaves, up to 60 mm; below 15 mm it is left out.
    const QMargins margins = layout()->contentsMargins();
    const int width = this->width() - margins.left() - margins.right();
    const int text =
        m_title->heightForWidth(width) + m_text->heightForWidth(width) + 2 * layout()->spacing();
    const int room = height() - margins.top() - margins.bottom() - text;
    const int side = pictureSide(m_theme, room, 60.0, 15.0);
    if (side != m_pictureSide) {
        m_pictureSide = side;
        m_picture->setVisible(side > 0);
        m_picture->setFixedHeight(side);
        if (side > 0) {
            m_picture->setPixmap(renderPicture(m_picturePath, QSize(side, side),
                                               m_theme.palette().icon, devicePixelRatioF()));
        }
    }
    Screen::resizeEvent(event);
}

QString PlaceholderScreen::screenName() const
{
    return tileKindName(m_kind);
}

QString PlaceholderScreen::message(TileKind kind)
{
    switch (kind) {
    case TileKind::Stream:
        return tr("Radio and television are coming to Dorfplatz soon.");
    case TileKind::Call:
        return tr("Video calls with your family are coming soon.");
    case TileKind::Events:
        return tr("Soon you will see here what is on in the villages.");
    case TileKind::Schedule:
        return tr("Soon you will see here today's programme in the house.");
    }
    return {};
}

} // namespace Dorfplatz
