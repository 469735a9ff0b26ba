#include "playercontrols.h"

#include "ui/kit/firstfit.h"
#include "ui/kit/playerbutton.h"
#include "ui/kit/theme.h"
#include "volumebar.h"

#include <algorithm>
#include <numeric>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

PlayerControls::PlayerControls(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_pause(new PlayerButton(theme, tr("Pause"), {}, this))
    , m_quieter(new PlayerButton(theme, tr("Quieter"), {}, this))
    , m_bar(new VolumeBar(theme, this))
    , m_louder(new PlayerButton(theme, tr("Louder"), {}, this))
    , m_home(BigButton::home(theme, this))
{
    setObjectName(u"playerControls"_s);
    m_pause->setObjectName(u"pause"_s);
    m_pause->setLabels({tr("Pause"), tr("Continue")});
    m_quieter->setObjectName(u"quieter"_s);
    m_louder->setObjectName(u"louder"_s);
    m_home->setObjectName(u"home"_s);
    m_bar->setObjectName(u"volume"_s);

    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void PlayerControls::setPaused(bool paused)
{
    m_pause->setLabel(paused ? tr("Continue") : tr("Pause"));
}

void PlayerControls::setPauseShown(bool shown)
{
    if (shown == m_pauseShown)
        return;
    m_pauseShown = shown;
    updateGeometry();
    relayout();
}

void PlayerControls::setHomeShown(bool shown)
{
    if (shown == m_homeShown)
        return;
    m_homeShown = shown;
    updateGeometry();
    relayout();
}

int PlayerControls::widthOf(const QWidget *widget) const
{
    return widget == m_bar ? widget->minimumSizeHint().width() : widget->sizeHint().width();
}

int PlayerControls::rowWidth(const Row &row) const
{
    int total = m_theme.px(Theme::gapMm) * int(row.size() - 1);
    for (const QWidget *widget : row)
        total += widthOf(widget);
    return total;
}

int PlayerControls::rowHeight(const Row &row)
{
    int height = 0;
    for (const QWidget *widget : row)
        height = std::max(height, widget->sizeHint().height());
    return height;
}

int PlayerControls::rowsHeight(const Rows &rows) const
{
    int height = m_theme.px(Theme::gapMm) * int(rows.size() - 1);
    for (const Row &row : rows)
        height += rowHeight(row);
    return height;
}

PlayerControls::Rows PlayerControls::chooseRows(int width, bool withHome) const
{
    QWidget *pause = m_pauseShown ? m_pause : nullptr;
    QWidget *quieter = m_quieter;
    QWidget *bar = m_bar;
    QWidget *louder = m_louder;
    QWidget *home = withHome ? m_home : nullptr;
    // Of those that fit the width, the lowest wins (the room above is the logo's and the
    // picture's), the earlier on a tie: Quieter, the bar and Louder together read best, the bar
    // alone above the buttons next. The last one is the fallback when nothing fits.
    QList<Rows> candidates{
        {{pause, quieter, bar, louder, home}},         {{bar}, {pause, quieter, louder, home}},
        {{quieter, bar, louder}, {pause, home}},       {{bar}, {quieter, louder}, {pause, home}},
        {{quieter, bar, louder}, {pause}, {home}},     {{bar}, {quieter, louder}, {pause}, {home}},
        {{bar}, {quieter}, {louder}, {pause}, {home}},
    };
    for (Rows &candidate : candidates) {
        for (Row &row : candidate)
            row.removeAll(nullptr);
        candidate.removeAll(Row());
    }
    // Tried lowest first, the earlier on a tie: then the first that fits is the one wanted.
    QList<int> heights;
    for (const Rows &candidate : std::as_const(candidates))
        heights.append(rowsHeight(candidate));
    QList<qsizetype> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return heights.at(a) < heights.at(b); });
    const auto fits = [&](qsizetype index) {
        const Rows &rows = candidates.at(index);
        return std::all_of(rows.cbegin(), rows.cend(),
                           [&](const Row &row) { return rowWidth(row) <= width; });
    };
    return candidates.at(firstThatFits(order, fits).value_or(candidates.size() - 1));
}

PlayerControls::Arrangement PlayerControls::arrange(int width, bool withHome) const
{
    const int gap = m_theme.px(Theme::gapMm);
    Arrangement result;
    int y = 0;
    for (const Row &row : chooseRows(width, withHome)) {
        const int height = rowHeight(row);
        // The room left over goes to the bar, or is shared by the buttons (larger targets).
        const int extra = std::max(0, width - rowWidth(row));
        const bool hasBar = row.contains(m_bar);
        const int buttons = int(row.size()) - (hasBar ? 1 : 0);
        int x = 0;
        int share = 0;
        for (QWidget *widget : row) {
            int w = widthOf(widget);
            if (widget == m_bar) {
                w += extra;
            } else if (!hasBar) {
                w += extra / buttons + (share < extra % buttons ? 1 : 0);
                ++share;
            }
            // The bar keeps its own height beside the buttons, so it does not read as one.
            const int h = widget == m_bar ? std::min(height, widget->sizeHint().height()) : height;
            result.geometries.append({widget, QRect(x, y + (height - h) / 2, w, h)});
            x += w + gap;
        }
        y += height + gap;
        ++result.rows;
    }
    result.height = std::max(0, y - gap);
    return result;
}

int PlayerControls::heightFor(int width, bool withHome) const
{
    return arrange(width, withHome).height;
}

QSize PlayerControls::sizeHint() const
{
    const int width = this->width() > 0 ? this->width() : 1280;
    return QSize(width, heightForWidth(width));
}

QSize PlayerControls::minimumSizeHint() const
{
    return QSize(0, heightForWidth(std::max(width(), 1)));
}

void PlayerControls::resizeEvent(QResizeEvent *)
{
    relayout();
}

void PlayerControls::relayout()
{
    const Arrangement arrangement = arrange(width(), m_homeShown);
    m_home->setVisible(m_homeShown);
    m_pause->setVisible(m_pauseShown);
    for (const auto &[widget, geometry] : arrangement.geometries)
        widget->setGeometry(geometry);
    m_rows = arrangement.rows;
}

} // namespace Dorfplatz
