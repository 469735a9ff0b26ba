#pragma once

#include <QString>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace Dorfplatz {

// Installs the app's translation for `language` ("de" or "en") together with Qt's own, and sets
// the default QLocale to match so dates and numbers follow the language. Keeps the translators
// alive while the object lives.
class Translations
{
public:
    Translations();
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    // Returns false when the app's own translation could not be loaded.
    bool install(const QString &language);
    QString language() const { return m_language; }

    static QString localeName(const QString &language); // "de" → "de_DE"

private:
    void remove();

    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace Dorfplatz
