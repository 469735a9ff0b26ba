#include "streamsession.h"

#include "core/logging.h"
#include "streamresolver.h"

#include <QNetworkAccessManager>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// An attempt that played this long was a success: the next failure starts counting pauses anew.
constexpr auto stableAfter = 30s;

StreamSession::Problem problemOf(UrlDiagnosis::Outcome outcome, bool hadPlayed)
{
    switch (outcome) {
    case UrlDiagnosis::Outcome::ClientError:
        return StreamSession::Problem::NotFound;
    case UrlDiagnosis::Outcome::ServerError:
        return StreamSession::Problem::ServerError;
    case UrlDiagnosis::Outcome::Unreachable:
        return hadPlayed ? StreamSession::Problem::Interrupted
                         : StreamSession::Problem::Unreachable;
    case UrlDiagnosis::Outcome::Answers:
        break;
    }
    return hadPlayed ? StreamSession::Problem::Interrupted : StreamSession::Problem::Broken;
}

} // namespace

StreamSession::StreamSession(MediaPlayer *player, StreamConfig stream, QObject *parent)
    : QObject(parent)
    , m_player(player)
    , m_stream(std::move(stream))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_resolver(std::make_unique<StreamResolver>(m_network.get(), StreamAddressPolicy(m_stream)))
    , m_diagnosis(std::make_unique<UrlDiagnosis>(m_network.get()))
{
    m_retryTimer.setSingleShot(true);
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(10s);
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(15s);
    connect(&m_retryTimer, &QTimer::timeout, this, &StreamSession::startRound);
    connect(&m_stallTimer, &QTimer::timeout, this, &StreamSession::onStall);
    connect(&m_startTimer, &QTimer::timeout, this, &StreamSession::onStartTimeout);

    connect(m_resolver.get(), &StreamResolver::refused, this,
            [this](const QUrl &, const QUrl &url, StreamAddressPolicy::Verdict verdict) {
                m_refused.append(url.toDisplayString() + u": "_s +
                                 StreamAddressPolicy::describe(verdict));
            });
    connect(m_resolver.get(), &StreamResolver::resolved, this, [this](const QList<QUrl> &urls) {
        m_candidates = urls;
        m_next = 0;
        if (m_candidates.isEmpty()) {
            if (m_refused.isEmpty())
                failAttempt(Problem::NotFound,
                            u"no playable URL (every playlist was empty or failed)"_s);
            else
                failAttempt(Problem::Refused,
                            u"no playable URL; refused: "_s + m_refused.join(u"; "_s));
            roundFailed();
            return;
        }
        tryNext();
    });
    connect(m_diagnosis.get(), &UrlDiagnosis::diagnosed, this, &StreamSession::onDiagnosed);

    connect(m_player, &MediaPlayer::started, this, &StreamSession::onStarted);
    connect(m_player, &MediaPlayer::progressed, this, &StreamSession::onProgress);
    connect(m_player, &MediaPlayer::failed, this, &StreamSession::onFailed);
    connect(m_player, &MediaPlayer::finished, this, &StreamSession::onFinished);
}

StreamSession::~StreamSession()
{
    stop();
}

QUrl StreamSession::currentUrl() const
{
    return m_player->url();
}

void StreamSession::setRetryDelays(std::chrono::milliseconds first,
                                   std::chrono::milliseconds maximum)
{
    m_firstDelay = first;
    m_maxDelay = std::max(first, maximum);
}

void StreamSession::setStallTimeout(std::chrono::milliseconds timeout)
{
    m_stallTimer.setInterval(timeout);
}

void StreamSession::setStartTimeout(std::chrono::milliseconds timeout)
{
    m_startTimer.setInterval(timeout);
}

void StreamSession::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_failedRounds = 0;
    m_problem = Problem::None;
    startRound();
}

void StreamSession::pause()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Paused)
        return;
    haltAttempt();
    // A live station paused for ten minutes should not resume ten minutes late (or be dropped by
    // the server for not reading): it is stopped and connected afresh on resume. Files pause.
    if (m_phase == Phase::Playing && !isLive() && !m_looping)
        m_player->pause();
    else
        m_player->stop();
    m_looping = false;
    setPhase(Phase::Paused);
}

void StreamSession::resume()
{
    if (m_phase != Phase::Paused)
        return;
    if (m_player->state() == MediaPlayer::State::Paused) {
        m_player->resume();
        setPhase(Phase::Playing);
        m_stallTimer.start();
        return;
    }
    m_failedRounds = 0;
    startRound();
}

void StreamSession::stop()
{
    m_looping = false;
    haltAttempt();
    m_player->stop();
    setPhase(Phase::Idle);
}

void StreamSession::haltAttempt()
{
    m_retryTimer.stop();
    m_stallTimer.stop();
    m_startTimer.stop();
    m_resolver->cancel();
    m_diagnosis->cancel();
    m_diagnosing = false;
}

void StreamSession::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void StreamSession::startRound()
{
    setPhase(Phase::Connecting);
    m_refused.clear();
    // Playlists are fetched anew each round: stations move their servers.
    m_resolver->resolve(m_stream.urls);
}

