#pragma once

#include "configloader.h"
#include "configversions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Dorfplatz {

// The guides' edits before they go live: a whole configuration folder in `<data>/draft`,
// started from the configuration in use (its JSON files and pictures copied). Edits change the
// JSON files themselves, each write atomic (FileCopy::write), so what a guide did not touch stays
// as it was written, relative paths included, and a ConfigIssue's `file` and `path`
// ("tiles[3].label") name exactly the field an editor wrote. check() loads the folder with the
// loader the kiosk uses at start-up. The draft outlives staff mode and a restart, until it is
// published or discarded.
class ConfigDraft
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::ConfigDraft)

public:
    // The lists a guide edits: each a JSON array in its file ("tiles" in tiles.json, …).
    enum class List
    {
        Tiles,
        Streams,
        Contacts,
        Feeds
    };
    static QString fileOf(List list); // "tiles.json"
    static QString keyOf(List list);  // "tiles"

    // Keeps the draft in `<dataDir>/draft`.
    explicit ConfigDraft(const QString &dataDir);

    QString directory() const { return m_directory; }
    // Where the base configuration's local media are (the draft copies no media).
    QString mediaDirectory() const;
    // The published version it was started from (0: the installed configuration).
    int baseVersion() const;
    bool exists() const;

    // Starts a draft from `base` (ConfigLoader::filesOf copied); replaces an existing draft.
    bool begin(const KioskConfig &base, int baseVersion, QString *error);
    bool discard(QString *error);

    // A JSON file of the draft; an empty object when it is missing or unreadable. Only files
    // directly in the folder: a name with '/' or ".." gives an empty object and is not written.
    QJsonObject object(const QString &file) const;
    bool setObject(const QString &file, const QJsonObject &object, QString *error);
    // One setting of kiosk.json ("homeName", "textScale", …); an undefined value removes it.
    bool setSetting(const QString &key, const QJsonValue &value, QString *error);

    // The list in file order. The changes below refuse a file that is there but cannot be read
    // (rather than write over what a guide could still repair); a missing file is made anew.
    QJsonArray entries(List list) const;
    bool setEntries(List list, const QJsonArray &entries, QString *error);
    // The entry with this "id", or -1.
    int indexOf(List list, const QString &id) const;
    std::optional<QJsonObject> entry(List list, const QString &id) const;
    // Replaces the entry with the same "id", or appends it. A tile without "order" keeps the one
    // it had, and a new one goes after the others when tiles still have "order" fields.
    bool putEntry(List list, const QJsonObject &entry, QString *error);
    // Removes the entry (false when there is none); a stream or contact takes the tiles that open
    // it along (a tile that opens nothing would stop the publication).
    bool removeEntry(List list, const QString &id, QString *error);
    // Moves the entry `by` places (-1: towards the front), within the list; at an end it stays
    // (true, nothing written). Tiles are counted in their order on the screen and lose their
    // "order" fields: from then on the order in the file is the order on the screen.
    bool moveEntry(List list, const QString &id, int by, QString *error);
    // An id for a new entry named `name`, not yet used in the list: "SWR4 Rheinland-Pfalz" →
    // "swr4-rheinland-pfalz", "…-2" when taken; umlauts spelled out ("ä" → "ae"), other accents
    // dropped ("é" → "e"), at most 40 characters; a name without letters gives "kachel", "sender",
    // "kontakt" or "kalender". Always an id the loader accepts.
    QString newId(List list, const QString &name) const;

    // The draft loaded as the kiosk would load it: a config, or the issues that stop it.
    ConfigLoadResult check() const;

    // Publishes the draft as the newest version (checked again there), summarised as what
    // changed from `before` (ConfigChanges::summary); the draft is removed when it worked.
    ConfigVersions::Result publish(ConfigVersions &versions, const KioskConfig &before,
                                   const Actor &by, const QDateTime &now, AuditLog *audit);

private:
    QJsonObject meta() const;
    // `file` as it is, or a new file's {"version": …} when it is missing; false when unreadable.
    bool read(const QString &file, QJsonObject *object, QString *error) const;
    // Renames the draft away before it is removed, so a half-removed draft never looks like one.
    bool removeDraft(QString *error) const;

    QString m_directory;
};

} // namespace Dorfplatz
