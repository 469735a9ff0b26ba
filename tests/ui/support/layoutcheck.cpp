#include "layoutcheck.h"

#include "ui/kit/screenmetrics.h"
#include "ui/kit/tapbutton.h"
#include "ui/kit/theme.h"

#include <QLabel>
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
    for (const TapButton *button : screen.findChildren<TapButton *>()) {
        if (!button->isVisible())
            continue;
        // Staff controls (staff screens, the notice for staff) may be smaller than a resident's.
        const int minimum =
            theme.px(button->isStaffControl() ? Theme::staffControlMinMm : Theme::controlMinMm);
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

// Whether the text of `label` is whole; `what` names it in the failure.
void verifyFits(const QLabel &label, const QString &what, const TextRules &rules)
{
    if (rules.singleLinesBySizeHint && !label.wordWrap()) {
        const QSize needed = label.sizeHint();
        QVERIFY2(needed.width() <= label.width() && needed.height() <= label.height() + 2,
                 qPrintable(what + u" is cut off: needs %1×%2, has %3×%4"_s.arg(needed.width())
                                       .arg(needed.height())
                                       .arg(label.width())
                                       .arg(label.height())));
    } else {
        QVERIFY2(label.heightForWidth(label.width()) <= label.height(),
                 qPrintable(what + u" is cut off"_s));
    }
    if (rules.measureGlyphs) {
        const QRect inside = label.contentsRect();
        const QRect glyphs = label.fontMetrics().boundingRect(
            QRect(0, 0, inside.width(), 100000), Qt::TextWordWrap | Qt::AlignHCenter, label.text());
        QVERIFY2(glyphs.width() <= inside.width(), qPrintable(what + u" is too wide"_s));
        QVERIFY2(glyphs.height() <= inside.height(), qPrintable(what + u" is cut off"_s));
    }
}

} // namespace

void checkTexts(const QWidget &screen, const NamedRects &controls, const TextRules &rules)
{
    const QRect bounds = screen.rect();
    NamedRects texts;
    for (const QLabel *label : screen.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const QString what = label->objectName() + u" \""_s + label->text().left(40) + u"\""_s;
        const QRect r = rectIn(label, &screen);
        QVERIFY2(bounds.contains(r), qPrintable(what + u" leaves the screen"_s));
        verifyFits(*label, what, rules);
        if (QTest::currentTestFailed())
            return;
        for (const auto &[name, control] : controls)
            QVERIFY2(!r.intersects(control), qPrintable(what + u" overlaps "_s + name));
        texts.append({what, r});
    }
    if (!rules.textsApart)
        return;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        for (qsizetype j = i + 1; j < texts.size(); ++j)
            QVERIFY2(!texts[i].second.intersects(texts[j].second),
                     qPrintable(texts[i].first + u" overlaps "_s + texts[j].first));
    }
}

NamedRects checkControls(const QWidget &screen, const Theme &theme, const NamedRects &extra)
{
    NamedRects controls;
    verifyControls(screen, theme, extra, &controls);
    return controls;
}

} // namespace Dorfplatz::Test
