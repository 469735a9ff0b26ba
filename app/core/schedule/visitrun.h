#pragma once

#include <QDateTime>

#include <chrono>

namespace Dorfplatz {

// The times of one video visit as the room runs it, from the injected clock's readings (the
// shell's SessionRunner feeds it; no timer in here): it ends after the booked length plus a
// grace time (the 2-minute notice comes before that end); a relative who never arrives ends it
// after aloneLimit alone in the room, and the visit "did not happen".
class VisitRun
{
public:
    // A relative who is a little late, or a goodbye that takes its time, is not cut off.
    static constexpr std::chrono::minutes grace{5};
    // Alone in the room this long from the start, nobody ever came: the relative does not come.
    static constexpr std::chrono::minutes aloneLimit{10};

    // `started`: when the kiosk began the visit (joined its room).
    explicit VisitRun(const QDateTime &started);

    // The end of a visit planned to end at `plannedEnd`: the grace time later.
    static QDateTime endWithGrace(const QDateTime &plannedEnd);

    // How many others are in the room now (the call engine's participantsChanged()).
    void setOthers(int others, const QDateTime &now);
    bool relativeCame() const { return m_came.isValid(); }
    // When the relative first came; invalid while nobody did.
    QDateTime relativeCameAt() const { return m_came; }
    // When the visit ends as a no-show if nobody comes before; invalid once someone came.
    QDateTime noShowAt() const;
    bool isNoShow(const QDateTime &now) const;
    // How long the visit was held by `now`: from the relative's arrival; zero if nobody came.
    std::chrono::seconds heldFor(const QDateTime &now) const;

private:
    QDateTime m_started;
    QDateTime m_came;
};

} // namespace Dorfplatz
