#include "usagecounts.h"

#include "core/db/database.h"
#include "core/logging.h"

#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

using Kind = UsageCounts::Kind;

constexpr std::array<Kind, UsageCounts::kindCount> allKinds = {
    Kind::SessionHeld, Kind::SessionMissed, Kind::StreamPlayed, Kind::CallMade,
    Kind::VisitHeld,   Kind::VisitMissed,   Kind::EventsOpened,
};

std::optional<Kind> kindOf(const QString &key)
{
    for (const Kind kind : allKinds) {
        if (UsageCounts::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

// One report column: a count, or the minutes of a kind.
struct Column
{
    const char16_t *header;
    Kind kind;
    bool minutes;
};

// The district's report layout: the order and the German headers are what the office expects.
constexpr Column columns[] = {
    {u"Programmpunkte gehalten", Kind::SessionHeld, false},
    {u"Programmpunkte ausgefallen", Kind::SessionMissed, false},
    {u"Sender gespielt", Kind::StreamPlayed, false},
    {u"Sender Minuten", Kind::StreamPlayed, true},
    {u"Anrufe", Kind::CallMade, false},
    {u"Anrufe Minuten", Kind::CallMade, true},
    {u"Videobesuche", Kind::VisitHeld, false},
    {u"Videobesuche Minuten", Kind::VisitHeld, true},
    {u"Videobesuche nicht zustande gekommen", Kind::VisitMissed, false},
    {u"Was ist los? geöffnet", Kind::EventsOpened, false},
};

} // namespace

UsageCounts::UsageCounts(Database &database)
    : m_database(database)
{}

QString UsageCounts::key(Kind kind)
{
    switch (kind) {
    case Kind::SessionHeld:
        return u"session-held"_s;
    case Kind::SessionMissed:
        return u"session-missed"_s;
    case Kind::StreamPlayed:
        return u"stream-played"_s;
    case Kind::CallMade:
        return u"call-made"_s;
    case Kind::VisitHeld:
        return u"visit-held"_s;
    case Kind::VisitMissed:
        return u"visit-missed"_s;
    case Kind::EventsOpened:
        return u"events-opened"_s;
    }
    return {}; // not reached: every kind has its key above
}

QString UsageCounts::monthKey(QDate date)
{
    return u"%1-%2"_s.arg(date.year(), 4, 10, QChar(u'0')).arg(date.month(), 2, 10, QChar(u'0'));
}

bool UsageCounts::add(Kind kind, QDate day, std::chrono::seconds duration, QString *error)
{
    if (!day.isValid()) {
        if (error)
            *error = tr("The use could not be counted: the date is missing.");
        return false;
    }
    QSqlQuery query(m_database.connection());
    bool ok = query.prepare(u"INSERT INTO usage_counts (month, kind, count, seconds) "
                            "VALUES (?, ?, 1, ?) ON CONFLICT (month, kind) DO UPDATE SET "
                            "count = count + 1, seconds = seconds + excluded.seconds"_s);
    if (ok) {
        query.addBindValue(monthKey(day));
        query.addBindValue(key(kind));
        query.addBindValue(qint64(std::max(duration.count(), std::chrono::seconds::rep(0))));
        ok = query.exec();
    }
    if (!ok) {
        const QString why = Database::errorText(query.lastError());
        qCWarning(lcDb).noquote() << "usage not counted:" << why;
        if (error)
            *error = tr("The use could not be counted (%1).").arg(why);
    }
    return ok;
}

QList<UsageCounts::MonthCounts> UsageCounts::months(QDate from, QDate to, QString *error) const
{
    QList<MonthCounts> list;
    if (!from.isValid() || !to.isValid())
        return list;
    const QDate first(from.year(), from.month(), 1);
    const QDate last(to.year(), to.month(), 1);
    if (first > last)
        return list;

    QSqlQuery query(m_database.connection());
    bool ok = query.prepare(u"SELECT month, kind, count, seconds FROM usage_counts "
                            "WHERE month BETWEEN ? AND ?"_s);
    if (ok) {
        query.addBindValue(monthKey(first));
        query.addBindValue(monthKey(last));
        ok = query.exec();
    }
    if (!ok) {
        if (error)
            *error = tr("The usage counts could not be read (%1).")
                         .arg(Database::errorText(query.lastError()));
        return list;
    }

    QHash<QString, qsizetype> index; // month key -> position in list
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        index.insert(monthKey(month), list.size());
        MonthCounts counts;
        counts.month = month;
        list.append(counts);
    }
    while (query.next()) {
        const auto position = index.constFind(query.value(0).toString());
        const std::optional<Kind> kind = kindOf(query.value(1).toString());
        if (position == index.constEnd() || !kind)
            continue;
        KindCounts &counts = list[*position][*kind];
        counts.count = query.value(2).toLongLong();
        counts.seconds = query.value(3).toLongLong();
    }
    return list;
}

QString UsageCounts::csv(const QList<MonthCounts> &months)
{
    const auto crlf = u"\r\n"_s;
    QStringList header{u"Monat"_s};
    for (const Column &column : columns)
        header.append(QString::fromUtf16(column.header));
    QString text = header.join(u';') + crlf;
    for (const MonthCounts &month : months) {
        QStringList row{monthKey(month.month)};
        for (const Column &column : columns) {
            const KindCounts &counts = month[column.kind];
            row.append(QString::number(column.minutes ? counts.minutes() : counts.count));
        }
        text += row.join(u';') + crlf;
    }
    return text;
}

bool UsageCounts::writeCsv(const QString &path, const QList<MonthCounts> &months, QString *error)
{
    // The BOM tells Excel the file is UTF-8; without it "geöffnet" comes out garbled.
    const QByteArray data = "\xEF\xBB\xBF" + csv(months).toUtf8();
    QSaveFile file(path); // written beside, fsync'd and renamed on commit: never half a report
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        const QString why = file.errorString();
        file.cancelWriting();
        if (error)
            *error = tr("The report %1 could not be written (%2).").arg(path, why);
        return false;
    }
    return true;
}

} // namespace Dorfplatz
