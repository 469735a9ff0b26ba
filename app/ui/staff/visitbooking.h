#pragma once

#include "core/calls/visitinvitation.h"
#include "core/schedule/session.h"

#include <QString>

namespace Dorfplatz {

struct KioskConfig;

// What a booked video visit (a Session with visitFor) gives the relative: the invitation's facts
// from the session and the configuration, and where its calendar file lies beside the PDF.
namespace VisitBooking {

// The invitation for `session`: its contact's name and room (the same link the kiosk's call
// joins, ContactConfig::roomUrl()), its first date, its length, the home's name, and a uid that
// stays the same when the visit is changed ("visit-12@dorfplatz"), so the relative's calendar
// moves the visit instead of adding a second one. problem() says what is missing.
VisitInvitation invitation(const Session &session, const KioskConfig &config);
// "visit-12@dorfplatz".
QString uid(qint64 sessionId);

} // namespace VisitBooking

} // namespace Dorfplatz
