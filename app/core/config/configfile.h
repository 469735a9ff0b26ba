#pragma once

#include "configissue.h"

#include <QDir>
#include <QJsonObject>

#include <optional>

namespace Dorfplatz {

// Reads one JSON configuration file and returns its top-level object at the current version, or
// nothing with the problems recorded. A file is small: anything over `maxBytes` is refused rather
// than read into memory.
std::optional<QJsonObject> readConfigFile(const QDir &directory, const QString &fileName,
                                          ConfigIssues *issues, qint64 maxBytes = 1024 * 1024);

} // namespace Dorfplatz
