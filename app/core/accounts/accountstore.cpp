#include "accountstore.h"

#include "core/db/database.h"
#include "core/db/scopedtransaction.h"
#include "core/logging.h"
#include "pinhash.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// The account as the audit log keeps it: never the PIN or its hash.
QString auditText(const Account &account)
{
    const QJsonObject object{
        {u"id"_s, account.id}, {u"name"_s, account.name}, {u"role"_s, roleName(account.role)}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

AccountStore::AccountStore(Database &database)
    : m_database(database)
    , m_audit(database)
{}

QList<Account> AccountStore::accounts(QString *error) const
{
    QList<Account> list;
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT id, name, role FROM accounts ORDER BY name COLLATE NOCASE"_s)) {
        if (error)
            *error = Database::errorText(query.lastError());
        return list;
    }
    while (query.next()) {
        const auto role = roleFromName(query.value(2).toString());
        if (role)
            list.append({query.value(0).toLongLong(), query.value(1).toString(), *role});
    }
    return list;
}

bool AccountStore::hasLead() const
{
    QSqlQuery query(m_database.connection());
    return query.exec(u"SELECT 1 FROM accounts WHERE role = 'lead' LIMIT 1"_s) && query.next();
}

std::optional<Account> AccountStore::add(const QString &name, Role role, const QString &pin,
                                         const Actor &by, const QDateTime &now, Problem *problem,
                                         QString *detail)
{
    const auto refuse = [problem](Problem why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return refuse(Problem::EmptyName);
    if (!PinHash::isValidPin(pin))
        return refuse(Problem::InvalidPin);
    const QString hash = PinHash::hash(pin);
    if (hash.isEmpty())
        return refuse(Problem::Storage);

    ScopedTransaction transaction(m_database.connection());
    QSqlQuery query(m_database.connection());
    bool ok = transaction.isActive() &&
              query.prepare(u"INSERT INTO accounts (name, role, pin_hash, created_at) "
                            "VALUES (?, ?, ?, ?)"_s);
    if (ok) {
        query.addBindValue(trimmed);
        query.addBindValue(roleName(role));
        query.addBindValue(hash);
        query.addBindValue(timeText(now));
        ok = query.exec();
    }
    if (!ok) {
        const QString text = transaction.isActive() ? Database::errorText(query.lastError())
                                                    : transaction.beginError();
        // The UNIQUE name, not a broken database.
        if (text.contains(u"UNIQUE"_s))
            return refuse(Problem::NameTaken);
        if (detail)
            *detail = text;
        return refuse(Problem::Storage);
    }
    const Account account{query.lastInsertId().toLongLong(), trimmed, role};
    QString error;
    if (!m_audit.record(
            {0, now, by, u"create"_s, u"account %1"_s.arg(account.id), {}, auditText(account)},
            &error) ||
        !transaction.commit(&error)) {
        if (detail)
            *detail = error;
        return refuse(Problem::Storage);
    }
    qCInfo(lcApp) << "account" << account.id << "added, role" << roleName(role);
    if (problem)
        *problem = Problem::None;
    return account;
}

int AccountStore::failures() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT failures FROM pin_throttle WHERE id = 1"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QDateTime AccountStore::waitUntil(const QDateTime &now) const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT locked_until FROM pin_throttle WHERE id = 1"_s) || !query.next())
        return {};
    const QDateTime until = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
    // A wait further off than the longest is a clock that was set back: it ends now + max.
    if (until.isValid() && until > now)
        return std::min(until, now.addSecs(maxDelay.count()));
    return {};
}

bool AccountStore::setThrottle(int count, const QDateTime &until)
{
    QSqlQuery query(m_database.connection());
    bool ok = false;
    if (count == 0) {
        ok = query.exec(u"DELETE FROM pin_throttle"_s);
    } else if (query.prepare(u"INSERT INTO pin_throttle (id, failures, locked_until) "
                             "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                             "failures = excluded.failures, "
                             "locked_until = excluded.locked_until"_s)) {
        query.addBindValue(count);
        query.addBindValue(timeText(until));
        ok = query.exec();
    }
    if (!ok)
        qCWarning(lcDb).noquote() << "PIN throttle not written:"
                                  << Database::errorText(query.lastError());
    return ok;
}

std::chrono::seconds AccountStore::delayAfter(int failures)
{
    if (failures <= 0)
        return std::chrono::seconds(0);
    // 2^(n-1), without overflowing for a long run of wrong PINs.
    if (failures > 9)
        return maxDelay;
    return std::min(std::chrono::seconds(1LL << (failures - 1)), maxDelay);
}

AccountStore::SignIn AccountStore::signIn(qint64 accountId, const QString &pin,
                                          const QDateTime &now)
{
    SignIn result;
    if (const QDateTime until = waitUntil(now); until.isValid()) {
        result.result = SignIn::Result::Wait;
        result.waitUntil = until;
        return result;
    }
    QSqlQuery query(m_database.connection());
    bool ok = query.prepare(u"SELECT name, role, pin_hash FROM accounts WHERE id = ?"_s);
    if (ok) {
        query.addBindValue(accountId);
        ok = query.exec();
    }
    if (!ok) {
        qCWarning(lcDb).noquote() << "accounts not readable:"
                                  << Database::errorText(query.lastError());
        return result;
    }
    const bool found = query.next();
    const auto role = found ? roleFromName(query.value(1).toString()) : std::nullopt;
    // An account that is not there counts as a wrong PIN: nothing tells which ids exist.
    if (found && role && PinHash::verify(query.value(2).toString(), pin)) {
        if (!setThrottle(0, {}))
            return result;
        result.result = SignIn::Result::Accepted;
        result.account = Account{accountId, query.value(0).toString(), *role};
        qCInfo(lcApp) << "staff mode: account" << accountId << "signed in";
        return result;
    }
    const int count = failures() + 1;
    const QDateTime until = now.addSecs(delayAfter(count).count());
    if (!setThrottle(count, until))
        return result;
    qCWarning(lcApp) << "staff mode: wrong PIN," << count << "in a row; next try in"
                     << delayAfter(count).count() << "s";
    result.result = SignIn::Result::WrongPin;
    result.waitUntil = until;
    return result;
}

} // namespace Dorfplatz
