#include "missedcall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

QByteArray missedCallsToJson(const QList<MissedCall> &calls)
{
    QJsonArray array;
    for (const MissedCall &call : calls) {
        array.append(QJsonObject{{u"contact"_s, call.contactId},
                                 {u"at"_s, call.at.toUTC().toString(Qt::ISODate)},
                                 {u"rejected"_s, call.rejected}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<MissedCall> missedCallsFromJson(const QByteArray &json)
{
    QList<MissedCall> calls;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        MissedCall call{object.value(u"contact"_s).toString(),
                        QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODate),
                        object.value(u"rejected"_s).toBool()};
        if (!call.contactId.isEmpty() && call.at.isValid())
            calls.append(call);
    }
    return calls;
}

} // namespace Dorfplatz
