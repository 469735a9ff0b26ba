// The breakout suite (issue 11): the real dorfplatz program, fullscreen as in the home (no
// --windowed), on a private Xvfb server, against scripted escape and abuse attempts: keys a
// keyboard left on the table can send, right clicks and long touches on every screen, a call
// server that was taken over (tests/breakout/attack.js in the stand-in Jitsi room, real
// WebEngine), VLC's own hotkeys on the video player, and hostile configurations and feeds.
// After each attempt (BreakoutCheck): (a) the kiosk's window is the only one on the glass,
// (b) nothing was written outside the data folder, (c) the kiosk still answers. Attempts that
// share a screen share one kiosk process; a failed attempt restarts it for the next one.
// README.md lists the attempts and the other tests that cover some of them.
#include "breakoutcheck.h"
#include "hostileroom.h"
#include "kioskprocess.h"
#include "notifysocket.h"
#include "openwatch.h"
#include "support/icecastserver.h"
#include "support/testconfig.h"
#include "support/testhttpserver.h"
#include "xdisplay.h"
#include "xdotool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace Dorfplatz;
using namespace Dorfplatz::Test;
using namespace Qt::StringLiterals;

namespace {

const QSize screenSize(1280, 800);

// The tiles carry solid pictures in colours the kiosk's themes do not use, so the test finds a
// tile on the glass by its colour, whatever the layout.
constexpr QRgb radioColour = 0xFFFF00FF;
constexpr QRgb videoColour = 0xFF00C8C8;
constexpr QRgb callColour = 0xFFFF8000;
constexpr QRgb eventsColour = 0xFF8000FF;
constexpr QRgb scheduleColour = 0xFF00A000;
constexpr QRgb contactsColour = 0xFFC8C800;
constexpr QRgb playlistColour = 0xFF1E5AA0;
constexpr QRgb hugeFileColour = 0xFF5A3C1E;
// Pictures that must never reach the glass: one named in HTML of a feed or an ICY title (shown
// only if the text is taken as rich text), one behind a symlink out of the configuration.
constexpr QRgb htmlMarkerColour = 0xFF00FF00;
constexpr QRgb outsideColour = 0xFF0000FF;
// The kiosk's own colours (app/ui/kit/theme.cpp): "Auflegen" and the header's home button.
constexpr QRgb hangUpRed = 0xFFA31515;
constexpr QRgb accentBlue = 0xFF1F4E79;

constexpr int startTimeout = 20000;
constexpr int joinTimeout = 20000;
// A calendar that makes the sync write more than this has beaten the text caps; the test ends
// that sync rather than let it fill the disk (without caps it writes gigabytes in minutes).
constexpr qint64 syncLimit = 200 * 1024 * 1024;

// The centre of the pixels of exactly that colour inside area, if there are enough of them to
// be a picture or a button rather than a stray pixel of anti-aliasing.
std::optional<QPoint> findColour(const QImage &image, QRgb colour, QRect area = {})
{
    if (image.isNull())
        return std::nullopt;
    const QRect within = area.isNull() ? image.rect() : area.intersected(image.rect());
    qint64 x = 0;
    qint64 y = 0;
    qint64 count = 0;
    for (int row = within.top(); row <= within.bottom(); ++row) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(row));
        for (int column = within.left(); column <= within.right(); ++column) {
            if ((line[column] | 0xFF000000) == colour) {
                x += column;
                y += row;
                ++count;
            }
        }
    }
    if (count < 100)
        return std::nullopt;
    return QPoint(int(x / count), int(y / count));
}

bool writePicture(const QString &path, QRgb colour)
{
    QImage image(96, 96, QImage::Format_RGB32);
    image.fill(colour);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && image.save(path, "PNG");
}

// An iCalendar line folded at 74 octets, as RFC 5545 asks.
QByteArray folded(const QByteArray &line)
{
    QByteArray out;
    for (qsizetype i = 0; i < line.size(); i += 74) {
        if (i > 0)
            out += "\r\n ";
        out += line.mid(i, 74);
    }
    return out + "\r\n";
}

QByteArray calendar(const QByteArray &events)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dorfplatz//breakout//DE\r\n" + events +
           "END:VCALENDAR\r\n";
}

// A private IPv4 address of this machine (10/8, 172.16/12, 192.168/16): a "LAN" address that
// still leads back to this machine.
std::optional<QHostAddress> lanAddress()
{
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() != QAbstractSocket::IPv4Protocol || address.isLoopback())
            continue;
        const quint32 ip = address.toIPv4Address();
        if ((ip >> 24) == 10 || (ip >> 20) == (172u << 4 | 1u) || (ip >> 16) == (192u << 8 | 168u))
            return address;
    }
    return std::nullopt;
}

// Ports that listen on this machine (/proc/net/tcp and tcp6, state 0A).
QList<quint16> listeningPorts()
{
    QList<quint16> ports;
    for (const QString &table : {u"/proc/net/tcp"_s, u"/proc/net/tcp6"_s}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 4 || fields.at(3) != "0A")
                continue;
            bool ok = false;
            const quint16 port = fields.at(1).split(':').value(1).toUShort(&ok, 16);
            if (ok)
                ports.append(port);
        }
    }
    return ports;
}

quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost) ? server.serverPort() : quint16(0);
}

} // namespace

class TestBreakout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void keysOnHome_data();
    void keysOnHome();
    void touchOnEveryScreen_data();
    void touchOnEveryScreen();
    void feedHtmlIsPlainText();
    void hugeFeedDescription();
    void icyTitleHtmlIsPlainText();
    void remoteDebuggingStaysOff();
    void callPage_data();
    void callPage();
    void beforeUnloadDuringHangUp();
    void busyLoopDuringHangUp();
    void videoPlayer_data();
    void videoPlayer();
    void hostileConfiguration_data();
    void hostileConfiguration();
    void stillAnswersAfterAll();

