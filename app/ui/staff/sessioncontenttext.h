#pragma once

#include "core/schedule/session.h"

#include <QCoreApplication>
#include <QList>

namespace Dorfplatz {

struct KioskConfig;

// What a session can show, as staff choose it: the kiosk's own streams and videos, "Was ist
// los?", its contacts, or only an announcement; and how each is named on the staff screens.
class SessionContentText
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::SessionContentText)

public:
    // Announcement, "Was ist los?", every stream, every contact, in that order.
    static QList<SessionContent> choices(const KioskConfig &config);
    static QString name(const SessionContent &content, const KioskConfig &config);
};

} // namespace Dorfplatz
