#pragma once

#include <QString>

namespace Dorfplatz::PinHash {

// Staff PINs, hashed with Argon2id through libsodium (crypto_pwhash_str, its "interactive"
// limits: about 0.1 s and 64 MiB per hash here). The text holds the salt and the parameters; the
// PIN is never stored, and the copies made for libsodium are wiped.

// At least minLength digits and nothing else.
inline constexpr int minLength = 6;
bool isValidPin(const QString &pin);

// The hash text, or empty when libsodium could not make one (out of memory).
QString hash(const QString &pin);
// Whether `pin` is the one `hash` was made from.
bool verify(const QString &hash, const QString &pin);

} // namespace Dorfplatz::PinHash
