#pragma once

#include <QList>
#include <QStringList>

namespace Dorfplatz::Bench {

// PIDs of root's process tree (root itself first), read from /proc.
QList<qint64> processTree(qint64 root);

// Proportional set size summed over a process tree: WebEngine runs in child processes
// (zygote, renderer, GPU/utility), and the kiosk's memory is theirs too.
struct TreeMemory
{
    double pssMiB = 0;
    int processes = 0;
};
// `exclude`: command names (/proc/PID/comm) left out, with their children (a benchmark's own
// servers, e.g. "icecast2" and "ffmpeg").
TreeMemory treePss(qint64 root, const QStringList &exclude = {});

// Of this process: open file descriptors and threads (leaks show as a steady climb).
int openFileDescriptors();
int threadCount();

} // namespace Dorfplatz::Bench
