#include "auditloglist.h"

#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QLabel>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr TextLabelStyle headingStyle{Qt::AlignLeft | Qt::AlignTop, true, true};
constexpr TextLabelStyle textStyle{Qt::AlignLeft | Qt::AlignTop, true, false};

} // namespace

AuditLogList::AuditLogList(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    // Never shown: they measure texts in the entries' fonts.
    , m_heading{textLabel(theme, Theme::TextRole::Body, u"probe"_s, this, headingStyle), {}}
    , m_text{textLabel(theme, Theme::TextRole::Body, u"probe"_s, this, textStyle), {}}
    , m_compactHeading{textLabel(theme, Theme::TextRole::Staff, u"probe"_s, this, headingStyle), {}}
    , m_compactText{textLabel(theme, Theme::TextRole::Staff, u"probe"_s, this, textStyle), {}}
{
    for (const Probe *probe : {&m_heading, &m_text, &m_compactHeading, &m_compactText})
        probe->label->hide();
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void AuditLogList::setItems(QList<Item> items)
{
    m_items = std::move(items);
    paginate();
}

void AuditLogList::setPage(int page)
{
    page = std::clamp(page, 0, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    showPage();
    Q_EMIT pagesChanged();
}

QList<int> AuditLogList::shownItems() const
{
    QList<int> shown;
    const int end = m_page + 1 < pageCount() ? m_starts.at(m_page + 1) : int(m_items.size());
    for (int i = m_starts.at(m_page); i < end; ++i)
        shown.append(i);
    return shown;
}

QList<QLabel *> AuditLogList::shownLabels() const
{
    QList<QLabel *> labels;
    const qsizetype shown = shownItems().size();
    for (qsizetype r = 0; r < shown && r < m_rows.size(); ++r)
        labels << m_rows.at(r).heading << m_rows.at(r).text;
    return labels;
}

void AuditLogList::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    paginate();
}

int AuditLogList::measure(Probe &probe, const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto found = probe.heights.constFind(text);
    if (found != probe.heights.constEnd())
        return *found;
    probe.label->setText(text);
    const int height = textHeight(probe.label, width());
    probe.heights.insert(text, height);
    return height;
}

int AuditLogList::itemHeight(int item)
{
    const Item &it = m_items.at(item);
    if (m_compact.value(item))
        return measure(m_compactHeading, it.heading) + measure(m_compactText, it.text);
    return measure(m_heading, it.heading) + measure(m_text, it.text);
}

void AuditLogList::paginate()
{
    if (width() != m_measuredWidth) {
        for (Probe *probe : {&m_heading, &m_text, &m_compactHeading, &m_compactText})
            probe->heights.clear();
        m_measuredWidth = width();
    }
    const int room = height();
    const int gap = m_theme.px(Theme::gapMm);
    const int oldCount = pageCount();
    m_starts = {0};
    m_compact.fill(false, m_items.size());
    int used = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        int need = itemHeight(i);
        if (need > room) {
            m_compact[i] = true;
            need = itemHeight(i);
        }
        const int start = m_starts.last();
        if (i > start && used + gap + need > room) {
            m_starts.append(i);
            used = need;
        } else {
            used += (i > start ? gap : 0) + need;
        }
    }
    const int oldPage = m_page;
    m_page = std::clamp(m_page, 0, pageCount() - 1);
    showPage();
    if (pageCount() != oldCount || m_page != oldPage)
        Q_EMIT pagesChanged();
}

void AuditLogList::showPage()
{
    const QList<int> shown = shownItems();
    while (m_rows.size() < shown.size()) {
        const int n = int(m_rows.size());
        m_rows.append(Row{
            textLabel(m_theme, Theme::TextRole::Body, u"heading%1"_s.arg(n), this, headingStyle),
            textLabel(m_theme, Theme::TextRole::Body, u"text%1"_s.arg(n), this, textStyle)});
    }
    const int gap = m_theme.px(Theme::gapMm);
    int y = 0;
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        if (r >= shown.size()) {
            row.heading->hide();
            row.text->hide();
            continue;
        }
        const int index = shown.at(r);
        const Item &item = m_items.at(index);
        const bool compact = m_compact.value(index);
        Probe &heading = compact ? m_compactHeading : m_heading;
        Probe &text = compact ? m_compactText : m_text;
        const int headingHeight = measure(heading, item.heading);
        const int bodyHeight = measure(text, item.text);
        setFontIfChanged(row.heading, heading.label->font());
        setFontIfChanged(row.text, text.label->font());
        row.heading->setText(item.heading);
        row.heading->setGeometry(0, y, width(), headingHeight);
        row.heading->setVisible(!item.heading.isEmpty());
        row.text->setText(item.text);
        row.text->setGeometry(0, y + headingHeight, width(), bodyHeight);
        row.text->setVisible(!item.text.isEmpty());
        y += headingHeight + bodyHeight + gap;
    }
}

} // namespace Dorfplatz
