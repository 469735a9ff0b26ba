#pragma once

#include "core/time/dailyhours.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Dorfplatz {

// One person a resident can call, as configured in contacts.json: who it is, where the family's
// Jitsi Meet room is, and what staff allowed for calls coming in from that room.
struct ContactConfig
{
    QString id;
    QString name;    // "Anna": on the tile, the call screen and the ring screen
    QString picture; // relative to the configuration folder, or "icon:NAME"
    // The home's Jitsi Meet deployment ("https://meet.example.org/") and the room on it
    // ("familie-schmidt-7f3k"). contacts.json gives either "room" (on the default "server") or
    // a whole "roomUrl"; the loader splits the latter into these two.
    QUrl server;
    QString room;
    QString displayName;         // the resident as the family sees them in the room: "Oma Erna"
    bool ring = false;           // someone waiting in the room makes the kiosk ring
    QList<DailyHours> ringHours; // when it may ring; never empty after loading
    // May ring during a group session (the programme's concert); otherwise the ring waits and,
    // unanswered, becomes a missed call to return afterwards.
    bool interruptsSessions = false;
    // Answered by itself after this many seconds of ringing; nullopt: only by a tap.
    std::optional<int> autoAnswerSeconds;
    QList<DailyHours> autoAnswerHours; // when it may answer by itself; never empty after loading
    // The family's secret for the room, so that only they can make the kiosk ring: a Jitsi JWT
    // ("jwt", the server lets only token holders in) or the room's password ("roomPassword",
    // the kiosk answers only a room that asks for it). Without either the contact never rings.
    // Never logged.
    QString jwt;
    QString roomPassword;

    bool hasSecret() const { return !jwt.isEmpty() || !roomPassword.isEmpty(); }

    // server + room: "https://meet.example.org/familie-schmidt-7f3k".
    QUrl roomUrl() const
    {
        QUrl url = server;
        url.setPath(u'/' + room);
        return url;
    }

    bool operator==(const ContactConfig &) const = default;
};

// The settings of calls as a whole (the top level of contacts.json), with their defaults.
struct CallSettings
{
    QUrl server; // default Jitsi Meet server for contacts that give only a room name
    // Prosody's mod_muc_size endpoint with {room} and {domain} filled in, e.g.
    // "https://meet.example.org/room-size?room={room}&domain={domain}". Empty: nothing rings.
    QString roomSizeUrl;
    int pollSeconds = 10;    // how often each ringing contact's room is asked
    int ringSeconds = 45;    // ringing this long without an answer is a missed call
    int aloneMinutes = 3;    // alone in the room this long after the others left: hang up
    int ringVolume = 60;     // percent: the ringtone never plays louder than this
    int maxCallMinutes = 60; // every call ends after this long, with a gentle sentence
    // kiosk.json's night hours: nothing rings then, whatever a contact's ring hours say (the
    // residents sleep; a guide may have set ring hours late into the evening).
    DailyHours nightHours{QTime(21, 0), QTime(7, 0)};

    bool operator==(const CallSettings &) const = default;
};

} // namespace Dorfplatz
