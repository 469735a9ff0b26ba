#pragma once

#include "core/streams/streamconfig.h"
#include "media/streamsession.h"

#include <QCoreApplication>

namespace Dorfplatz {

// The sentence under the station's name: what is happening and what happens next, in plain
// words and never with an error code. Empty only while the stream can be heard.
class PlayerStatus
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::PlayerStatus)

public:
    // `retrying`: an attempt failed since the stream last played, so a new attempt is a retry
    // and must not read as the first "one moment" again.
    static QString text(StreamSession::Phase phase, StreamSession::Problem problem, bool retrying,
                        StreamKind kind);
    // While waiting for the next round after every URL failed.
    static QString problemText(StreamSession::Problem problem);
};

} // namespace Dorfplatz
