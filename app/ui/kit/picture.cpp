#include "picture.h"

#include "core/logging.h"
#include "theme.h"

#include <QImageReader>
#include <QLabel>
#include <QPainter>
#include <QSvgRenderer>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

bool isBuiltInIcon(const QString &path)
{
    return path.startsWith(u":/icons/");
}

QPixmap renderPicture(const QString &path, QSize box, const QColor &tint, qreal devicePixelRatio)
{
    if (box.isEmpty())
        return {};
    const QSize device = box * devicePixelRatio;
    QImage image;
    if (path.endsWith(u".svg", Qt::CaseInsensitive)) {
        QSvgRenderer renderer(path);
        if (!renderer.isValid()) {
            qCWarning(lcUi) << "cannot render picture" << path;
            return {};
        }
        const QSize size = renderer.defaultSize().scaled(device, Qt::KeepAspectRatio);
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
    } else {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize original = reader.size();
        if (original.isValid())
            reader.setScaledSize(original.scaled(device, Qt::KeepAspectRatio));
        image = reader.read();
        if (image.isNull()) {
            qCWarning(lcUi) << "cannot read picture" << path << reader.errorString();
            return {};
        }
        image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    }
    if (isBuiltInIcon(path)) {
        QPainter painter(&image);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), tint);
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

int pictureSide(const Theme &theme, int room, double maxMm, double minMm)
{
    const int side = std::min(room, theme.px(maxMm));
    return side < theme.px(minMm) ? 0 : side;
}

void showPicture(QLabel *label, const QString &path, int side, const QColor &tint, int &shownSide)
{
    if (side != shownSide) {
        shownSide = side;
        label->setPixmap(
            side > 0 ? renderPicture(path, QSize(side, side), tint, label->devicePixelRatioF())
                     : QPixmap());
    }
    label->setVisible(side > 0);
}

} // namespace Dorfplatz
