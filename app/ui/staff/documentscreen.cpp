#include "documentscreen.h"

#include "core/files/filecopy.h"
#include "core/files/stickfile.h"
#include "core/files/usbsticks.h"
#include "documentprinter.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

DocumentScreen::DocumentScreen(const Theme &theme, const DocumentShelf &shelf, UsbSticks *sticks,
                               std::shared_ptr<const DocumentPrinter> printer, QWidget *parent)
    : StaffScreen(theme, tr("Documents"), parent)
    , m_shelf(shelf)
    , m_sticks(sticks)
    , m_printer(std::move(printer))
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_rows(new PagedRows(theme))
{
    content()->addWidget(m_message);
    content()->addWidget(m_rows, 1);
    if (m_sticks)
        connect(m_sticks, &UsbSticks::sticksChanged, this, &DocumentScreen::reload);
    reload();
}

QString DocumentScreen::screenName() const
{
    return u"staff-documents"_s;
}

void DocumentScreen::activated()
{
    reload();
}

void DocumentScreen::showMade(const QString &message)
{
    reload();
    m_message->setText(message);
}

void DocumentScreen::reload()
{
    const QList<DocumentShelf::Document> documents = m_shelf.documents();
    const bool stick = m_sticks && !m_sticks->sticks().isEmpty();
    const bool printer = m_printer && m_printer->available();
    if (documents.isEmpty())
        m_message->setText(tr("No documents yet. Week plans are made under “Week”, day plans "
                              "under “Today”."));
    else if (!stick && !printer)
        m_message->setText(tr("Plug in a USB stick to take a document with you."));
    else
        m_message->clear();
    QList<QWidget *> rows;
    for (const DocumentShelf::Document &document : documents) {
        auto *row = new QWidget;
        row->setObjectName(u"document-"_s + document.title);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins({});
        layout->setSpacing(theme().px(Theme::gapMm));
        QLabel *text = textLabel(theme(), Theme::TextRole::Staff, u"text"_s, nullptr,
                                 {Qt::AlignLeft | Qt::AlignVCenter});
        text->setText(u"%1\n%2"_s.arg(document.title, tr("made %1").arg(QLocale().toString(
                                                          document.made, QLocale::ShortFormat))));
        layout->addWidget(text, 1);
        if (stick) {
            BigButton *save = staffButton(tr("Save on USB stick"), u"save"_s);
            connect(save, &BigButton::clicked, this, [this, document] { this->save(document); });
            layout->addWidget(save);
        }
        if (printer) {
            BigButton *printButton = staffButton(tr("Print"), u"print"_s);
            connect(printButton, &BigButton::clicked, this,
                    [this, document] { this->print(document); });
            layout->addWidget(printButton);
        }
        rows.append(row);
    }
    m_rows->setRows(rows);
}

void DocumentScreen::save(const DocumentShelf::Document &document)
{
    if (!m_sticks || m_sticks->sticks().isEmpty()) {
        m_message->setText(tr("Plug in a USB stick to take a document with you."));
        return;
    }
    // The first stick: a second one plugged in at the same time is rare in the room.
    const UsbSticks::Stick stick = m_sticks->sticks().constFirst();
    StickFile target(stick.path, stick.name, DocumentShelf::fileNameFor(document.title), u".pdf"_s,
                     QFileInfo(document.path).size());
    if (!target.choose()) {
        m_message->setText(target.problem());
        return;
    }
    QString error;
    if (!FileCopy::copy(document.path, target.path(), &error)) {
        m_message->setText(target.explainFailure(error));
        return;
    }
    // An invitation's calendar file goes along under the same name, so the relative finds both
    // together ("Videobesuch … .pdf" and "… .ics").
    const QString ics = DocumentShelf::companionIcs(document.path);
    if (QFileInfo(ics).isFile()) {
        if (!FileCopy::copy(ics, DocumentShelf::companionIcs(target.path()), &error)) {
            m_message->setText(target.explainFailure(error));
            return;
        }
        m_message->setText(tr("Saved on the stick “%1” as “%2”, with its calendar file.")
                               .arg(stick.name, target.name()));
        return;
    }
    m_message->setText(tr("Saved on the stick “%1” as “%2”.").arg(stick.name, target.name()));
}

void DocumentScreen::print(const DocumentShelf::Document &document)
{
    QString error;
    if (!m_printer || !m_printer->print(document.path, &error)) {
        m_message->setText(error);
        return;
    }
    m_message->setText(
        m_printer->printerName().isEmpty()
            ? tr("“%1” is being printed.").arg(document.title)
            : tr("“%1” is being printed on “%2”.").arg(document.title, m_printer->printerName()));
}

BigButton *DocumentScreen::button(const QString &title, const QString &which) const
{
    for (QWidget *row : m_rows->rows()) {
        if (row->objectName() == u"document-"_s + title)
            return row->findChild<BigButton *>(which);
    }
    return nullptr;
}

} // namespace Dorfplatz
