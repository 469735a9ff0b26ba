#pragma once

#include "core/schedule/schedule.h"
#include "ui/kit/homebanner.h"

#include <optional>

class QLabel;

namespace Dorfplatz {

class Theme;

// On the home screen, 10 minutes before a session: "Um 10:00 Uhr: Sitzgymnastik". Calm, without
// buttons: it tells what comes, the session's own screen starts it.
class SessionBanner final : public HomeBanner
{
    Q_OBJECT

public:
    SessionBanner(const Theme &theme, QTimeZone zone, QWidget *parent = nullptr);

    void setItem(const std::optional<ScheduledItem> &item);
    QString text() const;

    bool hasContent() const override { return m_item.has_value(); }
    void setHeightBudget(int height) override;
    void setSuppressed(bool suppressed) override;
    // "Um 10 Uhr: Sitzgymnastik."
    QString spokenText() const override;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

    // "Um 10:00 Uhr: Sitzgymnastik".
    static QString line(const ScheduledItem &item, const QTimeZone &zone);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    const Theme &m_theme;
    QTimeZone m_zone;
    QLabel *m_text;
    std::optional<ScheduledItem> m_item;
    bool m_suppressed = false;
};

} // namespace Dorfplatz
