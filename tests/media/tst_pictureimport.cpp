#include "core/config/configloader.h"
#include "media/pictureimport.h"
#include "support/testconfig.h"

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

const QString notAPicture = u"This file is not a picture (JPEG, PNG or SVG)."_s;

const QByteArray svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\" "
                       "viewBox=\"0 0 100 100\">\n"
                       "  <circle cx=\"50\" cy=\"50\" r=\"40\" fill=\"#2a6\"/>\n"
                       "</svg>\n";

// Left half red, right half blue: where the halves end up shows how a picture was turned.
QImage halves(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::blue);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        std::fill(line, line + width / 2, qRgb(255, 0, 0));
    }
    return image;
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(95);
    return writer.write(image) ? data : QByteArray();
}

// A JPEG with an EXIF orientation, as a camera held on its side writes it: an APP1 segment with
// one IFD entry (0x0112 Orientation) right after the start marker.
QByteArray withOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff("MM\x00\x2a\x00\x00\x00\x08", 8);   // big endian, IFD at 8
    tiff.append("\x00\x01", 2);                         // one entry
    tiff.append("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // Orientation, SHORT, count 1
    tiff.append(char(orientation >> 8)).append(char(orientation & 0xff)).append("\x00\x00", 2);
    tiff.append("\x00\x00\x00\x00", 4); // no next IFD
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    const int length = int(payload.size()) + 2;
    QByteArray segment("\xff\xe1", 2);
    segment.append(char(length >> 8)).append(char(length & 0xff)).append(payload);
    return jpeg.left(2) + segment + jpeg.mid(2);
}

QByteArray formatOf(const QString &path)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    return reader.format();
}

QSize sizeOf(const QString &path)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    return reader.size();
}

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 200 && qBlue(pixel) < 60;
}

bool isBlue(QRgb pixel)
{
    return qBlue(pixel) > 200 && qRed(pixel) < 60;
}

} // namespace

class TestPictureImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void largeJpegIsScaledDownAndStaysJpeg();
    void exifOrientationIsApplied();
    void smallPngIsNotEnlarged();
    void pngNamedJpgIsStoredAsPng();
    void svgIsCopiedUnchanged();
    void textNamedPngIsRefused();
    void brokenSvgIsRefused();
    void damagedPngIsRefused();
    void largeSvgIsRefused();
    void fifoIsRefused();
    void fileOver20MegabytesIsRefused();
    void missingFileIsRefused();
    void sameFileTwiceGetsTwoNames();
    void stemsAreSafeNames_data();
    void stemsAreSafeNames();
    void importedPicturesPassTheConfigurationCheck();

private:
    // A file "on the stick".
    QString source(const QString &name, const QByteArray &content);
    std::optional<QString> import(const QString &path);
    QString stored(const QString &relative) const { return m_config->path() + u'/' + relative; }
    QStringList storedFiles() const;

    std::unique_ptr<QTemporaryDir> m_stick;
    std::unique_ptr<Test::TestConfigDir> m_config;
    QString m_error;
};

void TestPictureImport::init()
{
    m_stick = std::make_unique<QTemporaryDir>();
    m_config = std::make_unique<Test::TestConfigDir>();
    QVERIFY(m_stick->isValid() && m_config->isValid());
    m_error.clear();
}

QString TestPictureImport::source(const QString &name, const QByteArray &content)
{
    const QString path = m_stick->filePath(name);
    return Test::writeFile(path, content) ? path : QString();
}

std::optional<QString> TestPictureImport::import(const QString &path)
{
    return PictureImport::import(path, m_config->path(), &m_error);
}

