#pragma once

#include <QString>

namespace Dorfplatz {

// Makes sure `path` is a folder only its owner can enter (mode 0700): the data folder holds the
// database, the events cache and the web profile of the calls (cookies, the family's rooms).
// Creates missing parent folders as usual and the folder itself with 0700; an existing folder
// that others can read is tightened to 0700. Returns false, with the reason in *error, when the
// folder cannot be created or is not a folder.
bool ensurePrivateDir(const QString &path, QString *error);

} // namespace Dorfplatz
