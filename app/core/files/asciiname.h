#pragma once

#include <QString>

namespace Dorfplatz {

// A name as lower-case ASCII words joined by '-', for ids and file names that every file
// system and the configuration's id rule take: "Oma Käthe_1" → "oma-kaethe-1", "Café Größ²" →
// "cafe-groess2". German letters are spelled out, other accents dropped; at most `maxLength`
// characters, never beginning or ending with '-'. Empty when nothing of the name is left.
QString asciiName(const QString &text, int maxLength);

} // namespace Dorfplatz
