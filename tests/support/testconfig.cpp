#include "testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dorfplatz::Test {

using namespace Qt::StringLiterals;

QString dataPath(const QString &relative)
{
    return QDir(qEnvironmentVariable("DORFPLATZ_TEST_DATA")).filePath(relative);
}

QString sourcePath(const QString &relative)
{
    return QDir(qEnvironmentVariable("DORFPLATZ_SOURCE_DIR")).filePath(relative);
}

TestConfigDir::TestConfigDir() = default;

QJsonObject TestConfigDir::defaultKiosk()
{
    return QJsonObject{{u"version"_s, 1}};
}

QJsonObject TestConfigDir::defaultTiles()
{
    return QJsonObject{
        {u"version"_s, 1},
        {u"tiles"_s,
         QJsonArray{
             QJsonObject{{u"id"_s, u"radio"_s},
                         {u"kind"_s, u"stream"_s},
                         {u"label"_s, u"Radio"_s},
                         {u"target"_s, u"swr4"_s}},
             QJsonObject{
                 {u"id"_s, u"events"_s}, {u"kind"_s, u"events"_s}, {u"label"_s, u"Was ist los?"_s}},
         }},
    };
}

void TestConfigDir::writeJson(const QString &name, const QJsonObject &object) const
{
    writeText(name, QJsonDocument(object).toJson());
}

void TestConfigDir::writeText(const QString &name, const QByteArray &content) const
{
    const QString file = QDir(path()).filePath(name);
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile out(file);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(content);
}

void TestConfigDir::writeDefaults() const
{
    writeJson(u"kiosk.json"_s, defaultKiosk());
    writeJson(u"tiles.json"_s, defaultTiles());
}

void TestConfigDir::copyFrom(const QString &directory) const
{
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(directory).relativeFilePath(file);
        QFile in(file);
        if (in.open(QIODevice::ReadOnly))
            writeText(relative, in.readAll());
    }
}

} // namespace Dorfplatz::Test
