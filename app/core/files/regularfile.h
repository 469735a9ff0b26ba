#pragma once

#include <QString>

class QFile;

namespace Dorfplatz {

// Reading a file that a configuration or a feed names, without trusting what it is: open() on a
// FIFO blocks until someone writes, a device or /proc file has no end, a folder has no data, and
// a multi-GB file must not be read into memory. Each is refused by stat() before a byte is read.
class RegularFile
{
public:
    enum class Status
    {
        Ok,
        Missing,
        NotRegular, // a folder, a FIFO, a socket or a device
        TooLarge,
        Unreadable
    };

    struct Info
    {
        Status status = Status::Missing;
        qint64 size = 0; // bytes, when the file exists
        QString error;   // for Unreadable: the system's reason
    };

    // stat() only (following links). maxBytes < 0: no limit.
    static Info check(const QString &path, qint64 maxBytes = -1);

    // check(), then opens `file` for reading. The descriptor is opened non-blocking and checked
    // again with fstat(), so a FIFO put in place between the two checks is refused too, and
    // never blocks. On anything but Ok, `file` stays closed.
    static Info open(QFile &file, const QString &path, qint64 maxBytes = -1);
};

} // namespace Dorfplatz
