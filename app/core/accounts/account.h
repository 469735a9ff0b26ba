#pragma once

#include <QString>

#include <optional>

namespace Dorfplatz {

// What a person may do in staff mode.
enum class Role
{
    Care,  // Pflege/Sozialer Dienst: the programme, "Jetzt starten", video visits, sync status
    Guide, // Digitallotse: the content
    Lead,  // Leitung: everything, and the accounts and the audit log
};

// "care", "guide", "lead": as stored in the database and written on the command line.
QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);

// A staff account as the kiosk shows it; its PIN stays in the database, hashed.
struct Account
{
    qint64 id = 0;
    QString name;
    Role role = Role::Care;

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace Dorfplatz
