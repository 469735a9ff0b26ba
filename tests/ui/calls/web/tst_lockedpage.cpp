#include "pagescript.h"
#include "support/testhttpserver.h"
#include "ui/calls/web/callprofile.h"
#include "ui/calls/web/lockedpage.h"
#include "ui/calls/web/lockedview.h"

#include <QApplication>
#include <QColorDialog>
#include <QDir>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// The call browser's page with real WebEngine and the fake camera and microphone
// (--use-fake-device-for-media-stream; the permission itself is never faked). Two test servers
// on 127.0.0.1: "allowed" is the configured call origin, "other" a second port that is not.
class TestLockedPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void mediaGrantedToTheCallOrigin();
    void mediaDeniedToTheHostPage();
    void notificationsAndGeolocationDenied();
    void navigationToAnotherOriginBlocked();
    void frameFromAnotherOriginBlocked();
    void windowOpenOpensNothing();
    void blankTargetLinkOpensNothing();
    void fileChooserYieldsNothing();
    void dialogsShowNothing();
    void pageAskingToStayIsLeftAnyway();
    void downloadsAreCancelled();
    void hostPageRunsOnItsOwnOrigin();
    void hostPageOnlyForTheKioskOnce();
    void browserPagesAndLocalFilesRefused_data();
    void browserPagesAndLocalFilesRefused();
    void colorInputOpensNoDialog();
    void droppedFileReachesNothing();
    void printFullscreenPointerLockAndScreenRefused();
    void protocolHandlerAndFilePickerRefused();

private:
    bool load(const QUrl &url);
    bool showHost(const QString &html);
    QVariant js(const QString &script) { return Test::evaluate(m_page.get(), script); }
    // A barrier for "a window would be asking the server by now".
    bool pageReachedTheServerAgain();
    // Clicks like a finger until `done` holds: a fresh element may not be hit-testable yet.
    bool clickUntil(const QPoint &pos, const std::function<bool()> &done);
    QStringList refusals(const QString &what) const;
    int visibleWindows() const;

    QTemporaryDir m_dir;
    Test::HttpServer m_allowed;
    Test::HttpServer m_other;
    std::unique_ptr<CallProfile> m_profile;
    std::unique_ptr<LockedPage> m_page;
    std::unique_ptr<LockedView> m_view;
    std::unique_ptr<QSignalSpy> m_refused;
    std::unique_ptr<QSignalSpy> m_viewRefused;
};

static const QByteArray plainPage =
    "<!DOCTYPE html><html><head><meta charset=utf-8></head><body style='margin:0'></body></html>";

void TestLockedPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_allowed.listen());
    QVERIFY(m_other.listen());
    for (Test::HttpServer *server : {&m_allowed, &m_other}) {
        for (const QString &path : {u"/page.html"_s, u"/frame.html"_s, u"/popup.html"_s})
            server->addContent(path, "text/html", plainPage);
    }
    m_allowed.addContent(u"/file.bin"_s, "application/octet-stream", QByteArray(4096, 'x'));
    m_allowed.addContent(u"/marker.html"_s, "text/html", plainPage);
    // "Do you want to leave this page?" through a listener, which empty()'s clearing of
    // window.onbeforeunload does not reach.
    m_allowed.addContent(u"/stay.html"_s, "text/html",
                         "<!DOCTYPE html><html><body style='margin:0'><script>"
                         "addEventListener('beforeunload', event => {"
                         " event.preventDefault(); event.returnValue = 'bleib'; });"
                         "</script></body></html>");

    m_profile = std::make_unique<CallProfile>(m_dir.filePath(u"profile"_s));
    m_page = std::make_unique<LockedPage>(m_profile.get(), Origins({m_allowed.url(u"/"_s)}));
    m_view = std::make_unique<LockedView>();
    m_view->setPage(m_page.get());
    m_view->setGeometry(0, 0, 800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_refused = std::make_unique<QSignalSpy>(m_page.get(), &LockedPage::refused);
    m_viewRefused = std::make_unique<QSignalSpy>(m_view.get(), &LockedView::refused);
}

void TestLockedPage::cleanupTestCase()
{
    // A profile must outlive its pages, a page its view.
    m_refused.reset();
    m_viewRefused.reset();
    m_view.reset();
    m_page.reset();
    m_profile.reset();
    // WebEngine writes into the profile folder for a moment after the profile is gone.
    QTRY_VERIFY_WITH_TIMEOUT(QDir(m_dir.path()).removeRecursively(), 5000);
}

