#pragma once

#include <QString>
#include <QtGlobal>

namespace Dorfplatz {

// An exclusive lock on a file that the kernel lets go of when the holder dies, however it dies.
// QLockFile is not enough for a program that may be killed with SIGKILL: killed between creating
// its lock file and writing its process id into it, it leaves an empty file that QLockFile
// cannot recognise as stale (found by the crash test of dorfplatz-sync).
class FileLock
{
public:
    explicit FileLock(QString path);
    ~FileLock();

    // Takes the lock without waiting; false when another process (or another FileLock) holds it
    // or the file cannot be opened (error() says why).
    bool tryLock();
    void unlock();
    bool isLocked() const { return m_fd >= 0; }
    QString error() const { return m_error; }

    Q_DISABLE_COPY_MOVE(FileLock)

private:
    QString m_path;
    QString m_error;
    int m_fd = -1;
};

} // namespace Dorfplatz
