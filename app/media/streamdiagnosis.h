#pragma once

#include "streamsession.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Dorfplatz {

// Why one stream address did not play, in a guide's words: one sentence that says what is wrong
// and what to do ("Der Server antwortet mit 404: Adresse prüfen."). The players and the URL
// diagnosis report in English and in their own terms ("main: cannot resolve … port 443",
// "HTTP 404 Not Found", "connection refused"); this maps whatever they said onto the few causes a
// guide can act on. Pure: no network, no player, so every sentence has a test row.
class StreamDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::StreamDiagnosis)

public:
    enum class Cause
    {
        HostNotFound,      // DNS: no internet, or a misspelt name
        Refused,           // nothing listens on that port
        Timeout,           // the server does not answer
        AccessDenied,      // HTTP 401, 403
        ClientError,       // HTTP 404, 410 and the other 4xx
        ServerError,       // HTTP 5xx
        Tls,               // certificate or handshake
        Unreachable,       // other network failures (closed, network down)
        FileMissing,       // a local file
        FileUnreadable,    // a local file
        NotPlayable,       // the server answers, but with nothing the player can play
        NothingInTime,     // the server answers, but no sound or picture came in time
        Interrupted,       // it played, then broke off
        AddressNotAllowed, // a playlist leads only to addresses the kiosk must not open
        EmptyPlaylist,     // every playlist was empty or could not be loaded
        Unknown,
    };

    struct Failure
    {
        StreamSession::Problem problem = StreamSession::Problem::None;
        QUrl url;
        int httpStatus = 0; // 0: no HTTP answer (or not asked)
        QString detail;     // what the player and the diagnosis said, English, for the log
    };

    static Cause causeOf(const Failure &failure);
    // The sentence for the guide, in the installed language.
    static QString sentence(const Failure &failure);
};

} // namespace Dorfplatz
