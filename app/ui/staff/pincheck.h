#pragma once

#include "core/accounts/accountstore.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Dorfplatz {

// One PIN checked away from the GUI thread: Argon2id takes about 0.1 s and 64 MiB by design,
// long enough for the pad to stall under a finger. The worker opens its own connection to
// app.db (a connection belongs to its thread) and runs AccountStore::signIn there, so the wait
// after wrong PINs is counted in the same place as everywhere else.
class PinCheck : public QObject
{
    Q_OBJECT

public:
    explicit PinCheck(QString databasePath, QObject *parent = nullptr);
    ~PinCheck() override;

    bool isRunning() const;
    // Starts a check unless one runs (returns false then). done() follows on this object's thread.
    bool start(qint64 accountId, const QString &pin, const QDateTime &now);

Q_SIGNALS:
    void done(const Dorfplatz::AccountStore::SignIn &result);

private:
    QString m_path;
    std::unique_ptr<QThread> m_thread;
};

} // namespace Dorfplatz

Q_DECLARE_METATYPE(Dorfplatz::AccountStore::SignIn)
