#include "header.h"

#include "bigbutton.h"
#include "clocklabel.h"
#include "ui/shell/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

Header::Header(const Theme &theme, const Clock &clock, const QString &homeName, QWidget *parent)
    : QWidget(parent)
    , m_homeButton(new BigButton(theme, tr("Home"), u":/icons/home.svg"_s))
    , m_clock(new ClockLabel(theme, clock))
    , m_homeName(new QLabel(homeName))
    , m_noticeButton(new BigButton(theme, {}, u":/icons/notice.svg"_s, BigButton::Style::Notice))
    , m_left(new QWidget)
    , m_right(new QWidget)
{
    setObjectName(u"header"_s);
    m_homeButton->setObjectName(u"homeButton"_s);
    m_noticeButton->setObjectName(u"noticeButton"_s);
    m_homeName->setFont(theme.font(Theme::TextRole::Body));
    m_homeName->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_homeName->setWordWrap(true);
    m_homeName->setVisible(!homeName.isEmpty());
    m_noticeButton->hide();

    // The home button keeps its place when hidden, so nothing on the header jumps.
    QSizePolicy keep = m_homeButton->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_homeButton->setSizePolicy(keep);

    auto *left = new QHBoxLayout(m_left);
    left->setContentsMargins({});
    left->addWidget(m_homeButton);
    left->addStretch();
    auto *right = new QVBoxLayout(m_right);
    right->setContentsMargins({});
    right->setSpacing(theme.px(2));
    right->addWidget(m_homeName);
    right->addWidget(m_noticeButton, 0, Qt::AlignRight);

    auto *layout = new QHBoxLayout(this);
    const int margin = theme.px(Theme::marginMm);
    layout->setContentsMargins(margin, margin, margin, 0);
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addWidget(m_left);
    layout->addWidget(m_clock, 1);
    layout->addWidget(m_right);

    connect(m_homeButton, &BigButton::clicked, this, &Header::homeRequested);
    connect(m_noticeButton, &BigButton::clicked, this, &Header::noticeRequested);
    balanceSides();
}

void Header::setHomeButtonVisible(bool visible)
{
    m_homeButton->setVisible(visible);
}

void Header::setNotice(const QString &text)
{
    m_noticeButton->setText(text);
    m_noticeButton->setAccessibleName(text);
    m_noticeButton->setVisible(!text.isEmpty());
    m_noticeButton->updateGeometry();
    balanceSides();
}

void Header::balanceSides()
{
    // Both sides as wide as the wider one, so the clock stays in the middle of the screen.
    const int width = std::max(m_left->sizeHint().width(), m_right->sizeHint().width());
    m_left->setFixedWidth(width);
    m_right->setFixedWidth(width);
}

} // namespace Dorfplatz
