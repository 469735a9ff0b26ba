#include "configfile.h"

#include "configmigrator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Dorfplatz {

std::optional<QJsonObject> readConfigFile(const QDir &directory, const QString &fileName,
                                          ConfigIssues *issues, qint64 maxBytes)
{
    QFile file(directory.filePath(fileName));
    if (!file.exists()) {
        issues->append({fileName, {}, ConfigIssue::Kind::FileMissing, {}});
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        issues->append(
            {fileName,
             {},
             ConfigIssue::Kind::FileTooLarge,
             {QString::number((file.size() + 1023) / 1024), QString::number(maxBytes / 1024)}});
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        issues->append({fileName, {}, ConfigIssue::Kind::FileUnreadable, {file.errorString()}});
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(maxBytes), &error);
    if (error.error != QJsonParseError::NoError) {
        issues->append({fileName,
                        {},
                        ConfigIssue::Kind::InvalidJson,
                        {error.errorString(), QString::number(error.offset)}});
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
