#include "configchanges.h"

#include <QDir>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// What the lines of one kind of thing say; %1 is its name.
struct Words
{
    QString added;
    QString removed;
    QString changed;
};

// Adds a line for each thing of `after` not in `before` (by id), each gone, and each changed.
template <typename T, typename Name, typename Same>
void compare(const QList<T> &before, const QList<T> &after, Name name, Same same,
             const Words &words, QStringList *lines)
{
    const auto find = [](const QList<T> &list, const QString &id) -> const T * {
        for (const T &item : list) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    };
    for (const T &item : after) {
        const T *old = find(before, item.id);
        if (!old)
            lines->append(words.added.arg(name(item)));
        else if (!same(*old, item))
            lines->append(words.changed.arg(name(item)));
    }
    for (const T &item : before) {
        if (!find(after, item.id))
            lines->append(words.removed.arg(name(item)));
    }
}

QStringList idsOf(const QList<TileConfig> &tiles)
{
    QStringList ids;
    for (const TileConfig &tile : tiles)
        ids.append(tile.id);
    return ids;
}

// A local calendar file by its place in its configuration's folder.
FeedConfig comparable(FeedConfig feed, const KioskConfig &config)
{
    if (feed.url.isLocalFile())
        feed.url = QUrl(QDir(config.directory).relativeFilePath(feed.url.toLocalFile()));
    return feed;
}

QString quoted(const QString &name)
{
    return u"\u201E%1\u201C"_s.arg(name);
}

} // namespace

QStringList ConfigChanges::list(const KioskConfig &before, const KioskConfig &after)
{
    QStringList lines;
    compare(
        before.tiles, after.tiles, [](const TileConfig &t) { return quoted(t.label); },
        [](const TileConfig &a, const TileConfig &b) {
            TileConfig x = a;
            x.order = b.order; // its place is the order's business, below
            return x == b;
        },
        {tr("Tile %1 added"), tr("Tile %1 removed"), tr("Tile %1 changed")}, &lines);
    // The same tiles in another order (those added or removed aside).
    QStringList beforeIds = idsOf(before.tiles);
    QStringList afterIds = idsOf(after.tiles);
    beforeIds.removeIf([&](const QString &id) { return !afterIds.contains(id); });
    afterIds.removeIf([&](const QString &id) { return !beforeIds.contains(id); });
    if (beforeIds != afterIds)
        lines.append(tr("Order of the tiles changed"));
    compare(
        before.streams, after.streams, [](const StreamConfig &s) { return quoted(s.name); },
        [](const StreamConfig &a, const StreamConfig &b) { return a == b; },
        {tr("Station %1 added"), tr("Station %1 removed"), tr("Station %1 changed")}, &lines);
    compare(
        before.contacts, after.contacts, [](const ContactConfig &c) { return quoted(c.name); },
        [](const ContactConfig &a, const ContactConfig &b) { return a == b; },
        {tr("Contact %1 added"), tr("Contact %1 removed"), tr("Contact %1 changed")}, &lines);
    compare(
        before.feeds, after.feeds, [](const FeedConfig &f) { return quoted(f.name); },
        [&](const FeedConfig &a, const FeedConfig &b) {
            return comparable(a, before) == comparable(b, after);
        },
        {tr("Calendar %1 added"), tr("Calendar %1 removed"), tr("Calendar %1 changed")}, &lines);

    const KioskSettings &was = before.settings;
    const KioskSettings &is = after.settings;
    if (was.homeName != is.homeName)
        lines.append(tr("Name of the home changed"));
    if (was.textScalePercent != is.textScalePercent)
        lines.append(tr("Text size changed"));
    if (was.theme != is.theme)
        lines.append(tr("Colours changed"));
    if (was.language != is.language)
        lines.append(tr("Language changed"));
    if (was.volume != is.volume)
        lines.append(tr("Volume limits changed"));
    KioskSettings rest = was;
    rest.homeName = is.homeName;
    rest.textScalePercent = is.textScalePercent;
    rest.theme = is.theme;
    rest.language = is.language;
    rest.volume = is.volume;
    if (rest != is || before.events != after.events || before.calls != after.calls)
        lines.append(tr("Other settings changed"));
    return lines;
}

QString ConfigChanges::summary(const KioskConfig &before, const KioskConfig &after)
{
    const QStringList lines = list(before, after);
    if (lines.isEmpty())
        return tr("No change");
    if (lines.size() == 1)
        return lines.first();
    //: The first change of a new configuration, and how many more there are
    return tr("%1 and %n more change(s)", nullptr, int(lines.size()) - 1).arg(lines.first());
}

} // namespace Dorfplatz
