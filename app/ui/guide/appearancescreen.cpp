#include "appearancescreen.h"

#include "core/config/kioskconfig.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/textentry.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QStackedWidget>
#include <QTime>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QList<int> textScales{100, 125, 150, 200};
const QList<int> timeouts{30, 60, 120, 180, 300, 600};
// Speaking speed in per cent of the voice's normal: the slow end is for the oldest ears.
const QList<int> speechRates{60, 70, 85, 100, 115};
constexpr int nightStepMinutes = 30;
constexpr int volumeStep = 10;
// "Zurück zur Startseite nach" in the staff's text size, with room to spare.
constexpr double nameColumnMm = 70.0;

// The next value of `values` after (or before) `current`.
int next(const QList<int> &values, int current, int by)
{
    int index = int(values.indexOf(current));
    if (index < 0) {
        index = 0;
        while (index + 1 < values.size() && values.at(index + 1) <= current)
            ++index;
    }
    return values.at(std::clamp(index + by, 0, int(values.size()) - 1));
}

QString timeText(const QString &time)
{
    return QTime::fromString(time, u"HH:mm"_s).toString(u"HH:mm"_s);
}

QString shiftTime(const QString &time, int minutes)
{
    return QTime::fromString(time, u"HH:mm"_s).addSecs(minutes * 60).toString(u"HH:mm"_s);
}

} // namespace

AppearanceScreen::AppearanceScreen(const Theme &theme, ConfigDraft &draft, QWidget *parent)
    : StaffScreen(theme, tr("Appearance"), parent)
    , m_draft(draft)
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_pages(new QStackedWidget)
    , m_rows(new PagedRows(theme))
    , m_name(new TextEntry(theme, u"homeNameField"_s, 60))
{
    content()->addWidget(m_message);
    addRow(u"homeName"_s, tr("Name of the home"), {u"homeName.change"_s});
    addRow(u"textScale"_s, tr("Text size"), {u"textScale.down"_s, u"textScale.up"_s});
    addRow(u"theme"_s, tr("Colours"), {u"theme.toggle"_s});
    addRow(u"language"_s, tr("Language"), {u"language.toggle"_s});
    addRow(u"inactivityTimeoutSeconds"_s, tr("Back to the start after"),
           {u"inactivityTimeoutSeconds.down"_s, u"inactivityTimeoutSeconds.up"_s});
    addRow(u"nightStart"_s, tr("Night from"), {u"nightStart.down"_s, u"nightStart.up"_s});
    addRow(u"nightEnd"_s, tr("Night until"), {u"nightEnd.down"_s, u"nightEnd.up"_s});
    addRow(u"volumeMinimum"_s, tr("Quietest"), {u"volumeMinimum.down"_s, u"volumeMinimum.up"_s});
    addRow(u"volumeMaximum"_s, tr("Loudest"), {u"volumeMaximum.down"_s, u"volumeMaximum.up"_s});
    addRow(u"tapSound"_s, tr("Tap sound"), {u"tapSound.toggle"_s});
    addRow(u"readAloud"_s, tr("Read aloud"), {u"readAloud.toggle"_s});
    addRow(u"announcements"_s, tr("Announcements"), {u"announcements.toggle"_s});
    addRow(u"speechRate"_s, tr("Speaking speed"), {u"speechRate.down"_s, u"speechRate.up"_s});
    m_rows->setRows(m_rowWidgets);
    m_pages->addWidget(m_rows);
    m_pages->addWidget(m_name);
    content()->addWidget(m_pages, 1);
    connect(m_name, &TextEntry::accepted, this, [this](const QString &text) {
        set(u"homeName"_s, text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : text);
        m_pages->setCurrentIndex(0);
    });
    refresh();
}

QString AppearanceScreen::screenName() const
{
    return m_pages->currentIndex() == 0 ? u"guide-appearance"_s : u"guide-appearance-name"_s;
}

