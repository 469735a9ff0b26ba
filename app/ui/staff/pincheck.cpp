#include "pincheck.h"

#include "core/db/database.h"

#include <QThread>

#include <memory>

namespace Dorfplatz {

PinCheck::PinCheck(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{}

PinCheck::~PinCheck()
{
    // A check under way is short (Argon2id, a few SQL statements): wait for it rather than leave
    // a thread behind that writes the throttle into a database being closed.
    if (m_thread)
        m_thread->wait();
}

bool PinCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool PinCheck::start(qint64 accountId, const QString &pin, const QDateTime &now)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    auto secret = std::make_shared<QString>(pin);
    m_thread.reset(QThread::create([this, path = m_path, accountId, secret, now] {
        AccountStore::SignIn result;
        QString error;
        if (auto database = Database::open(path, &error)) {
            AccountStore store(*database);
            result = store.signIn(accountId, *secret, now);
        }
        // Wiped here as PinPad wipes its copy; libsodium wipes its own.
        secret->fill(u'0');
        QMetaObject::invokeMethod(
            this, [this, result] { Q_EMIT done(result); }, Qt::QueuedConnection);
    }));
    m_thread->start();
    return true;
}

} // namespace Dorfplatz
