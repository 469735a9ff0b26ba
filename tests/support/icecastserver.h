#pragma once

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace Dorfplatz::Test {

// A real icecast2 on 127.0.0.1 fed by a real ffmpeg live source (a 440 Hz MP3 sine, 64 kbit/s
// mono), for stream player tests. The waits inside run the event loop, so other servers and
// players on this thread go on working. Everything stops with the object.
class IcecastServer final : public QObject
{
    Q_OBJECT

public:
    // Icecast inserts an ICY metadata block after this many audio bytes (about one a second at
    // 64 kbit/s), so title changes reach a listener quickly.
    static constexpr int metadataInterval = 8192;
    static constexpr char sourcePassword[] = "dorfplatz-source";
    static constexpr char adminUser[] = "admin";
    static constexpr char adminPassword[] = "dorfplatz-admin";

    explicit IcecastServer(QObject *parent = nullptr);
    ~IcecastServer() override;

    // Starts icecast2 on a free port and waits (at most 10 s) until it answers HTTP.
    bool start();
    // Kills the sources and icecast and waits for them.
    void stop();
    bool isRunning() const;

    // Starts an ffmpeg source for the mount and waits (at most 15 s) until the mount is live;
    // a non-empty title is then set as stream title.
    bool startSource(const QString &mount = QStringLiteral("/live.mp3"), const QString &title = {});
    // Kills the source: the mount goes away and its listeners' connections end.
    void stopSource(const QString &mount = QStringLiteral("/live.mp3"));
    bool sourceRunning(const QString &mount = QStringLiteral("/live.mp3")) const;
    // Sets the ICY StreamTitle through the admin interface; true on HTTP 200.
    bool setTitle(const QString &title, const QString &mount = QStringLiteral("/live.mp3"));

    quint16 port() const { return m_port; }
    QUrl url(const QString &mount = QStringLiteral("/live.mp3")) const;
    // Whether status-json.xsl lists the mount as live.
    bool mountLive(const QString &mount = QStringLiteral("/live.mp3"));
    // icecast's error log, for diagnostics.
    QByteArray errorLog() const;

private:
    bool writeConfig(const QString &path) const;
    // GET on icecast; the status code (0 if none) and body. Waits at most timeoutMs.
    int get(const QUrl &url, QByteArray *body, int timeoutMs, bool authenticate = false);
    // Runs the event loop until the process ends or timeoutMs passed; true if it ended.
    static bool waitForExit(QProcess *process, int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_icecast;
    QNetworkAccessManager m_network;
    QHash<QString, QProcess *> m_sources;
    quint16 m_port = 0;
};

} // namespace Dorfplatz::Test