void AppearanceScreen::addRow(const QString &key, const QString &title,
                              const QList<QString> &buttons)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins({});
    layout->setSpacing(theme().px(Theme::gapMm));
    QLabel *name =
        textLabel(theme(), Theme::TextRole::Staff, {}, nullptr, {Qt::AlignLeft | Qt::AlignVCenter});
    name->setText(title);
    QLabel *value = textLabel(theme(), Theme::TextRole::Staff, u"value-"_s + key, nullptr,
                              {Qt::AlignLeft | Qt::AlignVCenter});
    m_values.insert(key, value);
    // The names one width, so the values stand in one column whatever buttons follow them.
    name->setFixedWidth(theme().px(nameColumnMm));
    layout->addWidget(name);
    layout->addWidget(value, 1);
    for (const QString &id : buttons) {
        const QString action = id.section(u'.', 1);
        const QString text = action == u"down" ? tr("Less")
                             : action == u"up" ? tr("More")
                                               : tr("Change");
        BigButton *button = staffButton(text, id);
        connect(button, &BigButton::clicked, this, [this, id] { step(id); });
        m_buttons.insert(id, button);
        layout->addWidget(button);
    }
    m_rowWidgets.append(row);
}

void AppearanceScreen::set(const QString &key, const QJsonValue &value)
{
    QString error;
    if (!m_draft.setSetting(key, value, &error)) {
        m_message->setText(error);
        return;
    }
    refresh();
    Q_EMIT changed();
}

void AppearanceScreen::step(const QString &button)
{
    const QJsonObject kiosk = m_draft.object(ConfigLoader::kioskFile);
    const KioskSettings defaults;
    const QString key = button.section(u'.', 0, 0);
    const int by = button.endsWith(u".down") ? -1 : +1;
    if (key == u"homeName") {
        m_name->ask(tr("The name shown at the top right, for example “Haus Sonnenhang”. Empty: "
                       "no name."),
                    kiosk.value(key).toString());
        m_pages->setCurrentIndex(1);
    } else if (key == u"textScale") {
        set(key, next(textScales, kiosk.value(key).toInt(defaults.textScalePercent), by));
    } else if (key == u"theme") {
        set(key,
            kiosk.value(key).toString() == u"high-contrast" ? u"standard"_s : u"high-contrast"_s);
    } else if (key == u"language") {
        set(key, kiosk.value(key).toString(u"de"_s) == u"de" ? u"en"_s : u"de"_s);
    } else if (key == u"inactivityTimeoutSeconds") {
        set(key,
            next(timeouts, kiosk.value(key).toInt(int(defaults.inactivityTimeout.count())), by));
    } else if (key == u"nightStart" || key == u"nightEnd") {
        QJsonObject night = kiosk.value(u"nightHours"_s).toObject();
        if (night.isEmpty()) {
            night = {{u"start"_s, defaults.nightHours.start.toString(u"HH:mm"_s)},
                     {u"end"_s, defaults.nightHours.end.toString(u"HH:mm"_s)}};
        }
        const QString field = key == u"nightStart" ? u"start"_s : u"end"_s;
        night.insert(field, shiftTime(night.value(field).toString(), by * nightStepMinutes));
        set(u"nightHours"_s, night);
    } else if (key == u"volumeMinimum" || key == u"volumeMaximum") {
        QJsonObject volume = kiosk.value(u"volume"_s).toObject();
        const VolumeLimits limits;
        const int minimum = volume.value(u"minimum"_s).toInt(limits.minimum);
        const int maximum = volume.value(u"maximum"_s).toInt(limits.maximum);
        const int initial = volume.value(u"default"_s).toInt(limits.initial);
        // Never crossing: the quietest stays below the loudest, the start volume between.
        int newMinimum = minimum;
        int newMaximum = maximum;
        if (key == u"volumeMinimum")
            newMinimum = std::clamp(minimum + by * volumeStep, 0, maximum - volumeStep);
        else
            newMaximum = std::clamp(maximum + by * volumeStep, minimum + volumeStep, 100);
        volume.insert(u"minimum"_s, newMinimum);
        volume.insert(u"maximum"_s, newMaximum);
        volume.insert(u"default"_s, std::clamp(initial, newMinimum, newMaximum));
        set(u"volume"_s, volume);
    } else if (key == u"tapSound") {
        set(key, !kiosk.value(key).toBool(defaults.tapSound));
    } else if (key == u"readAloud" || key == u"announcements" || key == u"speechRate") {
        QJsonObject speech = kiosk.value(u"speech"_s).toObject();
        const SpeechSettings &d = defaults.speech;
        if (key == u"readAloud") {
            speech.insert(key, !speech.value(key).toBool(d.readAloud));
        } else if (key == u"announcements") {
            speech.insert(key, !speech.value(key).toBool(d.announcements));
        } else {
            speech.insert(u"rate"_s,
                          next(speechRates, speech.value(u"rate"_s).toInt(d.ratePercent), by));
        }
        set(u"speech"_s, speech);
    }
}

