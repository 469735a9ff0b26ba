#include "account.h"

namespace Dorfplatz {

QString roleName(Role role)
{
    switch (role) {
    case Role::Care:
        return QStringLiteral("care");
    case Role::Guide:
        return QStringLiteral("guide");
    case Role::Lead:
        break;
    }
    return QStringLiteral("lead");
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const Role role : {Role::Care, Role::Guide, Role::Lead}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace Dorfplatz
