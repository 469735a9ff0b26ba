#pragma once

#include <QDateTime>
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

} // namespace Dorfplatz
