#pragma once

#include "configissue.h"
#include "core/events/feedconfig.h"

#include <QList>
#include <QString>

namespace Dorfplatz {

struct FeedsLoadResult
{
    QList<FeedConfig> feeds; // the usable feeds, in file order (a broken entry is left out)
    EventSettings settings;
    ConfigIssues issues;
    bool fileExists = false;
};

// Reads feeds.json: the calendar feeds and the settings of the events sync. dorfplatz-sync reads
// only this file, so a broken tile elsewhere never stops the nightly sync; the kiosk's
// ConfigLoader reads it too, so --check-config reports its problems with all the others.
class FeedsLoader
{
public:
    static inline const QString feedsFile = QStringLiteral("feeds.json");

    // A missing feeds.json is no problem: there are no feeds.
    static FeedsLoadResult load(const QString &directory);
};

} // namespace Dorfplatz
