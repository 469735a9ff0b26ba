#include "screen.h"

#include <QPainter>
#include <QStyleOption>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

Screen::Screen(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"screen"_s);
    setAttribute(Qt::WA_StyledBackground);
}

void Screen::paintEvent(QPaintEvent *)
{
    QStyleOption option;
    option.initFrom(this);
    QPainter painter(this);
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);
}

} // namespace Dorfplatz
