#include "auditlogtext.h"

#include "core/accounts/account.h"
#include "core/schedule/weeklyrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// The fields of a session as SessionJson writes them, in the order a change is told.
const QStringList sessionFields = {u"title"_s,   u"start"_s,     u"minutes"_s, u"rule"_s,
                                   u"content"_s, u"target"_s,    u"volume"_s,  u"startsByItself"_s,
                                   u"note"_s,    u"cancelled"_s, u"moved"_s};
const QStringList accountFields = {u"name"_s, u"role"_s};

struct Subject
{
    QString kind; // "session", "account", or what a newer version writes
    QString id;
};

Subject subjectOf(const QString &subject)
{
    const qsizetype space = subject.indexOf(u' ');
    if (space < 0)
        return {subject, {}};
    return {subject.left(space), subject.mid(space + 1)};
}

std::optional<QJsonObject> objectOf(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.size() <= AuditLogText::maxValueLength)
        return simple;
    return simple.left(AuditLogText::maxValueLength - 1).trimmed() + u"…"_s;
}

QString quoted(const QString &text)
{
    //: Quotation marks around a name or text: „%1“
    return AuditLogText::tr("\"%1\"").arg(shortened(text));
}

QString textOrNone(const QString &text)
{
    //: A text that is empty, e.g. no note: "(keine)"
    return text.isEmpty() ? AuditLogText::tr("(none)") : quoted(text);
}

// A changed text as "before → after" values. Where the change lies beyond what shortened()
// keeps, both sides start a little before it, so a line never shows two equal texts.
std::pair<QString, QString> changedTexts(const QString &before, const QString &after)
{
    const QString a = before.simplified();
    const QString b = after.simplified();
    if (a == b || shortened(a) != shortened(b))
        return {textOrNone(a), textOrNone(b)};
    qsizetype same = 0;
    while (same < a.size() && same < b.size() && a.at(same) == b.at(same))
        ++same;
    // From the start of a word a few words before the change.
    constexpr qsizetype context = 20;
    const qsizetype from = a.lastIndexOf(u' ', std::max<qsizetype>(0, same - context)) + 1;
    return {quoted(u"…"_s + a.mid(from)), quoted(u"…"_s + b.mid(from))};
}

QDateTime wallTime(const QString &text)
{
    return QDateTime::fromString(text, u"yyyy-MM-dd'T'HH:mm:ss"_s);
}

QString shortDate(QDate date, bool withYear)
{
    return QLocale().toString(date, withYear ? u"d.M.yyyy"_s : u"d.M."_s);
}

QString datesText(const QJsonArray &array)
{
    QStringList dates;
    for (const QJsonValue &value : array) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        dates.append(date.isValid() ? shortDate(date, false) : value.toString());
    }
    return dates.isEmpty() ? AuditLogText::tr("(none)") : dates.join(u", "_s);
}

QString roleText(const QString &name)
{
    const std::optional<Role> role = roleFromName(name);
    if (!role)
        return name;
    switch (*role) {
    case Role::Care:
        //: A role, in brackets after a name: "Pflege"
        return AuditLogText::tr("care");
    case Role::Guide:
        //: A role, in brackets after a name: "Digitallotse"
        return AuditLogText::tr("digital guide");
    case Role::Lead:
        //: A role, in brackets after a name: "Leitung"
        return AuditLogText::tr("management");
    }
    return name;
}

QString ruleText(const QString &rule)
{
    if (rule.isEmpty()) {
        //: A session that does not repeat: "einmalig"
        return AuditLogText::tr("once");
    }
    const QList<int> days = WeeklyRule::days(rule);
    if (days.isEmpty() || !rule.toUpper().contains(u"FREQ=WEEKLY"_s))
        return rule; // made elsewhere: as it is
    const QLocale locale;
    QStringList names;
    for (int day : days)
        names.append(locale.dayName(day, QLocale::ShortFormat));
    const int interval = WeeklyRule::interval(rule);
    QString text =
        interval == 1
            ? names.join(u", "_s)
            //: Days of a session every few weeks: "Mo., Do., alle 2 Wochen"
            : AuditLogText::tr("%1, every %2 weeks").arg(names.join(u", "_s)).arg(interval);
    // The kiosk runs in the home's zone, so its local day is the home's.
    if (const auto until = WeeklyRule::until(rule, QTimeZone::systemTimeZone())) {
        //: The end of a repeating session: "Di., bis 22.12.2026"
        text = AuditLogText::tr("%1, until %2")
                   .arg(text, locale.toString(*until, QLocale::ShortFormat));
    }
    return text;
}

