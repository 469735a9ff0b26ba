#include "standinroom.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Dorfplatz::Test {

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

StandInRoom::StandInRoom(QObject *parent)
    : StandInRoom(defaultDataDirectory(), parent)
{}

StandInRoom::StandInRoom(const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , m_directory(dataDirectory)
{}

StandInRoom::~StandInRoom() = default;

QString StandInRoom::defaultDataDirectory()
{
    const QString testData = qEnvironmentVariable("DORFPLATZ_TEST_DATA");
    return QDir(testData.isEmpty() ? QStringLiteral(DORFPLATZ_TEST_DATA_DIR) : testData)
        .filePath(u"calls"_s);
}

bool StandInRoom::listen()
{
    const QByteArray api = readFile(QDir(m_directory).filePath(u"external_api.js"_s));
    m_roomPage = readFile(QDir(m_directory).filePath(u"room.html"_s));
    const QByteArray whitelist = readFile(whitelistPath());
    if (api.isEmpty() || m_roomPage.isEmpty() || whitelist.isEmpty())
        return false;
    m_http.addContent(u"/external_api.js"_s, "application/javascript", api);
    m_http.addContent(u"/whitelist.json"_s, "application/json", whitelist);
    // In the page too: fetching it would add a request before the own picture (bench_calls).
    m_roomPage.replace("/*STANDIN_WHITELIST*/null", whitelist.trimmed());
    return m_http.port() != 0 ? m_http.listen(m_http.port()) : m_http.listen();
}

QUrl StandInRoom::server() const
{
    return m_http.url(u"/"_s);
}

void StandInRoom::addRoom(const QString &name)
{
    m_http.addContent(u'/' + name.section(u'?', 0, 0), "text/html; charset=utf-8", m_roomPage);
}

void StandInRoom::close()
{
    m_http.close();
}

int StandInRoom::recorded(const QString &what, const QString &room) const
{
    return m_http.requestCount(u"/standin/"_s + what + u'/' + room.section(u'?', 0, 0));
}

QString StandInRoom::lastRecord(const QString &what, const QString &room) const
{
    return m_http.lastQuery(u"/standin/"_s + what + u'/' + room.section(u'?', 0, 0));
}

QString StandInRoom::whitelistPath() const
{
    return QDir(m_directory).filePath(u"whitelist.json"_s);
}

} // namespace Dorfplatz::Test
