#include "privatedir.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr mode_t privateMode = S_IRWXU;

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

bool ensurePrivateDir(const QString &path, QString *error)
{
    const QString absolute = QDir(path).absolutePath();
    const QByteArray native = QFile::encodeName(absolute);
    const QString parent = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(parent)) {
        *error = u"cannot create %1"_s.arg(parent);
        return false;
    }
    // Created with 0700 at once (mkdir applies the umask, which only takes away), not created
    // open and tightened after: no moment in which another user could enter.
    if (::mkdir(native.constData(), privateMode) != 0 && errno != EEXIST) {
        *error = u"cannot create %1: %2"_s.arg(absolute, systemError());
        return false;
    }
    struct stat status = {};
    if (::stat(native.constData(), &status) != 0) {
        *error = u"%1: %2"_s.arg(absolute, systemError());
        return false;
    }
    if (!S_ISDIR(status.st_mode)) {
        *error = u"%1 is not a folder"_s.arg(absolute);
        return false;
    }
    if ((status.st_mode & 07777) != privateMode) {
        // A folder from an older version, or made by hand: tightened, or at least said.
        if (::chmod(native.constData(), privateMode) == 0)
            qCInfo(lcApp).noquote() << u"made %1 private (mode 0700)"_s.arg(absolute);
        else
            qCWarning(lcApp).noquote()
                << u"%1 is open to other users and cannot be made private: %2"_s.arg(absolute,
                                                                                     systemError());
    }
    return true;
}

} // namespace Dorfplatz
