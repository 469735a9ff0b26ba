// Theme and screen metrics: millimetres to pixels across densities and text scales, text sizes
// from accessibility.md, and contrast of both themes.
#include "ui/kit/screenmetrics.h"
#include "ui/kit/theme.h"

#include <QFontMetricsF>
#include <QTest>

#include <cmath>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pixelsPerMm_data();
    void pixelsPerMm();
    void pxRoundsUp();
    void textHeights_data();
    void textHeights();
    void contrast_data();
    void contrast();
};

void TestTheme::pixelsPerMm_data()
{
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<QSizeF>("physical");
    QTest::addColumn<double>("diagonal"); // 0: none
    QTest::addColumn<double>("expected");

    // A 24" 1920×1080 monitor reports 531×299 mm: 3.62 px/mm (92 dpi).
    QTest::addRow("24 inch reported") << QSize(1920, 1080) << QSizeF(531, 299) << 0.0 << 3.6146;
    QTest::addRow("24 inch override") << QSize(1920, 1080) << QSizeF(0, 0) << 24.0 << 3.6136;
    // The override wins over a wrong report (EDID says 160×90 mm).
    QTest::addRow("override beats report")
        << QSize(1920, 1080) << QSizeF(160, 90) << 32.0 << 2.7102;
    QTest::addRow("10 inch tablet 1280x800")
        << QSize(1280, 800) << QSizeF(217, 136) << 0.0 << 5.8905;
    QTest::addRow("portrait 1080x1920") << QSize(1080, 1920) << QSizeF(299, 531) << 0.0 << 3.6140;
    QTest::addRow("no size reported: 96 dpi")
        << QSize(1920, 1080) << QSizeF(0, 0) << 0.0 << 96 / 25.4;
    QTest::addRow("absurd size: 96 dpi") << QSize(1920, 1080) << QSizeF(16, 9) << 0.0 << 96 / 25.4;
    QTest::addRow("projector-sized: 96 dpi")
        << QSize(1920, 1080) << QSizeF(5000, 2800) << 0.0 << 96 / 25.4;
}

void TestTheme::pixelsPerMm()
{
    QFETCH(QSize, pixels);
    QFETCH(QSizeF, physical);
    QFETCH(double, diagonal);
    QFETCH(double, expected);
    const auto override = diagonal > 0 ? std::optional<double>(diagonal) : std::nullopt;
    const double actual = ScreenMetrics::pixelsPerMm(pixels, physical, override);
    QVERIFY2(std::abs(actual - expected) < 0.001,
             qPrintable(u"%1 px/mm, expected %2"_s.arg(actual).arg(expected)));
}

void TestTheme::pxRoundsUp()
{
    const ScreenMetrics metrics(3.5, 100);
    QCOMPARE(metrics.px(20), 70);
    QCOMPARE(metrics.px(20.1), 71); // 70.35 → 71: a minimum is never rounded down
    QCOMPARE(metrics.px(0), 0);
    QCOMPARE(metrics.mm(70), 20.0);
}

void TestTheme::textHeights_data()
{
    QTest::addColumn<double>("dpi");
    QTest::addColumn<int>("scale");
    for (const double dpi : {72.0, 92.0, 96.0, 150.0}) {
        for (const int scale : {100, 125, 150, 200})
            QTest::addRow("%d dpi at %d percent", int(dpi), scale) << dpi << scale;
    }
}

void TestTheme::textHeights()
{
    QFETCH(double, dpi);
    QFETCH(int, scale);
    const Theme theme(ThemeKind::Standard, ScreenMetrics(dpi / 25.4, scale));
    const struct
    {
        Theme::TextRole role;
        double mm;
    } targets[] = {
        {Theme::TextRole::Body, 6.5},
        {Theme::TextRole::Label, 10.0},
        {Theme::TextRole::Clock, 10.0},
    };
    for (const auto &target : targets) {
        const double capPx = QFontMetricsF(theme.font(target.role)).capHeight();
        const double capMm = theme.metrics().mm(capPx);
        const double wanted = target.mm * scale / 100.0;
        // At least the target, and not grossly more (a wrong cap ratio would show here).
        QVERIFY2(
            capMm >= wanted - 0.3 && capMm <= wanted * 1.15 + 0.5,
            qPrintable(
                u"role %1: %2 mm, wanted %3 mm"_s.arg(int(target.role)).arg(capMm).arg(wanted)));
    }
}

void TestTheme::contrast_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("standard") << int(ThemeKind::Standard);
    QTest::addRow("high-contrast") << int(ThemeKind::HighContrast);
}

void TestTheme::contrast()
{
    QFETCH(int, kind);
    const ThemePalette p = Theme::paletteFor(ThemeKind(kind));
    const struct
    {
        const char *what;
        QColor a;
        QColor b;
        double minimum;
    } pairs[] = {
        {"text on background", p.text, p.background, 7.0},
        {"text on surface", p.text, p.surface, 7.0},
        {"button text", p.accentText, p.accent, 7.0},
        {"pressed text", p.pressedText, p.pressed, 7.0},
        {"notice text", p.noticeText, p.notice, 7.0},
        {"border on background", p.border, p.background, 3.0},
        {"border on surface", p.border, p.surface, 3.0},
        {"icon on surface", p.icon, p.surface, 3.0},
        {"button on background", p.accent, p.background, 3.0},
        // Pressed must look different from not pressed at once.
        {"pressed vs surface", p.pressed, p.surface, 3.0},
    };
    for (const auto &pair : pairs) {
        const double ratio = Theme::contrastRatio(pair.a, pair.b);
        QVERIFY2(ratio >= pair.minimum,
                 qPrintable(u"%1: %2:1"_s.arg(QString::fromLatin1(pair.what)).arg(ratio)));
    }
    // The formula itself: black on white is 21:1.
    QCOMPARE(qRound(Theme::contrastRatio(Qt::black, Qt::white)), 21);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
