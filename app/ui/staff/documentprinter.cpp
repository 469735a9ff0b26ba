#include "documentprinter.h"

#include "core/logging.h"

#include <QFileInfo>
#include <QPainter>
#include <QPdfDocument>
#include <QPrinter>
#include <QPrinterInfo>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {
// Enough for large print and a QR code; a page is 2480 × 3508 pixels, 35 MB while it is drawn.
constexpr int printDpi = 300;
} // namespace

DocumentPrinter::DocumentPrinter()
    : m_file(qEnvironmentVariable("DORFPLATZ_PRINT_TO_FILE"))
{
    if (!m_file.isEmpty())
        return;
    m_printer = QPrinterInfo::defaultPrinterName();
    if (m_printer.isEmpty()) {
        const QStringList names = QPrinterInfo::availablePrinterNames();
        if (!names.isEmpty())
            m_printer = names.constFirst();
    }
}

bool DocumentPrinter::print(const QString &pdfPath, QString *error) const
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!available())
        return fail(tr("No printer is set up on this kiosk. Save the document on a USB stick "
                       "and print it elsewhere."));
    QPdfDocument pdf;
    if (pdf.load(pdfPath) != QPdfDocument::Error::None || pdf.pageCount() < 1)
        return fail(tr("The document “%1” cannot be read any more. Make it again.")
                        .arg(QFileInfo(pdfPath).completeBaseName()));

    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(printDpi);
    printer.setDocName(QFileInfo(pdfPath).completeBaseName());
    printer.setCreator(u"Dorfplatz"_s);
    if (!m_file.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_file);
    } else {
        printer.setPrinterName(m_printer);
    }
    // The pages were laid out for their paper already (margins included): print them whole.
    const QSizeF first = pdf.pagePointSize(0);
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(first, QPageSize::Point, {}, QPageSize::FuzzyOrientationMatch),
                    first.width() > first.height() ? QPageLayout::Landscape : QPageLayout::Portrait,
                    QMarginsF()));
    QPainter painter;
    if (!painter.begin(&printer))
        return fail(tr("The printer “%1” does not answer. Is it switched on?")
                        .arg(m_printer.isEmpty() ? m_file : m_printer));
    for (int page = 0; page < pdf.pageCount(); ++page) {
        if (page > 0 && !printer.newPage())
            break;
        const QRect target = painter.viewport();
        const QImage image = pdf.render(page, target.size());
        if (image.isNull()) {
            painter.end();
            return fail(tr("Page %1 of “%2” cannot be printed.")
                            .arg(page + 1)
                            .arg(QFileInfo(pdfPath).completeBaseName()));
        }
        painter.drawImage(target, image);
    }
    if (!painter.end())
        return fail(tr("The printer “%1” does not answer. Is it switched on?")
                        .arg(m_printer.isEmpty() ? m_file : m_printer));
    qCInfo(lcUi).noquote() << "Printed" << pdfPath << "on"
                           << (m_printer.isEmpty() ? m_file : m_printer);
    return true;
}

} // namespace Dorfplatz
