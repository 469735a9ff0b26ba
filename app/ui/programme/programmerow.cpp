#include "programmerow.h"

#include "ui/kit/textlabel.h"

#include <QFontMetrics>
#include <QLabel>
#include <QPainter>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// As on the events' cards.
constexpr double paddingMm = 3.0;
constexpr double columnGapMm = 4.0;
constexpr double badgePaddingMm = 1.5;
constexpr double lineGapMm = 1.5;
// Beside the time, a narrower title wraps after every few words: then it goes below the time.
constexpr double sideTitleMinMm = 90.0;
// The session on now: a frame this much thicker than the others'.
constexpr double runningFrameFactor = 2.5;

constexpr TextLabelStyle boldLeftTop{.alignment = Qt::AlignLeft | Qt::AlignTop, .bold = true};

} // namespace

ProgrammeRow::ProgrammeRow(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_time(textLabel(theme, Theme::TextRole::Body, u"programmeTime"_s, this, boldLeftTop))
    , m_mark(textLabel(theme, Theme::TextRole::Body, u"programmeMark"_s, this,
                       {.alignment = Qt::AlignCenter, .wordWrap = false, .bold = true}))
    , m_title(textLabel(theme, Theme::TextRole::Label, u"programmeTitle"_s, this, boldLeftTop))
{
    setObjectName(u"programmeRow"_s);
    // The mark in reverse, as the events' "Abgesagt": the row paints the block behind it.
    m_mark->setStyleSheet(u"QLabel { color: %1; }"_s.arg(theme.palette().surface.name()));
    const int badgePadding = theme.px(badgePaddingMm);
    m_mark->setContentsMargins(badgePadding, 0, badgePadding, 0);
    m_mark->hide();
}

void ProgrammeRow::setEntry(const ProgrammeEntry &entry)
{
    m_entry = entry;
    m_time->setText(entry.when);
    m_title->setText(entry.title);
    const QString mark = ProgrammeEntry::markText(entry.mark);
    m_mark->setText(mark);
    m_mark->setVisible(!mark.isEmpty());
    QFont titleFont = m_title->font();
    titleFont.setStrikeOut(entry.mark == ProgrammeEntry::Mark::Cancelled);
    setFontIfChanged(m_title, titleFont);
    QStringList spoken{entry.when, mark, entry.title};
    spoken.removeAll(QString());
    setAccessibleName(spoken.join(u", "_s));
    if (width() > 0)
        resizeEvent(nullptr);
    update();
}

int ProgrammeRow::markWidth() const
{
    if (m_mark->text().isEmpty())
        return 0;
    // Rounding room for the text layout, as the events' TextLines keep.
    return QFontMetrics(m_mark->font()).horizontalAdvance(m_mark->text()) +
           2 * m_theme.px(badgePaddingMm) + 3;
}

int ProgrammeRow::naturalTimeWidth() const
{
    const int time = QFontMetrics(m_time->font()).horizontalAdvance(m_time->text()) + 3;
    return std::max(time, markWidth());
}

int ProgrammeRow::fit(const ProgrammeRowStyle &style, int width)
{
    m_style = style;
    // Bold in every size: the title is what the row is about.
    QFont titleFont = m_theme.font(style.title);
    titleFont.setWeight(QFont::Bold);
    titleFont.setStrikeOut(m_entry.mark == ProgrammeEntry::Mark::Cancelled);
    setFontIfChanged(m_title, titleFont);
    return arrange(width).height;
}

ProgrammeRow::Geometry ProgrammeRow::arrange(int width) const
{
    const int padding = m_theme.px(paddingMm);
    const int inner = width - 2 * padding;
    const TextHeightRules rules{.wholeWords = m_style.wholeWords};
    const int mark = markWidth();
    const int markHeight = m_mark->text().isEmpty() ? 0 : m_mark->sizeHint().height();
    const int lineGap = m_theme.px(lineGapMm);
    Geometry g;
    if (inner <= 0)
        return g;
    const auto left = [padding](int x) { return padding + x; };

    if (m_style.arrangement == ProgrammeRowStyle::Arrangement::Side) {
        const int timeWidth = m_style.timeWidth;
        const int titleWidth = inner - timeWidth - m_theme.px(columnGapMm);
        if (timeWidth <= 0 || titleWidth < m_theme.px(sideTitleMinMm) || mark > timeWidth)
            return g;
        const int time = textHeight(m_time, timeWidth, rules);
        const int title = textHeight(m_title, titleWidth, rules);
        if (time < 0 || title < 0)
            return g;
        // The time on the title's first baseline.
        const int shift = std::max(0, QFontMetrics(m_title->font()).ascent() -
                                          QFontMetrics(m_time->font()).ascent());
        g.time = QRect(left(0), padding + shift, timeWidth, time);
        int column = shift + time;
        if (mark > 0) {
            g.mark = QRect(left(0), padding + column + lineGap, mark, markHeight);
            column += lineGap + markHeight;
        }
        g.title = QRect(left(timeWidth + m_theme.px(columnGapMm)), padding, titleWidth, title);
        g.height = 2 * padding + std::max(column, title);
        return g;
    }

    const int time = textHeight(m_time, inner, rules);
    const int title = textHeight(m_title, inner, rules);
    if (time < 0 || title < 0 || mark > inner)
        return g;
    const int timeLine = QFontMetrics(m_time->font()).horizontalAdvance(m_time->text()) + 3;
    const int gap = m_theme.px(columnGapMm);
    int y = padding;
    if (mark > 0 && timeLine + gap + mark <= inner) {
        // The mark on the time's line, both centred on it.
        const int line = std::max(time, markHeight);
        g.time = QRect(left(0), y + (line - time) / 2, timeLine, time);
        g.mark = QRect(left(timeLine + gap), y + (line - markHeight) / 2, mark, markHeight);
        y += line;
    } else {
        g.time = QRect(left(0), y, inner, time);
        y += time;
        if (mark > 0) {
            g.mark = QRect(left(0), y + lineGap, mark, markHeight);
            y += lineGap + markHeight;
        }
    }
    g.title = QRect(left(0), y + lineGap, inner, title);
    g.height = y + lineGap + title + padding;
    return g;
}

void ProgrammeRow::resizeEvent(QResizeEvent *)
{
    const Geometry g = arrange(width());
    m_time->setGeometry(g.time);
    m_mark->setGeometry(g.mark);
    m_title->setGeometry(g.title);
}

void ProgrammeRow::paintEvent(QPaintEvent *)
{
    const ThemePalette &palette = m_theme.palette();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool running = m_entry.mark == ProgrammeEntry::Mark::Running;
    m_theme.paintCard(
        painter, rect(),
        {.fill = palette.surface,
         .frame = running ? palette.text : palette.border,
         .frameMm = running ? Theme::borderMm * runningFrameFactor : Theme::borderMm});
    if (m_mark->isVisible()) {
        m_theme.paintCard(painter, m_mark->geometry(),
                          {.fill = palette.text, .frame = {}, .corner = Theme::Corner::Badge});
    }
}

} // namespace Dorfplatz
