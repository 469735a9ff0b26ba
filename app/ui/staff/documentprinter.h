#pragma once

#include <QCoreApplication>
#include <QString>

namespace Dorfplatz {

// Prints a PDF the kiosk made (DocumentShelf) on the home's printer, through CUPS and Qt's print
// support: the pages are drawn with QtPdf at 300 dpi onto the printer, so a plan printed now and
// an invitation printed next week take the same way. The printer is CUPS's default, else the
// first it knows; none set up means none offered.
//
// DORFPLATZ_PRINT_TO_FILE names a PDF file that stands in for the printer: the same QPrinter
// path, with Qt's PDF output instead of CUPS (the tests; an administrator trying it without
// paper).
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)

public:
    DocumentPrinter();

    bool available() const { return !m_printer.isEmpty() || !m_file.isEmpty(); }
    // The printer's name as CUPS describes it, for "Drucken auf …"; empty when printing to a file.
    QString printerName() const { return m_printer; }

    // Prints every page of `pdfPath`; false and *error (plain German) when it cannot.
    bool print(const QString &pdfPath, QString *error) const;

private:
    QString m_printer;
    QString m_file;
};

} // namespace Dorfplatz