private:
    // Starts the kiosk on config (the main configuration if empty) with the base environment.
    bool startKiosk(const QString &config = {});
    bool ensureKiosk();
    QImage shot() const { return m_x.screenshot(); }
    bool isHome(const QImage &image) const;
    bool waitForHome(int timeoutMs = 10000);
    bool goHome();
    // Taps the tile of that colour on the home screen and waits until the screen changed.
    bool openTile(QRgb colour);
    bool tap(QPoint at) { return m_xdo->click(at); }
    void verifyDefended(int timeoutMs = 5000);
    // Whether the screen changes (a video plays) within timeoutMs.
    bool screenMoves(int timeoutMs);
    // Two screenshots in a row that are the same: nothing is being drawn any more.
    bool screenSettles(int timeoutMs);

    // Calls with the hostile room.
    QPoint pagePoint() const
    {
        return QPoint(screenSize.width() * 15 / 100, screenSize.height() / 2);
    }
    bool ensureInCall();
    // Arms attack, taps the page, waits for the page's report.
    std::optional<QString> runInPage(const QString &attack, int timeoutMs = 15000);
    bool hangUp();
    void attempt() { m_isAttempt = true; }
    // Whether dorfplatz-sync has tried the feed (feed_status in events.db).
    bool feedAttempted(const QString &feed) const;
    // Ends a sync that writes more than syncLimit into the data folder (see initTestCase).
    void guardDisk();

    QTemporaryDir m_root;
    XDisplay m_x;
    std::unique_ptr<XdoTool> m_xdo;
    NotifySocket m_notify;
    KioskProcess m_kiosk;
    std::unique_ptr<BreakoutCheck> m_check;
    QProcessEnvironment m_environment;
    Test::TestConfigDir m_config;
    QString m_data;
    QString m_home;
    QString m_scratch;
    QString m_bait; // what hostile texts and files point at, written by the test
    QString m_markerPath;
    HostileRoom m_room;
    const QString m_roomName = u"anna-room"_s;
    IcecastServer m_icecast;
    HttpServer m_http;
    quint16 m_debugPortEnv = 0;
    quint16 m_debugPortFlag = 0;
    FileSnapshot m_wholeRun;

    bool m_restartNeeded = false;
    bool m_inCall = false;
    bool m_inVideo = false;
    int m_loadsInCall = 0;
    int m_hidesInCall = 0;
    bool m_isAttempt = false;
    int m_attempts = 0;
    int m_defended = 0;
    QStringList m_failedAttempts;
    QElapsedTimer m_clock;
    QElapsedTimer m_caseClock;
    QTimer m_diskGuard;
    bool m_syncRanAway = false;
    bool m_onlyFilesWritten = false;
};

