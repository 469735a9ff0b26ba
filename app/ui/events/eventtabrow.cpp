#include "eventtabrow.h"

#include "eventtab.h"
#include "ui/kit/firstfit.h"

#include <QList>

#include <numeric>
#include <span>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

QString rangeName(EventDay::Range range)
{
    switch (range) {
    case EventDay::Range::Today:
        return u"today"_s;
    case EventDay::Range::Tomorrow:
        return u"tomorrow"_s;
    case EventDay::Range::Week:
        return u"week"_s;
    }
    return {};
}

} // namespace

EventTabRow::EventTabRow(const Theme &theme, const std::array<QString, 3> &texts, QWidget *parent)
    : m_theme(theme)
{
    for (const EventDay::Range range : EventDay::ranges) {
        auto *tab = new EventTab(theme, texts.at(size_t(range)), parent);
        tab->setObjectName(u"tab-"_s + rangeName(range));
        m_tabs.at(size_t(range)) = tab;
    }
}

void EventTabRow::select(EventDay::Range range)
{
    for (size_t i = 0; i < m_tabs.size(); ++i)
        m_tabs.at(i)->setSelected(i == size_t(range));
}

void EventTabRow::setCompact(bool compact)
{
    for (EventTab *tab : m_tabs)
        tab->setCompact(compact);
}

void EventTabRow::shrinkToOneLine(int width)
{
    const int gap = m_theme.px(Theme::gapMm);
    const auto oneLine = [&] {
        int sum = 2 * gap;
        for (const EventTab *tab : m_tabs)
            sum += tab->naturalWidth();
        return sum <= width;
    };
    for (int pixels = m_tabs.front()->textFont().pixelSize(); !oneLine() && pixels > 1; --pixels) {
        for (EventTab *tab : m_tabs)
            tab->setCompact(true, pixels - 1);
        if (m_tabs.front()->textFont().pixelSize() >= pixels)
            break; // at the floor: body text at 100 %
    }
}

int EventTabRow::layout(const QRect &row, Theme::TextRole largest)
{
    const int gap = m_theme.px(Theme::gapMm);
    const int room = row.width() - 2 * gap;
    struct TabVariant
    {
        Theme::TextRole role;
        bool wrapped;
    };
    static constexpr TabVariant variants[] = {{Theme::TextRole::Button, false},
                                              {Theme::TextRole::Body, false},
                                              {Theme::TextRole::Body, true}};
    const auto measure = [this](const TabVariant &variant) {
        QList<int> widths;
        for (EventTab *tab : m_tabs) {
            tab->setTextRole(variant.role);
            widths.append(variant.wrapped ? tab->minimumWidth() : tab->naturalWidth());
        }
        return widths;
    };
    const auto fits = [room](const QList<int> &widths) {
        return std::accumulate(widths.cbegin(), widths.cend(), 0) <= room;
    };
    QList<int> widths = firstThatFitsOrLast(
        std::span(variants).subspan(largest == Theme::TextRole::Button ? 0 : 1), measure, fits);

    const int sum = std::accumulate(widths.cbegin(), widths.cend(), 0);
    const int extra = std::max(0, room - sum) / 3;
    int height = 0;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        widths[i] += extra;
        height = std::max(height, m_tabs.at(size_t(i))->heightFor(widths.at(i)));
    }
    int x = row.left();
    for (qsizetype i = 0; i < widths.size(); ++i) {
        m_tabs.at(size_t(i))->setGeometry(x, row.top(), widths.at(i), height);
        x += widths.at(i) + gap;
    }
    return height;
}

} // namespace Dorfplatz
