#include "pagescript.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Dorfplatz::Test {

QVariant evaluate(QWebEnginePage *page, const QString &script, int timeoutMs)
{
    // Shared: the answer may come after this function gave up.
    auto result = std::make_shared<std::optional<QVariant>>();
    page->runJavaScript(script, [result](const QVariant &value) { *result = value; });
    if (!QTest::qWaitFor([&result] { return result->has_value(); }, timeoutMs))
        return {};
    return **result;
}

void sendToRoom(QWebEnginePage *page, const QString &hook, const QString &id)
{
    QJsonObject message{{u"standIn"_s, hook}};
    if (!id.isEmpty())
        message.insert(u"id"_s, id);
    const QString json = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    page->runJavaScript(u"document.querySelector('iframe').contentWindow.postMessage("_s + json +
                        u", '*')"_s);
}

bool roundTripThroughRoom(QWebEnginePage *page, int timeoutMs)
{
    static int pings = 0;
    const QString id = QString::number(++pings);
    // The host page is the kiosk's own; the test listens for the answer beside it. Scripts run
    // in order: the listener is there before the ping.
    page->runJavaScript(uR"(
        if (!window.standInPongListener) {
            window.standInPongListener = event => {
                if (event.data && typeof event.data === "object" && "standInPong" in event.data)
                    window.standInPong = event.data.standInPong;
            };
            window.addEventListener("message", window.standInPongListener);
        })"_s);
    sendToRoom(page, u"ping"_s, id);
    return QTest::qWaitFor(
        [&] { return evaluate(page, u"window.standInPong"_s, timeoutMs).toString() == id; },
        timeoutMs);
}

void installRoomProbe(QWebEnginePage *page)
{
    static const QString name = u"dorfplatz-test-room-probe"_s;
    QWebEngineScript probe;
    probe.setName(name);
    probe.setWorldId(QWebEngineScript::MainWorld);
    probe.setInjectionPoint(QWebEngineScript::DocumentCreation);
    probe.setRunsOnSubFrames(true);
    probe.setSourceCode(uR"(
        if (window !== window.top && !window.roomProbeListening) {
            window.roomProbeListening = true;
            window.addEventListener("message", event => {
                const message = event.data;
                if (event.source !== window.parent || !message || typeof message !== "object" ||
                    !("roomProbe" in message))
                    return;
                let value;
                try {
                    value = (0, eval)(message.script);
                    if (value !== null && typeof value === "object")
                        value = JSON.stringify(value);
                } catch (error) {
                    value = error.name + ": " + error.message;
                }
                parent.postMessage({ roomProbeAnswer: message.roomProbe, value: value }, "*");
            });
        })"_s);
    // The page's own scripts come back with a renderer started after a crash; the profile's
    // reach a page made later (WebCallEngine replaces a page whose room would not go).
    QWebEngineProfile *profile = page->profile();
    for (QWebEngineScriptCollection *scripts : {&page->scripts(), profile->scripts()}) {
        if (scripts->find(name).isEmpty())
            scripts->insert(probe);
    }
}

QVariant evaluateInRoom(QWebEnginePage *page, const QString &script, int timeoutMs)
{
    static int asked = 0;
    const int id = ++asked;
    const QString json =
        QString::fromUtf8(QJsonDocument(QJsonObject{{u"roomProbe"_s, id}, {u"script"_s, script}})
                              .toJson(QJsonDocument::Compact));
    page->runJavaScript(uR"(
        if (!window.roomProbeAnswers) {
            window.roomProbeAnswers = {};
            window.addEventListener("message", event => {
                if (event.data && typeof event.data === "object" && "roomProbeAnswer" in event.data)
                    window.roomProbeAnswers[event.data.roomProbeAnswer] = [event.data.value];
            });
        }
        document.querySelector("iframe").contentWindow.postMessage(%1, "*");
        0)"_s.arg(json));
    QVariant answer;
    const QString read = u"window.roomProbeAnswers && window.roomProbeAnswers[%1]"_s.arg(id);
    if (!QTest::qWaitFor(
            [&] {
                answer = evaluate(page, read, timeoutMs);
                return answer.typeId() == QMetaType::QVariantList;
            },
            timeoutMs))
        return {};
    const QVariantList values = answer.toList();
    return values.isEmpty() ? QVariant() : values.constFirst();
}

} // namespace Dorfplatz::Test
