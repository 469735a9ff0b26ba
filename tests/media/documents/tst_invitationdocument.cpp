#include "media/documents/invitationdocument.h"
#include "media/documents/qrcode.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace Dorfplatz {

class TestInvitationDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void qrCodeOfALongLinkDecodes();
    void qrCodeRefusesWhatItCannotHold();
    void pdfIsOneA4PortraitPage();
    void pdfShowsTheVisit();
    void qrCodeOnThePageDecodesToTheLink();
    void typeIsLargeAndOnThePage();
    void longLinkIsWrappedAndStillDecodes();
    void crowdedPageStillFits();
    void renderSetsA4PortraitItself();
    void incompleteInvitationWritesNothing();
};

namespace {

const QString roomLink = u"https://meet.example.org/familie-mueller-7f3a"_s;

VisitInvitation invitation()
{
    VisitInvitation result;
    result.residentName = u"Erna Müller"_s;
    result.relativeName = u"Anna"_s;
    result.start = QDateTime(QDate(2026, 12, 7), QTime(15, 0), QTimeZone("Europe/Berlin"));
    result.length = 30min;
    result.roomUrl = QUrl(roomLink);
    result.homeName = u"Haus am Dorfplatz"_s;
    result.uid = u"visit-42@dorfplatz"_s;
    return result;
}

const QLocale german(QLocale::German, QLocale::Germany);

// Runs a poppler or zbar tool; its standard output, or a failed check.
bool run(const QString &program, const QStringList &arguments, QByteArray *output)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10'000) || !process.waitForFinished(60'000)) {
        qWarning() << program << "did not run:" << process.errorString();
        return false;
    }
    *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << program << arguments << "failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

QString pdfText(const QString &pdf)
{
    QByteArray text;
    return run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}, &text)
               ? QString::fromUtf8(text)
               : QString();
}

// Page 1 at 150 dpi as a PNG beside the PDF; its path. `keep`: copied to /tmp/invitation.png
// for a look when DORFPLATZ_KEEP_PICTURES is set.
QString pagePicture(const QString &pdf, bool keep = false)
{
    const QString stem = pdf + u"-page"_s;
    QByteArray ignored;
    if (!run(u"pdftoppm"_s,
             {u"-png"_s, u"-r"_s, u"150"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf,
              stem},
             &ignored))
        return {};
    const QString png = stem + u".png"_s;
    if (keep && qEnvironmentVariableIsSet("DORFPLATZ_KEEP_PICTURES")) {
        QFile::remove(u"/tmp/invitation.png"_s);
        QFile::copy(png, u"/tmp/invitation.png"_s);
    }
    return png;
}

QString decodeQr(const QString &picture)
{
    QByteArray text;
    return run(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, picture}, &text)
               ? QString::fromUtf8(text).trimmed()
               : QString();
}

QString writeInvitation(const QTemporaryDir &dir, const VisitInvitation &visit,
                        const QLocale &locale = german)
{
    const QString path = dir.filePath(u"einladung/videobesuch.pdf"_s);
    QString error;
    if (!InvitationDocument(visit, locale).writePdf(path, &error)) {
        qWarning() << "writePdf failed:" << error;
        return {};
    }
    return path;
}

struct Word
{
    QString text;
    QRectF box; // in PDF points
};

// The words on the page with their boxes (pdftotext -bbox).
QList<Word> pdfWords(const QString &pdf)
{
    QByteArray html;
    if (!run(u"pdftotext"_s, {u"-bbox"_s, pdf, u"-"_s}, &html))
        return {};
    static const QRegularExpression word(u"<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" "
                                         "xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"_s);
    QList<Word> words;
    for (const QRegularExpressionMatch &match : word.globalMatch(QString::fromUtf8(html))) {
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        words.append({match.captured(5), QRectF(topLeft, bottomRight)});
    }
    return words;
}

} // namespace

