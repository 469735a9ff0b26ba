#include "previewscreen.h"

#include "ui/home/homescreen.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

QString opens(const KioskConfig &config, const TileConfig &tile)
{
    switch (tile.kind) {
    case TileKind::Stream:
        if (const StreamConfig *stream = config.stream(tile.target))
            return PreviewScreen::tr("the station “%1”").arg(stream->name);
        break;
    case TileKind::Call:
        if (const ContactConfig *contact = config.contact(tile.target))
            return PreviewScreen::tr("a call with %1").arg(contact->name);
        return PreviewScreen::tr("all contacts");
    case TileKind::Events:
        return PreviewScreen::tr("“What's on?”");
    case TileKind::Schedule:
        return PreviewScreen::tr("today's programme");
    }
    return tile.target;
}

} // namespace

PreviewScreen::PreviewScreen(const Theme &theme, KioskConfig config, QWidget *parent)
    : StaffScreen(theme, tr("Preview: not yet published"), parent)
    , m_config(std::move(config))
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_home(new HomeScreen(theme, m_config))
{
    m_message->setText(tr("This is how the home screen will look. Tap a tile to see what it "
                          "opens."));
    // A frame around the residents' screen, so it reads as a picture of it.
    auto *frame = new QFrame;
    frame->setObjectName(u"previewFrame"_s);
    frame->setStyleSheet(
        u"QFrame#previewFrame { border: %1px solid %2; }"_s.arg(theme.px(Theme::borderMm))
            .arg(theme.palette().border.name()));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(theme.px(Theme::borderMm), theme.px(Theme::borderMm),
                               theme.px(Theme::borderMm), theme.px(Theme::borderMm));
    layout->addWidget(m_home);
    content()->addWidget(m_message);
    content()->addWidget(frame, 1);
    connect(m_home, &HomeScreen::tileActivated, this, [this](const TileConfig &tile) {
        m_message->setText(tr("“%1” opens %2.").arg(tile.label, opens(m_config, tile)));
    });
}

QString PreviewScreen::screenName() const
{
    return u"guide-preview"_s;
}

} // namespace Dorfplatz
