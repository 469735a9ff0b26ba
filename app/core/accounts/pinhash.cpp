#include "pinhash.h"

#include "core/logging.h"

#include <QByteArray>

#include <sodium.h>

namespace Dorfplatz::PinHash {

namespace {

bool sodiumReady()
{
    // Thread-safe and idempotent; below 0 libsodium cannot work at all.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The PIN's bytes for libsodium, wiped when they go.
class PinBytes
{
public:
    explicit PinBytes(const QString &pin)
        : m_bytes(pin.toUtf8())
    {}
    ~PinBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }
    Q_DISABLE_COPY_MOVE(PinBytes)

private:
    QByteArray m_bytes;
};

} // namespace

bool isValidPin(const QString &pin)
{
    if (pin.size() < minLength)
        return false;
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString hash(const QString &pin)
{
    if (!sodiumReady())
        return {};
    const PinBytes bytes(pin);
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str(out, bytes.data(), bytes.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        qCWarning(lcApp) << "a PIN could not be hashed (out of memory)";
        return {};
    }
    return QString::fromLatin1(out);
}

bool verify(const QString &hash, const QString &pin)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const PinBytes bytes(pin);
    return crypto_pwhash_str_verify(stored.constData(), bytes.data(), bytes.size()) == 0;
}

} // namespace Dorfplatz::PinHash
