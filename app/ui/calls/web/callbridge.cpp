#include "callbridge.h"

#include "callweblogging.h"

using namespace Qt::StringLiterals;

namespace Dorfplatz {

const QStringList &CallBridge::knownEvents()
{
    static const QStringList events{
        u"apiLoaded"_s,
        u"apiFailed"_s,
        u"videoConferenceJoined"_s,
        u"videoConferenceLeft"_s,
        u"participantJoined"_s,
        u"participantLeft"_s,
        u"readyToClose"_s,
        u"cameraError"_s,
        u"micError"_s,
        u"passwordRequired"_s,
        u"videoMuteStatusChanged"_s,
        // What a real Jitsi Meet server sends besides (jitsi-meet's apiNameMaps.js); the data of
        // each is listed in callhost.html.
        u"participantKickedOut"_s,
        u"participantMuted"_s,
        u"peerConnectionFailure"_s,
        u"dataChannelClosed"_s,
        u"recordingConsentDialogOpen"_s,
        u"knockingParticipant"_s,
        u"errorOccurred"_s,
        u"feedbackPromptDisplayed"_s,
    };
    return events;
}

CallBridge::CallBridge(QObject *parent)
    : QObject(parent)
{}

void CallBridge::report(int call, const QString &event, const QVariantMap &data)
{
    if (call != m_call) {
        qCDebug(lcCallWeb) << "ignored" << event << "of call" << call << "(now" << m_call << ")";
        return;
    }
    if (!knownEvents().contains(event)) {
        qCDebug(lcCallWeb) << "ignored unknown event" << event.left(40);
        return;
    }
    qCInfo(lcCallWeb) << "event" << event;
    Q_EMIT eventReported(event, data);
}

} // namespace Dorfplatz
