#include "videoview.h"

#include <QPainter>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

void makeBlack(QWidget *widget)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::Window, Qt::black);
    widget->setPalette(palette);
    widget->setAutoFillBackground(true);
}

} // namespace

VideoView::VideoView(const QString &backend, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"videoView"_s);
    if (backend == u"qt") {
        m_qtSurface = new QVideoWidget(this);
        m_qtSurface->setAspectRatioMode(Qt::KeepAspectRatio);
        m_surface = m_qtSurface;
    } else {
        m_surface = new QWidget(this);
        m_surface->setAttribute(Qt::WA_NativeWindow);
        // Only the surface needs a window of its own; the screen and its labels stay ordinary
        // widgets (fast, and styled as usual).
        m_surface->setAttribute(Qt::WA_DontCreateNativeAncestors);
        // Qt paints it black; libVLC draws into a window of its own inside it, which X11 keeps
        // clear of Qt's painting.
    }
    m_surface->setObjectName(u"videoSurface"_s);
    makeBlack(m_surface);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_surface);
}

VideoTarget VideoView::target()
{
    if (m_qtSurface)
        return VideoTarget{.window = 0, .qtVideoOutput = m_qtSurface};
    return VideoTarget{.window = m_surface->winId(), .qtVideoOutput = nullptr};
}

void VideoView::paintEvent(QPaintEvent *)
{
    QPainter(this).fillRect(rect(), Qt::black);
}

} // namespace Dorfplatz
