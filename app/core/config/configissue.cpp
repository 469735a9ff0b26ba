#include "configissue.h"

#include "jsonproblem.h"

#include <QCoreApplication>

namespace Dorfplatz {

namespace {

using namespace Qt::StringLiterals;

QString arg(const QStringList &args, qsizetype index)
{
    return args.value(index);
}

} // namespace

QString ConfigIssue::typeName(const QString &jsonType)
{
    if (jsonType == u"string")
        return tr("text");
    if (jsonType == u"number")
        return tr("a number");
    if (jsonType == u"integer")
        return tr("a whole number");
    if (jsonType == u"bool")
        return tr("true or false");
    if (jsonType == u"array")
        return tr("a list");
    if (jsonType == u"object")
        return tr("an object");
    if (jsonType == u"null")
        return tr("empty (null)");
    return jsonType;
}

QString ConfigIssue::message() const
{
    switch (kind) {
    case Kind::FileMissing:
        return tr("file is missing");
    case Kind::FileUnreadable:
        return tr("file cannot be read (%1)").arg(arg(args, 0));
    case Kind::FileTooLarge:
        return tr("file is too large (%1 KiB; at most %2 KiB)").arg(arg(args, 0), arg(args, 1));
    case Kind::InvalidJson:
        return JsonProblem::fromArgs(args).message();
    case Kind::NotAnObject:
        return tr("must be a JSON object { … }");
    case Kind::MissingField:
        return tr("is required but missing");
    case Kind::WrongType:
        return tr("must be %1, not %2").arg(typeName(arg(args, 0)), typeName(arg(args, 1)));
    case Kind::UnknownField:
        return tr("unknown field (check the spelling)");
    case Kind::InvalidChoice:
        return tr("\"%1\" is not allowed; use one of: %2").arg(arg(args, 0), arg(args, 1));
    case Kind::OutOfRange:
        return tr("%1 is out of range (%2 to %3)").arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case Kind::InvalidTime:
        return tr("\"%1\" is not a time like \"21:00\"").arg(arg(args, 0));
    case Kind::EmptyText:
        return tr("must not be empty");
    case Kind::TextTooLong:
        return tr("is %1 characters long; at most %2 fit").arg(arg(args, 0), arg(args, 1));
    case Kind::InvalidId:
        return tr("\"%1\" is not a valid id (use a-z, 0-9 and -)").arg(arg(args, 0));
    case Kind::DuplicateId:
        return tr("id \"%1\" is used twice (first at %2)").arg(arg(args, 0), arg(args, 1));
    case Kind::PictureNotFound:
        return tr("file \"%1\" not found").arg(arg(args, 0));
    case Kind::PictureOutside:
        return tr("file \"%1\" must be inside the configuration folder").arg(arg(args, 0));
    case Kind::PictureFormat:
        return tr("file \"%1\" is not a PNG, JPEG or SVG picture").arg(arg(args, 0));
    case Kind::UnknownIcon:
        return tr("there is no built-in icon \"%1\"; use one of: %2")
            .arg(arg(args, 0), arg(args, 1));
    case Kind::VersionTooNew:
        return tr("version %1 is newer than this Dorfplatz understands (%2); update Dorfplatz")
            .arg(arg(args, 0), arg(args, 1));
    case Kind::NoTiles:
        return tr("there must be at least one tile");
    case Kind::UnknownTarget:
        return tr("there is no \"%1\" in %2").arg(arg(args, 0), arg(args, 1));
    case Kind::InvalidUrl:
        return tr("\"%1\" is neither a web address (http, https) nor a file").arg(arg(args, 0));
    case Kind::MediaNotFound:
        return tr("media file \"%1\" not found").arg(arg(args, 0));
    case Kind::CalendarNotFound:
        return tr("calendar file \"%1\" not found").arg(arg(args, 0));
    case Kind::VolumeOrder:
        return tr("the volume must be minimum ≤ default ≤ maximum, not %1 ≤ %2 ≤ %3")
            .arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case Kind::NoContacts:
        return tr("there must be at least one contact");
    case Kind::OneOfRequired:
        return tr("needs \"%1\" or \"%2\"").arg(arg(args, 0), arg(args, 1));
    case Kind::OnlyOneOf:
        return tr("give \"%1\" or \"%2\", not both").arg(arg(args, 0), arg(args, 1));
    case Kind::ServerMissing:
        return tr("a room needs a \"server\": give it here or at the top of the file");
    case Kind::InvalidServer:
        return tr("\"%1\" is not the address of a server, like https://meet.example.org/")
            .arg(arg(args, 0));
    case Kind::InvalidRoom:
        return tr("\"%1\" is not a valid room name (use letters, digits, -, _ and .)")
            .arg(arg(args, 0));
    case Kind::InvalidRoomUrl:
        return tr("\"%1\" is not the address of a room, like https://meet.example.org/room-name")
            .arg(arg(args, 0));
    case Kind::InsecureAddress:
        return tr("\"%1\" must start with https:// (calls need a secure connection)")
            .arg(arg(args, 0));
    case Kind::InvalidRoomSizeUrl:
        return tr("\"%1\" is not a web address with {room} in it, like "
                  "https://meet.example.org/room-size?room={room}&domain={domain}")
            .arg(arg(args, 0));
    case Kind::EmptyHours:
        return tr("from %1 to %2 is no time at all; the end must differ from the start")
            .arg(arg(args, 0), arg(args, 1));
    case Kind::NotAFile:
        return tr("is not an ordinary file (but a folder, a pipe or a device); it is not read");
    case Kind::PictureTooLarge:
        return tr("the picture \"%1\" is too large (%2 MB; at most %3 MB)")
            .arg(arg(args, 0), arg(args, 1), arg(args, 2));
    case Kind::PathOutside:
        return tr("\"%1\" leads out of the configuration folder; give a file elsewhere with its "
                  "full path")
            .arg(arg(args, 0));
    case Kind::FolderMissing:
        return tr("The folder %1 does not exist: check the path").arg(arg(args, 0));
    }
    return {};
}

QString ConfigIssue::toString() const
{
    if (file.isEmpty())
        return message();
    if (path.isEmpty())
        return file + u": "_s + message();
    return file + u": "_s + path + u": "_s + message();
}

} // namespace Dorfplatz
