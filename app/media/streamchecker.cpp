#include "streamchecker.h"

#include "mediaplayer.h"
#include "playerprovider.h"

#include <QTimer>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

StreamChecker::StreamChecker(PlayerProvider &players, QList<StreamConfig> streams, QObject *parent)
    : QObject(parent)
    , m_players(players)
    , m_streams(std::move(streams))
{}

StreamChecker::~StreamChecker()
{
    m_session.reset(); // stops the player before it goes
}

QString StreamChecker::Result::explanation() const
{
    QStringList sentences;
    for (const StreamDiagnosis::Failure &failure : attempts) {
        const QString sentence = StreamDiagnosis::sentence(failure);
        if (!sentences.contains(sentence))
            sentences.append(sentence);
    }
    return sentences.join(u' ');
}

void StreamChecker::start()
{
    m_results.clear();
    QTimer::singleShot(0, this, &StreamChecker::checkNext);
}

void StreamChecker::checkNext()
{
    m_session.reset();
    m_player.reset();
    if (m_results.size() == m_streams.size()) {
        Q_EMIT finished();
        return;
    }
    m_current = Result{};
    m_current.stream = m_streams.at(m_results.size());
    m_player = m_players.createPlayer(m_current.stream.kind);
    m_session = std::make_unique<StreamSession>(m_player.get(), m_current.stream);
    m_session->setSingleRound(true);
    m_session->setStartTimeout(m_timeout);
    connect(m_player.get(), &MediaPlayer::stateChanged, this, [this](MediaPlayer::State state) {
        if (state == MediaPlayer::State::Opening)
            m_attemptClock.start();
    });
    connect(m_session.get(), &StreamSession::attemptFailed, this,
            [this](const QUrl &url, StreamSession::Problem problem, const QString &cause) {
                StreamDiagnosis::Failure failure;
                failure.problem = problem;
                // No URL played yet when every playlist failed: the configured one stands in.
                failure.url = url.isEmpty() && !m_current.stream.urls.isEmpty()
                                  ? m_current.stream.urls.first()
                                  : url;
                failure.httpStatus = m_session->lastHttpStatus();
                failure.detail = cause;
                m_current.attempts.append(failure);
            });
    connect(m_session.get(), &StreamSession::phaseChanged, this,
            [this](StreamSession::Phase phase) {
                if (phase == StreamSession::Phase::Playing)
                    done(true);
            });
    connect(m_session.get(), &StreamSession::gaveUp, this, [this] { done(false); });
    m_session->start();
}

void StreamChecker::done(bool works)
{
    m_current.works = works;
    if (works) {
        m_current.url = m_player->url();
        m_current.startMs = m_attemptClock.elapsed();
    }
    m_results.append(m_current);
    Q_EMIT checked(m_current);
    // Not from inside the session's own signal: it is deleted in checkNext().
    QTimer::singleShot(0, this, &StreamChecker::checkNext);
}

} // namespace Dorfplatz