void TestBreakout::initTestCase()
{
    m_clock.start();
    QVERIFY(m_root.isValid());
    QString error;
    QVERIFY2(m_x.start(screenSize, &error), qPrintable(error));
    m_xdo = std::make_unique<XdoTool>(m_x.name());

    const QDir root(m_root.path());
    m_home = root.filePath(u"home"_s);
    m_scratch = root.filePath(u"scratch"_s);
    m_data = root.filePath(u"data"_s);
    m_bait = root.filePath(u"bait"_s);
    const QString runtime = root.filePath(u"runtime"_s);
    for (const QString &folder : {m_home, m_scratch, m_data, m_bait, runtime})
        QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner));
    QVERIFY(m_notify.bind(root.filePath(u"notify.sock"_s)));

    // What the hostile texts name: a picture that shows only if HTML is rendered.
    m_markerPath = QDir(m_bait).filePath(u"marker.png"_s);
    QVERIFY(writePicture(m_markerPath, htmlMarkerColour));
    const QByteArray htmlImage =
        "<img src=\"" + m_markerPath.toUtf8() + "\" width=\"300\" height=\"300\">";

    // The servers: the hostile call server, an Icecast with an HTML title, plain HTTP.
    QVERIFY(m_room.listen());
    m_room.addRoom(m_roomName);
    QVERIFY2(m_icecast.start(), m_icecast.errorLog().constData());
    QVERIFY(m_icecast.startSource(u"/live.mp3"_s, u"Erster Titel"_s));
    QVERIFY(m_http.listen());

    // The configuration: the demo's, with tiles the test can find and servers on 127.0.0.1.
    m_config.copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    const QDir config(m_config.path());
    // The demo's 24 s concert is the video (making one with ffmpeg takes a minute on a busy
    // machine); the player starts it again when it ends.
    QVERIFY(QFileInfo::exists(config.filePath(u"media/konzert.webm"_s)));
    const auto picture = [&](const QString &name, QRgb colour) {
        return writePicture(config.filePath(u"pictures/"_s + name), colour);
    };
    QVERIFY(picture(u"t-radio.png"_s, radioColour));
    QVERIFY(picture(u"t-video.png"_s, videoColour));
    QVERIFY(picture(u"t-call.png"_s, callColour));
    QVERIFY(picture(u"t-events.png"_s, eventsColour));
    QVERIFY(picture(u"t-schedule.png"_s, scheduleColour));
    QVERIFY(picture(u"t-contacts.png"_s, contactsColour));
    QVERIFY(picture(u"t-playlist.png"_s, playlistColour));
    QVERIFY(picture(u"t-huge.png"_s, hugeFileColour));
    m_config.writeJson(u"kiosk.json"_s,
                       QJsonObject{{u"version"_s, 1},
                                   {u"language"_s, u"de"_s},
                                   {u"tapSound"_s, false},
                                   {u"homeName"_s, u"Haus Sonnenhang"_s},
                                   {u"inactivityTimeoutSeconds"_s, 3600},
                                   {u"nightHours"_s,
                                    QJsonObject{{u"start"_s, u"03:00"_s}, {u"end"_s, u"03:01"_s}}},
                                   {u"player"_s, u"vlc"_s}});
    const auto tile = [](const QString &id, const QString &kind, const QString &target,
                         const QString &file) {
        QJsonObject object{{u"id"_s, id},
                           {u"kind"_s, kind},
                           {u"label"_s, id},
                           {u"picture"_s, QString(u"pictures/"_s + file)}};
        if (!target.isEmpty())
            object.insert(u"target"_s, target);
        return object;
    };
    m_config.writeJson(
        u"tiles.json"_s,
        QJsonObject{
            {u"version"_s, 1},
            {u"tiles"_s, QJsonArray{tile(u"radio"_s, u"stream"_s, u"icy"_s, u"t-radio.png"_s),
                                    tile(u"film"_s, u"stream"_s, u"film"_s, u"t-video.png"_s),
                                    tile(u"anna"_s, u"call"_s, u"anna"_s, u"t-call.png"_s),
                                    tile(u"termine"_s, u"events"_s, {}, u"t-events.png"_s),
                                    tile(u"programm"_s, u"schedule"_s, {}, u"t-schedule.png"_s),
                                    tile(u"familie"_s, u"call"_s, {}, u"t-contacts.png"_s)}}});
    const auto stream = [](const QString &id, const QString &kind, const QString &url) {
        return QJsonObject{
            {u"id"_s, id}, {u"name"_s, id}, {u"kind"_s, kind}, {u"urls"_s, QJsonArray{url}}};
    };
    m_config.writeJson(
        u"streams.json"_s,
        QJsonObject{
            {u"version"_s, 1},
            {u"streams"_s, QJsonArray{stream(u"icy"_s, u"radio"_s, m_icecast.url().toString()),
                                      stream(u"film"_s, u"video"_s, u"media/konzert.webm"_s)}}});
    m_config.writeJson(
        u"contacts.json"_s,
        QJsonObject{{u"version"_s, 1},
                    {u"server"_s, m_room.server().toString()},
                    {u"contacts"_s, QJsonArray{QJsonObject{{u"id"_s, u"anna"_s},
                                                           {u"name"_s, u"Anna"_s},
                                                           {u"room"_s, m_roomName},
                                                           {u"picture"_s, u"pictures/t-call.png"_s},
                                                           {u"displayName"_s, u"Oma Erna"_s},
                                                           {u"ring"_s, false}}}}});
    // Feeds: HTML in the texts; a 15 MB description on an hourly rule without end.
    const QByteArray today = QDate::currentDate().toString(u"yyyyMMdd"_s).toLatin1();
    QVERIFY(m_config.writeText(
        u"feeds/html.ics"_s,
        calendar("BEGIN:VEVENT\r\nUID:html@breakout\r\nDTSTAMP:20260101T000000Z\r\n"
                 "DTSTART;VALUE=DATE:" +
                 today + "\r\n" + folded("SUMMARY:Kaffee " + htmlImage + " <b>fett</b>") +
                 folded("DESCRIPTION:" + htmlImage + " <a href=\"file:///etc/passwd\">Link</a>") +
                 "END:VEVENT\r\n")));
    QVERIFY(m_config.writeText(
        u"feeds/riesig.ics"_s,
        calendar("BEGIN:VEVENT\r\nUID:riesig@breakout\r\nDTSTAMP:20260101T000000Z\r\n"
                 "DTSTART:" +
                 today + "T000000\r\nDURATION:PT30M\r\nRRULE:FREQ=HOURLY\r\nSUMMARY:Riesig\r\n" +
                 folded("DESCRIPTION:" + QByteArray(15 * 1024 * 1024, 'x')) + "END:VEVENT\r\n")));
    const auto feed = [](const QString &id, const QString &file) {
        return QJsonObject{{u"id"_s, id}, {u"name"_s, id}, {u"url"_s, QString(u"feeds/"_s + file)}};
    };
    m_config.writeJson(u"feeds.json"_s,
                       QJsonObject{{u"version"_s, 1},
                                   {u"feeds"_s, QJsonArray{feed(u"html"_s, u"html.ics"_s),
                                                           feed(u"riesig"_s, u"riesig.ics"_s)}}});

    // The environment of a kiosk user's session, inside the temporary folder; remote debugging
    // asked for in both ways WebEngine knows.
    m_debugPortEnv = freePort();
    m_debugPortFlag = freePort();
    QVERIFY(m_debugPortEnv != 0 && m_debugPortFlag != 0 && m_debugPortEnv != m_debugPortFlag);
    m_environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"WAYLAND_DISPLAY"_s, u"XAUTHORITY"_s, u"WATCHDOG_PID"_s,
                                u"SESSION_MANAGER"_s, u"DBUS_SESSION_BUS_ADDRESS"_s})
        m_environment.remove(name);
    m_environment.insert(u"DISPLAY"_s, m_x.name());
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    m_environment.insert(u"HOME"_s, m_home);
    m_environment.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
    m_environment.insert(u"XDG_CACHE_HOME"_s, m_home + u"/.cache"_s);
    m_environment.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
    m_environment.insert(u"XDG_STATE_HOME"_s, m_home + u"/.local/state"_s);
    m_environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    m_environment.insert(u"TMPDIR"_s, m_scratch);
    m_environment.insert(u"NOTIFY_SOCKET"_s, m_notify.path());
    m_environment.insert(u"WATCHDOG_USEC"_s, u"1000000"_s);
    m_environment.insert(u"QT_LOGGING_RULES"_s, u"dorfplatz.perf.info=true"_s);
    m_environment.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_s, u"1"_s); // tests run as root
    m_environment.insert(u"QTWEBENGINE_REMOTE_DEBUGGING"_s, u"127.0.0.1:%1"_s.arg(m_debugPortEnv));
    m_environment.insert(
        u"QTWEBENGINE_CHROMIUM_FLAGS"_s,
        u"--use-fake-device-for-media-stream --remote-debugging-port=%1"_s.arg(m_debugPortFlag));

    m_check = std::make_unique<BreakoutCheck>(m_x, m_kiosk, m_notify);
    m_check->setWatched({m_home, m_scratch, m_config.path()}, {m_data});
    m_wholeRun = FileSnapshot::take({m_home, m_scratch, m_config.path()}, {m_data});
    m_diskGuard.setInterval(200);
    connect(&m_diskGuard, &QTimer::timeout, this, &TestBreakout::guardDisk);
    m_diskGuard.start();
    QVERIFY2(m_x.visibleTopLevels().isEmpty(), "the private X server shows a window already");
    QVERIFY2(startKiosk(), qPrintable(m_kiosk.log().right(3000)));
    QVERIFY2(!m_kiosk.log().contains(u"dorfplatz.config:"_s), qPrintable(m_kiosk.log()));
    QVERIFY2(waitForHome(), "the kiosk does not show its home screen");
    qInfo("set-up: %lld ms (Xvfb, Icecast, media, first kiosk)", m_clock.elapsed());
}

