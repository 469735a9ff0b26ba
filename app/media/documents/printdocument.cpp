#include "printdocument.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

PrintDocument::~PrintDocument() = default;

bool PrintDocument::writePdf(const QString &path, QString *error) const
{
    const QFileInfo target(path);
    QSaveFile file(path); // beside `path`, fsync'd and renamed on commit
    if (!QDir().mkpath(target.absolutePath()) || !file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("“%1” cannot be written: %2").arg(target.fileName(), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title());
        writer.setCreator(u"Dorfplatz"_s);
        render(&writer); // the document is complete once render's painter has ended
    }
    if (file.error() != QFileDevice::NoError || file.size() == 0 || !file.commit()) {
        if (error)
            *error = tr("“%1” cannot be written: %2").arg(target.fileName(), file.errorString());
        return false;
    }
    return true;
}

} // namespace Dorfplatz
