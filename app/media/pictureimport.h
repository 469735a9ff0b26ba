#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Dorfplatz {

// Takes a picture a guide chose (from a USB stick, usually) into a configuration: checked by its
// content, not its name, made small enough for a tile and stored under a new name in the
// configuration's pictures/ folder. The source is only read.
class PictureImport
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::PictureImport)

public:
    // The longer side of a stored photo at most: more than a tile or a contact photo needs on a
    // 24" screen, and small enough to decode on the GUI thread without a pause.
    static constexpr int maxSide = 1024;
    // SVGs are copied as they are, and parsed on the GUI thread at every paint.
    static constexpr qint64 maxSvgBytes = qint64(1024) * 1024;
    static constexpr int jpegQuality = 90;

    // Stores `source` in `configDirectory`/pictures (made when missing) and returns its path
    // relative to `configDirectory` ("pictures/oma-kaethe.jpg"), as a picture field names it.
    // JPEG and PNG are turned upright (EXIF orientation), scaled down to maxSide and written anew
    // (JPEG stays JPEG, the rest becomes PNG; metadata such as a photo's GPS position is not
    // kept); an SVG is copied unchanged. The name comes from the source's; a name already taken
    // gets "-2", "-3", ..., so no picture a configuration uses is ever replaced.
    // std::nullopt and a sentence for the guide in *error when the file is no picture, too large,
    // gone or cannot be stored.
    static std::optional<QString> import(const QString &source, const QString &configDirectory,
                                         QString *error);

    // The stored name's stem for a source file: "Oma Käthe_1.JPG" → "oma-kaethe-1".
    static QString stemFor(const QString &source);
};

} // namespace Dorfplatz