void TestLockedPage::init()
{
    QVERIFY(load(m_allowed.url(u"/page.html"_s)));
    m_refused->clear();
    m_viewRefused->clear();
}

bool TestLockedPage::load(const QUrl &url)
{
    QSignalSpy finished(m_page.get(), &QWebEnginePage::loadFinished);
    m_page->load(url);
    return finished.wait(10000) && finished.at(0).at(0).toBool();
}

bool TestLockedPage::showHost(const QString &html)
{
    QSignalSpy finished(m_page.get(), &QWebEnginePage::loadFinished);
    m_page->showHostPage(html);
    return finished.wait(10000) && finished.at(0).at(0).toBool();
}

bool TestLockedPage::clickUntil(const QPoint &pos, const std::function<bool()> &done)
{
    QWidget *target = m_view->focusProxy();
    if (!target)
        return false;
    for (int attempt = 0; attempt < 50 && !done(); ++attempt) {
        QTest::mouseMove(target, pos);
        QTest::mouseClick(target, Qt::LeftButton, {}, pos);
        if (QTest::qWaitFor(done, 200))
            break;
    }
    return done();
}

// The page loads a marker page into a new frame of its own, and this waits until that request has
// reached the server. It is asked for after whatever the page did before (a window.open(), a tap
// on a link), through the same browser-side navigation a window's first page would take: a page
// that a window would load would have been asked for by then.
bool TestLockedPage::pageReachedTheServerAgain()
{
    const int before = m_allowed.requestCount(u"/marker.html"_s);
    const QVariant added = js(uR"(
        (function () {
            const frame = document.createElement("iframe");
            frame.src = "/marker.html?%1";
            document.body.appendChild(frame);
            return true;
        })())"_s.arg(before));
    return added.toBool() &&
           QTest::qWaitFor([&] { return m_allowed.requestCount(u"/marker.html"_s) > before; },
                           10000);
}

QStringList TestLockedPage::refusals(const QString &what) const
{
    QStringList details;
    for (const QList<QVariant> &signal : *m_refused) {
        if (signal.at(0).toString() == what)
            details.append(signal.at(1).toString());
    }
    return details;
}

int TestLockedPage::visibleWindows() const
{
    int count = 0;
    for (QWidget *widget : QApplication::topLevelWidgets())
        count += widget->isVisible() ? 1 : 0;
    return count;
}

static const QString askForMedia = uR"(
    window.result = undefined;
    navigator.mediaDevices.getUserMedia({audio: true, video: true}).then(stream => {
        window.result = "ok " + stream.getVideoTracks().length + stream.getAudioTracks().length;
        stream.getTracks().forEach(track => track.stop());
    }, error => { window.result = error.name; });
    0)"_s;

void TestLockedPage::mediaGrantedToTheCallOrigin()
{
    js(askForMedia);
    QTRY_COMPARE_WITH_TIMEOUT(js(u"window.result"_s).toString(), u"ok 11"_s, 10000);
    QVERIFY(refusals(u"permission"_s).isEmpty());
}

void TestLockedPage::mediaDeniedToTheHostPage()
{
    // The host page runs on its own origin, which is no call origin: only the room it embeds
    // (from the call server) gets camera and microphone, never the page with the bridge.
    QVERIFY(showHost(QString::fromUtf8(plainPage)));
    QCOMPARE(js(u"location.origin"_s).toString(), u"dorfplatz-call://kiosk"_s);
    js(askForMedia);
    QTRY_COMPARE_WITH_TIMEOUT(js(u"window.result"_s).toString(), u"NotAllowedError"_s, 10000);
    const QStringList refused = refusals(u"permission"_s);
    QVERIFY2(!refused.isEmpty(), "no refusal logged");
    QVERIFY2(refused.first().endsWith(u"for dorfplatz-call://kiosk"_s),
             qPrintable(refused.first()));
    QCOMPARE(visibleWindows(), 1); // no permission dialog
}