void AppearanceScreen::refresh()
{
    const QJsonObject kiosk = m_draft.object(ConfigLoader::kioskFile);
    const KioskSettings defaults;
    const QString name = kiosk.value(u"homeName"_s).toString();
    m_values.value(u"homeName"_s)->setText(name.isEmpty() ? tr("(none)") : name);
    m_values.value(u"textScale"_s)
        ->setText(u"%1 %"_s.arg(kiosk.value(u"textScale"_s).toInt(defaults.textScalePercent)));
    m_values.value(u"theme"_s)
        ->setText(kiosk.value(u"theme"_s).toString() == u"high-contrast" ? tr("high contrast")
                                                                         : tr("standard"));
    m_values.value(u"language"_s)
        ->setText(kiosk.value(u"language"_s).toString(u"de"_s) == u"en" ? u"English"_s
                                                                        : u"Deutsch"_s);
    const int timeout =
        kiosk.value(u"inactivityTimeoutSeconds"_s).toInt(int(defaults.inactivityTimeout.count()));
    m_values.value(u"inactivityTimeoutSeconds"_s)
        ->setText(timeout % 60 == 0 ? tr("%n minute(s) without a touch", nullptr, timeout / 60)
                                    : tr("%n second(s) without a touch", nullptr, timeout));
    const QJsonObject night = kiosk.value(u"nightHours"_s).toObject();
    m_values.value(u"nightStart"_s)
        ->setText(timeText(
            night.value(u"start"_s).toString(defaults.nightHours.start.toString(u"HH:mm"_s))));
    m_values.value(u"nightEnd"_s)
        ->setText(
            timeText(night.value(u"end"_s).toString(defaults.nightHours.end.toString(u"HH:mm"_s))));
    const QJsonObject volume = kiosk.value(u"volume"_s).toObject();
    const VolumeLimits limits;
    m_values.value(u"volumeMinimum"_s)
        ->setText(u"%1 %"_s.arg(volume.value(u"minimum"_s).toInt(limits.minimum)));
    m_values.value(u"volumeMaximum"_s)
        ->setText(u"%1 %"_s.arg(volume.value(u"maximum"_s).toInt(limits.maximum)));
    m_values.value(u"tapSound"_s)
        ->setText(kiosk.value(u"tapSound"_s).toBool(defaults.tapSound) ? tr("on") : tr("off"));
    const QJsonObject speech = kiosk.value(u"speech"_s).toObject();
    const SpeechSettings &d = defaults.speech;
    m_values.value(u"readAloud"_s)
        ->setText(speech.value(u"readAloud"_s).toBool(d.readAloud) ? tr("on") : tr("off"));
    m_values.value(u"announcements"_s)
        ->setText(speech.value(u"announcements"_s).toBool(d.announcements) ? tr("on") : tr("off"));
    m_values.value(u"speechRate"_s)
        ->setText(u"%1 %"_s.arg(speech.value(u"rate"_s).toInt(d.ratePercent)));
}

void AppearanceScreen::goBack()
{
    if (m_pages->currentIndex() != 0) {
        m_pages->setCurrentIndex(0);
        return;
    }
    StaffScreen::goBack();
}

} // namespace Dorfplatz
