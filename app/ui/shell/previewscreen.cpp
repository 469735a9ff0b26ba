#include "previewscreen.h"

#include "ui/home/homescreen.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QFrame>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

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

PreviewScreen::PreviewScreen(const Theme &theme, KioskConfig config, Opener open, QWidget *parent)
    : StaffScreen(theme, tr("Preview: not yet published"), parent)
    , m_config(std::move(config))
    , m_open(std::move(open))
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_stack(new QStackedWidget)
    , m_home(new HomeScreen(theme, m_config))
{
    m_message->setText(tr("This is how the home screen will look. Tap a tile to try it."));
    // A frame around the residents' screen, so it reads as a picture of it.
    auto *frame = new QFrame;
    frame->setObjectName(u"previewFrame"_s);
    frame->setStyleSheet(
        u"QFrame#previewFrame { border: %1px solid %2; }"_s.arg(theme.px(Theme::borderMm))
            .arg(theme.palette().border.name()));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(theme.px(Theme::borderMm), theme.px(Theme::borderMm),
                               theme.px(Theme::borderMm), theme.px(Theme::borderMm));
    m_stack->addWidget(m_home);
    layout->addWidget(m_stack);
    content()->addWidget(m_message);
    content()->addWidget(frame, 1);
    connect(m_home, &HomeScreen::tileActivated, this, &PreviewScreen::open);
}

PreviewScreen::~PreviewScreen()
{
    // Now, not later: the screen refers to m_config, which goes with this one.
    if (m_opened) {
        m_opened->deactivate();
        delete m_opened;
    }
}

void PreviewScreen::open(const TileConfig &tile)
{
    const QString what = tr("“%1” opens %2.").arg(tile.label, opens(m_config, tile));
    // Calls stay out of the preview: it would ring a family's room.
    if (!m_open || tile.kind == TileKind::Call) {
        m_message->setText(what);
        return;
    }
    closeOpened();
    m_opened = m_open(m_config, tile);
    if (!m_opened) {
        m_message->setText(what);
        return;
    }
    m_message->setText(what + u' ' + tr("“Back” returns to the preview."));
    m_stack->addWidget(m_opened);
    m_stack->setCurrentWidget(m_opened);
    // Its home and header controls would leave staff mode: here "Zurück" is the way back.
    connect(m_opened, &Screen::homeRequested, this, &PreviewScreen::closeOpened);
    m_opened->activate();
}

void PreviewScreen::closeOpened()
{
    if (!m_opened)
        return;
    Screen *screen = std::exchange(m_opened, nullptr);
    screen->deactivate();
    m_stack->removeWidget(screen);
    screen->deleteLater();
    m_stack->setCurrentWidget(m_home);
    m_message->setText(tr("This is how the home screen will look. Tap a tile to try it."));
}

void PreviewScreen::goBack()
{
    if (m_opened) {
        closeOpened();
        return;
    }
    StaffScreen::goBack();
}

void PreviewScreen::deactivated()
{
    // Nothing plays on when the guide has left the preview.
    closeOpened();
}

QString PreviewScreen::screenName() const
{
    return u"guide-preview"_s;
}

} // namespace Dorfplatz