QStringList TestPictureImport::storedFiles() const
{
    return QDir(m_config->path() + u"/pictures"_s)
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

void TestPictureImport::largeJpegIsScaledDownAndStaysJpeg()
{
    const QByteArray jpeg = encoded(halves(3000, 2000), "jpeg");
    QVERIFY(!jpeg.isEmpty());
    const QString path = source(u"Urlaub 2023.JPG"_s, jpeg);

    const std::optional<QString> relative = import(path);
    QVERIFY2(relative, qPrintable(m_error));
    QCOMPARE(*relative, u"pictures/urlaub-2023.jpg"_s);
    QCOMPARE(formatOf(stored(*relative)), QByteArray("jpeg"));
    const QSize size = sizeOf(stored(*relative));
    QCOMPARE(size.width(), 1024);
    QVERIFY2(size.height() == 682 || size.height() == 683,
             qPrintable(QString::number(size.height())));
    QVERIFY(QFileInfo(stored(*relative)).size() < jpeg.size());
    QCOMPARE(Test::readFile(path), jpeg); // the source is only read
}

void TestPictureImport::exifOrientationIsApplied()
{
    // Taken on its side: stored 3000x2000, to be shown turned 90° clockwise (orientation 6).
    const QByteArray jpeg = withOrientation(encoded(halves(3000, 2000), "jpeg"), 6);
    QImageReader check(source(u"check.jpg"_s, jpeg));
    check.setAutoTransform(true);
    QCOMPARE(check.read().size(), QSize(2000, 3000)); // the EXIF segment is read as such

    const std::optional<QString> relative = import(source(u"hochkant.jpg"_s, jpeg));
    QVERIFY2(relative, qPrintable(m_error));
    QImageReader reader(stored(*relative));
    reader.setAutoTransform(false); // upright in its pixels, not by a flag
    const QImage image = reader.read();
    QCOMPARE(image.height(), 1024);
    QVERIFY(image.width() == 682 || image.width() == 683);
    // Turned clockwise, the left (red) half is on top.
    QVERIFY(isRed(image.pixel(image.width() / 2, 10)));
    QVERIFY(isBlue(image.pixel(image.width() / 2, image.height() - 10)));
}

void TestPictureImport::smallPngIsNotEnlarged()
{
    QImage image(200, 100, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    image.setPixel(0, 0, qRgba(255, 0, 0, 255));
    const std::optional<QString> relative = import(source(u"logo.png"_s, encoded(image, "png")));
    QVERIFY2(relative, qPrintable(m_error));
    QCOMPARE(*relative, u"pictures/logo.png"_s);
    const QImage back(stored(*relative));
    QCOMPARE(back.size(), QSize(200, 100));
    QVERIFY(back.hasAlphaChannel());
    QCOMPARE(qAlpha(back.pixel(100, 50)), 0);
    QCOMPARE(back.pixel(0, 0), qRgba(255, 0, 0, 255));
}

void TestPictureImport::pngNamedJpgIsStoredAsPng()
{
    const QString path = source(u"foto.jpg"_s, encoded(halves(2048, 512), "png"));
    const std::optional<QString> relative = import(path);
    QVERIFY2(relative, qPrintable(m_error));
    QCOMPARE(*relative, u"pictures/foto.png"_s);
    QCOMPARE(formatOf(stored(*relative)), QByteArray("png"));
    QCOMPARE(sizeOf(stored(*relative)), QSize(1024, 256));
}

void TestPictureImport::svgIsCopiedUnchanged()
{
    const std::optional<QString> relative = import(source(u"Wappen.svg"_s, svg));
    QVERIFY2(relative, qPrintable(m_error));
    QCOMPARE(*relative, u"pictures/wappen.svg"_s);
    QCOMPARE(Test::readFile(stored(*relative)), svg);

    // Also when its name says otherwise: stored under the suffix the kiosk paints SVGs by.
    const std::optional<QString> renamed = import(source(u"kreis.png"_s, svg));
    QVERIFY2(renamed, qPrintable(m_error));
    QCOMPARE(*renamed, u"pictures/kreis.svg"_s);
}

void TestPictureImport::textNamedPngIsRefused()
{
    QVERIFY(!import(source(u"x.png"_s, "Einkaufsliste: Milch, Brot\n")));
    QCOMPARE(m_error, notAPicture);
    QVERIFY(!import(source(u"leer.jpg"_s, QByteArray())));
    QCOMPARE(m_error, notAPicture);
    // An HTML page is XML-ish text, not an SVG.
    QVERIFY(!import(source(u"seite.svg"_s, "<html><body><svg></svg></body></html>")));
    QCOMPARE(m_error, notAPicture);
    QCOMPARE(storedFiles(), QStringList());
}

void TestPictureImport::brokenSvgIsRefused()
{
    QVERIFY(!import(source(u"kaputt.svg"_s, svg.left(svg.size() - 12))));
    QCOMPARE(m_error, u"This picture is damaged and cannot be used."_s);
    QCOMPARE(storedFiles(), QStringList());
}

void TestPictureImport::damagedPngIsRefused()
{
    // A PNG's signature and header, then noise: a PNG by its first bytes, but nothing to decode.
    QByteArray png = encoded(halves(300, 200), "png");
    QVERIFY(png.size() > 100);
    png.replace(40, png.size() - 40, QByteArray(png.size() - 40, '\x5a'));
    QVERIFY(!import(source(u"kaputt.png"_s, png)));
    QCOMPARE(m_error, u"This picture is damaged or too large and cannot be used."_s);
    QCOMPARE(storedFiles(), QStringList());
}

void TestPictureImport::largeSvgIsRefused()
{
    QByteArray large = svg;
    large.insert(large.indexOf("<circle"), "<!-- " + QByteArray(1024 * 1024, 'x') + " -->\n");
    QVERIFY(!import(source(u"gross.svg"_s, large)));
    QCOMPARE(m_error, u"This SVG picture is too large (1.1 MB). At most 1 MB are possible."_s);
    QCOMPARE(storedFiles(), QStringList());
}

void TestPictureImport::fifoIsRefused()
{
    const QString path = m_stick->filePath(u"fifo.jpg"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!import(path));
    QCOMPARE(m_error, notAPicture);
    QVERIFY(timer.elapsed() < 5000);   // refused, not blocked on open()
    QVERIFY(!import(m_stick->path())); // a folder
    QCOMPARE(m_error, notAPicture);
}

void TestPictureImport::fileOver20MegabytesIsRefused()
{
    // Sparse: 21 MB without writing them. Refused by its size before a byte is read.
    const QString path = m_stick->filePath(u"riesig.jpg"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(encoded(halves(64, 64), "jpeg")) > 0);
    QVERIFY(file.resize(qint64(21) * 1024 * 1024));
    file.close();
    QVERIFY(!import(path));
    QCOMPARE(m_error, u"This picture is too large (21 MB). At most 20 MB are possible."_s);
    QCOMPARE(storedFiles(), QStringList());
}

void TestPictureImport::missingFileIsRefused()
{
    QVERIFY(!import(m_stick->filePath(u"abgezogen.jpg"_s)));
    QCOMPARE(m_error, u"This file is no longer there. Is the USB stick still plugged in?"_s);
}

void TestPictureImport::sameFileTwiceGetsTwoNames()
{
    const QString path = source(u"Oma.jpg"_s, encoded(halves(300, 200), "jpeg"));
    const std::optional<QString> first = import(path);
    QVERIFY2(first, qPrintable(m_error));
    const QByteArray firstBytes = Test::readFile(stored(*first));
    const std::optional<QString> second = import(path);
    QVERIFY2(second, qPrintable(m_error));
    const std::optional<QString> third = import(path);
    QVERIFY2(third, qPrintable(m_error));
    QCOMPARE(*first, u"pictures/oma.jpg"_s);
    QCOMPARE(*second, u"pictures/oma-2.jpg"_s);
    QCOMPARE(*third, u"pictures/oma-3.jpg"_s);
    QCOMPARE(Test::readFile(stored(*first)), firstBytes); // not overwritten
    QCOMPARE(storedFiles(), (QStringList{u"oma-2.jpg"_s, u"oma-3.jpg"_s, u"oma.jpg"_s}));
}

void TestPictureImport::stemsAreSafeNames_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("stem");
    QTest::newRow("umlauts") << u"/media/x/Oma Käthe_1.JPG"_s << u"oma-kaethe-1"_s;
    QTest::newRow("camera") << u"IMG_1234.jpeg"_s << u"img-1234"_s;
    QTest::newRow("accents") << u"Café Müller.png"_s << u"cafe-mueller"_s;
    QTest::newRow("sharp s") << u"Straße.svg"_s << u"strasse"_s;
    QTest::newRow("dots") << u"foto.2023.07.jpg"_s << u"foto-2023-07"_s;
    QTest::newRow("nothing left") << u"___.png"_s << u"picture"_s;
    QTest::newRow("hidden") << u".png"_s << u"picture"_s;
    QTest::newRow("long") << QString(60, u'a') + u".png"_s << QString(40, u'a');
    QTest::newRow("ends in dashes") << u"Bild (1).jpg"_s << u"bild-1"_s;
}

void TestPictureImport::stemsAreSafeNames()
{
    QFETCH(QString, source);
    QFETCH(QString, stem);
    QCOMPARE(PictureImport::stemFor(source), stem);
}

void TestPictureImport::importedPicturesPassTheConfigurationCheck()
{
    m_config->writeDefaults();
    QImage transparent(50, 50, QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    const QStringList sources{
        source(u"Urlaub.JPG"_s, encoded(halves(3000, 2000), "jpeg")),
        source(u"logo.png"_s, encoded(transparent, "png")),
        source(u"png-called-jpg.jpg"_s, encoded(halves(100, 100), "png")),
        source(u"wappen.svg"_s, svg),
    };
    for (const QString &path : sources) {
        const std::optional<QString> relative = import(path);
        QVERIFY2(relative, qPrintable(path + u": "_s + m_error));
        m_config->writeJson(ConfigLoader::tilesFile,
                            Test::TestConfigDir::defaultTilesWith(1, u"picture"_s, *relative));
        const ConfigLoadResult result = ConfigLoader::load(m_config->path());
        QCOMPARE(Test::issueTexts(result.issues), QStringList());
        QVERIFY(result.config);
        QCOMPARE(result.config->tiles.at(1).picture, *relative);
        QCOMPARE(QFileInfo(ConfigLoader::picturePath(*result.config, result.config->tiles.at(1)))
                     .canonicalFilePath(),
                 QFileInfo(stored(*relative)).canonicalFilePath());
    }
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestPictureImport)
#include "tst_pictureimport.moc"