void TestBreakout::cleanupTestCase()
{
    m_kiosk.stop();
    if (!m_failedAttempts.isEmpty())
        qInfo("nicht abgewehrt: %s", qPrintable(m_failedAttempts.join(u", "_s)));
    qInfo("Ausbruchsversuche: %d, abgewehrt: %d (%lld s)", m_attempts, m_defended,
          m_clock.elapsed() / 1000);
    if (m_check && !m_check->notifies())
        qInfo("the kiosk sent no sd_notify READY=1: (c) checked the process and its window only");
}

void TestBreakout::init()
{
    m_caseClock.start();
    m_isAttempt = false;
    m_onlyFilesWritten = false;
    m_check->takeBaseline();
}

void TestBreakout::cleanup()
{
    const QString name =
        QString::fromLatin1(QTest::currentTestFunction()) +
        (QTest::currentDataTag() ? u" "_s + QString::fromLatin1(QTest::currentDataTag())
                                 : QString());
    qInfo().noquote() << u"%1 ms"_s.arg(m_caseClock.elapsed());
    if (m_isAttempt) {
        ++m_attempts;
        if (QTest::currentTestFailed())
            m_failedAttempts.append(name);
        else
            ++m_defended;
    }
    if (QTest::currentTestFailed() && !m_onlyFilesWritten) {
        // Whatever the attempt left (a dialog, a hung page) must not spoil the next one.
        m_restartNeeded = true;
        qInfo().noquote() << "kiosk log (end):" << m_kiosk.log().right(1500);
    }
}

// --- the kiosk ----------------------------------------------------------------------------------

bool TestBreakout::startKiosk(const QString &config)
{
    m_kiosk.stop();
    m_inCall = false;
    m_inVideo = false;
    m_kiosk.setEnvironment(m_environment);
    if (!m_kiosk.start(
            {u"--config"_s, config.isEmpty() ? m_config.path() : config, u"--data"_s, m_data}))
        return false;
    if (!m_kiosk.waitForFirstPaint(startTimeout))
        return false;
    m_restartNeeded = false;
    return QTest::qWaitFor([this] { return m_check->windowProblem().isEmpty(); }, 5000);
}

bool TestBreakout::ensureKiosk()
{
    if (m_kiosk.isRunning() && !m_restartNeeded)
        return true;
    return startKiosk() && waitForHome();
}

bool TestBreakout::isHome(const QImage &image) const
{
    return findColour(image, radioColour) && findColour(image, videoColour) &&
           findColour(image, callColour);
}

bool TestBreakout::waitForHome(int timeoutMs)
{
    return QTest::qWaitFor([this] { return isHome(shot()); }, timeoutMs);
}

bool TestBreakout::goHome()
{
    if (!ensureKiosk())
        return false;
    m_inCall = false;
    m_inVideo = false;
    const QImage image = shot();
    if (isHome(image))
        return true;
    // The header's "Startseite", top left, where the screen shows the header.
    const QRect corner(0, 0, screenSize.width() * 2 / 5, screenSize.height() * 3 / 20);
    if (const auto button = findColour(image, accentBlue, corner)) {
        if (tap(*button) && waitForHome(5000))
            return true;
    }
    // The player and the call have their own buttons; starting again is as quick.
    return startKiosk() && waitForHome();
}

bool TestBreakout::openTile(QRgb colour)
{
    if (!goHome())
        return false;
    auto at = findColour(shot(), colour);
    // The home screen pages its tiles when they do not all fit (a taller header, a banner):
    // "weiter" is the accent-coloured button at the bottom right.
    const QRect pager(screenSize.width() / 2, screenSize.height() * 3 / 4, screenSize.width() / 2,
                      screenSize.height() / 4);
    for (int page = 0; !at && page < 3; ++page) {
        const auto next = findColour(shot(), accentBlue, pager);
        if (!next || !tap(*next))
            return false;
        if (!QTest::qWaitFor([&] { return (at = findColour(shot(), colour)).has_value(); }, 2000))
            continue;
    }
    if (!at) {
        qInfo() << "no tile of colour" << Qt::hex << colour << "on the home screen";
        return false;
    }
    // A tap within 0.6 s of the last one counts as a tremor and is ignored: tap again.
    for (int tries = 0; tries < 3; ++tries) {
        if (!tap(*at))
            return false;
        if (QTest::qWaitFor([&] { return !isHome(shot()); }, 4000))
            return true;
    }
    return false;
}

