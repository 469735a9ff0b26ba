#pragma once

#include <QByteArray>
#include <QImage>
#include <QRectF>

#include <vector>

class QPainter;

namespace Dorfplatz {

// A QR code (libqrencode, error correction level M: a printed page may get a crease or a
// stain) for a link a phone's camera reads. Always drawn with its quiet zone of 4 white
// modules, which scanners need to find the code on a page with text around it.
class QrCode
{
public:
    static constexpr int quietZone = 4;

    // Null (isNull()) when `text` is empty or too long for any QR code.
    explicit QrCode(const QByteArray &text);

    bool isNull() const { return m_width == 0; }
    // Modules per side, the quiet zone on both sides included.
    int modules() const { return isNull() ? 0 : m_width + 2 * quietZone; }
    // Modules per side of the code itself (its version's size: 21, 25, ...).
    int symbolModules() const { return m_width; }
    // Whether the module at (x, y) is dark, counted from the outer corner of the quiet zone.
    bool isDark(int x, int y) const;

    // The code with its quiet zone filling the largest square centred in `target`: white
    // background, black modules as one path (no seams between modules when scaled).
    void paint(QPainter *painter, const QRectF &target) const;
    // `moduleSize` pixels per module, black on white; null for a null code or a moduleSize
    // outside 1 to maxModuleSize.
    static constexpr int maxModuleSize = 64;
    QImage image(int moduleSize) const;
    static QImage image(const QByteArray &text, int moduleSize);

private:
    int m_width = 0;
    std::vector<bool> m_dark; // row by row, without the quiet zone
};

} // namespace Dorfplatz
