#pragma once

#include <QByteArray>
#include <QString>

namespace Dorfplatz {

// Copies and writes of the kiosk's own files that a power cut never leaves half done: each file
// is written beside its place, fsync'd and renamed (QSaveFile). Sources are opened through
// RegularFile (no FIFO, device or folder) and read in pieces, never whole.
namespace FileCopy {

// Copies `source` to `target`, making the target's folders.
bool copy(const QString &source, const QString &target, QString *error);
// Writes `data` to `path`, making its folders.
bool write(const QString &path, const QByteArray &data, QString *error);
// Whether both are ordinary files with the same bytes.
bool sameContent(const QString &first, const QString &second);
// Reads an ordinary file of at most `maxBytes`; empty and *error when it cannot.
QByteArray read(const QString &path, qint64 maxBytes, QString *error);
// fsync()s a folder, so the renames inside it are on disk too.
bool syncFolder(const QString &path);

} // namespace FileCopy

} // namespace Dorfplatz
