#pragma once

#include "core/streams/streamconfig.h"
#include "streamdiagnosis.h"
#include "streamsession.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

namespace Dorfplatz {

class MediaPlayer;
class PlayerProvider;

// For the guides (dorfplatz --check-streams): plays each configured stream once, URL after URL,
// until sound or picture is really there or every URL failed, and reports what happened.
class StreamChecker : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        StreamConfig stream;
        bool works = false;
        QUrl url;           // the URL that played
        qint64 startMs = 0; // from play to sound or picture, for the URL that played
        // Each URL that failed, in order, for StreamDiagnosis::sentence().
        QList<StreamDiagnosis::Failure> attempts;

        // Why it did not work, for the guides' screens: the sentence of each address that
        // failed, each sentence once (two addresses of a station offline say it once).
        QString explanation() const;
    };

    StreamChecker(PlayerProvider &players, QList<StreamConfig> streams, QObject *parent = nullptr);
    ~StreamChecker() override;

    // How long one URL may take to be heard or seen.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void start();
    const QList<Result> &results() const { return m_results; }

Q_SIGNALS:
    void checked(const Dorfplatz::StreamChecker::Result &result);
    void finished();

private:
    void checkNext();
    void done(bool works);

    PlayerProvider &m_players;
    QList<StreamConfig> m_streams;
    QList<Result> m_results;
    std::chrono::milliseconds m_timeout{10000};
    std::unique_ptr<MediaPlayer> m_player;
    std::unique_ptr<StreamSession> m_session;
    Result m_current;
    QElapsedTimer m_attemptClock;
};

} // namespace Dorfplatz
