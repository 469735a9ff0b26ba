#include "missedcallsbanner.h"

#include "core/i18n/spokentext.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {
constexpr double paddingMm = 4.0;
// The text keeps at least this share of the width when the buttons stand beside it.
constexpr double textShareBeside = 0.3;
} // namespace

MissedCallsBanner::MissedCallsBanner(const Theme &theme, QWidget *parent)
    : HomeBanner(parent)
    , m_theme(theme)
    , m_text(textLabel(theme, Theme::TextRole::Body, u"missedCallsText"_s, this,
                       {.alignment = Qt::AlignLeft | Qt::AlignVCenter}))
    , m_callBackButton(
          new BigButton(theme, QString(), u":/icons/call.svg"_s, BigButton::Style::Accent, this))
    , m_seenButton(new BigButton(theme, tr("Seen"), {}, BigButton::Style::Accent, this))
{
    setObjectName(u"missedCalls"_s);
    m_callBackButton->setObjectName(u"callBack"_s);
    m_seenButton->setObjectName(u"seen"_s);
    connect(m_callBackButton, &TapButton::clicked, this,
            [this] { Q_EMIT callBackRequested(m_callBack); });
    connect(m_seenButton, &TapButton::clicked, this, &MissedCallsBanner::seenRequested);
    hide();
}

QString MissedCallsBanner::line(const QString &name, int times, const QDateTime &last, QDate today)
{
    // "14:05": the kiosk's way of telling times (the translation adds "Uhr").
    const QString time = last.time().toString(u"H:mm"_s);
    const QDate day = last.date();
    QString when;
    if (day == today)
        when = tr("at %1", "today, at a time").arg(time);
    else if (day == today.addDays(-1))
        when = tr("yesterday at %1").arg(time);
    else
        when = tr("on %1 at %2").arg(QLocale().toString(day, u"dddd, d. MMMM"_s), time);
    return times > 1 ? tr("%1 called %n times, last %2.", nullptr, times).arg(name, when)
                     : tr("%1 called %2.").arg(name, when);
}

QString MissedCallsBanner::spokenLine(const QString &name, int times, const QDateTime &last,
                                      QDate today)
{
    const QString time = SpokenText::time(last.time());
    const QDate day = last.date();
    QString when;
    if (day == today) {
        //: Read aloud: when a missed call came today, "um %1" ("um 14 Uhr 5")
        when = tr("at %1", "read aloud, today at a time").arg(time);
    } else if (day == today.addDays(-1)) {
        //: Read aloud: a missed call of yesterday, "gestern um %1" ("gestern um 14 Uhr 5")
        when = tr("yesterday at %1", "read aloud").arg(time);
    } else {
        //: Read aloud: a missed call of an earlier day, "am %1 um %2" ("am Donnerstag,
        //: 3. Dezember um 14 Uhr 5")
        when = tr("on %1 at %2", "read aloud").arg(SpokenText::weekdayDate(day, today), time);
    }
    return times > 1 ? tr("%1 called %n times, last %2.", nullptr, times).arg(name, when)
                     : tr("%1 called %2.").arg(name, when);
}

void MissedCallsBanner::setCalls(const QList<Call> &calls, QDate today)
{
    QStringList order;
    QHash<QString, int> counts;
    QHash<QString, Call> newest;
    for (const Call &call : calls) {
        if (!counts.contains(call.contactId)) {
            order.append(call.contactId);
            newest.insert(call.contactId, call);
        }
        ++counts[call.contactId];
    }
    QStringList lines;
    m_spokenLines.clear();
    for (const QString &id : std::as_const(order)) {
        if (lines.size() == maxLines - 1 && order.size() > maxLines) {
            lines.append(tr("And %n more.", nullptr, int(order.size()) - lines.size()));
            m_spokenLines.append(lines.last());
            break;
        }
        const Call &call = newest.value(id);
        lines.append(line(call.name, counts.value(id), call.at, today));
        m_spokenLines.append(spokenLine(call.name, counts.value(id), call.at, today));
    }
    m_allLines = lines.join(u'\n');
    m_newestLine = lines.value(0);
    m_callBack = order.value(0);
    const QString name = newest.value(m_callBack).name;
    m_callBackName = name;
    m_callBackButton->setText(tr("Call %1").arg(name));
    m_callBackButton->setAccessibleName(m_callBackButton->text());
    m_callBackButton->setVisible(!m_callBack.isEmpty());
    m_text->setText(textFor(width()));
    setVisible(hasCalls() && !m_suppressed);
    relayout();
    // The home screen places its banner itself (no layout): tell it the banner changed.
    if (QWidget *parent = parentWidget()) {
        QEvent request(QEvent::LayoutRequest);
        QCoreApplication::sendEvent(parent, &request);
    }
}