void TestInvitationDocument::qrCodeOfALongLinkDecodes()
{
    QString link = u"https://meet.example.org/familie-mueller-7f3a?config.prejoinConfig.enabled="
                   "false#userInfo.displayName=%22Anna%22&room="_s;
    while (link.size() < 200)
        link += u"x7"_s;
    link.truncate(200);
    QCOMPARE(link.size(), 200);

    const QrCode code(link.toUtf8());
    QVERIFY(!code.isNull());
    QCOMPARE(code.modules(), code.symbolModules() + 2 * QrCode::quietZone);
    // Quiet zone white all round; the finder pattern's corner dark just inside it.
    for (int i = 0; i < code.modules(); ++i) {
        QVERIFY(!code.isDark(i, 0));
        QVERIFY(!code.isDark(0, i));
        QVERIFY(!code.isDark(i, code.modules() - 1));
        QVERIFY(!code.isDark(code.modules() - 1, i));
    }
    QVERIFY(code.isDark(QrCode::quietZone, QrCode::quietZone));
    QVERIFY(code.isDark(QrCode::quietZone + 6, QrCode::quietZone + 6));

    const QImage picture = code.image(6);
    QCOMPARE(picture.size(), QSize(code.modules() * 6, code.modules() * 6));
    QCOMPARE(QrCode::image(link.toUtf8(), 6), picture);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(u"qr.png"_s);
    QVERIFY(picture.save(png));
    QCOMPARE(decodeQr(png), link);
}

void TestInvitationDocument::qrCodeRefusesWhatItCannotHold()
{
    QVERIFY(QrCode(QByteArray()).isNull());
    QCOMPARE(QrCode(QByteArray()).modules(), 0);
    // Version 40 at level M holds 2331 bytes.
    QVERIFY(QrCode(QByteArray(3000, 'a')).isNull());
    QVERIFY(QrCode::image(QByteArray(3000, 'a'), 4).isNull());
    QVERIFY(!QrCode(QByteArray(2000, 'a')).isNull());
    QVERIFY(QrCode(roomLink.toUtf8()).image(0).isNull());
}

void TestInvitationDocument::pdfIsOneA4PortraitPage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = writeInvitation(dir, invitation());
    QVERIFY(!pdf.isEmpty());
    QByteArray info;
    QVERIFY(run(u"pdfinfo"_s, {pdf}, &info));
    const QString text = QString::fromUtf8(info);
    QVERIFY2(text.contains(QRegularExpression(u"Pages:\\s+1\\n"_s)), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(
                 u"Page size:\\s+595(\\.\\d+)? x 84[12](\\.\\d+)? pts \\(A4\\)"_s)),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"Page rot:\\s+0\\n"_s)), qPrintable(text));
    QVERIFY2(text.contains(u"Video visit with Erna Müller"_s), qPrintable(text)); // the title
    // Written beside its place and renamed: nothing else is left in the folder.
    QCOMPARE(QFileInfo(pdf).dir().entryList(QDir::Files | QDir::Hidden),
             QStringList{u"videobesuch.pdf"_s});
}

void TestInvitationDocument::pdfShowsTheVisit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const InvitationDocument document(invitation(), german);
    QVERIFY(document.dateText().contains(u"Montag"_s));
    QVERIFY(document.dateText().contains(u"Dezember 2026"_s));
    QVERIFY(document.dateText().contains(u"15:00"_s));
    QVERIFY(document.lengthText().contains(u"30"_s));

    const QString text = pdfText(writeInvitation(dir, invitation()));
    // Lines may break anywhere a paragraph wraps: compare with the white space made single.
    const QString flat = text.simplified();
    for (const QString &expected :
         {u"Erna Müller"_s, u"Anna"_s, document.dateText(), document.lengthText(), roomLink,
          u"Haus am Dorfplatz"_s, VisitInvitation::joinFromPhone(),
          VisitInvitation::joinFromComputer()})
        QVERIFY2(flat.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
}

void TestInvitationDocument::qrCodeOnThePageDecodesToTheLink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = writeInvitation(dir, invitation());
    QVERIFY(!pdf.isEmpty());
    const QString png = pagePicture(pdf, true);
    QVERIFY(!png.isEmpty());
    QCOMPARE(decodeQr(png), roomLink);

    // The code's dark part is at least minQrMillimetres wide. Only its finder patterns have
    // dark runs longer than 40 pixels (7 mm; no letter has one): their outer edges are the
    // code's.
    const QImage page = QImage(png).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(!page.isNull());
    constexpr int longRun = 40;
    int left = page.width();
    int right = -1;
    for (int y = 0; y < page.height(); ++y) {
        const uchar *line = page.constScanLine(y);
        int run = 0;
        for (int x = 0; x <= page.width(); ++x) {
            if (x < page.width() && line[x] < 128) {
                ++run;
                continue;
            }
            if (run >= longRun) {
                left = std::min(left, x - run);
                right = std::max(right, x - 1);
            }
            run = 0;
        }
    }
    QVERIFY(right > left);
    const qreal millimetres = (right - left + 1) / 150.0 * 25.4;
    QVERIFY2(millimetres >= InvitationDocument::minQrMillimetres - 1,
             qPrintable(QString::number(millimetres)));
    // Centred on the page (A4 is 210 mm wide).
    const qreal centre = (left + right) / 2.0 / 150.0 * 25.4;
    QVERIFY2(qAbs(centre - 105) < 2, qPrintable(QString::number(centre)));
}

