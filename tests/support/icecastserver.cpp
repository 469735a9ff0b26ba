#include "icecastserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTest>

#include <unistd.h>

namespace Dorfplatz::Test {

using namespace Qt::StringLiterals;

namespace {

constexpr int startTimeoutMs = 10000;
constexpr int sourceTimeoutMs = 15000;
// Between two polls of icecast's status page; the wait ends early if the process dies.
constexpr int pollIntervalMs = 50;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

IcecastServer::IcecastServer(QObject *parent)
    : QObject(parent)
{
    // Tests never leave 127.0.0.1, whatever proxy the environment names.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_icecast.setProcessChannelMode(QProcess::MergedChannels);
}

IcecastServer::~IcecastServer()
{
    stop();
}

bool IcecastServer::waitForExit(QProcess *process, int timeoutMs)
{
    return QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; },
                           timeoutMs);
}

bool IcecastServer::writeConfig(const QString &path) const
{
    const QString logDir = QDir(m_dir->path()).filePath(u"log"_s);
    QString security = u"<chroot>0</chroot>"_s;
    if (geteuid() == 0) {
        // icecast2 refuses to run as root ("you should not run as root") unless it may drop to
        // another user; that user then writes the logs.
        security += u"<changeowner><user>nobody</user><group>nogroup</group></changeowner>"_s;
    }
    const QString xml = uR"(<icecast>
    <location>Dorfplatz test</location>
    <admin>test@127.0.0.1</admin>
    <limits>
        <clients>50</clients>
        <sources>8</sources>
        <queue-size>262144</queue-size>
        <client-timeout>10</client-timeout>
        <header-timeout>5</header-timeout>
        <source-timeout>5</source-timeout>
        <burst-on-connect>1</burst-on-connect>
        <burst-size>16384</burst-size>
    </limits>
    <authentication>
        <source-password>%1</source-password>
        <relay-password>%1</relay-password>
        <admin-user>%2</admin-user>
        <admin-password>%3</admin-password>
    </authentication>
    <hostname>127.0.0.1</hostname>
    <listen-socket>
        <port>%4</port>
        <bind-address>127.0.0.1</bind-address>
    </listen-socket>
    <mount type="default">
        <mp3-metadata-interval>%5</mp3-metadata-interval>
    </mount>
    <fileserve>1</fileserve>
    <paths>
        <basedir>/usr/share/icecast2</basedir>
        <logdir>%6</logdir>
        <webroot>/usr/share/icecast2/web</webroot>
        <adminroot>/usr/share/icecast2/admin</adminroot>
    </paths>
    <logging>
        <accesslog>access.log</accesslog>
        <errorlog>error.log</errorlog>
        <loglevel>3</loglevel>
    </logging>
    <security>%7</security>
</icecast>
)"_s.arg(QString::fromLatin1(sourcePassword), QString::fromLatin1(adminUser),
         QString::fromLatin1(adminPassword), QString::number(m_port),
         QString::number(metadataInterval), logDir, security);

    if (!QDir().mkpath(logDir))
        return false;
    // After dropping to nobody icecast must still reach the folder and write its logs.
    const auto everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                          QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QFile::setPermissions(m_dir->path(), everyone);
    QFile::setPermissions(logDir, everyone);

    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(xml.toUtf8()) > 0;
}

bool IcecastServer::start()
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>();
    m_port = freePort();
    const QString config = QDir(m_dir->path()).filePath(u"icecast.xml"_s);
    if (!m_dir->isValid() || m_port == 0 || !writeConfig(config)) {
        qWarning("IcecastServer: cannot prepare %s", qPrintable(m_dir->path()));
        return false;
    }

    m_icecast.start(u"icecast2"_s, {u"-c"_s, config});
    if (!m_icecast.waitForStarted(5000)) {
        qWarning("IcecastServer: icecast2 does not start: %s", qPrintable(m_icecast.errorString()));
        return false;
    }

    const QDeadlineTimer deadline(startTimeoutMs);
    const QUrl status = url(u"/status-json.xsl"_s);
    while (!deadline.hasExpired()) {
        if (m_icecast.state() == QProcess::NotRunning)
            break;
        if (get(status, nullptr, 1000) == 200)
            return true;
        waitForExit(&m_icecast, pollIntervalMs);
    }
    qWarning("IcecastServer: icecast2 on port %u does not answer. Output: %s\nError log: %s",
             unsigned(m_port), m_icecast.readAll().constData(), errorLog().constData());
    stop();
    return false;
}

void IcecastServer::stop()
{
    for (const QString &mount : m_sources.keys()) {
        QProcess *source = m_sources.take(mount);
        source->kill();
        source->waitForFinished(5000);
        delete source;
    }
    if (m_icecast.state() != QProcess::NotRunning) {
        m_icecast.terminate();
        if (!m_icecast.waitForFinished(3000)) {
            m_icecast.kill();
            m_icecast.waitForFinished(3000);
        }
    }
}

