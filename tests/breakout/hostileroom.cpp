#include "hostileroom.h"

#include "support/testconfig.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Dorfplatz::Test {

HostileRoom::HostileRoom(QObject *parent)
    : QObject(parent)
    , m_http(&m_room.http())
{
    connect(m_http, &HttpServer::requested, this, &HostileRoom::onRequest);
}

bool HostileRoom::listen()
{
    const QByteArray room =
        readFile(QDir(StandInRoom::defaultDataDirectory()).filePath(u"room.html"_s));
    const QByteArray script = readFile(sourcePath(u"tests/breakout/attack.js"_s));
    if (room.isEmpty() || script.isEmpty() || !room.contains("</body>"))
        return false;
    m_page = room;
    m_page.replace("</body>", "<script src=\"/breakout/attack.js\"></script>\n</body>");
    m_room.http().addContent(u"/breakout/attack.js"_s, "application/javascript", script);
    m_room.http().addContent(u"/breakout/next"_s, "application/json", "{\"id\": 0}");
    return m_room.listen();
}

void HostileRoom::addRoom(const QString &name)
{
    m_room.http().addContent(u'/' + name, "text/html; charset=utf-8", m_page);
}

int HostileRoom::arm(const QString &attack)
{
    const int id = ++m_nextId;
    m_room.http().addContent(u"/breakout/next"_s, "application/json",
                             u"{\"id\": %1, \"attack\": \"%2\"}"_s.arg(id).arg(attack).toUtf8());
    return id;
}

std::optional<QString> HostileRoom::outcome(int id) const
{
    const auto it = m_outcomes.constFind(id);
    if (it == m_outcomes.cend())
        return std::nullopt;
    return it.value();
}

int HostileRoom::pageHides(const QString &room) const
{
    return m_http->requestCount(u"/breakout/pagehide/"_s + room);
}

void HostileRoom::onRequest(const QString &path)
{
    const QStringList parts = path.split(u'/');
    // "", "breakout", "armed"|"done", id[, outcome]
    if (parts.size() < 4 || parts.at(1) != u"breakout"_s)
        return;
    bool ok = false;
    const int id = parts.at(3).toInt(&ok);
    if (!ok)
        return;
    if (parts.at(2) == u"armed"_s && !m_armed.contains(id))
        m_armed.append(id);
    else if (parts.at(2) == u"done"_s && parts.size() >= 5)
        m_outcomes.insert(id, parts.mid(4).join(u'/'));
}

} // namespace Dorfplatz::Test
