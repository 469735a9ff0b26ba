#include "syncstatusscreen.h"

#include "auditloglist.h"
#include "core/config/kioskconfig.h"
#include "core/events/eventsource.h"
#include "core/events/synclauncher.h"
#include "core/time/clock.h"
#include "syncstatusbar.h"
#include "syncstatustext.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/textlabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

SyncStatusScreen::SyncStatusScreen(const Theme &theme, const KioskConfig &config,
                                   EventSource &events, SyncLauncher *sync, const Clock &clock,
                                   QWidget *parent)
    : StaffScreen(theme, tr("Calendars"), parent)
    , m_config(config)
    , m_events(events)
    , m_sync(sync)
    , m_clock(clock)
    // The screen's one action, in a resident control's size.
    , m_update(new BigButton(theme, tr("Update now")))
    , m_bar(new SyncStatusBar(theme))
    , m_result(textLabel(theme, Theme::TextRole::Body, u"result"_s, nullptr,
                         {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_list(new AuditLogList(theme))
    , m_switcher(new PageSwitcher(theme))
{
    m_update->setObjectName(u"update"_s);
    m_bar->setObjectName(u"progress"_s);
    m_list->setObjectName(u"calendars"_s);
    // The bar keeps its place while no sync runs, so the button does not move when it comes.
    QSizePolicy policy = m_bar->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_bar->setSizePolicy(policy);
    m_bar->hide();

    auto *action = new QHBoxLayout;
    action->setSpacing(theme.px(Theme::gapMm));
    action->addWidget(m_update);
    action->addWidget(m_bar, 1, Qt::AlignVCenter);
    content()->addLayout(action);
    content()->addWidget(m_result);
    content()->addWidget(m_list, 1);
    content()->addWidget(m_switcher);
    m_switcher->hide();

    connect(m_switcher, &PageSwitcher::pageChanged, m_list, &AuditLogList::setPage);
    connect(m_list, &AuditLogList::pagesChanged, this, [this] {
        m_switcher->setPageCount(m_list->pageCount());
        m_switcher->setPage(m_list->page());
        m_switcher->setVisible(m_list->pageCount() > 1);
    });
    connect(m_update, &BigButton::clicked, this, &SyncStatusScreen::startSync);
    connect(&m_events, &EventSource::changed, this, &SyncStatusScreen::refresh);

    if (!m_sync || m_config.feeds.isEmpty()) {
        m_update->setEnabled(false);
        m_result->setText(tr("No calendars are set up for this kiosk."));
        return;
    }
    m_result->setText(tr("The calendars are updated every night by themselves. To do it now, "
                         "tap \"Update now\"."));
    connect(m_sync, &SyncLauncher::started, this, &SyncStatusScreen::onStarted);
    connect(m_sync, &SyncLauncher::progress, this, [this](int done, int total) {
        m_bar->setProgress(done, total);
        m_bar->show();
    });
    connect(m_sync, &SyncLauncher::finished, this, &SyncStatusScreen::onFinished);
}

QString SyncStatusScreen::screenName() const
{
    return u"staff-sync"_s;
}

void SyncStatusScreen::activated()
{
    // A sync the kiosk started before the screen opened: what it changes shows at its end.
    if (m_sync && m_sync->isRunning() && m_attemptsBefore.isEmpty()) {
        m_attemptsBefore = lastAttempts();
        showRunning(true);
    }
    refresh();
}

QHash<QString, QDateTime> SyncStatusScreen::lastAttempts() const
{
    QHash<QString, QDateTime> attempts;
    for (const FeedStatus &status : m_events.feedStatuses())
        attempts.insert(status.feedId, status.lastAttempt);
    return attempts;
}

void SyncStatusScreen::refresh()
{
    const QList<FeedStatus> statuses = m_events.feedStatuses();
    const QDateTime now = m_clock.now();
    QList<AuditLogList::Item> items;
    for (const FeedConfig &feed : m_config.feeds) {
        const FeedStatus *status = nullptr;
        for (const FeedStatus &candidate : statuses) {
            if (candidate.feedId == feed.id)
                status = &candidate;
        }
        QString text = SyncStatusText::lastSuccess(status, now);
        const QString error = SyncStatusText::lastError(status, now);
        if (!error.isEmpty())
            text += u'\n' + error;
        items.append({feed.name.isEmpty() ? feed.id : feed.name, text});
    }
    m_list->setItems(std::move(items));
}

void SyncStatusScreen::startSync()
{
    if (!m_sync || m_sync->isRunning())
        return;
    // Off before the program starts: a second tap meanwhile must not start another.
    showRunning(true);
    if (!m_sync->start()) {
        showRunning(false);
        m_result->setText(SyncStatusText::finished(-1, 0, {}, int(m_config.feeds.size())));
    }
}

void SyncStatusScreen::onStarted()
{
    m_attemptsBefore = lastAttempts();
    showRunning(true);
}

void SyncStatusScreen::showRunning(bool running)
{
    m_update->setEnabled(!running);
    if (!running)
        return;
    m_bar->setProgress(0, int(m_config.feeds.size()));
    m_bar->show();
    //: While dorfplatz-sync runs: "Die Kalender werden gerade aktualisiert …"
    m_result->setText(tr("Updating the calendars …"));
}

void SyncStatusScreen::onFinished(int exitCode)
{
    // The kiosk's own handler may not have run yet: the new statuses are asked for now.
    m_events.checkForChanges();
    const QList<FeedStatus> statuses = m_events.feedStatuses();
    int updated = 0;
    QStringList failed;
    for (const FeedConfig &feed : m_config.feeds) {
        for (const FeedStatus &status : statuses) {
            if (status.feedId != feed.id || status.lastAttempt == m_attemptsBefore.value(feed.id))
                continue;
            if (status.error.isEmpty())
                ++updated;
            else
                failed.append(feed.name.isEmpty() ? feed.id : feed.name);
        }
    }
    m_attemptsBefore.clear();
    m_result->setText(
        SyncStatusText::finished(exitCode, updated, failed, int(m_config.feeds.size())));
    m_update->setEnabled(true);
    refresh();
}

} // namespace Dorfplatz