void TestLockedPage::notificationsAndGeolocationDenied()
{
    js(uR"(
        window.result = undefined; window.geo = undefined;
        Notification.requestPermission().then(answer => { window.result = answer; });
        navigator.geolocation.getCurrentPosition(() => { window.geo = "position"; },
                                                 error => { window.geo = "error " + error.code; });
        0)"_s);
    QTRY_COMPARE_WITH_TIMEOUT(js(u"window.result"_s).toString(), u"denied"_s, 10000);
    // 1: PERMISSION_DENIED.
    QTRY_COMPARE_WITH_TIMEOUT(js(u"window.geo"_s).toString(), u"error 1"_s, 10000);
    const QString refused = refusals(u"permission"_s).join(u'|');
    QVERIFY2(refused.contains(u"Notifications"_s), qPrintable(refused));
    QVERIFY2(refused.contains(u"Geolocation"_s), qPrintable(refused));
    QCOMPARE(visibleWindows(), 1);
}

void TestLockedPage::navigationToAnotherOriginBlocked()
{
    const QUrl target = m_other.url(u"/page.html"_s);
    js(u"location.href = '%1'; 0"_s.arg(target.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!refusals(u"navigation"_s).isEmpty(), 10000);
    // Logged as the origin only: a room's path is the family's secret.
    QCOMPARE(refusals(u"navigation"_s).first(), u"http://127.0.0.1:%1"_s.arg(m_other.port()));
    QCOMPARE(m_other.requestCount(u"/page.html"_s), 0);
    QCOMPARE(js(u"location.href"_s).toUrl(), m_allowed.url(u"/page.html"_s));
}

void TestLockedPage::frameFromAnotherOriginBlocked()
{
    const QString addFrame = uR"(
        (function () {
            const frame = document.createElement("iframe");
            frame.id = "%1";
            frame.src = "%2";
            document.body.appendChild(frame);
            return 0;
        })())"_s;
    // The call origin's frame loads (so the refusal below is not just a frame failing) ...
    js(addFrame.arg(u"mine"_s, m_allowed.url(u"/frame.html"_s).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_allowed.requestCount(u"/frame.html"_s), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        js(u"document.getElementById('mine').contentWindow.location.pathname"_s).toString() ==
            u"/frame.html"_s,
        10000);
    // ... the other origin's does not.
    js(addFrame.arg(u"theirs"_s, m_other.url(u"/frame.html"_s).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!refusals(u"frame navigation"_s).isEmpty(), 10000);
    QCOMPARE(m_other.requestCount(u"/frame.html"_s), 0);
}

void TestLockedPage::windowOpenOpensNothing()
{
    const QUrl popup = m_allowed.url(u"/popup.html"_s);
    const int before = m_allowed.requestCount(u"/popup.html"_s);
    QCOMPARE(js(u"window.open('%1') === null"_s.arg(popup.toString())).toBool(), true);
    QCOMPARE(js(u"window.open('%1', '_blank') === null"_s.arg(popup.toString())).toBool(), true);
    QVERIFY(pageReachedTheServerAgain()); // a window that would open would have asked by now
    QCOMPARE(m_allowed.requestCount(u"/popup.html"_s), before);
    QCOMPARE(visibleWindows(), 1);
}

void TestLockedPage::blankTargetLinkOpensNothing()
{
    const QUrl popup = m_allowed.url(u"/popup.html"_s);
    const int before = m_allowed.requestCount(u"/popup.html"_s);
    js(uR"(
        (function () {
            const link = document.createElement("a");
            link.href = "%1";
            link.target = "_blank";
            link.textContent = "Open";
            link.style = "position: fixed; inset: 0; display: block; font-size: 80px";
            document.body.appendChild(link);
            return 0;
        })())"_s.arg(popup.toString()));
    // A real tap (a user gesture): WebEngine asks createWindow(), which opens nothing.
    QVERIFY(clickUntil(QPoint(400, 300), [this] { return !refusals(u"window"_s).isEmpty(); }));
    QVERIFY(pageReachedTheServerAgain());
    QCOMPARE(m_allowed.requestCount(u"/popup.html"_s), before);
    QCOMPARE(js(u"location.pathname"_s).toString(), u"/page.html"_s);
    QCOMPARE(visibleWindows(), 1);
}

void TestLockedPage::fileChooserYieldsNothing()
{
    js(uR"(
        (function () {
            const input = document.createElement("input");
            input.type = "file";
            input.id = "file";
            input.style = "position: fixed; inset: 0; width: 100%; height: 100%";
            document.body.appendChild(input);
            return 0;
        })())"_s);
    QVERIFY(
        clickUntil(QPoint(400, 300), [this] { return !refusals(u"file chooser"_s).isEmpty(); }));
    QCOMPARE(js(u"document.getElementById('file').files.length"_s).toInt(), 0);
    QCOMPARE(visibleWindows(), 1);
}

void TestLockedPage::dialogsShowNothing()
{
    // A dialog that were shown would block the script: the answer would never come.
    const QVariant answers = js(u"alert('a'); JSON.stringify([confirm('b'), prompt('c', 'd')])"_s);
    QCOMPARE(answers.toString(), u"[false,null]"_s);
    QCOMPARE(refusals(u"alert"_s).size(), 1);
    QCOMPARE(refusals(u"confirm"_s).size(), 1);
    QCOMPARE(refusals(u"prompt"_s).size(), 1);
    QCOMPARE(visibleWindows(), 1);
}

// The room is sandboxed without allow-modals (callhost.html, tested in tst_webcallengine), so
// it cannot ask; whatever page still does, after the resident touched it (a beforeunload
// prompt needs that), is left: a "no" would keep it, its camera and its microphone.
void TestLockedPage::pageAskingToStayIsLeftAnyway()
{
    QVERIFY(load(m_allowed.url(u"/stay.html"_s)));
    QVERIFY(clickUntil(QPoint(400, 300), [this] {
        return js(u"navigator.userActivation.hasBeenActive"_s).toBool();
    }));
    QTest::ignoreMessage(QtInfoMsg, "leaving the room although it asked to stay");
    QSignalSpy finished(m_page.get(), &QWebEnginePage::loadFinished);
    m_page->empty();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_page->url(), QUrl(u"about:blank"_s));
    QVERIFY(refusals(u"confirm"_s).isEmpty());
}

void TestLockedPage::downloadsAreCancelled()
{
    QSignalSpy cancelled(m_profile.get(), &CallProfile::downloadCancelled);
    js(u"location.href = '/file.bin'; 0"_s);
    QVERIFY(cancelled.wait(10000));
    QCOMPARE(cancelled.at(0).at(0).toUrl(), m_allowed.url(u"/file.bin"_s));
    QCOMPARE(js(u"location.pathname"_s).toString(), u"/page.html"_s);
    QVERIFY(!QDir(m_profile->downloadPath()).exists(u"file.bin"_s));
}

void TestLockedPage::hostPageRunsOnItsOwnOrigin()
{
    // An origin of its own (not the call server's, so the room is cross-origin to it), and a
    // secure one: the room embedded in it may use camera and microphone.
    QVERIFY(showHost(QString::fromUtf8(plainPage)));
    QCOMPARE(js(u"location.origin + ' ' + window.isSecureContext"_s).toString(),
             u"dorfplatz-call://kiosk true"_s);
    // The call origin's frame in it: cross-origin to it.
    const int before = m_allowed.requestCount(u"/frame.html"_s);
    js(uR"(
        (function () {
            const frame = document.createElement("iframe");
            frame.id = "room";
            frame.allow = "camera; microphone";
            frame.src = "%1";
            document.body.appendChild(frame);
            return 0;
        })())"_s.arg(m_allowed.url(u"/frame.html"_s).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(m_allowed.requestCount(u"/frame.html"_s), before + 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(js(uR"(
        (function () {
            try {
                return document.getElementById("room").contentWindow.document.title;
            } catch (error) {
                return error.name;
            }
        })())"_s)
                                  .toString(),
                              u"SecurityError"_s, 10000);
    QVERIFY(refusals(u"frame navigation"_s).isEmpty());
    // A data: URL the page itself asks for may not load (Chromium stops top-level data:
    // navigations itself, so a frame asks here).
    js(uR"(
        (function () {
            const frame = document.createElement("iframe");
            frame.src = "data:text/html,<p>x</p>";
            document.body.appendChild(frame);
            return 0;
        })())"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!refusals(u"frame navigation"_s).isEmpty(), 10000);
    QVERIFY(refusals(u"frame navigation"_s).first().startsWith(u"data:"_s));
    QCOMPARE(js(u"location.origin"_s).toString(), u"dorfplatz-call://kiosk"_s);
}

