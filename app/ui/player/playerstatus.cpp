#include "playerstatus.h"

namespace Dorfplatz {

QString PlayerStatus::text(StreamSession::Phase phase, StreamSession::Problem problem,
                           bool retrying, StreamKind kind)
{
    switch (phase) {
    case StreamSession::Phase::Idle:
        return tr("One moment, it is about to start …");
    case StreamSession::Phase::Connecting:
        return retrying ? tr("Trying again …") : tr("One moment, it is about to start …");
    case StreamSession::Phase::Playing:
        return {};
    case StreamSession::Phase::Paused:
        return kind == StreamKind::Video ? tr("Paused. Tap \"Continue\" to watch again.")
                                         : tr("Paused. Tap \"Continue\" to listen again.");
    case StreamSession::Phase::Waiting:
        return problemText(problem);
    }
    return {};
}

QString PlayerStatus::problemText(StreamSession::Problem problem)
{
    switch (problem) {
    case StreamSession::Problem::Unreachable:
        return tr("The station cannot be reached right now. We will try again in a moment.");
    case StreamSession::Problem::NotFound:
        return tr("This station is not available at the moment. We will try again in a moment.");
    case StreamSession::Problem::ServerError:
        return tr("The station has a fault right now. We will try again in a moment.");
    case StreamSession::Problem::Interrupted:
        return tr("The connection was interrupted. We will try again in a moment.");
    case StreamSession::Problem::Refused:
        return tr("This station points to an address that is not allowed here. We will try "
                  "again in a moment.");
    case StreamSession::Problem::Broken:
    case StreamSession::Problem::None: // waiting without a known cause: still say something
        break;
    }
    return tr("This station cannot be played right now. We will try again in a moment.");
}

} // namespace Dorfplatz
