#include "migrator.h"

#include "core/logging.h"
#include "database.h"
#include "scopedtransaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QVariant>

#include <limits>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString versionTable = u"schema_version"_s;

struct VersionState
{
    bool tableExists = false;
    int version = 0;
};

bool readVersion(const QSqlDatabase &db, VersionState *state, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
    query.addBindValue(versionTable);
    if (!query.exec() || !query.next()) {
        *error = u"cannot read the schema: %1"_s.arg(Database::errorText(query.lastError()));
        return false;
    }
    state->tableExists = query.value(0).toInt() > 0;
    state->version = 0;
    if (!state->tableExists)
        return true;

    // LIMIT 2 is enough to tell "exactly one row" from "more than one".
    if (!query.exec(u"SELECT version FROM schema_version LIMIT 2"_s)) {
        *error =
            u"cannot read the schema version: %1"_s.arg(Database::errorText(query.lastError()));
        return false;
    }
    int rows = 0;
    qlonglong version = -1;
    bool ok = false;
    while (query.next()) {
        ++rows;
        version = query.value(0).toLongLong(&ok);
    }
    if (rows != 1) {
        *error = u"the table schema_version must hold exactly one row, it holds %1"_s.arg(
            rows == 0 ? u"none"_s : u"more than one"_s);
        return false;
    }
    if (!ok || version < 0 || version > std::numeric_limits<int>::max()) {
        *error = u"the table schema_version holds an invalid version"_s;
        return false;
    }
    state->version = static_cast<int>(version);
    return true;
}

QString newerError(int version, int latest)
{
    return u"the database has schema version %1, newer than the newest this program knows (%2); "
           "it is left untouched"_s.arg(QString::number(version), QString::number(latest));
}

// Short, one-line form of a statement for error messages.
QString excerpt(const QString &statement)
{
    constexpr qsizetype maxLength = 80;
    const QString simple = statement.simplified();
    return simple.size() <= maxLength ? simple : simple.left(maxLength) + u"...";
}

QString checkAllowed(const QString &statement)
{
    static const QRegularExpression transactionControl(
        uR"(^(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trigger(uR"(^CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    if (transactionControl.match(statement).hasMatch())
        return u"transaction control is not allowed in a migration file (each file already runs in "
               "a transaction)"_s;
    if (trigger.match(statement).hasMatch())
        return u"CREATE TRIGGER is not supported (the statement splitter cannot handle BEGIN...END "
               "bodies)"_s;
    return {};
}

} // namespace

Migrator::Migrator(QString directory)
    : m_directory(std::move(directory))
{
    const QDir dir(m_directory);
    if (!dir.exists()) {
        m_scanError = u"migration directory %1 does not exist"_s.arg(m_directory);
        return;
    }

    static const QRegularExpression numbered(uR"(^(\d+)_[^/]*\.sql$)"_s);
    const QStringList names = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    QStringList problems;
    for (const QString &name : names) {
        const QRegularExpressionMatch match = numbered.match(name);
        if (!match.hasMatch()) {
            // Refused rather than skipped: a migration that is silently not applied is worse.
            problems.append(u"%1 is not named NNN_name.sql"_s.arg(name));
            continue;
        }
        bool ok = false;
        const int version = match.captured(1).toInt(&ok);
        if (!ok || version < 1) {
            problems.append(u"%1 has an invalid number"_s.arg(name));
            continue;
        }
        if (m_files.contains(version)) {
            problems.append(u"%1 and %2 have the same number %3"_s.arg(m_files.value(version), name,
                                                                       QString::number(version)));
            continue;
        }
        m_files.insert(version, name);
    }

    if (problems.isEmpty() && m_files.isEmpty())
        problems.append(u"no migration files found"_s);
    // QMap is sorted, so the versions are consecutive from 1 exactly when key i-1 is i.
    int expected = 1;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it, ++expected) {
        if (it.key() != expected) {
            problems.append(
                u"no file numbered %1 (numbers must be consecutive from 1)"_s.arg(expected));
            break;
        }
    }
    if (!problems.isEmpty())
        m_scanError = u"migration directory %1: %2"_s.arg(m_directory, problems.join(u"; "));
}

int Migrator::latestVersion() const
{
    return m_files.isEmpty() ? 0 : m_files.lastKey();
}