// The host page carries the call's token: it is served once, to the kiosk's own load. Not again
// to the page (a reload, a fetch), not into a frame (the room embedding it would be same-origin
// with it), not to anyone after the call.
void TestLockedPage::hostPageOnlyForTheKioskOnce()
{
    QVERIFY(showHost(u"<!DOCTYPE html><title>host</title><body></body>"_s));
    const QUrl host = m_page->url();
    QCOMPARE(host.scheme(), u"dorfplatz-call"_s);
    QCOMPARE(js(u"document.title"_s).toString(), u"host"_s);
    js(uR"(
        window.fetched = undefined;
        fetch(location.href).then(response => response.text()).then(
            text => { window.fetched = "got " + text.length; },
            error => { window.fetched = error.name; });
        const frame = document.createElement("iframe");
        frame.src = location.href;
        document.body.appendChild(frame);
        0)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!js(u"window.fetched"_s).toString().isEmpty(), 10000);
    QCOMPARE(js(u"window.fetched"_s).toString(), u"TypeError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!refusals(u"frame navigation"_s).isEmpty(), 10000);
    QCOMPARE(refusals(u"frame navigation"_s).first(), u"dorfplatz-call://kiosk"_s);
    // The page reloading itself, or the kiosk loading it again: refused, nothing shown.
    js(u"location.reload(); 0"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!refusals(u"navigation"_s).isEmpty(), 10000);
    QCOMPARE(refusals(u"navigation"_s).first(), u"dorfplatz-call://kiosk"_s);
    m_page->load(host);
    QTRY_VERIFY_WITH_TIMEOUT(refusals(u"navigation"_s).size() >= 2, 10000);
    QCOMPARE(js(u"document.title"_s).toString(), u"host"_s);
}

