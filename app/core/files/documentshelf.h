#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Dorfplatz {

// The documents the kiosk made for staff (week plans, invitations to video visits), kept as PDF
// files in <data>/documents until someone saves them on a USB stick or prints them, and after:
// a document made on a day without stick or printer is still there the next day. The newest
// `keep` files stay, older ones go. Nothing here is sent anywhere.
class DocumentShelf
{
    Q_DECLARE_TR_FUNCTIONS(DocumentShelf)

public:
    struct Document
    {
        QString path;
        QString title; // the file name without ".pdf"
        QDateTime made;

        bool operator==(const Document &) const = default;
    };

    static constexpr int defaultKeep = 50;

    explicit DocumentShelf(QString folder, int keep = defaultKeep);

    QString folder() const { return m_folder; }

    // A free path for a new document called `title`: "<title>.pdf", else "<title> (2).pdf" and
    // so on. Characters FAT sticks refuse (":", "/", "?", …) become "-".
    QString newPath(const QString &title) const;
    // The PDF files on the shelf, newest first.
    QList<Document> documents() const;
    // Removes all but the newest `keep` documents.
    void prune() const;

    // The title as a file name every stick takes.
    static QString fileNameFor(const QString &title);
    // The calendar file that belongs to the PDF at `pdfPath` (a visit's invitation): the same
    // name ending in ".ics". It travels and goes with its PDF.
    static QString companionIcs(const QString &pdfPath);

private:
    QString m_folder;
    int m_keep;
};

} // namespace Dorfplatz
