#include "processmemory.h"

#include <QDir>
#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Dorfplatz::Bench {

namespace {

QString commandOf(qint64 pid)
{
    QFile comm(u"/proc/"_s + QString::number(pid) + u"/comm"_s);
    return comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll().trimmed()) : QString();
}

// The process tree without the excluded commands and their children.
QList<qint64> processTree(qint64 root, const QStringList &exclude);

} // namespace

QList<qint64> processTree(qint64 root)
{
    return processTree(root, {});
}

namespace {

QList<qint64> processTree(qint64 root, const QStringList &exclude)
{
    QHash<qint64, QList<qint64>> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(u"/proc/"_s + entry + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children[fields.at(1).toLongLong()].append(pid);
    }
    QList<qint64> tree{root};
    for (qsizetype i = 0; i < tree.size(); ++i) {
        for (qint64 child : children.value(tree.at(i))) {
            if (!exclude.contains(commandOf(child)))
                tree.append(child);
        }
    }
    return tree;
}

} // namespace

TreeMemory treePss(qint64 root, const QStringList &exclude)
{
    TreeMemory memory;
    qint64 kib = 0;
    for (qint64 pid : processTree(root, exclude)) {
        QFile rollup(u"/proc/"_s + QString::number(pid) + u"/smaps_rollup"_s);
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        ++memory.processes;
        for (const QByteArray &line : rollup.readAll().split('\n')) {
            if (line.startsWith("Pss:"))
                kib += line.mid(4).trimmed().split(' ').first().toLongLong();
        }
    }
    memory.pssMiB = double(kib) / 1024.0;
    return memory;
}

int openFileDescriptors()
{
    return int(QDir(u"/proc/self/fd"_s)
                   .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                   .size());
}

int threadCount()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Threads:"))
            return line.mid(8).trimmed().toInt();
    }
    return -1;
}

} // namespace Dorfplatz::Bench