void TestLockedPage::browserPagesAndLocalFilesRefused_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addRow("about:version") << QUrl(u"about:version"_s);
    QTest::addRow("about:gpu") << QUrl(u"about:gpu"_s);
    QTest::addRow("chrome://gpu") << QUrl(u"chrome://gpu"_s);
    QTest::addRow("view-source") << QUrl(
        u"view-source:%1"_s.arg(m_allowed.url(u"/page.html"_s).toString()));
    QTest::addRow("file") << QUrl(u"file:///etc/passwd"_s);
    QTest::addRow("data") << QUrl(u"data:text/html,<p>hallo</p>"_s);
}

// Neither the kiosk (a load) nor the page (location) gets there: only about:blank of about:.
// (Chromium itself stops some of them before asking: about:version, view-source:.)
void TestLockedPage::browserPagesAndLocalFilesRefused()
{
    QFETCH(QUrl, url);
    const QUrl page = m_allowed.url(u"/page.html"_s);
    QSignalSpy finished(m_page.get(), &QWebEnginePage::loadFinished);
    m_page->load(url);
    QVERIFY(finished.wait(10000));
    // Refused before it loads, taken away as soon as it shows, or blocked by Chromium itself
    // (about:blank#blocked, for about:version).
    const auto harmless = [&] {
        const QUrl shown = m_page->url();
        return shown == page || (shown.scheme() == u"about"_s && shown.path() == u"blank"_s);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(harmless(), qPrintable(m_page->url().toString()), 10000);
    const QString protocol = js(u"location.protocol"_s).toString();
    QVERIFY2(protocol == u"http:"_s || protocol == u"about:"_s, qPrintable(protocol));
    QTRY_VERIFY_WITH_TIMEOUT(load(page), 10000);
    // The page itself: stopped by the page or by Chromium (about:blank#blocked).
    js(u"location.href = '%1'; 0"_s.arg(url.toString()));
    QTRY_VERIFY2_WITH_TIMEOUT(harmless(), qPrintable(m_page->url().toString()), 10000);
    const QString after = js(u"location.protocol"_s).toString();
    QVERIFY2(after == u"http:"_s || after == u"about:"_s, qPrintable(after));
    // about:blank itself stays allowed: every call ends there.
    QVERIFY(load(QUrl(u"about:blank"_s)));
}

// QWebEngineView would open a QColorDialog of its own: it is rejected before it shows.
void TestLockedPage::colorInputOpensNoDialog()
{
    js(uR"(
        (function () {
            const input = document.createElement("input");
            input.type = "color";
            input.id = "color";
            input.value = "#112233";
            input.style = "position: fixed; inset: 0; width: 100%; height: 100%";
            document.body.appendChild(input);
            return 0;
        })())"_s);
    const auto dialogRefused = [this] {
        for (const QList<QVariant> &signal : *m_viewRefused) {
            if (signal.at(0).toString() == u"dialog"_s)
                return true;
        }
        return false;
    };
    QVERIFY(clickUntil(QPoint(400, 300), dialogRefused));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->findChildren<QColorDialog *>().isEmpty(), 5000);
    for (QWidget *widget : QApplication::topLevelWidgets())
        QVERIFY2(!qobject_cast<QColorDialog *>(widget) || !widget->isVisible() ||
                     widget->testAttribute(Qt::WA_DontShowOnScreen),
                 "a colour dialog is on the screen");
    QCOMPARE(visibleWindows(), 1);
    QCOMPARE(js(u"document.getElementById('color').value"_s).toString(), u"#112233"_s);
}

