#pragma once

#include "core/streams/streamconfig.h"
#include "mediaplayer.h"
#include "urldiagnosis.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace Dorfplatz {

class StreamResolver;

// Keeps one configured stream playing for as long as the resident stays: tries the URLs in
// order (playlist files expanded into their entries), moves on from a URL that fails, and after a
// round in which every URL failed waits a growing pause (1, 2, 4 … 60 s) and starts again,
// without end. A stream that stops advancing for the stall timeout counts as failed. Each
// failure and its cause go to the log.
class StreamSession : public QObject
{
    Q_OBJECT

public:
    enum class Phase
    {
        Idle,       // not started, or stopped
        Connecting, // an attempt runs; nothing heard or seen yet
        Playing,
        Paused,
        Waiting, // every URL failed; the next round starts after retryDelay()
    };
    Q_ENUM(Phase)

    // Why the last attempt failed, in the resident's terms (the screen words it).
    enum class Problem
    {
        None,
        Unreachable, // DNS failure, refused, no answer, network gone
        NotFound,    // HTTP 4xx
        ServerError, // HTTP 5xx
        Broken,      // the medium could not be played (format, decoder)
        Interrupted, // it played, then broke off or stalled
        Refused,     // its playlist names only addresses the kiosk must not open
    };
    Q_ENUM(Problem)

    StreamSession(MediaPlayer *player, StreamConfig stream, QObject *parent = nullptr);
    ~StreamSession() override;

    void start();
    void pause();
    void resume();
    void stop();

    Phase phase() const { return m_phase; }
    Problem problem() const { return m_problem; }
    const StreamConfig &stream() const { return m_stream; }
    MediaPlayer *player() const { return m_player; }
    // The URL of the running attempt (a playlist's entry, not the playlist).
    QUrl currentUrl() const;
    // The pause before the next round while Waiting.
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    // Rounds that failed in a row since the stream last played.
    int failedRounds() const { return m_failedRounds; }
    // The HTTP status the server answered for the last failed attempt; 0 without an answer.
    int lastHttpStatus() const { return m_lastHttpStatus; }

    // Tuning, for tests and --check-streams. Defaults: 1 s doubling to 60 s; 10 s without
    // progress is a stall; 15 s to start an attempt.
    void setRetryDelays(std::chrono::milliseconds first, std::chrono::milliseconds maximum);
    void setStallTimeout(std::chrono::milliseconds timeout);
    void setStartTimeout(std::chrono::milliseconds timeout);
    // A single round without waiting and retrying (for --check-streams).
    void setSingleRound(bool singleRound) { m_singleRound = singleRound; }

Q_SIGNALS:
    void phaseChanged(Dorfplatz::StreamSession::Phase phase);
    // An attempt failed; `url` is the URL tried, `cause` a sentence for the log.
    void attemptFailed(const QUrl &url, Dorfplatz::StreamSession::Problem problem,
                       const QString &cause);
    // With setSingleRound(true): every URL failed once.
    void gaveUp();

private:
    void setPhase(Phase phase);
    // Stops every timer, fetch and diagnosis of the running attempt (not the player).
    void haltAttempt();
    void startRound();
    void tryNext();
    void onStarted();
    void onProgress();
    void onFailed(const QString &detail);
    void onFinished();
    void onStartTimeout();
    void onStall();
    // Stops the player and asks the server why, then failAttempt().
    void diagnoseFailure(const QString &what);
    void onDiagnosed(const UrlDiagnosis::Result &result);
    void failAttempt(Problem problem, const QString &cause, int httpStatus = 0);
    void roundFailed();
    bool isLive() const;

    MediaPlayer *m_player;
    StreamConfig m_stream;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<StreamResolver> m_resolver;
    std::unique_ptr<UrlDiagnosis> m_diagnosis;
    QList<QUrl> m_candidates; // the URLs of this round, playlists expanded
    QStringList m_refused;    // playlist entries refused this round, for the log
    qsizetype m_next = 0;
    Phase m_phase = Phase::Idle;
    Problem m_problem = Problem::None;
    bool m_singleRound = false;
    bool m_playedThisAttempt = false;
    QElapsedTimer m_playingSince;
    QString m_failureWhat; // what the player said, while the diagnosis runs
    bool m_diagnosing = false;
    bool m_looping = false; // a local file ended and was started again
    int m_failedRounds = 0;
    int m_lastHttpStatus = 0;
    std::chrono::milliseconds m_firstDelay{1000};
    std::chrono::milliseconds m_maxDelay{60000};
    std::chrono::milliseconds m_retryDelay{0};
    QTimer m_retryTimer;
    QTimer m_stallTimer;
    QTimer m_startTimer;
};

} // namespace Dorfplatz
