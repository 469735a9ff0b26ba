#pragma once

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace Dorfplatz::Test {

// Path of a file below tests/data.
QString dataPath(const QString &relative);
// Path of a file below the source tree (e.g. kiosk-config/demo).
QString sourcePath(const QString &relative);

// A configuration directory in a temporary folder, written by the test.
class TestConfigDir
{
public:
    TestConfigDir();

    QString path() const { return m_dir.path(); }
    bool isValid() const { return m_dir.isValid(); }

    // A minimal valid configuration: kiosk.json with defaults and two tiles.
    static QJsonObject defaultKiosk();
    static QJsonObject defaultTiles();

    void writeJson(const QString &name, const QJsonObject &object) const;
    void writeText(const QString &name, const QByteArray &content) const;
    void writeDefaults() const;
    // Copies a configuration directory (e.g. the demo) into this one.
    void copyFrom(const QString &directory) const;

private:
    QTemporaryDir m_dir;
};

} // namespace Dorfplatz::Test
