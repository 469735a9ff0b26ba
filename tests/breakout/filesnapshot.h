#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace Dorfplatz::Test {

// What lies below some folders (every file, folder, link; its size and modification time), to
// show that the kiosk wrote nothing outside its data folder: a snapshot before and after an
// attempt, and the difference.
class FileSnapshot final
{
public:
    // Everything below roots, except below the ignored folders.
    static FileSnapshot take(const QStringList &roots, const QStringList &ignored);

    // One line per path that is new, changed or gone since `before`: "new /home/.pki".
    QStringList changesSince(const FileSnapshot &before) const;
    qsizetype size() const { return m_entries.size(); }

private:
    QMap<QString, QString> m_entries; // path -> what it is
};

} // namespace Dorfplatz::Test
