#pragma once

#include "core/accounts/auditlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Dorfplatz {

// The audit log in plain words for Leitung: when ("Sonntag, 6.12., 10:03 Uhr"), and who did
// what ("Anna Weber hat „Sitzgymnastik“ geändert:") with, for a change, what changed, field by
// field, before → after. Made from the entries' JSON as SessionJson and AccountStore write it;
// what it does not know (a newer action, a new field) is named with its raw word, never left out.
class AuditLogText
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::AuditLogText)

public:
    // `at` in local time, as staff say it: "heute, 10:03 Uhr", "gestern, …", "Sonntag, 6.12.,
    // 10:03 Uhr", with the year when it is not this year's (`now`'s). Also the sync status uses it.
    static QString when(const QDateTime &at, const QDateTime &now);

    // "Anna Weber hat „Sitzgymnastik“ angelegt.": who did what to which thing.
    static QString sentence(const AuditEntry &entry);
    // What an edit changed, one line per field ("Beginn: 10:00 → 10:30 Uhr"); empty for other
    // actions.
    static QStringList changes(const AuditEntry &entry);
    // sentence() and changes() together, one change a line.
    static QString text(const AuditEntry &entry);

    // Longer values (a note) are shortened to this many characters, so one entry always fits a
    // page; the whole text stays in the session itself.
    static constexpr int maxValueLength = 80;
};

} // namespace Dorfplatz
