#include "header.h"

#include "bigbutton.h"
#include "clocklabel.h"
#include "presshold.h"
#include "readaloudbutton.h"
#include "ui/kit/theme.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <climits>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {
// Added to the clock form of the two-row arrangement, so that a one-row header wins.
constexpr int lastResortForm = 100;
constexpr double rightShare = 0.28; // the home's name never takes more than this of the width
} // namespace

Header::Header(const Theme &theme, const Clock &clock, const QString &homeName, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_homeButton(BigButton::home(theme, this))
    , m_clock(new ClockLabel(theme, clock, this))
    , m_right(new QWidget(this))
    , m_homeName(new QLabel(homeName))
    , m_noticeButton(new BigButton(theme, {}, u":/icons/notice.svg"_s, BigButton::Style::Notice))
    , m_staffHold(nullptr)
    , m_hasHomeName(!homeName.isEmpty())
{
    setObjectName(u"header"_s);
    m_homeButton->setObjectName(u"homeButton"_s);
    m_noticeButton->setObjectName(u"noticeButton"_s);
    m_homeName->setObjectName(u"homeName"_s);
    m_homeName->setTextFormat(Qt::PlainText); // from kiosk.json: shown as written
    m_homeName->setFont(theme.font(Theme::TextRole::Body));
    m_homeName->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_homeName->setWordWrap(true);
    m_noticeButton->hide();

    auto *right = new QVBoxLayout(m_right);
    right->setContentsMargins({});
    right->setSpacing(theme.px(2));
    right->addWidget(m_homeName);
    right->addWidget(m_noticeButton, 0, Qt::AlignRight);

    connect(m_homeButton, &BigButton::clicked, this, &Header::homeRequested);
    connect(m_noticeButton, &BigButton::clicked, this, &Header::noticeRequested);
    m_staffHold =
        new PressHold(theme, m_hasHomeName ? static_cast<QWidget *>(m_homeName) : m_clock);
    connect(m_staffHold, &PressHold::held, this, &Header::staffRequested);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void Header::setHomeButtonVisible(bool visible)
{
    // Its place stays reserved when hidden, so nothing on the header jumps.
    m_homeButton->setVisible(visible);
}

void Header::setReadAloudButton(ReadAloudButton *button)
{
    m_readAloudButton = button;
    button->setParent(this);
    button->syncVisibility(); // a new parent hides it
    // It shows and hides itself (ReadAloudButton); the layout follows.
    button->installEventFilter(this);
    updateGeometry();
    relayout();
}

bool Header::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_readAloudButton &&
        (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)) {
        updateGeometry();
        relayout();
    }
    return QWidget::eventFilter(watched, event);
}

QSize Header::leftSize(Reading reading) const
{
    QSize size = reading == Reading::IconsOnly ? m_homeButton->iconOnlySizeHint()
                                               : m_homeButton->textSizeHint();
    if (m_readAloudButton && reading != Reading::None) {
        const QSize read = reading == Reading::Full ? m_readAloudButton->textSizeHint()
                                                    : m_readAloudButton->iconOnlySizeHint();
        size.rwidth() += m_theme.px(Theme::gapMm) + read.width();
        size.rheight() = std::max(size.height(), read.height());
    }
    return size;
}

void Header::setNotice(const QString &text)
{
    m_noticeButton->setText(text);
    m_noticeButton->setAccessibleName(text);
    m_noticeButton->setVisible(!text.isEmpty());
    updateGeometry();
    relayout();
}

void Header::setHeightBudget(int height)
{
    if (height == m_heightBudget)
        return;
    m_heightBudget = height;
    updateGeometry();
    relayout();
}

QSize Header::rightSize(int maxWidth, bool withName) const
{
    int width = 0;
    int height = 0;
    if (withName) {
        const QFontMetrics metrics = m_homeName->fontMetrics();
        int widestWord = 0;
        for (const QString &word : m_homeName->text().split(u' ', Qt::SkipEmptyParts))
            widestWord = std::max(widestWord, metrics.horizontalAdvance(word) + 1);
        if (widestWord > maxWidth)
            return QSize(-1, -1); // the name would be cut off: does not fit
        width = std::min(metrics.horizontalAdvance(m_homeName->text()) + 1, maxWidth);
        height = m_homeName->heightForWidth(width);
    }
    if (!m_noticeButton->isHidden()) {
        const QSize notice = m_noticeButton->sizeHint();
        width = std::max(width, notice.width());
        height += (height > 0 ? m_theme.px(2) : 0) + notice.height();
    }
    return QSize(width, height);
}

Header::Arrangement Header::arrange(int width) const
{
    const int inner = width - 2 * m_theme.px(Theme::marginMm);
    const bool reading = m_readAloudButton && m_readAloudButton->isAvailable();
    if (!reading)
        return arrange(width, Reading::None);
    // "Vorlesen" keeps its word unless that makes the header taller (the tiles' room) or leaves
    // it beyond its budget; then it is its speaker alone. Where even that leaves the header
    // beyond its budget while it would be within without it (200 % text on a 10-inch panel), it
    // gives way: the tiles must keep their room.
    const Arrangement compact = arrange(width, Reading::Compact);
    const bool compactWithin = compact.height <= m_heightBudget;
    if (leftSize(Reading::Full).width() <= inner) {
        const Arrangement full = arrange(width, Reading::Full);
        const bool fullWithin = full.height <= m_heightBudget;
        if (fullWithin == compactWithin ? full.height <= compact.height : fullWithin)
            return full;
    }
    if (!compactWithin) {
        // Rather "Startseite" as its house alone than no "Vorlesen": both keep their 20 mm,
        // and the accessible names keep their words.
        const Arrangement icons = arrange(width, Reading::IconsOnly);
        if (icons.height <= m_heightBudget)
            return icons;
        const Arrangement without = arrange(width, Reading::None);
        if (without.height <= m_heightBudget)
            return without;
    }
    return compact;
}

