#include "addaccountcommand.h"

#include "core/accounts/accountstore.h"
#include "core/accounts/pinhash.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/files/privatedir.h"
#include "pinprompt.h"

#include <QDateTime>
#include <QDir>
#include <QTextStream>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

int AddAccountCommand::run(const QString &dataDir, const QString &name, const QString &roleText,
                           PinPrompt &pins, QTextStream &out)
{
    const auto role = roleFromName(roleText);
    if (!role) {
        out << tr("Unknown role \"%1\": lead (Leitung), care (Pflege, Sozialer Dienst) or guide "
                  "(Digitallotse).")
                   .arg(roleText)
            << Qt::endl;
        return 2;
    }
    const QString needsName = tr("The account needs a name.");
    const QString pinRule =
        tr("The PIN must have at least %1 digits and nothing else. Nothing was saved.")
            .arg(PinHash::minLength);
    if (name.simplified().isEmpty()) {
        out << needsName << Qt::endl;
        return 1;
    }
    const auto pin = pins.read(
        tr("PIN for %1 (at least %2 digits): ").arg(name.simplified()).arg(PinHash::minLength));
    if (!pin || !PinHash::isValidPin(*pin)) {
        out << pinRule << Qt::endl;
        return 1;
    }
    const auto again = pins.read(tr("The same PIN again: "));
    if (!again || *again != *pin) {
        out << tr("The two PINs differ. Nothing was saved.") << Qt::endl;
        return 1;
    }

    QString error;
    const QString folder = QDir(dataDir).absolutePath();
    std::unique_ptr<Database> database;
    if (ensurePrivateDir(folder, &error)) {
        database = Database::open(QDir(folder).filePath(u"app.db"_s), &error);
        if (database && !Migrator().migrate(*database, &error))
            database.reset();
    }
    if (!database) {
        out << tr("The database in %1 cannot be used (%2). Nothing was saved.").arg(folder, error)
            << Qt::endl;
        return 1;
    }
    AccountStore store(*database);
    AccountStore::Problem problem = AccountStore::Problem::None;
    const auto account = store.add(name, *role, *pin, Actor{std::nullopt, tr("command line")},
                                   QDateTime::currentDateTimeUtc(), &problem, &error);
    switch (problem) {
    case AccountStore::Problem::None:
        break;
    case AccountStore::Problem::NameTaken:
        out << tr("There is already an account named \"%1\". Nothing was saved.")
                   .arg(name.simplified())
            << Qt::endl;
        return 1;
    case AccountStore::Problem::EmptyName:
        out << needsName << Qt::endl;
        return 1;
    case AccountStore::Problem::InvalidPin:
        out << pinRule << Qt::endl;
        return 1;
    case AccountStore::Problem::Storage:
        out << tr("The account could not be saved (%1). Is the disk full?").arg(error) << Qt::endl;
        return 1;
    }
    out << tr("Account \"%1\" (%2) saved in %3.")
               .arg(account->name, roleText, QDir(folder).filePath(u"app.db"_s))
        << Qt::endl;
    return 0;
}

} // namespace Dorfplatz
