#include "asciiname.h"

namespace Dorfplatz {

using namespace Qt::StringLiterals;

QString asciiName(const QString &text, int maxLength)
{
    QString lower = text.toLower();
    // German letters first, so "Käthe" becomes "kaethe", not "kathe".
    lower
        .replace(u'\u00E4', u"ae"_s)  // ä
        .replace(u'\u00F6', u"oe"_s)  // ö
        .replace(u'\u00FC', u"ue"_s)  // ü
        .replace(u'\u00DF', u"ss"_s); // ß
    // "é" → "e" and a combining accent, which is dropped; "²" → "2".
    lower = lower.normalized(QString::NormalizationForm_KD);
    QString name;
    bool gap = false;
    for (const QChar c : std::as_const(lower)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
            if (gap && !name.isEmpty()) {
                if (name.size() + 1 >= maxLength)
                    break;
                name += u'-';
            }
            gap = false;
            if (name.size() >= maxLength)
                break;
            name += c;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true;
        }
    }
    return name;
}

} // namespace Dorfplatz
