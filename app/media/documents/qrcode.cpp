#include "qrcode.h"

#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

#include <memory>

namespace Dorfplatz {

namespace {

struct QrFree
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
using QrPtr = std::unique_ptr<QRcode, QrFree>;

} // namespace

QrCode::QrCode(const QByteArray &text)
{
    if (text.isEmpty())
        return;
    // 8-bit data as it is (a link's bytes), the smallest version that holds it.
    const QrPtr code(QRcode_encodeData(int(text.size()),
                                       reinterpret_cast<const unsigned char *>(text.constData()), 0,
                                       QR_ECLEVEL_M));
    if (!code || code->width <= 0)
        return;
    m_width = code->width;
    m_dark.resize(std::size_t(m_width) * std::size_t(m_width));
    // Bit 0 of each byte is the module's colour; the other bits say what it is part of.
    for (std::size_t i = 0; i < m_dark.size(); ++i)
        m_dark[i] = (code->data[i] & 1) != 0;
}

bool QrCode::isDark(int x, int y) const
{
    x -= quietZone;
    y -= quietZone;
    if (x < 0 || y < 0 || x >= m_width || y >= m_width)
        return false;
    return m_dark[std::size_t(y) * std::size_t(m_width) + std::size_t(x)];
}

void QrCode::paint(QPainter *painter, const QRectF &target) const
{
    if (isNull() || target.isEmpty())
        return;
    const qreal side = std::min(target.width(), target.height());
    const QRectF square(target.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    const qreal module = side / modules();

    // Each row's runs of dark modules as rectangles of one path, filled at once.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_width; ++y) {
        for (int x = 0; x < m_width;) {
            if (!isDark(x + quietZone, y + quietZone)) {
                ++x;
                continue;
            }
            const int runStart = x;
            while (x < m_width && isDark(x + quietZone, y + quietZone))
                ++x;
            dark.addRect(QRectF(square.left() + (runStart + quietZone) * module,
                                square.top() + (y + quietZone) * module, (x - runStart) * module,
                                module));
        }
    }

    painter->save();
    painter->setPen(Qt::NoPen);
    painter->fillRect(square, Qt::white);
    painter->fillPath(dark, Qt::black);
    painter->restore();
}

QImage QrCode::image(int moduleSize) const
{
    if (isNull() || moduleSize < 1 || moduleSize > maxModuleSize)
        return {};
    const int side = modules() * moduleSize;
    QImage result(side, side, QImage::Format_Grayscale8);
    result.fill(Qt::white);
    for (int y = 0; y < side; ++y) {
        uchar *line = result.scanLine(y);
        for (int x = 0; x < side; ++x) {
            if (isDark(x / moduleSize, y / moduleSize))
                line[x] = 0;
        }
    }
    return result;
}

QImage QrCode::image(const QByteArray &text, int moduleSize)
{
    return QrCode(text).image(moduleSize);
}

} // namespace Dorfplatz
