#pragma once

#include "core/schedule/schedule.h"
#include "ui/kit/screen.h"

namespace Dorfplatz {

class Theme;

// A session that is only an announcement, while it runs: its title large, and until when. It
// stays for the session's time (inactivity does not end it); the room ends it.
class AnnouncementScreen final : public Screen
{
    Q_OBJECT

public:
    AnnouncementScreen(const Theme &theme, const ScheduledItem &item, const QTimeZone &zone,
                       QWidget *parent = nullptr);

    QString screenName() const override;
    bool holdsInactivity() const override { return true; }
    bool hasHomeButton() const override { return true; }
    // "Jetzt: Sitzgymnastik. Von 10 bis 10 Uhr 45."
    QString spokenText() const override { return m_spoken; }
    // It comes up by itself at the session's start: the same words.
    QString announcement() const override { return m_spoken; }

private:
    QString m_spoken;
};

} // namespace Dorfplatz
