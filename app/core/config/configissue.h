#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dorfplatz {

// One problem found in a configuration file. Core keeps it typed; message() turns it into plain
// words (translated), so the kiosk, --check-config and later the guide editor say the same thing.
struct ConfigIssue
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::ConfigIssue)

public:
    enum class Kind
    {
        FileMissing,        // args: -
        FileUnreadable,     // args: reason
        FileTooLarge,       // args: size in KiB, limit in KiB
        InvalidJson,        // args: JsonProblem::toArgs() (parse error, line, column)
        NotAnObject,        // args: -
        MissingField,       // args: -
        WrongType,          // args: expected type, actual type (see typeName())
        UnknownField,       // args: -
        InvalidChoice,      // args: value, allowed values joined with ", "
        OutOfRange,         // args: value, minimum, maximum
        InvalidTime,        // args: value
        EmptyText,          // args: -
        TextTooLong,        // args: length, maximum
        InvalidId,          // args: value
        DuplicateId,        // args: value, path of the first use
        PictureNotFound,    // args: file name
        PictureOutside,     // args: file name
        PictureFormat,      // args: file name
        UnknownIcon,        // args: icon name, known icon names
        VersionTooNew,      // args: version, newest supported version
        NoTiles,            // args: -
        UnknownTarget,      // args: target id, file that should define it
        InvalidUrl,         // args: value
        MediaNotFound,      // args: file name
        CalendarNotFound,   // args: file name
        VolumeOrder,        // args: minimum, default, maximum
        NoContacts,         // args: -
        OneOfRequired,      // args: field, other field
        OnlyOneOf,          // args: field, other field
        ServerMissing,      // args: -
        InvalidServer,      // args: value
        InvalidRoom,        // args: value
        InvalidRoomUrl,     // args: value
        InsecureAddress,    // args: value
        InvalidRoomSizeUrl, // args: value
        EmptyHours,         // args: start, end
        NotAFile,           // args: - (a folder, a FIFO, a device: refused before it is opened)
        PictureTooLarge,    // args: file name, size in MB, limit in MB
        PathOutside,        // args: file name (a relative path leading out, by .. or a link)
        FolderMissing,      // args: folder (file empty: the whole configuration is missing)
    };

    QString file;
    QString path; // e.g. "tiles[3].picture"; empty for the file as a whole
    Kind kind = Kind::FileMissing;
    QStringList args;

    QString message() const; // the problem in plain words
    // "tiles.json: tiles[3].picture: file "oma.png" not found"; the message alone without a file.
    QString toString() const;

    // Names of JSON value types as used in WrongType messages.
    static QString typeName(const QString &jsonType);

    bool operator==(const ConfigIssue &) const = default;
};

using ConfigIssues = QList<ConfigIssue>;

} // namespace Dorfplatz
