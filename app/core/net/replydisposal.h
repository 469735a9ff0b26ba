#pragma once

class QNetworkReply;
class QObject;

namespace Dorfplatz {

// Ends a reply that is no longer wanted: `receiver` hears nothing more of it at once; it is
// aborted (unless it already failed) and deleted on the next turn of the event loop. Not at once,
// because this is often called from inside one of the reply's own signals, and aborting there,
// or aborting a reply Qt is about to fail, makes QNetworkReply report a second error.
void discardReply(QNetworkReply *reply, const QObject *receiver);

} // namespace Dorfplatz
