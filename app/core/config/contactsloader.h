#pragma once

#include "configissue.h"
#include "core/calls/contactconfig.h"

#include <QList>
#include <QString>

namespace Dorfplatz {

struct ContactsLoadResult
{
    QList<ContactConfig> contacts; // the usable contacts, in file order
    CallSettings settings;
    ConfigIssues issues;
};

// Reads contacts.json: the people residents can call, their Jitsi Meet rooms, and what staff
// allowed for calls coming in. ConfigLoader reads it when there are call tiles or the file exists.
class ContactsLoader
{
public:
    static inline const QString contactsFile = QStringLiteral("contacts.json");

    // A missing file is reported (FileMissing): only call this when calls are configured.
    static ContactsLoadResult load(const QString &directory);

    // The default ring hours of a contact that gives none: 08:00 to 20:00.
    static DailyHours defaultRingHours();
};

} // namespace Dorfplatz
