// The header clock: German date and time, one line where it fits and two where not, and a timer
// that wakes once a minute and at no other time.
#include "core/i18n/translations.h"
#include "support/fixedclock.h"
#include "ui/kit/clocklabel.h"
#include "ui/kit/theme.h"

#include <QFontMetrics>
#include <QLocale>
#include <QTest>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

class TestClockLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanFormat_data();
    void germanFormat();
    void englishFormat();
    void wrapsWhenNarrow();
    void updatesOnTheMinute();

private:
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(3.6, 100)};
};

void TestClockLabel::germanFormat_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("expected");
    QTest::addRow("afternoon") << QDateTime(QDate(2026, 11, 27), QTime(14, 5))
                               << u"Freitag, 27. November · 14:05"_s;
    QTest::addRow("morning") << QDateTime(QDate(2026, 3, 2), QTime(7, 0))
                             << u"Montag, 2. März · 07:00"_s;
}

void TestClockLabel::germanFormat()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, expected);
    Translations translations;
    QVERIFY(translations.install(u"de"_s));
    QCOMPARE(ClockLabel::format(when, QLocale(), ClockLabel::Form::Full), expected);
}

void TestClockLabel::englishFormat()
{
    Translations translations;
    QVERIFY(translations.install(u"en"_s));
    const QDateTime when(QDate(2026, 11, 27), QTime(14, 5));
    QCOMPARE(ClockLabel::format(when, QLocale(), ClockLabel::Form::Full),
             u"Friday, 27 November · 14:05"_s);
    QVERIFY(translations.install(u"de"_s));
}

void TestClockLabel::wrapsWhenNarrow()
{
    Translations translations;
    QVERIFY(translations.install(u"de"_s));
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(14, 5)));
    ClockLabel label(m_theme, clock);
    label.resize(3000, 200);
    label.show(); // a hidden widget gets its resize events only when shown
    QCOMPARE(label.text(), u"Freitag, 27. November · 14:05"_s);
    const int dateWidth = QFontMetrics(label.font()).horizontalAdvance(u"Freitag, 27. November"_s);
    label.resize(dateWidth + 10, 200);
    QCOMPARE(label.text(), u"Freitag, 27. November\n14:05"_s);
    const int shortWidth = QFontMetrics(label.font()).horizontalAdvance(u"Fr., 27. Nov. · 14:05"_s);
    label.resize(shortWidth + 2, 200);
    QCOMPARE(label.text(), u"Fr., 27. Nov. · 14:05"_s);
    label.resize(label.minimumSizeHint());
    QCOMPARE(label.text(), u"14:05"_s);
    QVERIFY(label.heightForWidth(label.width()) >= QFontMetrics(label.font()).lineSpacing());
}

void TestClockLabel::updatesOnTheMinute()
{
    Translations translations;
    QVERIFY(translations.install(u"de"_s));
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(14, 5, 59, 900)));
    ClockLabel label(m_theme, clock);
    label.resize(3000, 200);
    label.show(); // a hidden widget gets its resize events only when shown
    QVERIFY(label.text().endsWith(u"14:05"_s));
    // One single-shot timer, due just after the full minute.
    QVERIFY(label.ticker().timer().isActive());
    QVERIFY(label.ticker().timer().isSingleShot());
    QVERIFY(label.ticker().timer().interval() <= 200);
    clock.set(QDateTime(QDate(2026, 11, 27), QTime(14, 6, 0, 50)));
    QTRY_COMPARE_WITH_TIMEOUT(label.text(), u"Freitag, 27. November · 14:06"_s, 3000);
    // Re-armed for the next minute, a minute away.
    QVERIFY(label.ticker().timer().isActive());
    QVERIFY(label.ticker().timer().interval() > 59'000);
}

QTEST_MAIN(TestClockLabel)
#include "tst_clocklabel.moc"
