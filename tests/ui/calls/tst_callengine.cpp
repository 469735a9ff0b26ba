#include "standinroom.h"
#include "ui/calls/callengine.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// CallEngine, the kiosk's side of calls: Qt WebEngine is a module it loads at the first call, so
// the kiosk starts without it (75 ms faster) and runs on without calls when the module is broken.
// This program links no WebEngine itself, so the libraries it has mapped tell what was loaded.
class TestCallEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingOfWebEngineIsLoadedBeforeTheFirstCall();
    void aMissingModuleEndsEveryCallWithLoadFailed();
    void theModuleIsLoadedForTheFirstView();
    void aWholeCallThroughTheModule();
    void quietPeriodReleasesWebEngine();

private:
    static bool mapped(const QByteArray &library);
    QTemporaryDir m_data;
    Test::StandInRoom m_room;
    CallEngine *m_engine = nullptr; // made by theModuleIsLoadedForTheFirstView, used after it
    std::unique_ptr<CallEngine> m_owner;
};

void TestCallEngine::initTestCase()
{
    // The module seam of the kiosk's own process (Isolation::InProcess, also the default off
    // X11); tst_callprocess covers the program dorfplatz-call.
    qputenv("DORFPLATZ_CALLS_IN_PROCESS", "1");
}

bool TestCallEngine::mapped(const QByteArray &library)
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(library);
}

void TestCallEngine::nothingOfWebEngineIsLoadedBeforeTheFirstCall()
{
    CallEngine engine(m_data.filePath(u"webengine-profile"_s), {QUrl(u"http://127.0.0.1:1/"_s)});
    QVERIFY(!engine.isCreated());
    QVERIFY(!engine.page());
    QVERIFY(!mapped("libdorfplatz_webcalls.so"));
    QVERIFY(!mapped("libQt6WebEngineCore"));
    QVERIFY(!QFile::exists(m_data.filePath(u"webengine-profile"_s)));
}

void TestCallEngine::aMissingModuleEndsEveryCallWithLoadFailed()
{
    QTemporaryDir empty;
    const QByteArray modules = qgetenv("DORFPLATZ_MODULE_DIR");
    qputenv("DORFPLATZ_MODULE_DIR", empty.path().toUtf8());
    CallEngine engine(m_data.filePath(u"webengine-profile"_s), {QUrl(u"http://127.0.0.1:1/"_s)});
    QSignalSpy ended(&engine, &CallEngine::ended);
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"video calls are not available"_s));
    QWidget *view = engine.view();
    qputenv("DORFPLATZ_MODULE_DIR", modules);

    // The screen still gets something to show, and learns at once that the call cannot work.
    QVERIFY(view);
    QVERIFY(engine.isUnavailable());
    QVERIFY2(engine.moduleError().contains(u"libdorfplatz_webcalls.so"_s),
             qPrintable(engine.moduleError()));
    engine.start({QUrl(u"http://127.0.0.1:1/"_s), u"raum"_s, u"Erna"_s});
    QCOMPARE(ended.size(), 0); // not inside start(): the screen is still being set up
    QVERIFY(ended.wait(2000));
    QCOMPARE(ended.at(0).at(0).value<CallEngine::EndReason>(), CallEngine::EndReason::LoadFailed);
    QVERIFY(!engine.isCreated());
    QVERIFY(!mapped("libQt6WebEngineCore"));
}

void TestCallEngine::theModuleIsLoadedForTheFirstView()
{
    QVERIFY(m_room.listen());
    m_owner = std::make_unique<CallEngine>(m_data.filePath(u"webengine-profile"_s),
                                           QList<QUrl>{m_room.server()});
    m_engine = m_owner.get();
    CallEngine &engine = *m_engine;
    QWidget *view = engine.view();
    QVERIFY2(!engine.isUnavailable(), qPrintable(engine.moduleError()));
    QVERIFY(view);
    QVERIFY(engine.isCreated());
    QVERIFY(engine.page());
    QVERIFY(engine.profile());
    QVERIFY(mapped("libdorfplatz_webcalls.so"));
    QVERIFY(mapped("libQt6WebEngineCore"));
    // Off the record: no profile folder.
    QVERIFY(!QFile::exists(m_data.filePath(u"webengine-profile"_s)));
    // The same view for every call.
    QCOMPARE(engine.view(), view);
}

// The module loaded after the application started (as in the kiosk) really calls: the stand-in
// room gets camera and microphone, joins, takes the hang-up, and the page is emptied.
void TestCallEngine::aWholeCallThroughTheModule()
{
    QVERIFY(m_engine);
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(m_engine->view());
    window.resize(640, 480);
    window.show();
    QSignalSpy joined(m_engine, &CallEngine::joined);
    QSignalSpy ended(m_engine, &CallEngine::ended);
    m_room.addRoom(u"familie"_s);
    m_engine->start({m_room.server(), u"familie"_s, u"Erna"_s});
    QVERIFY(joined.wait(20000));
    QCOMPARE(m_room.recorded(u"media-ok"_s, u"familie"_s), 1);
    m_engine->hangUp();
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.at(0).at(0).value<CallEngine::EndReason>(), CallEngine::EndReason::HungUp);
    QCOMPARE(m_room.recorded(u"hangup"_s, u"familie"_s), 1);
    QVERIFY(!m_engine->isActive());
    m_engine->releaseView();
}

// After the quiet period WebEngine's page, view and profile are given back (its renderer with
// them: tst_webcallengine); a call afterwards starts it again and works.
void TestCallEngine::quietPeriodReleasesWebEngine()
{
    QVERIFY(m_engine);
    QCOMPARE(m_engine->releaseAfter(), std::chrono::milliseconds(std::chrono::minutes(30)));
    QVERIFY(m_engine->isCreated());
    QSignalSpy released(m_engine, &CallEngine::released);
    m_engine->setReleaseAfter(std::chrono::milliseconds(300));
    // The quiet period starts again with every call's end or view handed back.
    m_engine->releaseView();
    QVERIFY(released.wait(5000));
    QVERIFY(!m_engine->isCreated());
    QVERIFY(!m_engine->page());
    QVERIFY(!m_engine->profile());

    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(m_engine->view());
    window.resize(640, 480);
    window.show();
    QSignalSpy joined(m_engine, &CallEngine::joined);
    QSignalSpy ended(m_engine, &CallEngine::ended);
    m_engine->start({m_room.server(), u"familie"_s, u"Erna"_s});
    QVERIFY(joined.wait(20000));
    // Not released during the call: twice the quiet period goes by in it without a release.
    // (Joining alone is not always longer than the quiet period: 257 ms was seen.)
    QVERIFY(!released.wait(600));
    QCOMPARE(released.size(), 1);
    QVERIFY(m_engine->isCreated());
    m_engine->hangUp();
    QVERIFY(ended.wait(10000));
    m_engine->releaseView();
    QVERIFY(released.wait(5000));
    QCOMPARE(released.size(), 2);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestCallEngine)
#include "tst_callengine.moc"
