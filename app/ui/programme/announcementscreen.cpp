#include "announcementscreen.h"

#include "core/i18n/spokentext.h"
#include "programmetext.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

AnnouncementScreen::AnnouncementScreen(const Theme &theme, const ScheduledItem &item,
                                       const QTimeZone &zone, QWidget *parent)
    : Screen(parent)
{
    QLabel *now = textLabel(theme, Theme::TextRole::Body, u"now"_s, nullptr);
    now->setText(tr("Now:"));
    QLabel *title = textLabel(theme, Theme::TextRole::Heading, u"title"_s, nullptr);
    title->setText(item.session.title);
    QLabel *when = textLabel(theme, Theme::TextRole::Body, u"when"_s, nullptr);
    when->setText(ProgrammeText::when(item.occurrence.start.toTimeZone(zone).time(),
                                      item.occurrence.end.toTimeZone(zone).time()));
    auto *layout = new QVBoxLayout(this);
    const int margin = theme.px(Theme::marginMm);
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addStretch();
    layout->addWidget(now);
    layout->addWidget(title);
    layout->addWidget(when);
    layout->addStretch();
    m_spoken =
        SpokenText::sentences({now->text() + u' ' + item.session.title.simplified(),
                               SpokenText::range(item.occurrence.start.toTimeZone(zone).time(),
                                                 item.occurrence.end.toTimeZone(zone).time())});
}

QString AnnouncementScreen::screenName() const
{
    return u"session-announcement"_s;
}

} // namespace Dorfplatz