QString MissedCallsBanner::text() const
{
    return isHidden() ? QString() : m_text->text();
}

QString MissedCallsBanner::spokenText() const
{
    if (!hasCalls())
        return {};
    QStringList parts = m_spokenLines;
    if (!m_callBack.isEmpty()) {
        //: Read aloud after the missed calls (the banner's button is "%1 anrufen"): "Sie
        //: können %1 jetzt zurückrufen."
        parts.append(tr("You can call %1 back now.").arg(m_callBackName));
    }
    return SpokenText::sentences(parts);
}

void MissedCallsBanner::setSuppressed(bool suppressed)
{
    if (suppressed == m_suppressed)
        return;
    m_suppressed = suppressed;
    setVisible(hasCalls() && !m_suppressed);
}

void MissedCallsBanner::setHeightBudget(int height)
{
    if (height == m_heightBudget)
        return;
    m_heightBudget = height;
    relayout();
}

const QString &MissedCallsBanner::textFor(int width) const
{
    return heightFor(width, m_allLines) <= m_heightBudget ? m_allLines : m_newestLine;
}

int MissedCallsBanner::buttonsWidth() const
{
    return m_callBackButton->sizeHint().width() + m_theme.px(Theme::gapMm) +
           m_seenButton->sizeHint().width();
}

bool MissedCallsBanner::buttonsBeside(int width) const
{
    const int padding = m_theme.px(paddingMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int textWidth = width - 2 * padding - gap - buttonsWidth();
    return textWidth >= width * textShareBeside;
}

int MissedCallsBanner::heightForWidth(int width) const
{
    return heightFor(width, textFor(width));
}

int MissedCallsBanner::heightFor(int width, const QString &text) const
{
    const int padding = m_theme.px(paddingMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int buttons =
        std::max(m_callBackButton->sizeHint().height(), m_seenButton->sizeHint().height());
    const auto textHeight = [&](int textWidth) {
        return QFontMetrics(m_text->font())
            .boundingRect(QRect(0, 0, std::max(1, textWidth), 100000),
                          Qt::TextWordWrap | Qt::AlignLeft, text)
            .height();
    };
    if (buttonsBeside(width))
        return 2 * padding +
               std::max(textHeight(width - 2 * padding - gap - buttonsWidth()), buttons);
    // One button per row when two do not fit side by side.
    const bool oneRow = buttonsWidth() <= width - 2 * padding;
    const int buttonBlock = oneRow ? buttons : 2 * buttons + gap;
    return 2 * padding + textHeight(width - 2 * padding) + gap + buttonBlock;
}

QSize MissedCallsBanner::sizeHint() const
{
    const int width = parentWidget() ? parentWidget()->width() : 800;
    return QSize(width, heightForWidth(width));
}

void MissedCallsBanner::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void MissedCallsBanner::relayout()
{
    const int padding = m_theme.px(paddingMm);
    const int gap = m_theme.px(Theme::gapMm);
    const QSize call = m_callBackButton->sizeHint();
    const QSize seen = m_seenButton->sizeHint();
    const int inner = width() - 2 * padding;
    m_text->setText(textFor(width()));
    if (buttonsBeside(width())) {
        const int textWidth = inner - gap - buttonsWidth();
        m_text->setGeometry(padding, padding, textWidth, height() - 2 * padding);
        int x = width() - padding - seen.width();
        m_seenButton->setGeometry(x, (height() - seen.height()) / 2, seen.width(), seen.height());
        x -= gap + call.width();
        m_callBackButton->setGeometry(x, (height() - call.height()) / 2, call.width(),
                                      call.height());
        return;
    }
    const int text = m_text->heightForWidth(inner);
    m_text->setGeometry(padding, padding, inner, text);
    const int y = padding + text + gap;
    if (buttonsWidth() <= inner) {
        m_callBackButton->setGeometry(padding, y, call.width(), call.height());
        m_seenButton->setGeometry(width() - padding - seen.width(), y, seen.width(), seen.height());
    } else {
        m_callBackButton->setGeometry(padding, y, std::min(call.width(), inner), call.height());
        m_seenButton->setGeometry(padding, y + call.height() + gap, seen.width(), seen.height());
    }
}

void MissedCallsBanner::paintEvent(QPaintEvent *)
{
    paintBannerCard(m_theme);
}

} // namespace Dorfplatz