Header::Arrangement Header::arrange(int width, Reading reading) const
{
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int inner = width - 2 * margin;
    const QSize home = leftSize(reading);
    const int clockMinimum = m_clock->minimumSizeHint().width();

    // For each choice of showing the name: (1) one row with the clock centred on the screen
    // (both sides as wide as the wider one), (2) one row with the clock between the sides as they
    // are, (3) the buttons above and the clock across the whole width below.
    // Within the budget, the fullest date wins, then the lower header, then the order tried;
    // when nothing is within the budget, the lowest header.
    Arrangement best;
    best.height = INT_MAX;
    bool bestWithin = false;
    const auto consider = [&](Arrangement candidate) {
        candidate.reading = reading;
        const bool within = candidate.height <= m_heightBudget;
        bool better = false;
        if (within != bestWithin)
            better = within;
        else if (within && candidate.clockForm != best.clockForm)
            better = candidate.clockForm < best.clockForm;
        else
            better = candidate.height < best.height;
        if (better) {
            best = candidate;
            bestWithin = within;
        }
    };
    for (const bool withName : {true, false}) {
        if (withName && !m_hasHomeName)
            continue;
        const QSize right = rightSize(int(inner * rightShare), withName);
        if (!right.isValid())
            continue;
        const int side = std::max(home.width(), right.width());
        const int rowHeight = std::max(home.height(), right.height());
        // Each arrangement with the clock as full as its width allows, and with less: the time
        // alone on one line may keep a header within its budget where the date on two lines
        // would not (200 % text on a 10-inch panel, or the C locale's longer time "14:05:10").
        for (const ClockLabel::Form fullest :
             {ClockLabel::Form::Full, ClockLabel::Form::Short, ClockLabel::Form::TimeOnly}) {
            for (const bool centred : {true, false}) {
                const int leftWidth = centred ? side : home.width();
                const int rightWidth = centred ? side : right.width();
                const int clockWidth = inner - leftWidth - rightWidth - 2 * gap;
                if (clockWidth < clockMinimum)
                    continue;
                const int height =
                    std::max(rowHeight, m_clock->heightForWidth(clockWidth, fullest));
                consider(Arrangement{QRect(margin, margin + (height - home.height()) / 2,
                                           home.width(), home.height()),
                                     QRect(margin + leftWidth + gap, margin, clockWidth, height),
                                     QRect(width - margin - right.width(),
                                           margin + (height - right.height()) / 2, right.width(),
                                           right.height()),
                                     withName, int(m_clock->formFor(clockWidth, fullest)),
                                     int(fullest), margin + height});
            }
            const int clockHeight = m_clock->heightForWidth(inner, fullest);
            consider(Arrangement{
                QRect(margin, margin, home.width(), home.height()),
                QRect(margin, margin + rowHeight + gap, inner, clockHeight),
                QRect(width - margin - right.width(), margin, right.width(), right.height()),
                withName,
                // Tried after every one-row arrangement within the budget, whatever its date:
                // two rows take the tiles' room.
                lastResortForm + int(m_clock->formFor(inner, fullest)), int(fullest),
                margin + rowHeight + gap + clockHeight});
        }
    }
    return best;
}

void Header::resizeEvent(QResizeEvent *)
{
    relayout();
}

void Header::relayout()
{
    const Arrangement a = arrange(width());
    m_homeButton->setTextShown(a.reading != Reading::IconsOnly);
    const QSize homeSize = m_homeButton->sizeHint();
    m_homeButton->setGeometry(
        QRect(a.home.topLeft() + QPoint(0, (a.home.height() - homeSize.height()) / 2), homeSize));
    if (m_readAloudButton) {
        m_readAloudButton->setTextShown(a.reading == Reading::Full);
        const bool shown = m_readAloudButton->isAvailable() && a.reading != Reading::None;
        if (shown == m_readAloudButton->isHidden())
            m_readAloudButton->setVisible(shown);
        const QSize readSize = m_readAloudButton->sizeHint();
        m_readAloudButton->setGeometry(
            QRect(QPoint(a.home.left() + homeSize.width() + m_theme.px(Theme::gapMm),
                         a.home.top() + (a.home.height() - readSize.height()) / 2),
                  readSize));
    }
    m_clock->setFullestForm(ClockLabel::Form(a.clockFullest));
    m_clock->setGeometry(a.clock);
    m_right->setGeometry(a.right);
    m_homeName->setVisible(a.showName && m_hasHomeName);
    if (height() != a.height)
        updateGeometry();
}

int Header::heightForWidth(int width) const
{
    return arrange(width).height;
}

QSize Header::sizeHint() const
{
    const int width = this->width() > 0 ? this->width() : 1280;
    return QSize(width, heightForWidth(width));
}

QSize Header::minimumSizeHint() const
{
    return QSize(0, heightForWidth(std::max(width(), 1)));
}

} // namespace Dorfplatz
