#pragma once

#include "account.h"
#include "auditlog.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace Dorfplatz {

class Database;

// The staff accounts (table accounts in app.db) and the way in: a PIN checked against its
// Argon2id hash (PinHash), and after a wrong one a wait that grows (1, 2, 4 … 300 s) for every
// account together and survives a restart (table pin_throttle). Every new account is written to
// the audit log in the same transaction.
class AccountStore
{
public:
    explicit AccountStore(Database &database);

    // Every account, by name; empty (and *error) when the table cannot be read.
    QList<Account> accounts(QString *error = nullptr) const;
    // Whether there is a Leitung account (none: the first start asks for one).
    bool hasLead() const;

    enum class Problem
    {
        None,
        EmptyName,
        NameTaken,
        InvalidPin, // fewer than PinHash::minLength digits, or not only digits
        Storage,    // the database could not be written (*detail says why)
    };
    // A new account, made by `by`; nullopt and *problem when it was refused.
    std::optional<Account> add(const QString &name, Role role, const QString &pin, const Actor &by,
                               const QDateTime &now, Problem *problem = nullptr,
                               QString *detail = nullptr);

    struct SignIn
    {
        enum class Result
        {
            Accepted,
            WrongPin, // waitUntil: when the next PIN is taken
            Wait,     // not checked: the pad still waits until waitUntil
            Failed,   // the database could not be read or written
        };
        Result result = Result::Failed;
        std::optional<Account> account; // when Accepted
        QDateTime waitUntil;
    };
    // Checks `pin` for the account `accountId` at `now`.
    SignIn signIn(qint64 accountId, const QString &pin, const QDateTime &now);

    // Until when the PIN pad waits at `now`; invalid when it does not.
    QDateTime waitUntil(const QDateTime &now) const;

    // The wait after `failures` wrong PINs in a row: 1, 2, 4 … s, at most maxDelay.
    static std::chrono::seconds delayAfter(int failures);
    static constexpr std::chrono::seconds maxDelay{300};

private:
    int failures() const;
    bool setThrottle(int failures, const QDateTime &until);

    Database &m_database;
    AuditLog m_audit;
};

} // namespace Dorfplatz
