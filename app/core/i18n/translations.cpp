#include "translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

Translations::Translations() = default;

Translations::~Translations()
{
    remove();
}

QString Translations::localeName(const QString &language)
{
    if (language == u"en")
        return u"en_GB"_s;
    return u"de_DE"_s;
}

void Translations::remove()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

bool Translations::install(const QString &language)
{
    remove();
    m_language = language;
    const QLocale locale(localeName(language));
    QLocale::setDefault(locale);

    m_app = std::make_unique<QTranslator>();
    const bool ok = m_app->load(u":/i18n/dorfplatz_"_s + language + u".qm"_s);
    if (ok)
        QCoreApplication::installTranslator(m_app.get());
    else
        qCWarning(lcApp) << "no translation for language" << language;

    // Qt's own strings (rarely seen in a kiosk); optional, from qt6-translations-l10n.
    m_qt = std::make_unique<QTranslator>();
    if (m_qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
    return ok;
}

} // namespace Dorfplatz