void TestInvitationDocument::typeIsLargeAndOnThePage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Word> words = pdfWords(writeInvitation(dir, invitation()));
    QVERIFY(words.size() > 30);
    const QRectF a4(0, 0, 595.3, 841.9);
    for (const Word &word : words) {
        QVERIFY2(a4.contains(word.box), qPrintable(word.text));
        // A word's box is about as high as its type's size in points (ascent + descent).
        QVERIFY2(word.box.height() >= InvitationDocument::bodyPoints,
                 qPrintable(u"%1: %2 pt"_s.arg(word.text).arg(word.box.height())));
    }
    QCOMPARE(words.first().text, u"Video"_s);
    QVERIFY(words.first().box.height() >= 28);
}

void TestInvitationDocument::longLinkIsWrappedAndStillDecodes()
{
    VisitInvitation visit = invitation();
    const QString link = u"https://meet.example.org/familie-mueller-7f3a-"_s + QString(100, u'b') +
                         u"-c0ffee?lang=de"_s;
    visit.roomUrl = QUrl(link);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = writeInvitation(dir, visit);
    QVERIFY(!pdf.isEmpty());
    const QString text = pdfText(pdf);
    QVERIFY2(QString(text).remove(u'\n').contains(link), qPrintable(text));
    for (const Word &word : pdfWords(pdf))
        QVERIFY2(word.box.right() <= 595.3, qPrintable(word.text));
    QCOMPARE(decodeQr(pagePicture(pdf)), link);
}

void TestInvitationDocument::crowdedPageStillFits()
{
    // Long names and a long link: the QR code gives up room, down to its minimum, and every
    // word stays on the one page.
    VisitInvitation visit = invitation();
    visit.residentName = u"Ihre liebe Mutter, Oma und Uroma Erna Wilhelmine Müller-Lüdenscheidt"_s;
    visit.relativeName = u"Anna-Katharina Müller-Lüdenscheidt und Familie"_s;
    visit.homeName = u"Evangelisches Alten- und Pflegeheim Haus am Dorfplatz, Wohnbereich 2"_s;
    const QString link = u"https://meet.example.org/familie-mueller-luedenscheidt-"_s +
                         QString(120, u'x') + u"?lang=de"_s;
    visit.roomUrl = QUrl(link);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString pdf = writeInvitation(dir, visit);
    QVERIFY(!pdf.isEmpty());
    const QList<Word> words = pdfWords(pdf);
    QVERIFY(!words.isEmpty());
    const QRectF a4(0, 0, 595.3, 841.9);
    for (const Word &word : words)
        QVERIFY2(a4.contains(word.box), qPrintable(word.text));
    QCOMPARE(words.last().text, u"2"_s); // the home's name is the last line, not cut off
    QVERIFY(pdfText(pdf).simplified().contains(u"Erna Wilhelmine Müller-Lüdenscheidt"_s));
    QCOMPARE(decodeQr(pagePicture(pdf)), link);
}

void TestInvitationDocument::renderSetsA4PortraitItself()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Landscape, QMarginsF()));
    InvitationDocument(invitation(), german).render(&writer);
    QCOMPARE(writer.pageLayout().pageSize().id(), QPageSize::A4);
    QCOMPARE(writer.pageLayout().orientation(), QPageLayout::Portrait);
    QVERIFY(writer.pageLayout().margins(QPageLayout::Millimeter).left() >= 10);
    QVERIFY(buffer.data().startsWith("%PDF"));
}

void TestInvitationDocument::incompleteInvitationWritesNothing()
{
    VisitInvitation visit = invitation();
    visit.roomUrl = QUrl();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"videobesuch.pdf"_s);
    QString error;
    QVERIFY(!InvitationDocument(visit, german).writePdf(path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestInvitationDocument)
#include "tst_invitationdocument.moc"