void TestBreakout::verifyDefended(int timeoutMs)
{
    const QStringList problems = m_check->problems(timeoutMs);
    // Files written outside the data folder leave the kiosk as it was: no need to start again.
    m_onlyFilesWritten =
        !problems.isEmpty() && std::all_of(problems.cbegin(), problems.cend(),
                                           [](const QString &p) { return p.startsWith(u"(b)"_s); });
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

bool TestBreakout::screenMoves(int timeoutMs)
{
    const QImage first = shot();
    return QTest::qWaitFor([&] { return shot() != first; }, timeoutMs);
}

bool TestBreakout::screenSettles(int timeoutMs)
{
    QImage last = shot();
    return QTest::qWaitFor(
        [&] {
            const QImage now = shot();
            const bool same = now == last;
            last = now;
            return same;
        },
        timeoutMs);
}

// --- keys and touches ---------------------------------------------------------------------------

void TestBreakout::keysOnHome_data()
{
    QTest::addColumn<QString>("keys");
    for (const char *keys : {"alt+F4", "ctrl+q", "ctrl+w", "Escape", "F11", "alt+Tab", "super",
                             "alt+F2", "ctrl+alt+t", "ctrl+alt+BackSpace", "ctrl+alt+F1"})
        QTest::newRow(keys) << QString::fromLatin1(keys);
}

// Keys a keyboard left on the table sends. Under Xvfb there is no window manager and no
// virtual terminal: what is tested is that the kiosk itself does nothing with them.
void TestBreakout::keysOnHome()
{
    QFETCH(QString, keys);
    attempt();
    QVERIFY(goHome());
    QVERIFY(m_xdo->move(QPoint(screenSize.width() / 2, 5))); // over the kiosk, on no tile
    QVERIFY2(m_xdo->key(keys), qPrintable(m_xdo->lastError()));
    verifyDefended();
    QVERIFY2(isHome(shot()), "the key took the kiosk off its home screen");
}

void TestBreakout::touchOnEveryScreen_data()
{
    QTest::addColumn<QRgb>("tile"); // 0: the home screen itself
    QTest::addColumn<bool>("hold");
    const std::pair<const char *, QRgb> screens[] = {{"home", 0},
                                                     {"schedule", scheduleColour},
                                                     {"contacts", contactsColour},
                                                     {"events", eventsColour},
                                                     {"radio", radioColour}};
    for (const auto &[name, colour] : screens) {
        QTest::addRow("%s right click", name) << colour << false;
        QTest::addRow("%s 1 s hold", name) << colour << true;
    }
}

// A right click (a mouse plugged in) and a long touch where no button is: no context menu, no
// other window, the screen stays.
void TestBreakout::touchOnEveryScreen()
{
    QFETCH(QRgb, tile);
    QFETCH(bool, hold);
    attempt();
    if (tile == 0)
        QVERIFY(goHome());
    else
        QVERIFY(openTile(tile));
    QVERIFY(screenSettles(10000));
    // Between the header and the content, where no screen has a button.
    const QPoint at(screenSize.width() / 2, screenSize.height() * 17 / 100);
    QVERIFY(hold ? m_xdo->hold(at, 1000) : m_xdo->click(at, 3));
    verifyDefended();
}

// --- hostile texts ------------------------------------------------------------------------------

bool TestBreakout::feedAttempted(const QString &feed) const
{
    const QString cache = QDir(m_data).filePath(u"events.db"_s);
    if (!QFileInfo::exists(cache))
        return false;
    bool attempted = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"breakout"_s);
        db.setDatabaseName(cache);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(u"SELECT last_attempt IS NOT NULL FROM feed_status WHERE feed = ?"_s);
            query.addBindValue(feed);
            attempted = query.exec() && query.next() && query.value(0).toBool();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"breakout"_s);
    return attempted;
}

void TestBreakout::guardDisk()
{
    qint64 written = 0;
    for (const QFileInfo &file : QDir(m_data).entryInfoList(QDir::Files | QDir::Hidden))
        written += file.size();
    if (written <= syncLimit || !m_kiosk.isRunning())
        return;
    for (const qint64 pid : m_kiosk.descendants()) {
        QFile comm(u"/proc/%1/comm"_s.arg(pid));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "dorfplatz-sync") {
            ::kill(pid_t(pid), SIGKILL);
            m_syncRanAway = true;
        }
    }
    // What it left (a staging database) goes too: the disk is shared.
    for (const QFileInfo &file : QDir(m_data).entryInfoList({u"events.db.staging*"_s}, QDir::Files))
        QFile::remove(file.absoluteFilePath());
}

// HTML in a calendar's title and description (an <img> of a local file, a file: link) is shown
// as text: the picture never reaches the glass.
void TestBreakout::feedHtmlIsPlainText()
{
    attempt();
    QVERIFY(ensureKiosk());
    // The sync the kiosk started at its start has stored this feed (it comes first).
    QVERIFY2(QTest::qWaitFor([this] { return feedAttempted(u"html"_s); }, 30000),
             "the events sync did not store the feed in 30 s");
    QVERIFY(openTile(eventsColour));
    QVERIFY(screenSettles(10000));
    QVERIFY2(!findColour(shot(), htmlMarkerColour), "a picture named in the feed's HTML is shown");
    verifyDefended();
}

// 15 MB of description on an hourly rule without end: the sync caps it, the cache stays small,
// the screen opens.
void TestBreakout::hugeFeedDescription()
{
    attempt();
    QVERIFY(ensureKiosk());
    QVERIFY2(QTest::qWaitFor([this] { return m_syncRanAway || feedAttempted(u"riesig"_s); }, 60000),
             "the sync did not get through the huge feed in 60 s");
    QVERIFY2(!m_syncRanAway, "the sync wrote more than 200 MB into the data folder for one feed");
    const QFileInfo cache(QDir(m_data).filePath(u"events.db"_s));
    QVERIFY(cache.exists());
    QVERIFY2(cache.size() < 64 * 1024 * 1024,
             qPrintable(u"events.db has %1 MB"_s.arg(cache.size() / (1024 * 1024))));
    QVERIFY(openTile(eventsColour));
    QVERIFY(screenSettles(10000));
    verifyDefended();
    QVERIFY(goHome());
}

