#pragma once

#include <QCoreApplication>
#include <QString>

namespace Dorfplatz {

struct SyncStep;

// dorfplatz-sync: reads feeds.json, runs a SyncRunner on the events cache, and prints each step
// for people (German) or, with --json, as one JSON object per line for the kiosk.
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::SyncCommand)

public:
    // Beyond SyncRunner::ExitCode: another sync holds the lock.
    static constexpr int alreadyRunning = 6;

    static int run(int argc, char **argv);

    // The line a person reads for one step of the runner (empty: nothing to print). `url` is the
    // feed's address (its FeedStart step has it), for a failure to name the server; `verbose`
    // adds the technical detail of a failure.
    static QString humanLine(const SyncStep &step, const QString &url = {}, bool verbose = false);
};

} // namespace Dorfplatz
