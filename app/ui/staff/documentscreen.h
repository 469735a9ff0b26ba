#pragma once

#include "core/files/documentshelf.h"
#include "ui/kit/staffscreen.h"

#include <memory>

class QLabel;

namespace Dorfplatz {

class BigButton;
class DocumentPrinter;
class PagedRows;
class UsbSticks;

// Staff's "Dokumente": the plans and invitations the kiosk made, newest first, each with "Auf
// USB-Stick speichern" (while a stick is plugged in) and "Drucken" (when a printer is set up).
// A document just made comes first, with a line saying so. Nothing is sent over the internet.
class DocumentScreen final : public StaffScreen
{
    Q_OBJECT

public:
    // `sticks` and `printer` may be null (none on this kiosk).
    DocumentScreen(const Theme &theme, const DocumentShelf &shelf, UsbSticks *sticks,
                   std::shared_ptr<const DocumentPrinter> printer, QWidget *parent = nullptr);

    QString screenName() const override;

    // After a document was made: the list again, with `message` above it.
    void showMade(const QString &message);

    // For tests.
    QLabel *message() const { return m_message; }
    PagedRows *rows() const { return m_rows; }
    // The button of the document titled `title` ("save" or "print"), or nullptr.
    BigButton *button(const QString &title, const QString &which) const;

protected:
    void activated() override;

private:
    void reload();
    void save(const DocumentShelf::Document &document);
    void print(const DocumentShelf::Document &document);

    const DocumentShelf &m_shelf;
    UsbSticks *m_sticks;
    std::shared_ptr<const DocumentPrinter> m_printer;
    QLabel *m_message;
    PagedRows *m_rows;
};

} // namespace Dorfplatz
