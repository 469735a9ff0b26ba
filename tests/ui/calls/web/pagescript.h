#pragma once

#include <QString>
#include <QVariant>

class QWebEnginePage;

namespace Dorfplatz::Test {

// Runs script in the page's main frame (main world) and waits for its value; an invalid
// QVariant if no answer came within timeoutMs. Promises are not awaited: scripts that wait for
// something store their result in a variable the test then polls with QTRY_*.
QVariant evaluate(QWebEnginePage *page, const QString &script, int timeoutMs = 10000);

// Runs a test hook in the stand-in room (StandInRoom) that the host page shown in `page` embeds:
// "participantJoined", "participantLeft", "readyToClose", "cameraError", "micError".
void sendToRoom(QWebEnginePage *page, const QString &hook, const QString &id = {});

// A barrier for "nothing more comes from the room": sends the stand-in room in `page` a "ping"
// and waits until its answer has reached the host page. The room's messages arrive in order, so
// by then the host page has handled everything the room sent before and passed it on over the
// web channel, and the answer, read back with runJavaScript, comes after those messages. False
// if no answer came within timeoutMs.
bool roundTripThroughRoom(QWebEnginePage *page, int timeoutMs = 10000);

// The room runs in a frame cross-origin to the host page (CallHostScheme), so neither the host
// page nor runJavaScript() can look into it. installRoomProbe() adds a test-only script to the
// page and its profile, run in the main world of every subframe as its document is created: it
// evaluates what evaluateInRoom() posts to it and posts the value back to the host page. Install it
// before the room loads (right after the page exists, e.g. after WebCallEngine::start());
// installing twice is harmless.
void installRoomProbe(QWebEnginePage *page);
// script evaluated in the room (the first iframe of the host page in `page`): its value (plain
// values only), an error's "name: message" as a string, or an invalid QVariant if no answer came
// (no probe in the room, or timeout).
QVariant evaluateInRoom(QWebEnginePage *page, const QString &script, int timeoutMs = 10000);

} // namespace Dorfplatz::Test