void TestLockedPage::droppedFileReachesNothing()
{
    js(uR"(
        window.dropped = "";
        for (const type of ["dragenter", "dragover", "drop"])
            document.addEventListener(type, event => { window.dropped += type + " "; });
        0)"_s);
    QVERIFY(!m_view->acceptDrops());
    QMimeData mime;
    mime.setUrls({QUrl(u"file:///etc/passwd"_s)});
    QWidget *target = m_view->focusProxy();
    QVERIFY(target);
    const QPointF at(400, 300);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(target, &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, {});
    QApplication::sendEvent(target, &drop);
    QVERIFY(!drop.isAccepted());
    QVERIFY(pageReachedTheServerAgain());
    QCOMPARE(js(u"window.dropped"_s).toString(), QString());
    QCOMPARE(js(u"location.pathname"_s).toString(), u"/page.html"_s);
}

void TestLockedPage::printFullscreenPointerLockAndScreenRefused()
{
    js(uR"(
        window.screenResult = undefined; window.fullscreenResult = undefined;
        navigator.mediaDevices.getDisplayMedia({video: true}).then(
            stream => { window.screenResult = "ok"; stream.getTracks().forEach(t => t.stop()); },
            error => { window.screenResult = error.name; });
        document.body.requestFullscreen().then(() => { window.fullscreenResult = "ok"; },
                                               error => { window.fullscreenResult = error.name; });
        document.body.requestPointerLock();
        window.print();
        window.close();
        0)"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!js(u"window.screenResult"_s).toString().isEmpty(), 10000);
    QVERIFY(js(u"window.screenResult"_s).toString() != u"ok"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!js(u"window.fullscreenResult"_s).toString().isEmpty(), 10000);
    QVERIFY(js(u"window.fullscreenResult"_s).toString() != u"ok"_s);
    QVERIFY(pageReachedTheServerAgain());
    QCOMPARE(js(u"document.pointerLockElement === null && document.fullscreenElement === null"_s)
                 .toBool(),
             true);
    QVERIFY(!m_view->isFullScreen());
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(m_viewRefused->cbegin(), m_viewRefused->cend(),
                    [](const QList<QVariant> &signal) { return signal.at(0) == u"print"_s; }),
        5000);
    // The page is still there and still the kiosk's; no print dialog, no other window.
    QCOMPARE(js(u"location.pathname"_s).toString(), u"/page.html"_s);
    QCOMPARE(visibleWindows(), 1);
}

void TestLockedPage::protocolHandlerAndFilePickerRefused()
{
    js(uR"(
        (function () {
            window.pickResult = undefined;
            const button = document.createElement("button");
            button.id = "pick";
            button.style = "position: fixed; inset: 0; width: 100%; height: 100%";
            button.onclick = () => {
                try {
                    navigator.registerProtocolHandler("web+dorf", location.origin + "/page.html?%s");
                } catch (error) {
                }
                window.showOpenFilePicker().then(() => { window.pickResult = "files"; },
                                                 error => { window.pickResult = error.name; });
            };
            document.body.appendChild(button);
            return 0;
        })())"_s);
    QVERIFY(clickUntil(QPoint(400, 300),
                       [this] { return !js(u"window.pickResult"_s).toString().isEmpty(); }));
    QVERIFY(js(u"window.pickResult"_s).toString() != u"files"_s);
    QVERIFY(pageReachedTheServerAgain());
    QCOMPARE(visibleWindows(), 1);
    const QString refused = refusals(u"protocol handler"_s).join(u'|') + u'|' +
                            refusals(u"file chooser"_s).join(u'|') + u'|' +
                            refusals(u"file system"_s).join(u'|');
    QVERIFY2(refused.contains(u"web+dorf"_s), qPrintable(refused));
    QVERIFY2(!refusals(u"file chooser"_s).isEmpty(), qPrintable(refused));
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestLockedPage)
#include "tst_lockedpage.moc"
