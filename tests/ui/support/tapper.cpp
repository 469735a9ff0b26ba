#include "tapper.h"

#include "ui/kit/tapbutton.h"

#include <QTest>

namespace Dorfplatz::Test {

void Tapper::tap(TapButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    m_ms += 1000;
    button->guard().setTimeSource([this] { return std::chrono::milliseconds(m_ms); });
    QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
}

} // namespace Dorfplatz::Test
