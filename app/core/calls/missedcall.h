#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Dorfplatz {

// A call that rang and was not answered, shown on the home screen until the resident saw it.
struct MissedCall
{
    QString contactId;
    QDateTime at;          // when it started ringing
    bool rejected = false; // "Ablehnen" was tapped (otherwise nobody answered, or the caller left)

    bool operator==(const MissedCall &) const = default;
};

// Missed calls as kept across a restart (KioskState "calls.missed"): a JSON array. Entries that
// cannot be read are left out, so a damaged value loses those and nothing else.
QByteArray missedCallsToJson(const QList<MissedCall> &calls);
QList<MissedCall> missedCallsFromJson(const QByteArray &json);

} // namespace Dorfplatz