// An ICY title with HTML (an <img> of a local file) is shown as text.
void TestBreakout::icyTitleHtmlIsPlainText()
{
    attempt();
    QVERIFY(openTile(radioColour));
    QVERIFY2(screenSettles(20000), "the radio screen does not settle");
    // Now the station changes its title; the screen shows the new one (it changes), as text.
    const QImage before = shot();
    QVERIFY(m_icecast.setTitle(u"<img src=\""_s + m_markerPath +
                               u"\" width=\"300\" height=\"300\"><b>Zweiter Titel</b>"_s));
    QVERIFY2(QTest::qWaitFor([&] { return shot() != before; }, 15000),
             "the new title never reached the screen");
    QVERIFY(screenSettles(10000));
    QVERIFY2(!findColour(shot(), htmlMarkerColour), "the ICY title was shown as rich text");
    verifyDefended();
    QVERIFY(m_icecast.setTitle(u"Erster Titel"_s));
}

// --- the call page ------------------------------------------------------------------------------

bool TestBreakout::ensureInCall()
{
    if (m_inCall && m_kiosk.isRunning() && !m_restartNeeded &&
        m_room.pageHides(m_roomName) == m_hidesInCall)
        return true;
    const int joined = m_room.joined(m_roomName);
    if (!openTile(callColour))
        return false;
    if (!QTest::qWaitFor([&] { return m_room.joined(m_roomName) > joined; }, joinTimeout))
        return false;
    m_inCall = true;
    m_loadsInCall = m_room.pageLoads(m_roomName);
    m_hidesInCall = m_room.pageHides(m_roomName);
    return true;
}

std::optional<QString> TestBreakout::runInPage(const QString &attack, int timeoutMs)
{
    const int id = m_room.arm(attack);
    if (!QTest::qWaitFor([&] { return m_room.isArmed(id); }, 5000))
        return std::nullopt;
    // A tap that lands while the kiosk still covers the page (just joined) does not reach it;
    // the page runs the attack on the first tap it gets, so tapping again is harmless.
    QElapsedTimer waited;
    waited.start();
    while (!m_room.outcome(id) && waited.elapsed() < timeoutMs) {
        if (!tap(pagePoint()))
            return std::nullopt;
        if (QTest::qWaitFor([&] { return m_room.outcome(id).has_value(); }, 8000))
            break;
    }
    return m_room.outcome(id);
}

bool TestBreakout::hangUp()
{
    const QRect lower(0, screenSize.height() / 2, screenSize.width(), screenSize.height() / 2);
    const auto button = findColour(shot(), hangUpRed, lower);
    m_inCall = false;
    return button && tap(*button);
}

// WebEngine's DevTools server, asked for by environment (QTWEBENGINE_REMOTE_DEBUGGING) and by
// Chromium flag (--remote-debugging-port in QTWEBENGINE_CHROMIUM_FLAGS), never listens.
void TestBreakout::remoteDebuggingStaysOff()
{
    attempt();
    QVERIFY(ensureInCall()); // WebEngine starts with the first call
    const QList<quint16> ports = listeningPorts();
    QVERIFY2(!ports.contains(m_debugPortEnv),
             qPrintable(u"DevTools listen on port %1 (QTWEBENGINE_REMOTE_DEBUGGING)"_s.arg(
                 m_debugPortEnv)));
    QVERIFY2(
        !ports.contains(m_debugPortFlag),
        qPrintable(u"DevTools listen on port %1 (--remote-debugging-port)"_s.arg(m_debugPortFlag)));
    verifyDefended();
}

void TestBreakout::callPage_data()
{
    QTest::addColumn<QString>("kind"); // key, page (an attack of attack.js), touch
    QTest::addColumn<QString>("what");
    QTest::newRow("right click") << u"touch"_s << u"right"_s;
    QTest::newRow("1 s hold") << u"touch"_s << u"hold"_s;
    for (const char *keys : {"ctrl+p", "F12", "ctrl+shift+i", "ctrl+u", "ctrl+s", "ctrl+n", "F5",
                             "alt+Left", "ctrl+w", "ctrl+q", "alt+F4", "Escape", "F11"})
        QTest::addRow("key %s", keys) << u"key"_s << QString::fromLatin1(keys);
    QTest::newRow("mouse back button") << u"touch"_s << u"back"_s;
    for (const char *attack : {"fullscreen", "print", "close", "displayMedia", "pointerLock",
                               "protocolHandler", "filePicker", "colorInput", "viewSource",
                               "chromeGpu", "filePasswd", "dataFrame", "openWindow"})
        QTest::addRow("page %s", attack) << u"page"_s << QString::fromLatin1(attack);
}

// In a call, with a call server that was taken over: what a stray key, a mouse or the page's
// own script try. The call goes on: the room page is neither reloaded nor left, it answers the
// next tap, and nothing it asked for was granted.
void TestBreakout::callPage()
{
    QFETCH(QString, kind);
    QFETCH(QString, what);
    attempt();
    QVERIFY2(ensureInCall(), "the call to the hostile room did not start");
    QCOMPARE(runInPage(u"focus"_s), u"focused"_s);
    if (kind == u"key"_s) {
        QVERIFY2(m_xdo->key(what), qPrintable(m_xdo->lastError()));
    } else if (kind == u"touch"_s) {
        if (what == u"hold"_s)
            QVERIFY(m_xdo->hold(pagePoint(), 1000));
        else
            QVERIFY(m_xdo->click(pagePoint(), what == u"right"_s ? 3 : 8));
    } else {
        const auto outcome = runInPage(what);
        QVERIFY2(outcome, "the page did not report its attempt");
        qInfo().noquote() << what << "->" << *outcome;
        for (const char *granted : {"granted", "FULLSCREEN", "LOCKED"})
            QVERIFY2(!outcome->contains(QLatin1String(granted)), qPrintable(*outcome));
    }
    // The barrier: the same page answers a tap after the attempt, so whatever the attempt set
    // off in the page has happened by now.
    if (runInPage(u"focus"_s) != u"focused"_s) {
        // Tell whether the kiosk is stuck too (a hidden modal dialog) or only the page.
        const QString windows = m_check->windowProblem();
        const bool home = hangUp() && waitForHome(5000);
        QFAIL(qPrintable(
            u"the page no longer answers a tap; "_s +
            (home ? u"Auflegen still goes home"_s : u"Auflegen does not go home either"_s) +
            (windows.isEmpty() ? QString() : u". "_s + windows)));
    }
    QCOMPARE(m_room.requests(u"/breakout/popup"_s), 0);
    verifyDefended();
    QCOMPARE(m_room.pageHides(m_roomName), m_hidesInCall);
    QCOMPARE(m_room.pageLoads(m_roomName), m_loadsInCall);
    const QImage screen = shot();
    if (!findColour(
            screen, hangUpRed,
            QRect(0, screenSize.height() / 2, screenSize.width(), screenSize.height() / 2))) {
        const QString file = QDir::temp().filePath(u"breakout-no-hang-up.png"_s);
        screen.save(file);
        QFAIL(qPrintable(u"the call screen's Auflegen is gone (the screen: %1)"_s.arg(file)));
    }
}

