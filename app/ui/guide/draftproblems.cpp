#include "draftproblems.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

DraftProblems::DraftProblems(const ConfigDraft &draft, const ConfigIssues &issues)
    : m_draft(draft)
    , m_issues(issues)
{}

DraftProblems::Located DraftProblems::locate(const ConfigIssue &issue) const
{
    static const QRegularExpression entry(u"^(\\w+)\\[(\\d+)\\]\\.?(.*)$"_s);
    Located where;
    where.field = issue.path;
    for (auto list : {ConfigDraft::List::Tiles, ConfigDraft::List::Streams,
                      ConfigDraft::List::Contacts, ConfigDraft::List::Feeds}) {
        if (issue.file != ConfigDraft::fileOf(list))
            continue;
        const QRegularExpressionMatch match = entry.match(issue.path);
        if (match.hasMatch() && match.captured(1) == ConfigDraft::keyOf(list)) {
            where.list = list;
            where.index = match.captured(2).toInt();
            where.field = match.captured(3);
        }
    }
    return where;
}

QString DraftProblems::thing(const Located &where) const
{
    if (!where.list)
        return {};
    const QJsonObject entry = m_draft.entries(*where.list).at(where.index).toObject();
    const QString name =
        entry.value(*where.list == ConfigDraft::List::Tiles ? u"label"_s : u"name"_s).toString();
    const QString shown = name.isEmpty() ? QString::number(where.index + 1) : u"„%1“"_s.arg(name);
    switch (*where.list) {
    case ConfigDraft::List::Tiles:
        return tr("Tile %1").arg(shown);
    case ConfigDraft::List::Streams:
        return tr("Station %1").arg(shown);
    case ConfigDraft::List::Contacts:
        return tr("Contact %1").arg(shown);
    case ConfigDraft::List::Feeds:
        return tr("Calendar %1").arg(shown);
    }
    return {};
}

QString DraftProblems::fieldName(const QString &key)
{
    const QString base = key.section(u'[', 0, 0).section(u'.', 0, 0);
    if (base == u"label")
        return tr("Label");
    if (base == u"picture")
        return tr("Picture");
    if (base == u"target" || base == u"kind")
        return tr("Opens");
    if (base == u"name")
        return tr("Name");
    if (base == u"urls")
        return tr("Address");
    if (base == u"logo")
        return tr("Logo");
    if (base == u"volume")
        return tr("Volume");
    if (base == u"homeName")
        return tr("Name of the home");
    if (base == u"textScale")
        return tr("Text size");
    if (base == u"theme")
        return tr("Colours");
    if (base == u"inactivityTimeoutSeconds")
        return tr("Back to the start");
    if (base == u"nightHours")
        return tr("Night");
    if (base == u"tapSound")
        return tr("Tap sound");
    if (base == u"speech" || base == u"readAloud" || base == u"announcements" || base == u"rate")
        return tr("Read aloud");
    if (base == u"room" || base == u"roomUrl" || base == u"server")
        return tr("Room");
    if (base == u"displayName")
        return tr("Name in the room");
    if (base == u"roomPassword" || base == u"jwt")
        return tr("Password");
    if (base == u"ring" || base == u"ringHours")
        return tr("Ringing");
    if (base == u"autoAnswerSeconds" || base == u"autoAnswerHours")
        return tr("Answering by itself");
    if (base == u"interruptsSessions")
        return tr("During a group session");
    if (base == u"url")
        return tr("Address");
    if (base == u"attribution")
        return tr("Source");
    if (base == u"places")
        return tr("Places");
    if (base == u"categories")
        return tr("Categories");
    return key;
}

QStringList DraftProblems::lines() const
{
    QStringList lines;
    for (const ConfigIssue &issue : m_issues) {
        const Located where = locate(issue);
        QStringList parts;
        if (where.list)
            parts.append(thing(where));
        else if (issue.file == ConfigLoader::kioskFile)
            parts.append(tr("Appearance"));
        else
            parts.append(issue.file);
        if (!where.field.isEmpty())
            parts.append(fieldName(where.field));
        lines.append(u"• "_s + parts.join(u", "_s) + u": "_s + issue.message());
    }
    return lines;
}

QStringList DraftProblems::forEntry(ConfigDraft::List list, int index) const
{
    QStringList found;
    for (const ConfigIssue &issue : m_issues) {
        const Located where = locate(issue);
        if (where.list == list && where.index == index) {
            found.append(where.field.isEmpty()
                             ? issue.message()
                             : fieldName(where.field) + u": "_s + issue.message());
        }
    }
    return found;
}

} // namespace Dorfplatz