QString contentText(const QString &kind, const QString &target)
{
    if (kind == u"announcement"_s)
        return AuditLogText::tr("announcement only");
    if (kind == u"events"_s)
        return AuditLogText::tr("\"What's on?\"");
    if (kind == u"stream"_s)
        //: What a session shows: "Sender oder Video „tagesschau“" (its id in the configuration)
        return AuditLogText::tr("stream or video %1").arg(quoted(target));
    if (kind == u"call"_s)
        //: What a session shows: "Videoanruf mit „familie-weber“" (the contact's id)
        return AuditLogText::tr("video call with %1").arg(quoted(target));
    return target.isEmpty() ? kind : u"%1 %2"_s.arg(kind, quoted(target));
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return textOrNone(value.toString());
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return AuditLogText::tr("(none)");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
    return value.toVariant().toString();
}

// One line for a changed session field; content and target are told together (by "content").
QString sessionChange(const QString &field, const QJsonObject &before, const QJsonObject &after)
{
    const QJsonValue from = before.value(field);
    const QJsonValue to = after.value(field);
    if (field == u"title"_s) {
        //: A change in the log: "Titel: „Sitzgymnastik“ → „Gymnastik im Sitzen“"
        const auto [a, b] = changedTexts(from.toString(), to.toString());
        return AuditLogText::tr("Title: %1 → %2").arg(a, b);
    }
    if (field == u"start"_s) {
        const QDateTime a = wallTime(from.toString());
        const QDateTime b = wallTime(to.toString());
        if (!a.isValid() || !b.isValid())
            return AuditLogText::tr("Start: %1 → %2").arg(from.toString(), to.toString());
        const QLocale locale;
        if (a.date() == b.date()) {
            //: A change in the log: "Beginn: 10:00 → 10:30 Uhr"
            return AuditLogText::tr("Start: %1 → %2")
                .arg(locale.toString(a.time(), u"HH:mm"_s), locale.toString(b.time(), u"HH:mm"_s));
        }
        const bool years = a.date().year() != b.date().year();
        const auto at = [&](const QDateTime &t) -> QString {
            return locale.toString(t.date(), u"ddd "_s) + shortDate(t.date(), years) + u", "_s +
                   locale.toString(t.time(), u"HH:mm"_s);
        };
        return AuditLogText::tr("Start: %1 → %2").arg(at(a), at(b));
    }
    if (field == u"minutes"_s) {
        //: A change in the log: "Dauer: 45 → 60 Minuten"
        return AuditLogText::tr("Duration: %1 → %2 minutes")
            .arg(from.toInteger())
            .arg(to.toInteger());
    }
    if (field == u"rule"_s) {
        //: A change in the log: "Wiederholung: Di. → Di., Do."
        return AuditLogText::tr("Repeats: %1 → %2")
            .arg(ruleText(from.toString()), ruleText(to.toString()));
    }
    if (field == u"content"_s) {
        //: A change in the log: "Inhalt: nur Ankündigung → „Was ist los?“"
        return AuditLogText::tr("Shows: %1 → %2")
            .arg(contentText(from.toString(), before.value(u"target"_s).toString()),
                 contentText(to.toString(), after.value(u"target"_s).toString()));
    }
    if (field == u"volume"_s) {
        //: A change in the log: "Lautstärke im Raum: 60 % → 80 %"
        return AuditLogText::tr("Room volume: %1 % → %2 %")
            .arg(from.toInteger())
            .arg(to.toInteger());
    }
    if (field == u"startsByItself"_s) {
        const auto how = [](const QJsonValue &value) {
            //: How a session starts: "von selbst" or "nur mit Erinnerung"
            return value.toBool() ? AuditLogText::tr("by itself")
                                  : AuditLogText::tr("only a reminder");
        };
        //: A change in the log: "Start: von selbst → nur mit Erinnerung"
        return AuditLogText::tr("How it starts: %1 → %2").arg(how(from), how(to));
    }
    if (field == u"note"_s) {
        //: A change in the log: "Notiz: (keine) → „Bitte Decken mitbringen“"
        const auto [a, b] = changedTexts(from.toString(), to.toString());
        return AuditLogText::tr("Note: %1 → %2").arg(a, b);
    }
    if (field == u"cancelled"_s) {
        //: A change in the log: "Fällt aus am: (keine) → 8.12."
        return AuditLogText::tr("Cancelled on: %1 → %2")
            .arg(datesText(from.toArray()), datesText(to.toArray()));
    }
    if (field == u"moved"_s) {
        //: A change in the log, without the details: "Verlegte Termine geändert"
        return AuditLogText::tr("Moved dates changed");
    }
    //: A change of a field the kiosk has no words for: "volume2: 1 → 2"
    return AuditLogText::tr("%1: %2 → %3").arg(field, jsonText(from), jsonText(to));
}

