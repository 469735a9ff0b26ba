#include "callcoordinator.h"

#include "contactsscreen.h"
#include "core/calls/callpolicy.h"
#include "core/calls/incomingcalls.h"
#include "core/config/configloader.h"
#include "core/config/kioskconfig.h"
#include "core/logging.h"
#include "core/time/clock.h"
#include "missedcallsbanner.h"
#include "ringscreen.h"
#include "ringtone.h"
#include "ui/calls/callengine.h"
#include "ui/kit/navigator.h"

#include <QDir>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

CallCoordinator::CallCoordinator(const Theme &theme, const KioskConfig &config, const Clock &clock,
                                 Navigator &navigator, const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_theme(theme)
    , m_config(&config)
    , m_clock(clock)
    , m_navigator(navigator)
    // A plain QObject until the first call: WebEngine itself starts in view() or start().
    , m_engine(std::make_unique<CallEngine>(QDir(dataDir).filePath(u"webengine-profile"_s),
                                            CallPolicy::allowedOrigins(config)))
    , m_incoming(std::make_unique<IncomingCalls>(config, clock))
{
    m_timing.alone = std::chrono::minutes(config.calls.aloneMinutes);
    m_timing.maxLength = std::chrono::minutes(config.calls.maxCallMinutes);
    // Queued: when a tap answers, answerRequested() is handled before the ring screen is
    // brought in line, so a paused stream is not resumed for a moment before the call.
    connect(m_incoming.get(), &IncomingCalls::ringingChanged, this, &CallCoordinator::syncRinging,
            Qt::QueuedConnection);
    connect(m_incoming.get(), &IncomingCalls::countdownChanged, this, [this] {
        if (m_ring)
            m_ring->setCountdown(m_incoming->autoAnswerRemaining());
    });
    connect(m_incoming.get(), &IncomingCalls::answerRequested, this,
            &CallCoordinator::onAnswerRequested);
    connect(m_incoming.get(), &IncomingCalls::missedCallsChanged, this,
            &CallCoordinator::updateBanner);
    connect(m_engine.get(), &CallEngine::ended, this, &CallCoordinator::callFinished);
    connect(&m_navigator, &Navigator::currentChanged, this, [this](Screen *screen) {
        // "um 14:05" becomes "gestern um 14:05" after midnight.
        if (screen == m_navigator.home())
            updateBanner();
    });
}

CallCoordinator::~CallCoordinator()
{
    m_incoming->disconnect(this);
    m_engine->disconnect(this);
}

void CallCoordinator::start()
{
    m_watching = true;
    if (m_config->contacts.isEmpty() || m_incoming->isStarted())
        return;
    qCInfo(lcCalls) << "calls: watching" << m_config->contacts.size()
                    << "contacts for incoming calls";
    m_incoming->start();
}

QString CallCoordinator::picturePath(const ContactConfig &contact) const
{
    return ConfigLoader::picturePath(*m_config, contact.picture);
}

Screen *CallCoordinator::createContactsScreen()
{
    QStringList pictures;
    for (const ContactConfig &contact : m_config->contacts)
        pictures.append(picturePath(contact));
    auto *screen = new ContactsScreen(m_theme, m_config->contacts, pictures);
    connect(screen, &ContactsScreen::contactChosen, this,
            [this](const QString &contactId) { call(contactId); });
    return screen;
}

Screen *CallCoordinator::createCallScreen(const ContactConfig &contact, CallScreen::Start start)
{
    return createCallScreen(contact, start, m_timing);
}

Screen *CallCoordinator::createCallScreen(const ContactConfig &contact, CallScreen::Start start,
                                          const CallScreen::Timing &timing)
{
    // Who is called, and when, is the resident's business: the contact only at debug level.
    qCInfo(lcCalls) << (start.answering ? "calls: answering" : "calls: calling out")
                    << (start.cameraOff ? "with the camera off" : "");
    qCDebug(lcCalls) << "calls: (with" << contact.id << ")";
    if (RingScreen *ring = m_ring)
        closeRing(ring);
    // The screen starts the call; the end of a call still hanging up may be reported during
    // that, and is not this call's end.
    auto *screen =
        new CallScreen(m_theme, m_engine.get(), contact, picturePath(contact), timing, start);
    const bool began = !m_inCall;
    m_inCall = true;
    m_callContact = contact.id;
    m_incoming->setBusy(true);
    m_call = screen;
    if (began)
        Q_EMIT inCallChanged(true);
    // Whatever way the screen goes: the call is over for the ring logic too.
    connect(screen, &QObject::destroyed, this, [this] {
        if (!m_call)
            callFinished();
    });
    connect(screen, &CallScreen::stateChanged, this, [this](CallScreen::State state) {
        if (state == CallScreen::State::Failed)
            callFinished();
    });
    return screen;
}

void CallCoordinator::call(const QString &contactId, CallScreen::Start start)
{
    const ContactConfig *contact = m_config->contact(contactId);
    if (!contact) {
        qCWarning(lcCalls) << "calls: no such contact";
        return;
    }
    m_navigator.goHome();
    m_navigator.push(createCallScreen(*contact, start));
}

void CallCoordinator::callFinished()
{
    if (!m_inCall)
        return;
    m_inCall = false;
    qCInfo(lcCalls) << "calls: the call is over";
    m_incoming->setBusy(false);
    m_incoming->callEnded(m_callContact);
    Q_EMIT inCallChanged(false);
}

Screen *CallCoordinator::createCallPreview(const ContactConfig &contact)
{
    return new CallScreen(m_theme, nullptr, contact, picturePath(contact), m_timing);
}

Screen *CallCoordinator::createRingPreview(const ContactConfig &contact,
                                           std::optional<std::chrono::seconds> countdown)
{
    // Silent: the tour shows the screen, it does not ring.
    auto *screen = new RingScreen(m_theme, contact, picturePath(contact), 0);
    screen->setCountdown(countdown);
    return screen;
}

void CallCoordinator::setConfig(const KioskConfig &config)
{
    m_config = &config;
    m_timing.alone = std::chrono::minutes(config.calls.aloneMinutes);
    m_timing.maxLength = std::chrono::minutes(config.calls.maxCallMinutes);
    m_engine->setAllowedServers(CallPolicy::allowedOrigins(config));
    m_incoming->setConfig(config);
    if (m_watching)
        start(); // the first contacts of a kiosk that had none
    updateBanner();
    syncRinging();
}

void CallCoordinator::setRingGate(std::function<bool(const ContactConfig &)> gate)
{
    m_ringGate = std::move(gate);
    m_incoming->setAutoAnswerGate([this](const QString &contactId) {
        const ContactConfig *contact = m_config->contact(contactId);
        return !contact || !m_ringGate || m_ringGate(*contact);
    });
}

void CallCoordinator::syncRinging()
{
    const QString ringing = m_incoming->ringingContact();
    RingScreen *previous = m_ring;
    if (previous && previous->contact().id == ringing)
        return;
    m_ring = nullptr;
    const ContactConfig *contact =
        ringing.isEmpty() || m_inCall ? nullptr : m_config->contact(ringing);
    if (contact && m_ringGate && !m_ringGate(*contact)) {
        qCInfo(lcCalls) << "calls: a ring waits (group session)";
        contact = nullptr;
    }
    if (contact) {
        qCInfo(lcCalls) << "calls: ringing";
        // While it rings, WebEngine starts: an answer then waits only for the room.
        m_engine->prepare();
        auto *ring =
            new RingScreen(m_theme, *contact, picturePath(*contact), m_config->calls.ringVolume);
        ring->setCountdown(m_incoming->autoAnswerRemaining());
        connect(ring, &RingScreen::answerClicked, m_incoming.get(), &IncomingCalls::answer);
        connect(ring, &RingScreen::rejectClicked, m_incoming.get(), &IncomingCalls::reject);
        m_ring = ring;
        m_navigator.interruptWith(ring);
    }
    // After the new ring is up: what the old one interrupted does not resume in between.
    if (previous)
        closeRing(previous);
}

void CallCoordinator::closeRing(RingScreen *ring)
{
    // Removing deactivates it, which stops the tone (RingScreen::deactivated).
    m_navigator.remove(ring);
    if (m_ring == ring)
        m_ring = nullptr;
}

void CallCoordinator::onAnswerRequested(const QString &contactId, bool automatic)
{
    // Not closeRing(): the stream below would resume for a moment. The call takes the place of
    // both; going home for it deactivates them (the tone stops) without resuming anything.
    // Answered by itself, nobody chose to be seen: the camera waits for a tap.
    call(contactId, CallScreen::Start{.answering = true, .cameraOff = automatic});
}

MissedCallsBanner *CallCoordinator::createBanner()
{
    Q_ASSERT(!m_banner);
    m_banner = new MissedCallsBanner(m_theme);
    connect(m_banner, &MissedCallsBanner::seenRequested, m_incoming.get(),
            &IncomingCalls::markSeen);
    connect(m_banner, &MissedCallsBanner::callBackRequested, this, [this](const QString &id) {
        m_incoming->markSeen();
        call(id);
    });
    updateBanner();
    return m_banner;
}

void CallCoordinator::updateBanner()
{
    if (!m_banner)
        return;
    QList<MissedCallsBanner::Call> calls;
    for (const MissedCall &missed : m_incoming->missedCalls()) {
        const ContactConfig *contact = m_config->contact(missed.contactId);
        if (contact)
            calls.append({missed.contactId, contact->name, missed.at.toLocalTime()});
    }
    m_banner->setCalls(calls, m_clock.now().toLocalTime().date());
}

} // namespace Dorfplatz
