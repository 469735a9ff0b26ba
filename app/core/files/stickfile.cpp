#include "stickfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <unistd.h>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxNumber = 99;

bool taken(const QString &path)
{
    // A link counts as taken; ".partial" is what an interrupted QSaveFile-like write left.
    const QFileInfo info(path);
    return info.exists() || info.isSymLink() || QFileInfo::exists(path + u".partial"_s);
}

bool writable(const QString &folder)
{
    return ::access(QFile::encodeName(folder).constData(), W_OK) == 0;
}

} // namespace

StickFile::StickFile(QString stickPath, QString stickName, QString base, QString suffix,
                     qint64 neededBytes)
    : m_stickPath(std::move(stickPath))
    , m_stickName(std::move(stickName))
    , m_base(std::move(base))
    , m_suffix(std::move(suffix))
    , m_neededBytes(neededBytes)
{}

QString StickFile::readOnlyText() const
{
    return tr("The stick “%1” is write-protected, nothing was saved. Use another stick, or slide "
              "its lock switch and plug it in again.")
        .arg(m_stickName);
}

QString StickFile::fullText() const
{
    return tr("The stick “%1” is full, nothing was saved. Delete something on it or use another "
              "stick.")
        .arg(m_stickName);
}

bool StickFile::choose()
{
    m_path.clear();
    m_name.clear();
    m_problem.clear();
    const QStorageInfo storage(m_stickPath);
    if (!writable(m_stickPath) || (storage.isValid() && storage.isReadOnly())) {
        m_problem = readOnlyText();
        return false;
    }
    if (storage.isValid() && storage.bytesAvailable() < m_neededBytes) {
        m_problem = fullText();
        return false;
    }
    QString name = m_base + m_suffix;
    for (int n = 2; taken(QDir(m_stickPath).filePath(name)); ++n) {
        if (n > maxNumber) {
            m_problem = tr("There are too many files named “%1” on the stick “%2”, nothing was "
                           "saved.")
                            .arg(m_base + m_suffix, m_stickName);
            return false;
        }
        name = u"%1-%2"_s.arg(m_base).arg(n) + m_suffix;
    }
    m_name = name;
    m_path = QDir(m_stickPath).filePath(name);
    return true;
}

QString StickFile::explainFailure(const QString &error) const
{
    const QStorageInfo storage(m_stickPath);
    if (storage.isValid() && storage.isReadOnly())
        return readOnlyText();
    if (storage.isValid() && storage.bytesAvailable() < m_neededBytes)
        return fullText();
    return error;
}

} // namespace Dorfplatz
