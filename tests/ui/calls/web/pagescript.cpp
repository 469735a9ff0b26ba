#include "pagescript.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebEnginePage>

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

} // namespace Dorfplatz::Test
