#include "callpolicy.h"

#include "core/config/kioskconfig.h"
#include "origins.h"

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

QList<QUrl> CallPolicy::allowedOrigins(const KioskConfig &config)
{
    QList<QUrl> origins;
    for (const ContactConfig &contact : config.contacts) {
        const QUrl origin = Origins::originOf(contact.server);
        if (!origin.isEmpty() && !origins.contains(origin))
            origins.append(origin);
    }
    return origins;
}

bool CallPolicy::inHours(const QList<DailyHours> &hours, QTime time)
{
    return std::any_of(hours.cbegin(), hours.cend(),
                       [time](const DailyHours &span) { return span.contains(time); });
}

bool CallPolicy::mayRing(const ContactConfig &contact, const CallSettings &settings,
                         const QDateTime &now)
{
    // now.time() and not now.toLocalTime(): a clock in another zone (a test's Europe/Berlin on a
    // UTC machine) means its own wall-clock time.
    return contact.ring && contact.hasSecret() && !settings.roomSizeUrl.isEmpty() &&
           now.isValid() && inHours(contact.ringHours, now.time()) &&
           !settings.nightHours.contains(now.time());
}

std::optional<std::chrono::seconds> CallPolicy::autoAnswerAfter(const ContactConfig &contact,
                                                                const QDateTime &now)
{
    if (!contact.autoAnswerSeconds || !contact.hasSecret() || !now.isValid() ||
        !inHours(contact.autoAnswerHours, now.time()))
        return std::nullopt;
    return std::chrono::seconds(*contact.autoAnswerSeconds);
}

QStringList CallPolicy::secretProblems(const QList<ContactConfig> &contacts)
{
    QStringList problems;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const ContactConfig &contact = contacts.at(i);
        if ((contact.ring || contact.autoAnswerSeconds) && !contact.hasSecret())
            problems.append(
                tr("contacts.json: contacts[%1]: \"ring\" needs \"jwt\" or \"roomPassword\", a "
                   "secret only the family has; until then this contact does not ring and is "
                   "never answered by itself")
                    .arg(i));
    }
    return problems;
}

QUrl CallPolicy::roomSizeUrl(const CallSettings &settings, const ContactConfig &contact)
{
    if (settings.roomSizeUrl.isEmpty())
        return {};
    QString text = settings.roomSizeUrl;
    text.replace(u"{room}"_s, QString::fromLatin1(QUrl::toPercentEncoding(contact.room.toLower())));
    text.replace(u"{domain}"_s,
                 QString::fromLatin1(QUrl::toPercentEncoding(contact.server.host())));
    return QUrl(text);
}

} // namespace Dorfplatz
