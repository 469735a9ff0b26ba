#pragma once

#include "core/config/configissue.h"
#include "eventoccurrence.h"
#include "syncstep.h"

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class QTemporaryDir;

namespace Dorfplatz {

// One calendar of feeds.json tried once, for the guides' "Jetzt testen": dorfplatz-sync fetches
// it, as it would at night, into a throw-away folder, and the next events are read back from the
// cache it wrote there. The sync runs as a child process, as the kiosk's own (SyncLauncher): a
// calendar that hangs or crashes the parser cannot take the screen down, and the kiosk's events
// cache is never touched. Nothing here blocks the caller's thread.
class FeedTrial : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Loaded,     // step: the calendar's feed-done line; next: its next events
        FeedFailed, // step: the feed-done line with the failure and its detail
        Invalid,    // issues: the entry as the loader sees it; nothing was started
        SyncError,  // step: the sync's error line (cache, lock); exitCode
        Crashed,    // the sync crashed (a calendar that breaks the parser) or said nothing
        TimedOut,   // stopped after timeout()
        NotStarted  // error: why the program cannot be started
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::NotStarted;
        SyncStep step{};
        ConfigIssues issues{};
        EventOccurrences next{}; // at most nextCount, from now on
        int exitCode = -1;       // the sync's, -1 when it crashed or was stopped
        QString error{};         // NotStarted, or the throw-away cache cannot be read (English)
    };

    static constexpr int nextCount = 5;

    // program: the path of dorfplatz-sync (SyncLauncher::defaultProgram() in the kiosk).
    explicit FeedTrial(QString program, QObject *parent = nullptr);
    ~FeedTrial() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // Tries `entry`, a feeds.json entry ("id" may be missing), with the top level of feeds.json
    // `settings` (its "feeds" ignored). A local calendar given relative to `directory` (the
    // draft) is tried there. False when a trial runs already. finished() always comes later,
    // never from within start().
    bool start(const QJsonObject &entry, const QJsonObject &settings, const QString &directory);
    bool isRunning() const { return m_running; }
    // Stops a running trial without finished().
    void abort();

Q_SIGNALS:
    void finished(const Dorfplatz::FeedTrial::Result &result);

private:
    void processFinished(int exitCode, QProcess::ExitStatus status);
    void finishLater(const Result &result);
    void finish(const Result &result);
    void readNext(Result *result) const;
    void stopProcess();

    QString m_program;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_folder;
    QTimer m_timer;
    QByteArray m_buffer;
    QList<SyncStep> m_steps;
    bool m_running = false;
    bool m_timedOut = false;
    quint64 m_generation = 0; // a new trial or abort() drops a result on its way
};

} // namespace Dorfplatz
