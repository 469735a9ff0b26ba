#include "layoutcheck.h"

#include "ui/kit/screenmetrics.h"
#include "ui/kit/tapbutton.h"
#include "ui/kit/theme.h"

#include <QTest>
#include <QWidget>

namespace Dorfplatz::Test {

using namespace Qt::StringLiterals;

void addScreenVariants(const QList<int> &smallScreenScales)
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("theme");
    const QList<QSize> sizes{{1920, 1080}, {1280, 800}, {1080, 1920}};
    for (const QSize &size : sizes) {
        for (const int scale : {100, 150, 200}) {
            QTest::addRow("%dx%d at %d percent", size.width(), size.height(), scale)
                << size << scale << u"standard"_s;
        }
    }
    for (const int scale : smallScreenScales)
        QTest::addRow("1024x600 at %d percent", scale)
            << QSize(1024, 600) << scale << u"standard"_s;
    QTest::addRow("high contrast 1280x800 at 200 percent")
        << QSize(1280, 800) << 200 << u"high-contrast"_s;
    QTest::addRow("high contrast 1920x1080 at 100 percent")
        << QSize(1920, 1080) << 100 << u"high-contrast"_s;
}

QRect rectIn(const QWidget *widget, const QWidget *ancestor)
{
    return QRect(widget->mapTo(ancestor, QPoint(0, 0)), widget->size());
}

namespace {

void verifyControls(const QWidget &screen, const Theme &theme, const NamedRects &extra,
                    NamedRects *controls)
{
    const QRect bounds = screen.rect();
    const int minimum = theme.px(Theme::controlMinMm);
    for (const TapButton *button : screen.findChildren<TapButton *>()) {
        if (!button->isVisible())
            continue;
        const QRect r = rectIn(button, &screen);
        const QString name = button->objectName() + u" \""_s + button->text().left(30) + u"\""_s;
        QVERIFY2(bounds.contains(r), qPrintable(name + u" leaves the screen"_s));
        QVERIFY2(r.width() >= minimum && r.height() >= minimum,
                 qPrintable(u"%1 is %2×%3 mm"_s.arg(name)
                                .arg(theme.metrics().mm(r.width()))
                                .arg(theme.metrics().mm(r.height()))));
        controls->append({name, r});
    }
    QVERIFY(!controls->isEmpty());
    for (const auto &[name, r] : extra) {
        QVERIFY2(bounds.contains(r), qPrintable(name + u" leaves the screen"_s));
        controls->append({name, r});
    }
    const int gap = theme.px(4.0);
    for (qsizetype i = 0; i < controls->size(); ++i) {
        for (qsizetype j = i + 1; j < controls->size(); ++j) {
            QVERIFY2(
                !controls->at(i)
                     .second.adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1)
                     .intersects(controls->at(j).second),
                qPrintable(controls->at(i).first + u" is too close to "_s + controls->at(j).first));
        }
    }
}

} // namespace

NamedRects checkControls(const QWidget &screen, const Theme &theme, const NamedRects &extra)
{
    NamedRects controls;
    verifyControls(screen, theme, extra, &controls);
    return controls;
}

} // namespace Dorfplatz::Test
