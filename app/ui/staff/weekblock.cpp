#include "weekblock.h"

#include "ui/kit/theme.h"

#include <QFontMetrics>
#include <QPainter>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr double paddingMm = 2.0;
constexpr double markGapMm = 2.0;
constexpr double markPaddingMm = 1.0;

bool isVowel(QChar c)
{
    return u"aeiouyäöü"_s.contains(c.toLower());
}

// Whether a (German) word reads well broken before its character `n`: where a syllable starts
// with a consonant ("Sitzgym-nastik", "Gottes-dienst"), "ch", "ck" and "sch" counted as one
// ("Mär-chen"), and with two letters or more on each side. No dictionary: good enough for the
// titles staff type.
bool startsSyllable(const QString &word, qsizetype n)
{
    if (n < 2 || n + 2 > word.size())
        return false;
    const QString rest = word.mid(n).toLower();
    const QChar before = word.at(n - 1).toLower();
    if (!before.isLetter() || !rest.at(0).isLetter() || isVowel(rest.at(0)))
        return false;
    if ((before == u'c' && (rest.startsWith(u'h') || rest.startsWith(u'k'))) ||
        (before == u's' && rest.startsWith(u"ch")))
        return false;
    qsizetype consonant = 1;
    if (rest.startsWith(u"sch"))
        consonant = 3;
    else if (rest.startsWith(u"ch") || rest.startsWith(u"ck"))
        consonant = 2;
    return consonant < rest.size() && isVowel(rest.at(consonant));
}

// How many characters of `word` go on a line of `width`, with the hyphen that then ends it:
// after one of the word's own hyphens, else where a syllable starts, else as many as fit (when
// those would leave most of the line empty). At least one character, so a line too narrow for
// any still moves on.
qsizetype breakPoint(const QFontMetrics &metrics, const QString &word, int width)
{
    qsizetype fit = 0;
    for (qsizetype n = 1; n < word.size(); ++n) {
        if (word.at(n - 1).isHighSurrogate())
            continue; // never between the halves of one character
        const QString piece = word.left(n);
        const QString shown = piece.endsWith(u'-') ? piece : piece + u'-';
        if (metrics.horizontalAdvance(shown) > width)
            break;
        fit = n;
    }
    for (qsizetype n = fit; n > 1; --n) {
        if (word.at(n - 1) == u'-')
            return n;
    }
    for (qsizetype n = fit; n > 1 && n >= fit / 2; --n) {
        if (startsSyllable(word, n))
            return n;
    }
    return std::max<qsizetype>(fit, word.at(0).isHighSurrogate() ? 2 : 1);
}

} // namespace

