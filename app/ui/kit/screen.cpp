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

void Screen::activate()
{
    if (m_activity == Activity::Active)
        return;
    // From Interrupted this is a resume in all but name: the screen is current again.
    if (m_activity == Activity::Interrupted) {
        resume();
        return;
    }
    m_activity = Activity::Active;
    activated();
}

void Screen::deactivate()
{
    if (m_activity == Activity::Inactive)
        return;
    m_activity = Activity::Inactive;
    deactivated();
}

void Screen::interrupt()
{
    if (m_activity != Activity::Active)
        return;
    m_activity = Activity::Interrupted;
    interrupted();
}

void Screen::resume()
{
    if (m_activity != Activity::Interrupted)
        return;
    m_activity = Activity::Active;
    resumed();
}

bool Screen::offerReadAloud(ReadAloud &readAloud)
{
    if (m_readAloudPlaced)
        return false;
    m_readAloudPlaced = true;
    placeReadAloud(readAloud);
    return true;
}

void Screen::paintEvent(QPaintEvent *)
{
    QStyleOption option;
    option.initFrom(this);
    QPainter painter(this);
    style()->drawPrimitive(QStyle::PE_Widget, &option, &painter, this);
}

} // namespace Dorfplatz
