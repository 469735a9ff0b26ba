#pragma once

#include "contactconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Dorfplatz {

struct KioskConfig;

// What the configuration allows for calls, in one place: which origins the call browser may use,
// and when a contact may ring or be answered by itself. Pure functions of the configuration and
// the time, so the watcher, the ring screen and the browser agree.
class CallPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::CallPolicy)

public:
    // The distinct origins ("https://meet.example.org/": scheme, host, and the port when it is
    // not the scheme's default; path "/") of every contact's server, in the order of the
    // contacts. Only these may use camera and microphone or be navigated to.
    static QList<QUrl> allowedOrigins(const KioskConfig &config);

    // Whether someone waiting in the contact's room may make the kiosk ring now: ringing is on
    // for the contact, the contact has a secret only the family knows (a JWT or the room's
    // password: otherwise anyone who learns the room's name could ring), a room-size address is
    // configured, and `now` (the wall-clock time in its own time zone) lies in one of the
    // contact's ring hours and not in the kiosk's night hours.
    static bool mayRing(const ContactConfig &contact, const CallSettings &settings,
                        const QDateTime &now);

    // After how long a ringing call from the contact is answered by itself, when that is
    // allowed at `now` (and the contact has its secret); nothing when only a tap answers it.
    static std::optional<std::chrono::seconds> autoAnswerAfter(const ContactConfig &contact,
                                                               const QDateTime &now);

    // The room-size address for the contact: the template with {room} (lower case, as Jitsi
    // names rooms) and {domain} (the host of the contact's server) filled in, percent-encoded.
    // Empty when no template is configured.
    static QUrl roomSizeUrl(const CallSettings &settings, const ContactConfig &contact);

    // For staff (the log, --check-config): one sentence per contact that is set to ring or to
    // answer by itself but has no secret, and so does neither. Names the contact by its place in
    // contacts.json ("contacts[1]"), not by name.
    static QStringList secretProblems(const QList<ContactConfig> &contacts);

    // Whether `time` lies in one of the spans.
    static bool inHours(const QList<DailyHours> &hours, QTime time);
};

} // namespace Dorfplatz
