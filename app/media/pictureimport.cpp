#include "pictureimport.h"

#include "core/config/configfields.h"
#include "core/files/asciiname.h"
#include "core/files/filecopy.h"
#include "core/files/regularfile.h"
#include "core/logging.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QMimeDatabase>
#include <QSvgRenderer>
#include <QXmlStreamReader>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// The folder of a configuration that holds its pictures (see ConfigLoader).
const QString picturesFolder = u"pictures"_s;
// Long enough to recognise a name, short enough for a file chooser's line.
constexpr int maxStemLength = 40;

// Rounded up, so a file just over a limit never reads as being at it: "1.1 MB", "21 MB".
QString megabytes(qint64 bytes)
{
    constexpr qint64 megabyte = 1024 * 1024;
    if (bytes >= 10 * megabyte)
        return QString::number((bytes + megabyte - 1) / megabyte);
    const qint64 tenths = (bytes * 10 + megabyte - 1) / megabyte;
    return tenths % 10 == 0 ? QString::number(tenths / 10)
                            : QLocale().toString(tenths / 10.0, 'f', 1);
}

// Whether the document's first element is <svg>: an HTML page with an <svg> inside passes a
// look at the first bytes (the MIME magic) too.
bool hasSvgRoot(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return xml.name() == u"svg"_s;
    }
    return false;
}

// The first free "<stem><suffix>", "<stem>-2<suffix>", ... in `folder`. A dangling link counts
// as taken: writing through it would put the picture somewhere else.
QString freeName(const QDir &folder, const QString &stem, const QString &suffix)
{
    for (int number = 1;; ++number) {
        const QString name =
            number == 1 ? stem + suffix : u"%1-%2%3"_s.arg(stem).arg(number).arg(suffix);
        const QFileInfo info(folder.filePath(name));
        if (!info.exists() && !info.isSymLink())
            return name;
    }
}

} // namespace

QString PictureImport::stemFor(const QString &source)
{
    const QString stem = asciiName(QFileInfo(source).completeBaseName(), maxStemLength);
    return stem.isEmpty() ? u"picture"_s : stem;
}

std::optional<QString> PictureImport::import(const QString &source, const QString &configDirectory,
                                             QString *error)
{
    const QString notAPicture = tr("This file is not a picture (JPEG, PNG or SVG).");
    QFile file;
    // By stat() before a byte is read: no FIFO, device or folder, nothing over 20 MB.
    const RegularFile::Info info = RegularFile::open(file, source, maxPictureBytes);
    switch (info.status) {
    case RegularFile::Status::Ok:
        break;
    case RegularFile::Status::Missing:
        *error = tr("This file is no longer there. Is the USB stick still plugged in?");
        return std::nullopt;
    case RegularFile::Status::NotRegular:
        *error = notAPicture;
        return std::nullopt;
    case RegularFile::Status::TooLarge:
        *error = tr("This picture is too large (%1 MB). At most %2 MB are possible.")
                     .arg(megabytes(info.size), megabytes(maxPictureBytes));
        return std::nullopt;
    case RegularFile::Status::Unreadable:
        *error = tr("This file cannot be read (%1).").arg(info.error);
        return std::nullopt;
    }

    QByteArray stored;
    QString suffix;
    QImageReader reader(&file);
    reader.setDecideFormatFromContent(true); // a PNG called .jpg is a PNG
    const QByteArray format = reader.format();
    if (format == "jpeg" || format == "png") {
        reader.setAutoTransform(true); // upright as the camera held it
        // Only decoded at the size needed: JPEG decodes scaled down, which saves memory too.
        const QSize size = reader.size();
        if (size.isValid() && std::max(size.width(), size.height()) > maxSide)
            reader.setScaledSize(
                size.scaled(maxSide, maxSide, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
        QImage image = reader.read();
        if (image.isNull()) { // also beyond QImageReader's memory limit (a PNG of 100 MP)
            *error = tr("This picture is damaged or too large and cannot be used.");
            return std::nullopt;
        }
        if (std::max(image.width(), image.height()) > maxSide) // its size was not known before
            image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const bool jpeg = format == "jpeg";
        QBuffer buffer(&stored);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, jpeg ? "jpeg" : "png");
        if (jpeg)
            writer.setQuality(jpegQuality);
        if (!writer.write(image)) {
            *error = tr("The picture could not be stored (%1).").arg(writer.errorString());
            return std::nullopt;
        }
        suffix = jpeg ? u".jpg"_s : u".png"_s;
    } else {
        // The same test as the configuration's own check of a picture (ConfigLoader), then the
        // renderer the tiles paint with: what passes here shows on a tile.
        file.seek(0);
        const QMimeType type = QMimeDatabase().mimeTypeForData(&file);
        if (!type.inherits(u"image/svg+xml"_s)) {
            *error = notAPicture;
            return std::nullopt;
        }
        if (info.size > maxSvgBytes) {
            *error = tr("This SVG picture is too large (%1 MB). At most %2 MB are possible.")
                         .arg(megabytes(info.size), megabytes(maxSvgBytes));
            return std::nullopt;
        }
        file.seek(0);
        stored = file.read(maxSvgBytes);
        if (file.error() != QFileDevice::NoError) {
            *error = tr("This file cannot be read (%1).").arg(file.errorString());
            return std::nullopt;
        }
        if (!hasSvgRoot(stored)) {
            *error = notAPicture;
            return std::nullopt;
        }
        if (!QSvgRenderer(stored).isValid()) {
            *error = tr("This picture is damaged and cannot be used.");
            return std::nullopt;
        }
        suffix = u".svg"_s;
    }

    const QDir config(configDirectory);
    const bool madeFolder = !config.exists(picturesFolder);
    if (!config.mkpath(picturesFolder)) {
        *error = tr("The picture could not be stored (cannot create %1).")
                     .arg(config.filePath(picturesFolder));
        return std::nullopt;
    }
    const QDir pictures(config.filePath(picturesFolder));
    const QString name = freeName(pictures, stemFor(source), suffix);
    QString detail;
    if (!FileCopy::write(pictures.filePath(name), stored, &detail)) {
        *error = tr("The picture could not be stored (%1).").arg(detail);
        return std::nullopt;
    }
    FileCopy::syncFolder(pictures.path()); // the new name survives a power cut
    if (madeFolder)
        FileCopy::syncFolder(config.path());
    const QString relative = picturesFolder + u'/' + name;
    qCInfo(lcConfig) << "picture" << source << "stored as" << relative;
    return relative;
}

} // namespace Dorfplatz
