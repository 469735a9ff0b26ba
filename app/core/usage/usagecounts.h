#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <chrono>

namespace Dorfplatz {

class Database;

// How much the room was used, for the district's funding report (issue 14): per month, how many
// programme sessions were held and missed, streams played, calls and video visits made, and how
// many minutes they lasted, and how often "Was ist los?" was opened.
//
// Anonymous on purpose. The report needs only totals, so only totals are stored: table
// usage_counts in app.db holds month ("2026-12"), kind, count and seconds — no name, contact,
// station, session, day or time of day, not even in a column left empty. What is not stored
// cannot leak: not through the report file, a backup of app.db or a stolen kiosk. A caller
// therefore has nothing personal to pass in: add() takes a kind, a date and a length.
class UsageCounts
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::UsageCounts)

public:
    // What was counted. The text keys in the database (key()) never change once shipped; a new
    // kind gets a new key at the end.
    enum class Kind
    {
        SessionHeld,   // a programme session that took place
        SessionMissed, // a session nobody started (or a call made it fall through)
        StreamPlayed,  // a station or video stream, with its minutes
        CallMade,      // a call from the kiosk, with its minutes
        VisitHeld,     // a video visit that took place, with its minutes
        VisitMissed,   // a video visit that did not come about
        EventsOpened,  // "Was ist los?" opened
    };
    static constexpr int kindCount = int(Kind::EventsOpened) + 1;

    struct KindCounts
    {
        qint64 count = 0;
        qint64 seconds = 0;

        // Whole minutes, rounded down (the report counts whole minutes).
        qint64 minutes() const { return seconds / 60; }
    };

    // One month of the report; every kind is there, zero when nothing happened.
    struct MonthCounts
    {
        QDate month; // its first day
        std::array<KindCounts, kindCount> kinds{};

        const KindCounts &operator[](Kind kind) const { return kinds[std::size_t(kind)]; }
        KindCounts &operator[](Kind kind) { return kinds[std::size_t(kind)]; }
    };

    explicit UsageCounts(Database &database);

    // "session-held", "stream-played", ...: the kind as stored.
    static QString key(Kind kind);
    // "2026-12": the month of `date` as stored and written in the report.
    static QString monthKey(QDate date);

    // Counts one `kind` in the month of `day` (any day of it) and adds `duration` (negative is
    // taken as 0) to its seconds. One UPSERT, so it is whole or not at all, also inside the
    // caller's transaction. False and *error in plain words when the database refuses (full
    // disk, damaged file) or `day` is invalid.
    bool add(Kind kind, QDate day, std::chrono::seconds duration = {}, QString *error = nullptr);

    // Every month from the month of `from` to the month of `to`, oldest first, also months
    // without anything counted (all zeros). Empty when `from` is after `to` or a date is invalid;
    // empty and *error when the database cannot be read. Rows of kinds this version does not
    // know (written by a newer one) are left out.
    QList<MonthCounts> months(QDate from, QDate to, QString *error = nullptr) const;

    // The report's text: a header row, then one row per month ("2026-12", counts, whole
    // minutes), ';' between fields (German Excel expects it) and CRLF line ends. The headers are
    // German whatever the kiosk's language: the file is for the district's office. No BOM: that
    // belongs to the file (writeCsv()).
    static QString csv(const QList<MonthCounts> &months);
    // Writes csv(months) to `path` as UTF-8 with a BOM (so Excel reads the umlauts), whole or not
    // at all (QSaveFile); the folder must exist. False and *error in plain words when it cannot
    // (missing or read-only folder, full disk); then `path` is as it was before.
    static bool writeCsv(const QString &path, const QList<MonthCounts> &months, QString *error);

private:
    Database &m_database;
};

} // namespace Dorfplatz
