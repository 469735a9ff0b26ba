#include "core/i18n/translations.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/theme.h"
#include "ui/staff/pinpad.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// The staff PIN pad, tapped as staff would: dots and never digits, OK only with 6 digits or
// more, Löschen, at most 12 digits, the keys off while the pad waits, and keys of a resident
// control's size.
class TestPinPad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void typedDigitsShowAsDots();
    void okTakesSixDigitsOrMore();
    void deleteTakesTheLastDigit();
    void atMostTwelveDigits();
    void theKeysAreOffWhileThePadWaits();
    void keysAreBigEnough();

private:
    void tap(BigButton *key);
    void typePin(const QString &digits);

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(4.0, 100)}; // 4 px per mm
    std::unique_ptr<PinPad> m_pad;
    qint64 m_ms = 0;
    Translations m_translations;
};

void TestPinPad::initTestCase()
{
    // The English texts, with their plural forms.
    QVERIFY(m_translations.install(u"en"_s));
}

void TestPinPad::init()
{
    m_pad = std::make_unique<PinPad>(m_theme);
    m_pad->resize(m_theme.px(240), m_theme.px(240));
    m_pad->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pad.get()));
}

void TestPinPad::tap(BigButton *key)
{
    QVERIFY(key->isEnabled());
    // TapButton ignores a repeat within 0.6 s: the taps here come a second apart.
    m_ms += 1000;
    key->guard().setTimeSource([this] { return std::chrono::milliseconds(m_ms); });
    QTest::mouseClick(key, Qt::LeftButton, {}, key->rect().center());
}

void TestPinPad::typePin(const QString &digits)
{
    for (const QChar c : digits)
        tap(m_pad->digitKey(c.digitValue()));
}

void TestPinPad::typedDigitsShowAsDots()
{
    QCOMPARE(m_pad->dotsText(), u"\u2013"_s);
    typePin(u"271"_s);
    QCOMPARE(m_pad->length(), 3);
    QCOMPARE(m_pad->dotsText(), u"\u25CF\u25CF\u25CF"_s);
    QVERIFY(!m_pad->dotsText().contains(u'2'));
}

void TestPinPad::okTakesSixDigitsOrMore()
{
    QSignalSpy entered(m_pad.get(), &PinPad::entered);
    typePin(u"27182"_s);
    QVERIFY(!m_pad->okKey()->isEnabled());
    typePin(u"8"_s);
    tap(m_pad->okKey());
    QCOMPARE(entered.size(), 1);
    QCOMPARE(entered.at(0).at(0).toString(), u"271828"_s);
    // Cleared for the next one.
    QCOMPARE(m_pad->length(), 0);
}

void TestPinPad::deleteTakesTheLastDigit()
{
    QVERIFY(!m_pad->deleteKey()->isEnabled());
    typePin(u"2718289"_s);
    tap(m_pad->deleteKey());
    QCOMPARE(m_pad->length(), 6);
    QSignalSpy entered(m_pad.get(), &PinPad::entered);
    tap(m_pad->okKey());
    QCOMPARE(entered.at(0).at(0).toString(), u"271828"_s);
}

void TestPinPad::atMostTwelveDigits()
{
    typePin(u"123456789012"_s);
    QCOMPARE(m_pad->length(), PinPad::maxLength);
    QVERIFY(!m_pad->digitKey(3)->isEnabled());
    QVERIFY(m_pad->okKey()->isEnabled());
}

void TestPinPad::theKeysAreOffWhileThePadWaits()
{
    typePin(u"1234"_s);
    m_pad->setWaiting(8);
    QVERIFY(m_pad->isWaiting());
    QCOMPARE(m_pad->length(), 0); // what was typed is gone
    QVERIFY(!m_pad->digitKey(1)->isEnabled());
    QVERIFY(!m_pad->okKey()->isEnabled());
    QCOMPARE(m_pad->statusText(), u"Please wait: 8 more seconds."_s);
    m_pad->setWaiting(1);
    QCOMPARE(m_pad->statusText(), u"Please wait: 1 more second."_s);
    m_pad->setWaiting(0);
    QVERIFY(m_pad->digitKey(1)->isEnabled());
    QCOMPARE(m_pad->statusText(), u"Your PIN, at least 6 digits."_s);
}

void TestPinPad::keysAreBigEnough()
{
    typePin(u"271"_s);
    // To look at: DORFPLATZ_TEST_SHOTS=/some/folder.
    if (const QString shots = qEnvironmentVariable("DORFPLATZ_TEST_SHOTS"); !shots.isEmpty())
        QVERIFY(m_pad->grab().save(shots + u"/pinpad.png"_s));
    const int minimum = m_theme.px(Theme::controlMinMm);
    const int gap = m_theme.px(Theme::gapMm);
    QList<BigButton *> keys{m_pad->deleteKey(), m_pad->okKey()};
    for (int digit = 0; digit <= 9; ++digit)
        keys.append(m_pad->digitKey(digit));
    for (const BigButton *key : keys) {
        QVERIFY2(key->width() >= minimum && key->height() >= minimum,
                 qPrintable(key->objectName()));
        for (const BigButton *other : keys) {
            if (other == key)
                continue;
            // At least the theme's gap between any two keys.
            const QRect grown = key->geometry().adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1);
            QVERIFY2(!grown.intersects(other->geometry()),
                     qPrintable(key->objectName() + u" / "_s + other->objectName()));
        }
    }
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestPinPad)
#include "tst_pinpad.moc"