// The room holds on with a beforeunload prompt: hanging up still goes home at once, no dialog
// comes up, and the room page is really emptied (camera and microphone released).
void TestBreakout::beforeUnloadDuringHangUp()
{
    attempt();
    QVERIFY(ensureInCall());
    QCOMPARE(runInPage(u"beforeUnload"_s), u"installed"_s);
    const int hides = m_room.pageHides(m_roomName);
    QVERIFY(hangUp());
    QVERIFY2(waitForHome(10000), "Auflegen did not go home");
    QVERIFY2(QTest::qWaitFor([&] { return m_room.pageHides(m_roomName) > hides; }, 10000),
             "the room page is still there after hanging up (beforeunload held it)");
    verifyDefended();
}

// The room spins in a busy loop when the hang-up command arrives: the kiosk goes home at once,
// keeps answering, and the next call works.
void TestBreakout::busyLoopDuringHangUp()
{
    attempt();
    QVERIFY(ensureInCall());
    QCOMPARE(runInPage(u"busyOnHangUp"_s), u"installed"_s);
    QVERIFY(hangUp());
    QVERIFY2(waitForHome(10000), "Auflegen did not go home");
    verifyDefended();
    const int joined = m_room.joined(m_roomName);
    QVERIFY(openTile(callColour));
    QVERIFY2(QTest::qWaitFor([&] { return m_room.joined(m_roomName) > joined; }, joinTimeout),
             "the next call did not join after the room hung in a busy loop");
    QVERIFY(hangUp());
    QVERIFY(waitForHome(10000));
}

// --- the video player ---------------------------------------------------------------------------

void TestBreakout::videoPlayer_data()
{
    QTest::addColumn<QString>("what");
    for (const char *what :
         {"shift+r", "shift+s", "f", "m", "space", "double tap", "right click", "1 s hold"})
        QTest::newRow(what) << QString::fromLatin1(what);
}

// VLC's own hotkeys and mouse handling on the video (record, snapshot, fullscreen, mute,
// pause): none reaches VLC; the video plays on in the kiosk's window and nothing is written.
void TestBreakout::videoPlayer()
{
    QFETCH(QString, what);
    attempt();
    if (!m_inVideo || m_restartNeeded || !m_kiosk.isRunning()) {
        QVERIFY(openTile(videoColour));
        QVERIFY2(screenMoves(15000), "the video does not play");
        m_inVideo = true;
    }
    const QPoint centre(screenSize.width() / 2, screenSize.height() / 2);
    if (what == u"double tap"_s)
        QVERIFY(m_xdo->doubleClick(centre));
    else if (what == u"right click"_s)
        QVERIFY(m_xdo->click(centre, 3));
    else if (what == u"1 s hold"_s)
        QVERIFY(m_xdo->hold(centre, 1000));
    else
        QVERIFY(m_xdo->move(centre) && m_xdo->key(what));
    // VLC handles keys in its video output thread: two new frames later it has seen them.
    QVERIFY2(screenMoves(5000) && screenMoves(5000), "the video stopped");
    verifyDefended();
}

// --- hostile configurations ---------------------------------------------------------------------

void TestBreakout::hostileConfiguration_data()
{
    QTest::addColumn<QString>("what");
    for (const char *what : {"picture symlink out of the folder", "contacts.json a FIFO",
                             "5 GB media file", "remote playlist with file: and LAN"})
        QTest::newRow(what) << QString::fromLatin1(what);
}

