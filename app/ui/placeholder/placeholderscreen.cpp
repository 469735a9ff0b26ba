#include "placeholderscreen.h"

#include "ui/shell/theme.h"
#include "ui/widgets/picture.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

PlaceholderScreen::PlaceholderScreen(const Theme &theme, const TileConfig &tile,
                                     const QString &picturePath, QWidget *parent)
    : Screen(parent)
    , m_kind(tile.kind)
{
    auto *picture = new QLabel;
    const int side = theme.px(60);
    picture->setPixmap(
        renderPicture(picturePath, QSize(side, side), theme.palette().icon, devicePixelRatioF()));
    picture->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tile.label);
    title->setObjectName(u"title"_s);
    title->setFont(theme.font(Theme::TextRole::Heading));
    title->setAlignment(Qt::AlignCenter);
    title->setWordWrap(true);

    auto *text = new QLabel(message(tile.kind) + u"\n\n"_s + tr("Tap \"Home\" to go back."));
    text->setObjectName(u"message"_s);
    text->setFont(theme.font(Theme::TextRole::Body));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    const int margin = theme.px(Theme::marginMm * 2);
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addStretch();
    layout->addWidget(picture);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch();
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
