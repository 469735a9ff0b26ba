#include "nightoverlay.h"

#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

NightOverlay::NightOverlay(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_time(textLabel(theme, Theme::TextRole::Clock, u"nightTime"_s, this))
    , m_hint(textLabel(theme, Theme::TextRole::Body, u"nightHint"_s, this))
{
    setObjectName(u"nightOverlay"_s);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_hint->setText(tr("Touch the screen to wake it."));
    QPalette palette = m_time->palette();
    palette.setColor(QPalette::WindowText, textColor());
    for (QLabel *label : {m_time, m_hint}) {
        // The window's style sheet colours every label; this one is only for the night.
        label->setStyleSheet(u"color: %1; background: transparent;"_s.arg(textColor().name()));
        label->setPalette(palette);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(theme.px(Theme::marginMm), theme.px(Theme::marginMm),
                               theme.px(Theme::marginMm), theme.px(Theme::marginMm));
    layout->addStretch(1);
    layout->addWidget(m_time);
    layout->addWidget(m_hint);
    layout->addStretch(1);
}

void NightOverlay::setTime(const QString &time)
{
    m_time->setText(time);
}

void NightOverlay::paintEvent(QPaintEvent *event)
{
    QPainter(this).fillRect(event->rect(), backgroundColor());
}

void NightOverlay::mousePressEvent(QMouseEvent *event)
{
    event->accept(); // the finger is on the overlay, not on what is below it
}

void NightOverlay::mouseReleaseEvent(QMouseEvent *event)
{
    // On release, as every tap in the kiosk: the press and the release both stayed here.
    event->accept();
    Q_EMIT tapped();
}

void NightOverlay::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->accept();
}

} // namespace Dorfplatz
