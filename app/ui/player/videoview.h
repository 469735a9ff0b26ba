#pragma once

#include "media/mediaplayer.h"

#include <QWidget>

class QVideoWidget;

namespace Dorfplatz {

// The surface a player draws video on, for either backend: libVLC draws into a native X11
// window of its own (a black native child here), Qt Multimedia into a QVideoWidget. Both are
// native windows, so nothing Qt paints can lie on top of them: the player screen keeps its
// controls beside the picture, never over it.
class VideoView : public QWidget
{
    Q_OBJECT

public:
    // `backend` is MediaPlayer::backendName(): "vlc" or "qt".
    explicit VideoView(const QString &backend, QWidget *parent = nullptr);

    // What the player needs to draw here. Creates the native window: call it when the view has
    // its final parent, as re-parenting a native window gives it a new id.
    VideoTarget target();

    QWidget *surface() const { return m_surface; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *m_surface = nullptr;
    QVideoWidget *m_qtSurface = nullptr;
};

} // namespace Dorfplatz
