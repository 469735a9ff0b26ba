#include "databasebackup.h"

#include "core/logging.h"
#include "database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression copyName(u"^app-(\\d{4}-\\d{2}-\\d{2})\\.db$"_s);

QString quoted(const QString &path)
{
    return u"'"_s + QString(path).replace(u"'"_s, u"''"_s) + u"'"_s;
}

} // namespace

DatabaseBackup::DatabaseBackup(QString folder, int keep)
    : m_folder(std::move(folder))
    , m_keep(std::max(1, keep))
{}

QStringList DatabaseBackup::copies() const
{
    QStringList names = QDir(m_folder).entryList({u"app-*.db"_s}, QDir::Files, QDir::Name);
    names.removeIf([](const QString &name) { return !copyName.match(name).hasMatch(); });
    std::reverse(names.begin(), names.end()); // the date in the name: newest first
    QStringList paths;
    for (const QString &name : std::as_const(names))
        paths.append(QDir(m_folder).filePath(name));
    return paths;
}

std::optional<QDate> DatabaseBackup::newestDay() const
{
    const QStringList list = copies();
    if (list.isEmpty())
        return std::nullopt;
    const auto match = copyName.match(QFileInfo(list.first()).fileName());
    return QDate::fromString(match.captured(1), Qt::ISODate);
}

bool DatabaseBackup::backUp(Database &database, QDate day, QString *error)
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = u"cannot create %1"_s.arg(m_folder);
        return false;
    }
    const QString target = QDir(m_folder).filePath(u"app-%1.db"_s.arg(day.toString(Qt::ISODate)));
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    QSqlQuery query(database.connection());
    if (!query.exec(u"VACUUM INTO "_s + quoted(partial))) {
        const QString text = Database::errorText(query.lastError());
        QFile::remove(partial);
        qCWarning(lcDb).noquote() << "database backup failed:" << text;
        if (error)
            *error = text;
        return false;
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (error)
            *error = u"cannot rename the copy to %1"_s.arg(target);
        return false;
    }
    const QStringList list = copies();
    for (qsizetype i = m_keep; i < list.size(); ++i)
        QFile::remove(list.at(i));
    qCInfo(lcDb).noquote() << "database backed up to" << target;
    return true;
}

bool DatabaseBackup::isSound(const QString &path, QString *why)
{
    QString error;
    const auto database = Database::open(path, &error, Database::Access::ReadOnly);
    if (!database) {
        if (why)
            *why = error;
        return false;
    }
    QSqlQuery query(database->connection());
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next()) {
        if (why)
            *why = Database::errorText(query.lastError());
        return false;
    }
    const QString result = query.value(0).toString();
    if (why)
        *why = result;
    return result == u"ok";
}

std::optional<DatabaseBackup::Restored> DatabaseBackup::restoreIfDamaged(const QString &path,
                                                                         QString *error) const
{
    QString why;
    if (!QFile::exists(path) || isSound(path, &why))
        return std::nullopt;
    qCWarning(lcDb).noquote() << "the database" << path << "is damaged:" << why;
    for (const QString &copy : copies()) {
        if (!isSound(copy))
            continue;
        const QString damagedAs =
            path + u".damaged-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        // The damaged file and its journal go aside together: a WAL left behind would be
        // applied to the copy.
        if (!QFile::rename(path, damagedAs)) {
            if (error)
                *error = u"cannot move %1 aside"_s.arg(path);
            return std::nullopt;
        }
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            if (QFile::exists(path + suffix))
                QFile::rename(path + suffix, damagedAs + suffix);
        }
        if (!QFile::copy(copy, path)) {
            if (error)
                *error = u"cannot copy %1 to %2"_s.arg(copy, path);
            return std::nullopt;
        }
        QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto match = copyName.match(QFileInfo(copy).fileName());
        Restored restored{QDate::fromString(match.captured(1), Qt::ISODate), damagedAs};
        qCWarning(lcDb).noquote() << "the database was restored from" << copy;
        return restored;
    }
    if (error)
        *error = u"no sound copy in %1"_s.arg(m_folder);
    return std::nullopt;
}

} // namespace Dorfplatz
