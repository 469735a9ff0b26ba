#include "configfile.h"

#include "configmigrator.h"
#include "core/files/regularfile.h"
#include "jsonproblem.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Dorfplatz {

std::optional<QJsonObject> readConfigFile(const QDir &directory, const QString &fileName,
                                          ConfigIssues *issues, qint64 maxBytes)
{
    // By stat() before it is opened: a FIFO must not block the start, a device or a huge file
    // must not be read.
    QFile file;
    const RegularFile::Info info = RegularFile::open(file, directory.filePath(fileName), maxBytes);
    switch (info.status) {
    case RegularFile::Status::Ok:
        break;
    case RegularFile::Status::Missing:
        issues->append({fileName, {}, ConfigIssue::Kind::FileMissing, {}});
        return std::nullopt;
    case RegularFile::Status::NotRegular:
        issues->append({fileName, {}, ConfigIssue::Kind::NotAFile, {}});
        return std::nullopt;
    case RegularFile::Status::TooLarge:
        issues->append(
            {fileName,
             {},
             ConfigIssue::Kind::FileTooLarge,
             {QString::number((info.size + 1023) / 1024), QString::number(maxBytes / 1024)}});
        return std::nullopt;
    case RegularFile::Status::Unreadable:
        issues->append({fileName, {}, ConfigIssue::Kind::FileUnreadable, {info.error}});
        return std::nullopt;
    }
    QJsonParseError error;
    const QByteArray bytes = file.read(maxBytes);
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        issues->append({fileName,
                        {},
                        ConfigIssue::Kind::InvalidJson,
                        JsonProblem::locate(bytes, error).toArgs()});
        return std::nullopt;
    }
    if (!document.isObject()) {
        issues->append({fileName, {}, ConfigIssue::Kind::NotAnObject, {}});
        return std::nullopt;
    }
    QJsonObject root = document.object();
    if (!ConfigMigrator::standard().migrate(root, fileName, issues))
        return std::nullopt;
    return root;
}

} // namespace Dorfplatz
