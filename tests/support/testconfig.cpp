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

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

QStringList issueTexts(const ConfigIssues &issues)
{
    QStringList texts;
    for (const ConfigIssue &issue : issues)
        texts.append(issue.toString());
    return texts;
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

QJsonObject TestConfigDir::defaultStreams()
{
    return QJsonObject{
        {u"version"_s, 1},
        {u"streams"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"swr4"_s},
                                {u"name"_s, u"SWR4"_s},
                                {u"kind"_s, u"radio"_s},
                                {u"urls"_s, QJsonArray{u"http://127.0.0.1:9/swr4.mp3"_s}}}}},
    };
}

QJsonObject TestConfigDir::defaultTilesWith(int index, const QString &key, const QJsonValue &value)
{
    QJsonObject tiles = defaultTiles();
    QJsonArray list = tiles.value(u"tiles"_s).toArray();
    QJsonObject tile = list.at(index).toObject();
    tile.insert(key, value);
    list.replace(index, tile);
    tiles.insert(u"tiles"_s, list);
    return tiles;
}

void TestConfigDir::writeJson(const QString &name, const QJsonObject &object) const
{
    writeText(name, QJsonDocument(object).toJson());
}

bool TestConfigDir::writeText(const QString &name, const QByteArray &content) const
{
    return writeFile(QDir(path()).filePath(name), content);
}

void TestConfigDir::writeDefaults() const
{
    writeJson(u"kiosk.json"_s, defaultKiosk());
    writeJson(u"tiles.json"_s, defaultTiles());
    writeJson(u"streams.json"_s, defaultStreams());
}

void TestConfigDir::copyFrom(const QString &directory) const
{
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = QDir(directory).relativeFilePath(file);
        writeText(relative, readFile(file));
    }
}

} // namespace Dorfplatz::Test
