#include "sessionbanner.h"

#include "core/i18n/spokentext.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {
constexpr double paddingMm = 4.0;
} // namespace

SessionBanner::SessionBanner(const Theme &theme, QTimeZone zone, QWidget *parent)
    : HomeBanner(parent)
    , m_theme(theme)
    , m_zone(std::move(zone))
    , m_text(textLabel(theme, Theme::TextRole::Body, u"sessionBannerText"_s, this,
                       {.alignment = Qt::AlignLeft | Qt::AlignVCenter}))
{
    setObjectName(u"sessionBanner"_s);
    hide();
}

QString SessionBanner::line(const ScheduledItem &item, const QTimeZone &zone)
{
    const QString time = item.occurrence.start.toTimeZone(zone).time().toString(u"H:mm"_s);
    return tr("At %1: %2", "a session soon: time, title").arg(time, item.session.title);
}

QString SessionBanner::spokenText() const
{
    if (!m_item)
        return {};
    const QTime time = m_item->occurrence.start.toTimeZone(m_zone).time();
    //: Read aloud on the home screen shortly before a session: "Um %1: %2." ("Um 10 Uhr:
    //: Sitzgymnastik.")
    return SpokenText::clean(tr("At %1: %2.", "read aloud: a session soon, time, title")
                                 .arg(SpokenText::time(time), m_item->session.title.simplified()));
}

void SessionBanner::setItem(const std::optional<ScheduledItem> &item)
{
    m_item = item;
    m_text->setText(item ? line(*item, m_zone) : QString());
    setVisible(m_item && !m_suppressed);
    if (QWidget *parent = parentWidget()) {
        QEvent request(QEvent::LayoutRequest);
        QCoreApplication::sendEvent(parent, &request);
    }
}

QString SessionBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void SessionBanner::setHeightBudget(int) {}

void SessionBanner::setSuppressed(bool suppressed)
{
    m_suppressed = suppressed;
    setVisible(m_item && !m_suppressed);
}

int SessionBanner::heightForWidth(int width) const
{
    const int padding = m_theme.px(paddingMm);
    return 2 * padding + textHeight(m_text, std::max(1, width - 2 * padding));
}

QSize SessionBanner::sizeHint() const
{
    const int width = parentWidget() ? parentWidget()->width() : 800;
    return {width, heightForWidth(width)};
}

void SessionBanner::resizeEvent(QResizeEvent *event)
{
    const int padding = m_theme.px(paddingMm);
    m_text->setGeometry(rect().adjusted(padding, padding, -padding, -padding));
    HomeBanner::resizeEvent(event);
}

void SessionBanner::paintEvent(QPaintEvent *)
{
    paintBannerCard(m_theme);
}

} // namespace Dorfplatz
