#include "screenframe.h"

#include "ui/kit/header.h"
#include "ui/kit/theme.h"

#include <QVBoxLayout>

namespace Dorfplatz::Test {

using namespace Qt::StringLiterals;

ScreenFrame::ScreenFrame(const Theme &theme, const Clock &clock, QWidget *screen, bool homeButton,
                         QSize size)
    : m_header(new Header(theme, clock, u"Haus Sonnenhang"_s))
{
    // As MainWindow: its name gives it the theme's background.
    setObjectName(u"mainWindow"_s);
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(theme.styleSheet());
    m_header->setHomeButtonVisible(homeButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(0);
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(m_header);
    layout->addWidget(screen, 1);
    if (size.isValid())
        resize(size);
}

void ScreenFrame::resizeEvent(QResizeEvent *event)
{
    m_header->setHeightBudget(height() * 3 / 10);
    QWidget::resizeEvent(event);
}

} // namespace Dorfplatz::Test