int Migrator::currentVersion(const Database &db)
{
    VersionState state;
    QString error;
    if (!readVersion(db.connection(), &state, &error)) {
        qCWarning(lcDb).noquote() << u"Database %1: %2"_s.arg(db.path(), error);
        return -1;
    }
    return state.version;
}

bool Migrator::migrate(Database &db, QString *error) const
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        else
            qCWarning(lcDb).noquote() << message;
        return false;
    };

    if (!m_scanError.isEmpty())
        return fail(m_scanError);

    const int latest = latestVersion();
    QString readError;
    VersionState state;
    // Checked before any transaction, so a database that is up to date or too new sees no write
    // lock at all.
    if (!readVersion(db.connection(), &state, &readError))
        return fail(readError);
    if (state.version > latest)
        return fail(newerError(state.version, latest));

    while (state.version < latest) {
        ScopedTransaction transaction(db.connection());
        if (!transaction.isActive())
            return fail(transaction.beginError());

        // Re-read under the write lock: another connection may have migrated in the meantime.
        if (!readVersion(db.connection(), &state, &readError))
            return fail(readError);
        if (state.version > latest)
            return fail(newerError(state.version, latest));
        if (state.version == latest)
            return true;

        const int next = state.version + 1;
        if (!state.tableExists) {
            QString createError;
            if (!db.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s,
                         &createError) ||
                !db.exec(u"INSERT INTO schema_version (version) VALUES (0)"_s, &createError))
                return fail(u"cannot create the table schema_version: %1"_s.arg(createError));
        }

        QString applyError;
        if (!applyFile(db, next, &applyError))
            return fail(applyError);

        QString updateError;
        if (!db.exec(u"UPDATE schema_version SET version = %1"_s.arg(next), &updateError))
            return fail(u"cannot update schema_version to %1: %2"_s.arg(QString::number(next),
                                                                        updateError));
        QString commitError;
        if (!transaction.commit(&commitError))
            return fail(u"%1: %2"_s.arg(m_files.value(next), commitError));

        qCInfo(lcDb).noquote() << u"Database %1 migrated to schema version %2 (%3)"_s.arg(
            db.path(), QString::number(next), m_files.value(next));
        state.version = next;
    }
    return true;
}

bool Migrator::applyFile(Database &db, int version, QString *error) const
{
    const QString name = m_files.value(version);
    QFile file(QDir(m_directory).filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot read: %2"_s.arg(file.fileName(), file.errorString());
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        *error = u"%1: not valid UTF-8"_s.arg(name);
        return false;
    }

    const QStringList statements = splitStatements(text);
    // Checked up front so a refused file runs nothing at all, not even inside the transaction.
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const QString problem = checkAllowed(statements.at(i));
        if (!problem.isEmpty()) {
            *error = u"%1, statement %2 (%3): %4"_s.arg(name, QString::number(i + 1),
                                                        excerpt(statements.at(i)), problem);
            return false;
        }
    }
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QString execError;
        if (!db.exec(statements.at(i), &execError)) {
            *error = u"%1, statement %2 (%3): %4"_s.arg(name, QString::number(i + 1),
                                                        excerpt(statements.at(i)), execError);
            return false;
        }
    }
    return true;
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList statements;
    QString current;
    auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };

    const qsizetype size = sql.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < size ? sql.at(i + 1) : QChar();

        if (c == u'-' && next == u'-') {
            // The newline itself stays: it is handled as an ordinary character next round.
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? size : end - 1;
            current += u' ';
            continue;
        }
        if (c == u'/' && next == u'*') {
            // Unterminated: SQLite, too, treats the rest of the input as comment.
            const qsizetype end = sql.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? size : end + 1;
            current += u' ';
            continue;
        }

        QChar close;
        if (c == u'\'' || c == u'"' || c == u'`')
            close = c;
        else if (c == u'[')
            close = u']';
        if (!close.isNull()) {
            // A doubled quote ('it''s') ends the string and opens the next one at once, which
            // copies it unchanged, so it needs no special case.
            const qsizetype end = sql.indexOf(close, i + 1);
            const qsizetype stop = end < 0 ? size : end + 1;
            current += QStringView(sql).mid(i, stop - i);
            i = stop - 1;
            continue;
        }

        if (c == u';')
            finish();
        else
            current += c;
    }
    finish();
    return statements;
}

} // namespace Dorfplatz