void StreamSession::tryNext()
{
    if (m_next >= m_candidates.size()) {
        roundFailed();
        return;
    }
    const QUrl url = m_candidates.at(m_next++);
    qCDebug(lcMedia).noquote() << "stream" << m_stream.id << "trying" << url.toDisplayString()
                               << "with" << m_player->backendName();
    m_playedThisAttempt = false;
    setPhase(Phase::Connecting);
    m_player->play(url);
    m_startTimer.start();
}

void StreamSession::onStarted()
{
    if (m_looping) {
        // The file began again: nothing changed for the resident.
        m_looping = false;
        m_startTimer.stop();
        m_stallTimer.start();
        return;
    }
    if (m_phase != Phase::Connecting)
        return;
    m_startTimer.stop();
    m_playedThisAttempt = true;
    m_playingSince.start();
    m_problem = Problem::None;
    qCInfo(lcMedia).noquote() << "stream" << m_stream.id << "plays"
                              << m_player->url().toDisplayString();
    setPhase(Phase::Playing);
    m_stallTimer.start();
}

void StreamSession::onProgress()
{
    if (m_phase == Phase::Playing)
        m_stallTimer.start();
}

void StreamSession::onFailed(const QString &detail)
{
    if (m_phase != Phase::Connecting && m_phase != Phase::Playing)
        return;
    m_looping = false;
    if (m_diagnosing)
        return;
    diagnoseFailure(detail);
}

void StreamSession::onFinished()
{
    // A local file (the demo, a recorded service) plays on in a loop, as a station would.
    if (m_phase != Phase::Playing)
        return;
    m_looping = true;
    m_stallTimer.stop();
    m_player->play(m_player->url());
    m_startTimer.start();
}

void StreamSession::onStartTimeout()
{
    diagnoseFailure(u"nothing to hear or see within %1 s"_s.arg(m_startTimer.interval() / 1000.0));
}

void StreamSession::onStall()
{
    diagnoseFailure(
        u"no progress for %1 s (the stream stalled)"_s.arg(m_stallTimer.interval() / 1000.0));
}

void StreamSession::diagnoseFailure(const QString &what)
{
    m_startTimer.stop();
    m_stallTimer.stop();
    m_looping = false;
    m_failureWhat = what;
    m_diagnosing = true;
    const QUrl url = m_player->url();
    m_player->stop();
    if (m_playedThisAttempt && m_phase == Phase::Playing) {
        // The resident hears silence now: say so at once, not after the diagnosis.
        m_problem = Problem::Interrupted;
        m_retryDelay = std::chrono::milliseconds(0);
        setPhase(Phase::Waiting);
    }
    m_diagnosis->diagnose(url);
}

void StreamSession::onDiagnosed(const UrlDiagnosis::Result &result)
{
    if (!m_diagnosing)
        return;
    m_diagnosing = false;
    const bool hadPlayed = m_playedThisAttempt;
    if (hadPlayed && std::chrono::milliseconds(m_playingSince.elapsed()) >= stableAfter)
        m_failedRounds = 0;
    failAttempt(problemOf(result.outcome, hadPlayed), m_failureWhat + u"; "_s + result.cause,
                result.httpStatus);
    if (hadPlayed) {
        // It played: go back to the first URL rather than on to the fallbacks, as a listener
        // would reconnect to the station they were hearing.
        m_candidates.clear();
        m_next = 0;
        if (m_failedRounds == 0) {
            ++m_failedRounds; // the first pause after a break is the shortest one
            m_retryDelay = m_firstDelay;
            setPhase(Phase::Waiting);
            m_retryTimer.start(m_retryDelay);
            return;
        }
        roundFailed();
        return;
    }
    tryNext();
}

void StreamSession::failAttempt(Problem problem, const QString &cause, int httpStatus)
{
    const QUrl url = m_player->url();
    qCWarning(lcMedia).noquote() << "stream" << m_stream.id << m_player->backendName()
                                 << url.toDisplayString() << "failed:" << cause;
    m_problem = problem;
    m_lastHttpStatus = httpStatus;
    Q_EMIT attemptFailed(url, problem, cause);
}

void StreamSession::roundFailed()
{
    ++m_failedRounds;
    if (m_singleRound) {
        stop();
        Q_EMIT gaveUp();
        return;
    }
    // 1, 2, 4 … seconds, capped: a station that is down for hours is asked once a minute.
    const int doublings = std::min(m_failedRounds - 1, 16);
    m_retryDelay =
        std::min<std::chrono::milliseconds>(m_maxDelay, m_firstDelay * (1LL << doublings));
    qCInfo(lcMedia).noquote() << "stream" << m_stream.id << "every URL failed; next try in"
                              << m_retryDelay.count() << "ms";
    setPhase(Phase::Waiting);
    m_retryTimer.start(m_retryDelay);
}

bool StreamSession::isLive() const
{
    return !m_player->url().isLocalFile();
}

} // namespace Dorfplatz
