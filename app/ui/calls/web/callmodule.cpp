// The entry point of libdorfplatz_webcalls.so (see ui/calls/callbackend.h): WebCallEngine behind
// the plain CallBackend interface, its signals passed on to the kiosk's listener.

#include "ui/calls/callbackend.h"
#include "webcallengine.h"

namespace Dorfplatz {

namespace {

class WebCallBackend final : public CallBackend
{
public:
    WebCallBackend(const QString &profileDirectory, const QList<QUrl> &allowedServers,
                   CallBackendListener *listener)
        : m_engine(profileDirectory, allowedServers)
    {
        QObject::connect(&m_engine, &WebCallEngine::joined, &m_engine,
                         [listener] { listener->backendJoined(); });
        QObject::connect(&m_engine, &WebCallEngine::participantsChanged, &m_engine,
                         [listener](int others) { listener->backendParticipantsChanged(others); });
        QObject::connect(
            &m_engine, &WebCallEngine::mediaProblem, &m_engine,
            [listener](CallMediaProblem problem) { listener->backendMediaProblem(problem); });
        QObject::connect(&m_engine, &WebCallEngine::ended, &m_engine,
                         [listener](CallEnd reason) { listener->backendEnded(reason); });
        QObject::connect(&m_engine, &WebCallEngine::cameraChanged, &m_engine,
                         [listener](bool on) { listener->backendCameraChanged(on); });
        QObject::connect(&m_engine, &WebCallEngine::otherCameraChanged, &m_engine,
                         [listener](bool off) { listener->backendOtherCameraChanged(off); });
        QObject::connect(&m_engine, &WebCallEngine::waitingInLobby, &m_engine,
                         [listener] { listener->backendWaitingInLobby(); });
    }

    bool isCreated() const override { return m_engine.isCreated(); }
    QWidget *view() override { return m_engine.view(); }
    void releaseView() override { m_engine.releaseView(); }
    void start(const CallRequest &request) override { m_engine.start(request); }
    void hangUp() override { m_engine.hangUp(); }
    bool isActive() const override { return m_engine.isActive(); }
    int otherParticipants() const override { return m_engine.otherParticipants(); }
    QWebEnginePage *page() const override { return m_engine.page(); }
    QWebEngineProfile *profile() const override { return m_engine.profile(); }
    void setTimeouts(int joinTimeoutMs, int hangUpGraceMs) override
    {
        m_engine.setTimeouts(joinTimeoutMs, hangUpGraceMs);
    }
    bool isCameraOn() const override { return m_engine.isCameraOn(); }
    void setCameraOn(bool on) override { m_engine.setCameraOn(on); }
    bool release() override { return m_engine.release(); }

private:
    WebCallEngine m_engine;
};

} // namespace

} // namespace Dorfplatz

extern "C" Q_DECL_EXPORT Dorfplatz::CallBackend *
dorfplatz_create_call_backend(int interfaceVersion, const QString &profileDirectory,
                              const QList<QUrl> &allowedServers,
                              Dorfplatz::CallBackendListener *listener)
{
    if (interfaceVersion != Dorfplatz::callBackendInterfaceVersion || !listener)
        return nullptr;
    return new Dorfplatz::WebCallBackend(profileDirectory, allowedServers, listener);
}