WeekBlock::WeekBlock(const Theme &theme, QWidget *parent)
    : TapButton(theme, parent)
{
    setStaffControl(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void WeekBlock::setSession(const QString &time, const QString &title, const QString &mark,
                           bool cancelled)
{
    m_kind = Kind::Session;
    m_time = time;
    m_title = title;
    m_mark = mark;
    m_cancelled = cancelled;
    setText(title);
    setAccessibleName(QStringList{time, title, mark}.join(u' ').trimmed());
    updateGeometry();
    update();
}

void WeekBlock::setMore(const QString &text)
{
    m_kind = Kind::More;
    m_time.clear();
    m_title = text;
    m_mark.clear();
    m_cancelled = false;
    setText(text);
    setAccessibleName(text);
    updateGeometry();
    update();
}

QFont WeekBlock::timeFont() const
{
    QFont font = theme().font(Theme::TextRole::Staff);
    font.setWeight(QFont::Bold);
    return font;
}

QFont WeekBlock::titleFont() const
{
    if (m_kind == Kind::More)
        return timeFont();
    QFont font = theme().font(Theme::TextRole::Staff);
    // Still readable, and plainly not taking place, together with the mark's words.
    font.setStrikeOut(m_cancelled);
    return font;
}

QRect WeekBlock::contentRect(QSize size) const
{
    const int padding = theme().px(Theme::borderMm) + theme().px(paddingMm);
    return QRect(QPoint(0, 0), size).adjusted(padding, padding, -padding, -padding);
}

QStringList WeekBlock::wrap(const QFontMetrics &metrics, const QString &text, int width)
{
    QStringList lines;
    QString line;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        const QString joined = line.isEmpty() ? word : line + u' ' + word;
        if (metrics.horizontalAdvance(joined) <= width) {
            line = joined;
            continue;
        }
        if (!line.isEmpty())
            lines.append(std::exchange(line, {}));
        while (metrics.horizontalAdvance(word) > width && word.size() > 1) {
            const qsizetype n = breakPoint(metrics, word, width);
            if (n >= word.size())
                break;
            const QString piece = word.left(n);
            lines.append(piece.endsWith(u'-') ? piece : piece + u'-');
            word = word.mid(n);
        }
        line = word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

WeekBlock::Layout WeekBlock::arrange(int width) const
{
    Layout layout;
    const QRect inside = contentRect(QSize(width, 0));
    const QFontMetrics timeMetrics(timeFont());
    const QFontMetrics titleMetrics(titleFont());
    int y = inside.top();
    if (m_kind == Kind::Session) {
        layout.time =
            QRect(inside.left(), y, timeMetrics.horizontalAdvance(m_time), timeMetrics.height());
        if (!m_mark.isEmpty()) {
            // The mark's words wrap too where a block is narrow.
            const int markPadding = theme().px(markPaddingMm);
            layout.markLines = wrap(timeMetrics, m_mark, inside.width() - 2 * markPadding);
            int markWidth = 0;
            for (const QString &line : std::as_const(layout.markLines))
                markWidth = std::max(markWidth, timeMetrics.horizontalAdvance(line));
            markWidth += 2 * markPadding;
            const int markHeight =
                timeMetrics.height() + int(layout.markLines.size() - 1) * timeMetrics.lineSpacing();
            const int besideTime = layout.time.right() + 1 + theme().px(markGapMm);
            if (layout.markLines.size() == 1 && besideTime + markWidth <= inside.right() + 1) {
                layout.mark = QRect(besideTime, y, markWidth, markHeight);
            } else {
                y += timeMetrics.lineSpacing();
                layout.mark = QRect(inside.left(), y, markWidth, markHeight);
                y += markHeight - timeMetrics.height();
            }
        }
        y += timeMetrics.lineSpacing();
    }
    layout.lines = wrap(titleMetrics, m_title, inside.width());
    layout.lineTop = y;
    y += int(layout.lines.size()) * titleMetrics.lineSpacing();
    const int padding = theme().px(Theme::borderMm) + theme().px(paddingMm);
    layout.height = std::max(y + padding, theme().px(Theme::staffControlMinMm));
    return layout;
}

QStringList WeekBlock::titleLines() const
{
    return arrange(width()).lines;
}

QRect WeekBlock::markRect() const
{
    return arrange(width()).mark;
}

int WeekBlock::heightForWidth(int width) const
{
    return arrange(width).height;
}

QSize WeekBlock::sizeHint() const
{
    const int width = theme().px(40.0);
    return QSize(width, heightForWidth(width));
}

QSize WeekBlock::minimumSizeHint() const
{
    const int side = theme().px(Theme::staffControlMinMm);
    return QSize(side, side);
}

void WeekBlock::paintEvent(QPaintEvent *)
{
    const ThemePalette &palette = theme().palette();
    const bool more = m_kind == Kind::More;
    QColor background = more ? palette.accent : palette.surface;
    QColor foreground = more ? palette.accentText : palette.text;
    QColor frame = more ? palette.accent : palette.border;
    if (isDown()) {
        background = palette.pressed;
        foreground = palette.pressedText;
        frame = palette.pressed;
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    theme().paintCard(painter, rect(), {.fill = background, .frame = frame});

    const Layout layout = arrange(width());
    const QRect inside = contentRect();
    if (!more) {
        painter.setFont(timeFont());
        painter.setPen(foreground);
        painter.drawText(layout.time, Qt::AlignLeft | Qt::AlignVCenter, m_time);
        if (!layout.mark.isNull()) {
            // The mark in reverse: a block of text colour that reads at once.
            theme().paintCard(painter, layout.mark,
                              {.fill = foreground, .frame = {}, .corner = Theme::Corner::Badge});
            painter.setPen(background);
            painter.drawText(layout.mark, Qt::AlignCenter, layout.markLines.join(u'\n'));
        }
    }
    painter.setFont(titleFont());
    painter.setPen(foreground);
    const QFontMetrics metrics(titleFont());
    int y = layout.lineTop;
    for (const QString &line : layout.lines) {
        painter.drawText(QRect(inside.left(), y, inside.width(), metrics.height()),
                         (more ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }
}

} // namespace Dorfplatz
