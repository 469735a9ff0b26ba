#pragma once

#include "callbackend.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Dorfplatz::CallProtocol {

// What the kiosk (ProcessCallBackend) and the call program dorfplatz-call (CallHostServer) say to
// each other: one JSON object per line, the kiosk's on the program's standard input, the
// program's on its standard output. Both sides are built from this one header, so they always
// agree. Secrets (jwt, password) cross the pipe and are never logged on either side.
//
// To the program ("do"):
//   start {call, server, room, name, jwt, password, answering, cameraOff}   hangUp {}
//   camera {on}   timeouts {join, grace}   size {width, height}   parent {window}   quit {}
// From the program ("event"), each with the call it belongs to:
//   ready {}   joined {call}   others {call, count}   media {call, problem: camera|microphone}
//   camera {call, on}   otherCamera {call, off}   lobby {call}
//   ended {call, reason: hungUp|roomClosed|loadFailed}

inline QByteArray encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

// One line without its newline; nullopt for anything that is not a JSON object.
inline std::optional<QJsonObject> decode(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

inline QJsonObject startMessage(int call, const CallRequest &request)
{
    return {{QStringLiteral("do"), QStringLiteral("start")},
            {QStringLiteral("call"), call},
            {QStringLiteral("server"), request.server.toString()},
            {QStringLiteral("room"), request.room},
            {QStringLiteral("name"), request.displayName},
            {QStringLiteral("jwt"), request.jwt},
            {QStringLiteral("password"), request.password},
            {QStringLiteral("answering"), request.answering},
            {QStringLiteral("cameraOff"), request.cameraOff}};
}

inline CallRequest requestFrom(const QJsonObject &start)
{
    CallRequest request;
    request.server = QUrl(start.value(u"server").toString());
    request.room = start.value(u"room").toString();
    request.displayName = start.value(u"name").toString();
    request.jwt = start.value(u"jwt").toString();
    request.password = start.value(u"password").toString();
    request.answering = start.value(u"answering").toBool();
    request.cameraOff = start.value(u"cameraOff").toBool();
    return request;
}

inline QString endName(CallEnd reason)
{
    switch (reason) {
    case CallEnd::HungUp:
        return QStringLiteral("hungUp");
    case CallEnd::RoomClosed:
        return QStringLiteral("roomClosed");
    case CallEnd::LoadFailed:
        break;
    }
    return QStringLiteral("loadFailed");
}

inline CallEnd endFrom(const QString &name)
{
    if (name == u"hungUp")
        return CallEnd::HungUp;
    if (name == u"roomClosed")
        return CallEnd::RoomClosed;
    return CallEnd::LoadFailed;
}

inline QString problemName(CallMediaProblem problem)
{
    return problem == CallMediaProblem::Camera ? QStringLiteral("camera")
                                               : QStringLiteral("microphone");
}

inline CallMediaProblem problemFrom(const QString &name)
{
    return name == u"camera" ? CallMediaProblem::Camera : CallMediaProblem::Microphone;
}

// The program's name, beside the module in CallEngine::moduleDirectory().
inline constexpr char programName[] = "dorfplatz-call";

} // namespace Dorfplatz::CallProtocol
