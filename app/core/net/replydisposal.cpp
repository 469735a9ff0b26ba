#include "replydisposal.h"

#include <QNetworkReply>
#include <QTimer>

namespace Dorfplatz {

void discardReply(QNetworkReply *reply, const QObject *receiver)
{
    reply->disconnect(receiver);
    QTimer::singleShot(0, reply, [reply] {
        if (reply->error() == QNetworkReply::NoError)
            reply->abort();
        reply->deleteLater();
    });
}

} // namespace Dorfplatz