QString accountChange(const QString &field, const QJsonObject &before, const QJsonObject &after)
{
    const QJsonValue from = before.value(field);
    const QJsonValue to = after.value(field);
    if (field == u"name"_s) {
        //: A change in the log: "Name: „Anna“ → „Anna Weber“"
        const auto [a, b] = changedTexts(from.toString(), to.toString());
        return AuditLogText::tr("Name: %1 → %2").arg(a, b);
    }
    if (field == u"role"_s) {
        //: A change in the log: "Aufgabe: Pflege → Leitung"
        return AuditLogText::tr("Role: %1 → %2")
            .arg(roleText(from.toString()), roleText(to.toString()));
    }
    return AuditLogText::tr("%1: %2 → %3").arg(field, jsonText(from), jsonText(to));
}

} // namespace

QString AuditLogText::when(const QDateTime &at, const QDateTime &now)
{
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QLocale locale;
    const QString time = locale.toString(local.time(), u"HH:mm"_s);
    const qint64 days = local.date().daysTo(today);
    if (days == 0) {
        //: When something happened: "heute, 10:03 Uhr"
        return tr("today, %1").arg(time);
    }
    if (days == 1) {
        //: When something happened: "gestern, 10:03 Uhr"
        return tr("yesterday, %1").arg(time);
    }
    const QString date = locale.toString(local.date(), u"dddd, "_s) +
                         shortDate(local.date(), local.date().year() != today.year());
    //: When something happened, a date and a time: "Sonntag, 6.12., 10:03 Uhr"
    return tr("%1 at %2", "date, time").arg(date, time);
}

