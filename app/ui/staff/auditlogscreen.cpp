#include "auditlogscreen.h"

#include "auditloglist.h"
#include "auditlogtext.h"
#include "core/accounts/auditlog.h"
#include "core/time/clock.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/textlabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// Entries read from the database at a time.
constexpr int chunk = 500;

} // namespace

AuditLogScreen::AuditLogScreen(const Theme &theme, AuditLog &log, const Clock &clock,
                               QWidget *parent)
    : StaffScreen(theme, tr("Log"), parent)
    , m_log(log)
    , m_clock(clock)
    , m_message(textLabel(theme, Theme::TextRole::Body, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_list(new AuditLogList(theme))
    , m_switcher(new PageSwitcher(theme))
{
    m_list->setObjectName(u"entries"_s);
    // The paging buttons keep their room on a single page, so the entries' height, and with it
    // what a page holds, does not change with the number of pages.
    QSizePolicy policy = m_switcher->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_switcher->setSizePolicy(policy);
    content()->addWidget(m_message);
    content()->addWidget(m_list, 1);
    content()->addWidget(m_switcher);

    connect(m_switcher, &PageSwitcher::pageChanged, m_list, &AuditLogList::setPage);
    connect(m_list, &AuditLogList::pagesChanged, this, [this] {
        m_switcher->setPageCount(m_list->pageCount());
        m_switcher->setPage(m_list->page());
        m_switcher->setVisible(m_list->pageCount() > 1);
    });
    m_switcher->hide();
}

QString AuditLogScreen::screenName() const
{
    return u"staff-audit"_s;
}

void AuditLogScreen::activated()
{
    reload();
}

void AuditLogScreen::reload()
{
    QList<AuditEntry> entries;
    QString error;
    for (;;) {
        const QList<AuditEntry> read = m_log.newest(int(entries.size()), chunk, &error);
        entries += read;
        if (!error.isEmpty() || read.size() < chunk)
            break;
    }
    if (!error.isEmpty()) {
        //: The audit log cannot be read: "Das Protokoll kann gerade nicht gelesen werden
        //: (database is locked). Bitte versuchen Sie es später noch einmal."
        m_message->setText(
            tr("The log cannot be read just now (%1). Please try again later.").arg(error));
        m_list->setItems({});
        return;
    }
    if (entries.isEmpty()) {
        m_message->setText(tr("Nothing has been changed in staff mode yet."));
        m_list->setItems({});
        return;
    }
    //: Above the audit log: "25 Einträge, die neuesten zuerst."
    m_message->setText(tr("%n entry(s), newest first.", nullptr, int(entries.size())));
    const QDateTime now = m_clock.now();
    QList<AuditLogList::Item> items;
    items.reserve(entries.size());
    for (const AuditEntry &entry : std::as_const(entries))
        items.append({AuditLogText::when(entry.at, now), AuditLogText::text(entry)});
    m_list->setItems(std::move(items));
}

} // namespace Dorfplatz
