#pragma once

#include "core/calls/contactconfig.h"
#include "core/events/feedconfig.h"
#include "core/streams/streamconfig.h"
#include "core/time/dailyhours.h"

#include <QList>
#include <QString>
#include <QTime>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Dorfplatz {

// Kinds of tile. Later features add kinds here; the loader rejects names it does not know so a
// typo in tiles.json is reported instead of giving a tile that does nothing.
enum class TileKind
{
    Stream,
    Call,
    Events,
    Schedule
};

QString tileKindName(TileKind kind);
std::optional<TileKind> tileKindFromName(const QString &name);
QStringList tileKindNames();

enum class ThemeKind
{
    Standard,
    HighContrast
};

QString themeKindName(ThemeKind kind);
std::optional<ThemeKind> themeKindFromName(const QString &name);

using NightHours = DailyHours;

// Every field with its default: the one place where defaults live (kiosk-config/README.md lists
// the same values for the guides).
// Reading aloud (the "Vorlesen" button) and spoken announcements.
struct SpeechSettings
{
    bool readAloud = true;      // the "Vorlesen" button on resident screens
    bool announcements = false; // sessions and rings are also said aloud, without a tap
    // Percent of the engine's normal rate (50–150): slower than normal, for old ears.
    int ratePercent = 85;
    int volumePercent = 80; // 10–100

    bool operator==(const SpeechSettings &) const = default;
};

struct KioskSettings
{
    QString language = QStringLiteral("de");
    ThemeKind theme = ThemeKind::Standard;
    int textScalePercent = 100;
    std::chrono::seconds inactivityTimeout{120};
    std::optional<double> screenDiagonalInches; // override for screens that report a wrong size
    NightHours nightHours{QTime(21, 0), QTime(7, 0)};
    QString homeName; // shown in the header, e.g. "Haus Sonnenhang"; empty shows nothing
    PlayerBackend player = PlayerBackend::Vlc;
    VolumeLimits volume;
    bool tapSound = true; // a soft click for every tap
    SpeechSettings speech;
    // The radio-browser.info servers the guides' station finder asks (base addresses); empty:
    // found through DNS, as the directory documents. A home with its own mirror, and tests, set it.
    QList<QUrl> stationDirectory;

    bool operator==(const KioskSettings &) const = default;
};

struct TileConfig
{
    QString id;
    TileKind kind = TileKind::Stream;
    QString label;
    QString picture; // relative to the configuration folder, or "icon:NAME" for a built-in icon
                     // (ConfigLoader::picturePath gives the file to show)
    QString target;  // id of the stream, contact, ... the tile opens; may be empty
    int order = 0;

    bool operator==(const TileConfig &) const = default;
};

struct KioskConfig
{
    static constexpr int currentVersion = 1;

    QString directory;      // where it was loaded from
    QString mediaDirectory; // where its streams' local files are (the same, or the installed one)
    KioskSettings settings;
    QList<TileConfig> tiles;       // sorted by order, then by position in the file
    QList<StreamConfig> streams;   // in file order; from streams.json
    QList<FeedConfig> feeds;       // in file order; from feeds.json (read by dorfplatz-sync too)
    EventSettings events;          // from feeds.json
    QList<ContactConfig> contacts; // in file order; from contacts.json
    CallSettings calls;            // from contacts.json

    // The stream with this id, or nullptr.
    const StreamConfig *stream(const QString &id) const;
    // The contact with this id, or nullptr.
    const ContactConfig *contact(const QString &id) const;

    bool operator==(const KioskConfig &) const = default;
};

} // namespace Dorfplatz
