#pragma once

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace Dorfplatz {

// A page or two the kiosk prints or saves as PDF: the week's plan for the corridor, an
// invitation to a video visit. Each draws itself with QPainter onto any paged device, so the PDF
// file (QPdfWriter) and the printer (QPrinter, in the UI layer) get the same pages.
class PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintDocument)

public:
    virtual ~PrintDocument();

    // Sets the page size, orientation and margins on `device`, then draws every page.
    virtual void render(QPagedPaintDevice *device) const = 0;
    // The PDF's title and the start of its file name ("Wochenplan 7.–13. Dezember 2026").
    virtual QString title() const = 0;

    // Writes the PDF (300 dpi, title and creator set) to a temporary file beside `path`, then
    // renames it: `path` is never half a PDF. False and *error (plain German) when it cannot.
    bool writePdf(const QString &path, QString *error) const;
};

} // namespace Dorfplatz
