#include "visitbooking.h"

#include "core/config/kioskconfig.h"

namespace Dorfplatz {

using namespace Qt::StringLiterals;

VisitInvitation VisitBooking::invitation(const Session &session, const KioskConfig &config)
{
    VisitInvitation invitation;
    invitation.residentName = session.visitFor;
    invitation.start = session.start;
    invitation.length = session.duration;
    invitation.homeName = config.settings.homeName;
    invitation.uid = uid(session.id);
    if (const ContactConfig *contact = config.contact(session.content.target);
        contact && session.content.kind == SessionContent::Kind::Call) {
        invitation.relativeName = contact->name;
        invitation.roomUrl = contact->roomUrl();
    }
    return invitation;
}

QString VisitBooking::uid(qint64 sessionId)
{
    return u"visit-%1@dorfplatz"_s.arg(sessionId);
}

} // namespace Dorfplatz