QString AuditLogText::sentence(const AuditEntry &entry)
{
    //: Who did something, when the log has no name for it: "Jemand"
    const QString who = entry.actor.name.isEmpty() ? tr("Someone") : entry.actor.name;
    const Subject subject = subjectOf(entry.subject);
    const std::optional<QJsonObject> before = objectOf(entry.before);
    const std::optional<QJsonObject> after = objectOf(entry.after);
    const QJsonObject known = after ? *after : before.value_or(QJsonObject{});
    const bool changed = !changes(entry).isEmpty();

    if (subject.kind == u"session"_s && known.contains(u"title"_s)) {
        // The name people knew it by: before an edit, the old title.
        const QString title = quoted((before ? *before : known).value(u"title"_s).toString());
        if (entry.action == u"create"_s) {
            //: In the log: "Anna Weber hat „Sitzgymnastik“ angelegt."
            return tr("%1 created %2.").arg(who, title);
        }
        if (entry.action == u"edit"_s) {
            //: In the log, followed by the changes: "Anna Weber hat „Sitzgymnastik“ geändert:"
            return changed ? tr("%1 changed %2:").arg(who, title)
                           //: In the log: "Anna Weber hat „Sitzgymnastik“ ohne Änderung
                           //: gespeichert."
                           : tr("%1 saved %2 without changes.").arg(who, title);
        }
        if (entry.action == u"cancel"_s && before && after) {
            const QJsonArray was = before->value(u"cancelled"_s).toArray();
            QJsonArray added;
            for (const QJsonValue &date : after->value(u"cancelled"_s).toArray()) {
                if (!was.contains(date))
                    added.append(date);
            }
            //: In the log (the date ends in a full stop already in English): "Anna Weber hat
            //: „Sitzgymnastik“ am 8.12. ausfallen lassen."
            return tr("%1 cancelled %2 on %3").arg(who, title, datesText(added));
        }
        if (entry.action == u"delete"_s) {
            //: In the log: "Anna Weber hat „Sitzgymnastik“ gelöscht."
            return tr("%1 deleted %2.").arg(who, title);
        }
        //: In the log, an action the kiosk has no words for: "Anna Weber: „archive“ –
        //: „Sitzgymnastik“"
        return tr("%1: %2 – %3").arg(who, quoted(entry.action), title);
    }
    if (subject.kind == u"account"_s && known.contains(u"name"_s)) {
        const QJsonObject named = before ? *before : known;
        const QString name = quoted(named.value(u"name"_s).toString());
        const QString role = roleText(known.value(u"role"_s).toString());
        if (entry.action == u"create"_s) {
            //: In the log: "Frau Berg hat das Konto „Anna Weber“ (Pflege) angelegt."
            return tr("%1 created the account %2 (%3).").arg(who, name, role);
        }
        if (entry.action == u"edit"_s) {
            //: In the log, followed by the changes: "Frau Berg hat das Konto „Anna Weber“
            //: geändert:"
            return changed ? tr("%1 changed the account %2:").arg(who, name)
                           //: In the log: "Frau Berg hat das Konto „Anna Weber“ ohne Änderung
                           //: gespeichert."
                           : tr("%1 saved the account %2 without changes.").arg(who, name);
        }
        if (entry.action == u"delete"_s) {
            //: In the log: "Frau Berg hat das Konto „Anna Weber“ (Pflege) gelöscht."
            return tr("%1 deleted the account %2 (%3).").arg(who, name, role);
        }
        //: In the log, an action the kiosk has no words for: "Frau Berg: „lock“ – Konto
        //: „Anna Weber“"
        return tr("%1: %2 – account %3").arg(who, quoted(entry.action), name);
    }
    // A thing the kiosk has no words for: the raw words, so nothing is hidden.
    return tr("%1: %2 – %3").arg(who, quoted(entry.action), entry.subject);
}

QStringList AuditLogText::changes(const AuditEntry &entry)
{
    // A cancellation's date is in its sentence; creations and deletions have only one side.
    if (entry.action == u"cancel"_s)
        return {};
    const std::optional<QJsonObject> before = objectOf(entry.before);
    const std::optional<QJsonObject> after = objectOf(entry.after);
    if (!before || !after)
        return {};
    const bool account = subjectOf(entry.subject).kind == u"account"_s;
    const QStringList &order = account ? accountFields : sessionFields;
    QStringList fields = order;
    for (const QString &key : after->keys() + before->keys()) {
        if (!fields.contains(key) && key != u"id"_s)
            fields.append(key);
    }
    QStringList lines;
    bool contentTold = false;
    for (const QString &field : std::as_const(fields)) {
        if (before->value(field) == after->value(field))
            continue;
        if (!account && (field == u"content"_s || field == u"target"_s)) {
            if (contentTold)
                continue;
            contentTold = true;
            lines.append(sessionChange(u"content"_s, *before, *after));
            continue;
        }
        lines.append(account ? accountChange(field, *before, *after)
                             : sessionChange(field, *before, *after));
    }
    return lines;
}

QString AuditLogText::text(const AuditEntry &entry)
{
    const QStringList lines = changes(entry);
    if (lines.isEmpty())
        return sentence(entry);
    return sentence(entry) + u"\n– "_s + lines.join(u"\n– "_s);
}

} // namespace Dorfplatz
