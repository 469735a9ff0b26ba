#include "pagescript.h"
#include "standinroom.h"
#include "ui/calls/web/callprofile.h"
#include "ui/calls/web/lockedpage.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// WebRTC loopback inside the kiosk's WebEngine build, with the call browser's own profile and
// locked-down page: two RTCPeerConnections in one page (tests/data/calls/loopback.html) send the
// fake camera and microphone to each other over real ICE, DTLS and SRTP, and the receiving side
// decodes frames. This is the media path a Jitsi call uses, without a Jitsi server. ICE needs a
// non-loopback interface to gather candidates (platform.md); the page itself is on 127.0.0.1.
class TestWebRtcLoopback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void receiverDecodesTheFakeCamera();

private:
    QVariant js(const QString &script) { return Test::evaluate(m_page.get(), script); }

    QTemporaryDir m_dir;
    Test::HttpServer m_http;
    std::unique_ptr<CallProfile> m_profile;
    std::unique_ptr<LockedPage> m_page;
    std::unique_ptr<QWebEngineView> m_view;
};

void TestWebRtcLoopback::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile page(QDir(Test::StandInRoom::defaultDataDirectory()).filePath(u"loopback.html"_s));
    QVERIFY(page.open(QIODevice::ReadOnly));
    m_http.addContent(u"/loopback.html"_s, "text/html", page.readAll());
    QVERIFY(m_http.listen());

    m_profile = std::make_unique<CallProfile>(m_dir.filePath(u"profile"_s));
    m_page = std::make_unique<LockedPage>(m_profile.get(), Origins({m_http.url(u"/"_s)}));
    m_view = std::make_unique<QWebEngineView>();
    m_view->setPage(m_page.get());
    m_view->setGeometry(0, 0, 800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestWebRtcLoopback::cleanupTestCase()
{
    m_view.reset();
    m_page.reset();
    m_profile.reset();
    // WebEngine writes into the profile folder for a moment after the profile is gone.
    QTRY_VERIFY_WITH_TIMEOUT(QDir(m_dir.path()).removeRecursively(), 5000);
}

void TestWebRtcLoopback::receiverDecodesTheFakeCamera()
{
    QSignalSpy loaded(m_page.get(), &QWebEnginePage::loadFinished);
    m_page->load(m_http.url(u"/loopback.html"_s));
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.at(0).at(0).toBool());

    js(u"start(); 0"_s);
    QString state;
    QTRY_VERIFY_WITH_TIMEOUT((state = js(u"window.loopback.state"_s).toString()) == u"decoding"_s ||
                                 state.startsWith(u"failed"_s),
                             20000);
    const QVariantMap result = js(u"window.loopback"_s).toMap();
    QVERIFY2(state == u"decoding"_s, qPrintable(state));
    QVERIFY(result.value(u"framesDecoded"_s).toInt() > 0);
    QVERIFY(result.value(u"width"_s).toInt() > 0);
    QVERIFY(result.value(u"height"_s).toInt() > 0);
    // Audio flows too (the fake microphone's beeps).
    QTRY_VERIFY_WITH_TIMEOUT(js(u"window.loopback.audioPackets"_s).toInt() > 0, 5000);
    qInfo("ICE connected after %d ms, first frame decoded after %d ms (%dx%d), %d candidates",
          result.value(u"connectMs"_s).toInt(), result.value(u"firstFrameMs"_s).toInt(),
          result.value(u"width"_s).toInt(), result.value(u"height"_s).toInt(),
          result.value(u"candidates"_s).toInt());
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestWebRtcLoopback)
#include "tst_webrtcloopback.moc"
