#pragma once

#include "core/config/configissue.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace Dorfplatz::Test {

// Path of a file below tests/data.
QString dataPath(const QString &relative);
// Path of a file below the source tree (e.g. kiosk-config/demo).
QString sourcePath(const QString &relative);

// Whole files, for tests that write fixtures and compare results. writeFile creates the folders.
QByteArray readFile(const QString &path);
bool writeFile(const QString &path, const QByteArray &content);

// The issues as the lines --check-config would print (English source texts in tests).
QStringList issueTexts(const ConfigIssues &issues);

// A configuration directory in a temporary folder, written by the test.
class TestConfigDir
{
public:
    TestConfigDir();

    QString path() const { return m_dir.path(); }
    bool isValid() const { return m_dir.isValid(); }

    // A minimal valid configuration: kiosk.json with defaults, two tiles, one stream.
    static QJsonObject defaultKiosk();
    static QJsonObject defaultTiles();
    // streams.json with the stream "swr4" the default radio tile opens (a loopback URL that no
    // test plays).
    static QJsonObject defaultStreams();
    // defaultTiles() with one field of tiles[index] set (e.g. a picture that is not there).
    static QJsonObject defaultTilesWith(int index, const QString &key, const QJsonValue &value);

    void writeJson(const QString &name, const QJsonObject &object) const;
    bool writeText(const QString &name, const QByteArray &content) const;
    void writeDefaults() const;
    // Copies a configuration directory (e.g. the demo) into this one.
    void copyFrom(const QString &directory) const;

private:
    QTemporaryDir m_dir;
};

} // namespace Dorfplatz::Test
