#pragma once

#include "core/schedule/session.h"
#include "ui/kit/staffscreen.h"

#include <QHash>

#include <chrono>

class QLabel;

namespace Dorfplatz {

struct KioskConfig;

// "Jetzt starten": anything the kiosk has (a stream or video, "Was ist los?", a call, an
// announcement) for the room now, for a chosen number of minutes, at a room volume up to the
// staff maximum (above the residents' limit). Nothing starts before "Starten".
class StartNowScreen final : public StaffScreen
{
    Q_OBJECT

public:
    StartNowScreen(const Theme &theme, const KioskConfig &config, QWidget *parent = nullptr);

    QString screenName() const override;

    BigButton *button(const QString &name) const { return m_buttons.value(name); }
    BigButton *choiceButton(int index) const { return m_choices.value(index); }
    // What "Starten" would start.
    Session session() const;
    std::chrono::minutes minutes() const { return m_minutes; }

Q_SIGNALS:
    void startRequested(const Dorfplatz::Session &session, std::chrono::minutes minutes);

private:
    BigButton *addButton(const QString &text, const QString &name);
    void choose(int index);
    void refresh();

    const KioskConfig &m_config;
    QList<SessionContent> m_contents;
    QList<BigButton *> m_choices;
    QHash<QString, BigButton *> m_buttons;
    QLabel *m_minutesLabel;
    QLabel *m_volumeLabel;
    int m_chosen = -1;
    std::chrono::minutes m_minutes{30};
    int m_volume;
};

} // namespace Dorfplatz