// The kiosk starts on a hostile configuration and comes up on its home screen, with that
// configuration where it is safe or the last good one (the main configuration, kept in the data
// folder by the kiosk before); the hostile part does nothing.
void TestBreakout::hostileConfiguration()
{
    QFETCH(QString, what);
    attempt();
    m_kiosk.stop();
    Test::TestConfigDir hostile;
    hostile.copyFrom(m_config.path());
    const QDir dir(hostile.path());
    QJsonObject tiles = QJsonDocument::fromJson(readFile(dir.filePath(u"tiles.json"_s))).object();
    QJsonArray tileList = tiles.value(u"tiles"_s).toArray();
    QJsonObject streams =
        QJsonDocument::fromJson(readFile(dir.filePath(u"streams.json"_s))).object();
    QJsonArray streamList = streams.value(u"streams"_s).toArray();
    const auto addTile = [&](const QString &id, const QString &target, const QString &picture) {
        tileList.append(QJsonObject{{u"id"_s, id},
                                    {u"kind"_s, u"stream"_s},
                                    {u"label"_s, id},
                                    {u"target"_s, target},
                                    {u"picture"_s, picture}});
    };
    const auto addStream = [&](const QString &id, const QString &url) {
        streamList.append(QJsonObject{
            {u"id"_s, id}, {u"name"_s, id}, {u"kind"_s, u"video"_s}, {u"urls"_s, QJsonArray{url}}});
    };
    int lanConnections = 0;
    std::unique_ptr<OpenWatch> secretWatch;
    std::unique_ptr<QTcpServer> lan;
    std::unique_ptr<QTcpServer> loopback;
    QRgb tapColour = 0;

    if (what.startsWith(u"picture"_s)) {
        const QString outside = QDir(m_bait).filePath(u"aussen.png"_s);
        QVERIFY(writePicture(outside, outsideColour));
        QVERIFY(QFile::link(outside, dir.filePath(u"pictures/aussen.png"_s)));
        addTile(u"aussen"_s, u"film"_s, u"pictures/aussen.png"_s);
    } else if (what.startsWith(u"contacts"_s)) {
        QVERIFY(QFile::remove(dir.filePath(u"contacts.json"_s)));
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"contacts.json"_s)).constData(), 0600),
                 0);
    } else if (what.startsWith(u"5 GB"_s)) {
        QFile huge(dir.filePath(u"media/riesig.webm"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(5) * 1024 * 1024 * 1024)); // sparse: no disk used
        huge.close();
        addStream(u"riesig"_s, u"media/riesig.webm"_s);
        addTile(u"riesig"_s, u"riesig"_s, u"pictures/t-huge.png"_s);
        tapColour = hugeFileColour;
    } else {
        const QString secret = QDir(m_bait).filePath(u"geheim.txt"_s);
        QVERIFY(writeFile(secret, "geheim\n"));
        secretWatch = std::make_unique<OpenWatch>(secret);
        QVERIFY(secretWatch->isValid());
        QByteArray playlist = "#EXTM3U\nfile://" + secret.toUtf8() + "\nfile:///etc/passwd\n";
        // A service on the kiosk itself that the configuration does not name (another port of
        // 127.0.0.1, and "localhost"), and, where this machine has one, its private address.
        loopback = std::make_unique<QTcpServer>();
        QVERIFY(loopback->listen(QHostAddress::LocalHost));
        connect(loopback.get(), &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = loopback->nextPendingConnection()) {
                ++lanConnections;
                socket->close();
            }
        });
        const QByteArray loopbackPort = QByteArray::number(loopback->serverPort());
        playlist += "http://127.0.0.1:" + loopbackPort +
                    "/router.webm\nhttp://localhost:" + loopbackPort + "/drucker.webm\n";
        if (const auto address = lanAddress()) {
            lan = std::make_unique<QTcpServer>();
            QVERIFY(lan->listen(*address));
            connect(lan.get(), &QTcpServer::newConnection, this, [&] {
                while (QTcpSocket *socket = lan->nextPendingConnection()) {
                    ++lanConnections;
                    socket->close();
                }
            });
            playlist += "http://" + address->toString().toUtf8() + ':' +
                        QByteArray::number(lan->serverPort()) + "/lan.webm\n";
        } else {
            qInfo("no private IPv4 address here: the LAN entries are this machine's loopback");
        }
        m_http.addContent(u"/remote.m3u"_s, "audio/x-mpegurl", playlist);
        addStream(u"liste"_s, m_http.url(u"/remote.m3u"_s).toString());
        addTile(u"liste"_s, u"liste"_s, u"pictures/t-playlist.png"_s);
        tapColour = playlistColour;
    }
    tiles.insert(u"tiles"_s, tileList);
    streams.insert(u"streams"_s, streamList);
    hostile.writeJson(u"tiles.json"_s, tiles);
    hostile.writeJson(u"streams.json"_s, streams);

    m_check->setWatched({m_home, m_scratch, hostile.path()}, {m_data});
    m_check->takeBaseline();
    const auto restore = qScopeGuard([&] {
        m_kiosk.stop();
        m_restartNeeded = true;
        m_check->setWatched({m_home, m_scratch, m_config.path()}, {m_data});
    });
    QVERIFY2(startKiosk(hostile.path()),
             qPrintable(u"the kiosk did not come up (%1)"_s.arg(m_kiosk.endState())));
    QVERIFY2(QTest::qWaitFor([&] { return findColour(shot(), radioColour).has_value(); }, 10000),
             "the kiosk is not on its home screen");
    QVERIFY(screenSettles(10000));
    QVERIFY2(!findColour(shot(), outsideColour), "a picture from outside the folder is shown");
    if (tapColour != 0) {
        if (const auto at = findColour(shot(), tapColour)) {
            const int requests = m_http.requestCount(u"/remote.m3u"_s);
            QVERIFY(tap(*at));
            if (secretWatch) {
                // Fetched twice: the player went through the whole list once and tries again.
                QVERIFY2(QTest::qWaitFor(
                             [&] { return m_http.requestCount(u"/remote.m3u"_s) >= requests + 2; },
                             30000),
                         "the player never came back to the playlist");
                QVERIFY2(lanConnections == 0, "the player connected to a local address the "
                                              "remote playlist named");
                QVERIFY2(secretWatch->opens() == 0, "the player opened a file the remote playlist "
                                                    "named");
            }
        } else {
            qInfo("the hostile tile is not shown: the kiosk runs on the last good configuration");
        }
    }
    verifyDefended();
}

// After everything: a tap on a tile still changes the screen, and nothing was written outside
// the data folder over the whole run.
void TestBreakout::stillAnswersAfterAll()
{
    QVERIFY(ensureKiosk());
    QVERIFY(goHome());
    QVERIFY(openTile(scheduleColour));
    QVERIFY(goHome());
    const QStringList written =
        FileSnapshot::take({m_home, m_scratch, m_config.path()}, {m_data}).changesSince(m_wholeRun);
    QVERIFY2(written.isEmpty(), qPrintable(written.mid(0, 20).join(u"\n"_s)));
}

QTEST_GUILESS_MAIN(TestBreakout)
#include "tst_breakout.moc"