bool IcecastServer::isRunning() const
{
    return m_icecast.state() == QProcess::Running;
}

bool IcecastServer::startSource(const QString &mount, const QString &title)
{
    if (!isRunning()) {
        qWarning("IcecastServer: startSource() before start()");
        return false;
    }
    stopSource(mount);
    auto *source = new QProcess(this);
    source->setStandardOutputFile(QProcess::nullDevice());
    m_sources.insert(mount, source);
    source->start(u"ffmpeg"_s,
                  {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-nostdin"_s,
                   // -re: real time, like a station; otherwise the sine arrives as fast as it can.
                   u"-re"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                   u"sine=frequency=440:sample_rate=44100"_s, u"-c:a"_s, u"libmp3lame"_s, u"-b:a"_s,
                   u"64k"_s, u"-ac"_s, u"1"_s, u"-content_type"_s, u"audio/mpeg"_s, u"-ice_name"_s,
                   u"Dorfplatz Test"_s, u"-ice_public"_s, u"0"_s, u"-f"_s, u"mp3"_s,
                   u"icecast://source:%1@127.0.0.1:%2%3"_s.arg(QString::fromLatin1(sourcePassword))
                       .arg(m_port)
                       .arg(mount)});
    if (!source->waitForStarted(5000)) {
        qWarning("IcecastServer: ffmpeg does not start: %s", qPrintable(source->errorString()));
        stopSource(mount);
        return false;
    }

    const QDeadlineTimer deadline(sourceTimeoutMs);
    bool live = false;
    while (!deadline.hasExpired() && source->state() == QProcess::Running) {
        if ((live = mountLive(mount)))
            break;
        waitForExit(source, pollIntervalMs);
    }
    if (!live) {
        qWarning("IcecastServer: mount %s does not come up. ffmpeg: %s\nError log: %s",
                 qPrintable(mount), source->readAllStandardError().constData(),
                 errorLog().constData());
        stopSource(mount);
        return false;
    }
    return title.isEmpty() || setTitle(title, mount);
}

void IcecastServer::stopSource(const QString &mount)
{
    QProcess *source = m_sources.take(mount);
    if (!source)
        return;
    source->kill();
    source->waitForFinished(5000);
    delete source;
    // icecast notices the closed source connection at once, but the mount is only free for a new
    // source after it has cleaned up; waiting here makes startSource() right after reliable.
    const QDeadlineTimer deadline(5000);
    while (isRunning() && !deadline.hasExpired() && mountLive(mount))
        waitForExit(&m_icecast, pollIntervalMs);
}

bool IcecastServer::sourceRunning(const QString &mount) const
{
    const QProcess *source = m_sources.value(mount);
    return source && source->state() == QProcess::Running;
}

bool IcecastServer::setTitle(const QString &title, const QString &mount)
{
    QUrl admin = url(u"/admin/metadata"_s);
    // Encoded by hand: QUrlQuery leaves characters such as '+' and ';' alone, which icecast's
    // decoder would misread. The bytes are UTF-8 and icecast passes them on unchanged.
    const QByteArray query = "mount=" + QUrl::toPercentEncoding(mount) +
                             "&mode=updinfo&song=" + QUrl::toPercentEncoding(title);
    admin.setQuery(QString::fromLatin1(query));
    QByteArray body;
    const int status = get(admin, &body, 5000, true);
    if (status != 200)
        qWarning("IcecastServer: setting the title of %s failed (%d): %s", qPrintable(mount),
                 status, body.constData());
    return status == 200;
}

QUrl IcecastServer::url(const QString &mount) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(mount));
}

bool IcecastServer::mountLive(const QString &mount)
{
    QByteArray status;
    if (get(url(u"/status-json.xsl"_s), &status, 2000) != 200)
        return false;
    // A text search, not QJsonDocument: icecast 2.4 does not always escape titles into valid
    // JSON, and "source" is an object for one mount but an array for several.
    const QByteArray listenUrl = "\"listenurl\":\"" + url(mount).toEncoded() + '"';
    return status.contains(listenUrl);
}

QByteArray IcecastServer::errorLog() const
{
    if (!m_dir)
        return {};
    QFile log(QDir(m_dir->path()).filePath(u"log/error.log"_s));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

int IcecastServer::get(const QUrl &url, QByteArray *body, int timeoutMs, bool authenticate)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    if (authenticate) {
        const QByteArray credentials = QByteArray(adminUser) + ':' + adminPassword;
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    }
    std::unique_ptr<QNetworkReply> reply(m_network.get(request));
    QNetworkReply *pending = reply.get();
    if (!QTest::qWaitFor([pending] { return pending->isFinished(); }, timeoutMs + 500)) {
        reply->abort();
        return 0;
    }
    if (body)
        *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace Dorfplatz::Test
