#pragma once

#include <QCoreApplication>
#include <QString>

namespace Dorfplatz {

// Writing one new file onto a USB stick, for the guides' backups and the staff's plans and
// invitations: a free name (never over an earlier file), and why it cannot be written in words a
// volunteer understands (write-protected, full) instead of the system's.
class StickFile
{
    Q_DECLARE_TR_FUNCTIONS(StickFile)

public:
    // `base` without `suffix` ("dorfplatz-haus-2026-12-07", ".tar.gz"); `neededBytes` what the
    // file will take at most.
    StickFile(QString stickPath, QString stickName, QString base, QString suffix,
              qint64 neededBytes);

    // Finds the first free name: base + suffix, then base-2 + suffix up to base-99. False and
    // problem() when the stick is write-protected, too full or has 99 files of that name.
    bool choose();
    QString path() const { return m_path; } // after choose()
    QString name() const { return m_name; } // the file name alone, for the message
    QString problem() const { return m_problem; }

    // After a failed write: write-protected or full when that is why (a stick can turn
    // read-only when the kernel finds its file system damaged), otherwise `error`.
    QString explainFailure(const QString &error) const;

private:
    QString readOnlyText() const;
    QString fullText() const;

    QString m_stickPath;
    QString m_stickName;
    QString m_base;
    QString m_suffix;
    qint64 m_neededBytes;
    QString m_path;
    QString m_name;
    QString m_problem;
};

} // namespace Dorfplatz
