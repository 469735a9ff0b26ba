#include "ui/kit/bigbutton.h"
#include "ui/kit/onscreenkeyboard.h"
#include "ui/kit/theme.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// The on-screen keyboard, tapped as staff would, above a line edit and a plain text edit: what
// it types (a capital at the start, Umlaute, ß, one-shot shift, the German shifted symbols),
// that it types through real key events (maxLength, the cursor), that the editor keeps the focus,
// that a key types again soon but not on a bounce, and keys of staff size, apart and inside the
// keyboard at the widths of the kiosk's screens, in both themes.
class TestOnScreenKeyboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void typesKaffee();
    void capitalOnlyAtTheStart();
    void umlauteAndSharpS();
    void shiftIsOneShot();
    void shiftedSymbolsAreGerman();
    void spaceAndBackspace();
    void backspaceWorksAtTheCursor();
    void doneRequested();
    void maxLengthIsRespected();
    void typesIntoPlainTextEdit();
    void followsTypingOnAUsbKeyboard();
    void keysDoNotTakeTheFocus();
    void aBounceIsDroppedButNotADoubleLetter();
    void withoutTargetNothingHappens();
    void keysAreBigEnoughAndApart_data();
    void keysAreBigEnoughAndApart();

private:
    void tap(const QString &name, qint64 afterMs = 200);
    void typeWord(const QString &letters);

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(4.0, 100)}; // 4 px per mm
    Theme m_highContrast{ThemeKind::HighContrast, ScreenMetrics(4.0, 100)};
    std::unique_ptr<QWidget> m_window;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
    qint64 m_ms = 0;
};

void TestOnScreenKeyboard::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->setObjectName(u"screen"_s);
    m_window->setStyleSheet(m_theme.styleSheet());
    auto *layout = new QVBoxLayout(m_window.get());
    m_line = new QLineEdit(m_window.get());
    m_plain = new QPlainTextEdit(m_window.get());
    m_keyboard = new OnScreenKeyboard(m_theme, m_window.get());
    layout->addWidget(m_line);
    layout->addWidget(m_plain);
    layout->addWidget(m_keyboard);
    m_window->resize(1260, 780);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_line->setFocus();
    m_keyboard->setTarget(m_line);
    QCOMPARE(m_keyboard->target(), m_line);
}

void TestOnScreenKeyboard::cleanup()
{
    m_window.reset();
}

void TestOnScreenKeyboard::tap(const QString &name, qint64 afterMs)
{
    BigButton *key = m_keyboard->key(name);
    QVERIFY2(key, qPrintable(name));
    // The keys' TapGuard runs on this clock: taps come `afterMs` apart.
    m_ms += afterMs;
    key->guard().setTimeSource([this] { return std::chrono::milliseconds(m_ms); });
    QTest::mouseClick(key, Qt::LeftButton, {}, key->rect().center());
}

void TestOnScreenKeyboard::typeWord(const QString &letters)
{
    for (const QChar c : letters)
        tap(c == u' ' ? u"space"_s : QString(c));
}

void TestOnScreenKeyboard::typesKaffee()
{
    typeWord(u"kaffee"_s);
    QCOMPARE(m_line->text(), u"Kaffee"_s);
    QCOMPARE(m_line->cursorPosition(), 6);
}

void TestOnScreenKeyboard::capitalOnlyAtTheStart()
{
    // An empty field shows and types capitals, but leaves digits and ß alone.
    QCOMPARE(m_keyboard->key(u"a"_s)->text(), u"A"_s);
    QCOMPARE(m_keyboard->key(u"1"_s)->text(), u"1"_s);
    QCOMPARE(m_keyboard->key(u"ß"_s)->text(), u"ß"_s);
    QVERIFY(!m_keyboard->isShifted());
    tap(u"t"_s);
    QCOMPARE(m_keyboard->key(u"a"_s)->text(), u"a"_s);
    typeWord(u"ee"_s);
    QCOMPARE(m_line->text(), u"Tee"_s);

    m_line->clear();
    QCOMPARE(m_keyboard->key(u"a"_s)->text(), u"A"_s);
    tap(u"1"_s);
    QCOMPARE(m_line->text(), u"1"_s);
    tap(u"a"_s);
    QCOMPARE(m_line->text(), u"1a"_s);
}

void TestOnScreenKeyboard::umlauteAndSharpS()
{
    typeWord(u"üöäß"_s);
    QCOMPARE(m_line->text(), u"Üöäß"_s);
    typeWord(u" übermäßig"_s);
    QCOMPARE(m_line->text(), u"Üöäß übermäßig"_s);
}

void TestOnScreenKeyboard::shiftIsOneShot()
{
    typeWord(u"sitz"_s);
    tap(u"shift"_s);
    QVERIFY(m_keyboard->isShifted());
    // The keys show what they will type.
    QCOMPARE(m_keyboard->key(u"g"_s)->text(), u"G"_s);
    QCOMPARE(m_keyboard->key(u"ü"_s)->text(), u"Ü"_s);
    QCOMPARE(m_keyboard->key(u"1"_s)->text(), u"!"_s);
    typeWord(u"gy"_s);
    QCOMPARE(m_line->text(), u"SitzGy"_s);
    QVERIFY(!m_keyboard->isShifted());
    QCOMPARE(m_keyboard->key(u"g"_s)->text(), u"g"_s);

    // A second tap takes shift back.
    tap(u"shift"_s, 1000);
    QVERIFY(m_keyboard->isShifted());
    tap(u"shift"_s, 1000);
    QVERIFY(!m_keyboard->isShifted());
    QCOMPARE(m_keyboard->key(u"m"_s)->text(), u"m"_s);
    tap(u"m"_s);
    QCOMPARE(m_line->text(), u"SitzGym"_s);
}

void TestOnScreenKeyboard::shiftedSymbolsAreGerman()
{
    const QString plain = u"1234567890ß,.-"_s;
    for (const QChar c : plain) {
        tap(u"shift"_s, 1000);
        tap(QString(c));
    }
    QCOMPARE(m_line->text(), u"!\"§$%&/()=?;:_"_s);
    typeWord(plain);
    QCOMPARE(m_line->text(), u"!\"§$%&/()=?;:_"_s + plain);
}

void TestOnScreenKeyboard::spaceAndBackspace()
{
    typeWord(u"tee mit"_s);
    QCOMPARE(m_line->text(), u"Tee mit"_s);
    for (int i = 0; i < 4; ++i)
        tap(u"backspace"_s);
    QCOMPARE(m_line->text(), u"Tee"_s);
    for (int i = 0; i < 3; ++i)
        tap(u"backspace"_s);
    QCOMPARE(m_line->text(), QString());
    // Empty again: a capital again.
    QCOMPARE(m_keyboard->key(u"k"_s)->text(), u"K"_s);
    tap(u"backspace"_s);
    QCOMPARE(m_line->text(), QString());
}

void TestOnScreenKeyboard::backspaceWorksAtTheCursor()
{
    m_line->setText(u"Kafffee"_s);
    m_line->setCursorPosition(3);
    tap(u"backspace"_s);
    QCOMPARE(m_line->text(), u"Kaffee"_s);
    QCOMPARE(m_line->cursorPosition(), 2);
    // At the start of a filled field the next letter is a capital too (a word put in front).
    m_line->setCursorPosition(0);
    QCOMPARE(m_keyboard->key(u"z"_s)->text(), u"Z"_s);
    typeWord(u"zum "_s);
    QCOMPARE(m_line->text(), u"Zum Kaffee"_s);
}

void TestOnScreenKeyboard::doneRequested()
{
    QCOMPARE(m_keyboard->key(u"done"_s)->text(), u"Done"_s);
    QSignalSpy done(m_keyboard, &OnScreenKeyboard::doneRequested);
    typeWord(u"tee"_s);
    tap(u"shift"_s);
    tap(u"done"_s);
    QCOMPARE(done.size(), 1);
    QCOMPARE(m_line->text(), u"Tee"_s);
    QVERIFY(!m_keyboard->isShifted());
}

void TestOnScreenKeyboard::maxLengthIsRespected()
{
    m_line->setMaxLength(4);
    typeWord(u"kaffee"_s);
    QCOMPARE(m_line->text(), u"Kaff"_s);
}

void TestOnScreenKeyboard::typesIntoPlainTextEdit()
{
    m_plain->setFocus();
    m_keyboard->setTarget(m_plain);
    QCOMPARE(m_keyboard->key(u"b"_s)->text(), u"B"_s);
    typeWord(u"bitte um "_s);
    tap(u"1"_s);
    tap(u"4"_s);
    tap(u"backspace"_s);
    tap(u"5"_s);
    QCOMPARE(m_plain->toPlainText(), u"Bitte um 15"_s);
    QCOMPARE(m_line->text(), QString());
    QCOMPARE(QApplication::focusWidget(), m_plain);
    // A new line starts with a capital too.
    m_plain->appendPlainText(QString());
    m_plain->moveCursor(QTextCursor::End);
    QCOMPARE(m_keyboard->key(u"d"_s)->text(), u"D"_s);
    typeWord(u"danke"_s);
    QCOMPARE(m_plain->toPlainText(), u"Bitte um 15\nDanke"_s);
}

void TestOnScreenKeyboard::followsTypingOnAUsbKeyboard()
{
    QTest::keyClicks(m_line, u"Te"_s);
    QCOMPARE(m_keyboard->key(u"e"_s)->text(), u"e"_s);
    typeWord(u"e"_s);
    QCOMPARE(m_line->text(), u"Tee"_s);
    m_line->selectAll();
    QTest::keyClick(m_line, Qt::Key_Backspace);
    QCOMPARE(m_line->text(), QString());
    QCOMPARE(m_keyboard->key(u"e"_s)->text(), u"E"_s);
}

void TestOnScreenKeyboard::keysDoNotTakeTheFocus()
{
    QCOMPARE(QApplication::focusWidget(), m_line);
    typeWord(u"ab c"_s);
    tap(u"shift"_s);
    tap(u"backspace"_s);
    tap(u"done"_s);
    QCOMPARE(QApplication::focusWidget(), m_line);
    QCOMPARE(m_keyboard->focusPolicy(), Qt::NoFocus);
    const QList<BigButton *> keys = m_keyboard->keys();
    QCOMPARE(keys.size(), 47);
    for (const BigButton *key : keys)
        QVERIFY2(key->focusPolicy() == Qt::NoFocus, qPrintable(key->objectName()));
}

void TestOnScreenKeyboard::aBounceIsDroppedButNotADoubleLetter()
{
    tap(u"t"_s);
    tap(u"e"_s);
    // A finger that bounces on the key: one letter.
    tap(u"e"_s, 30);
    QCOMPARE(m_line->text(), u"Te"_s);
    // A quick, deliberate second tap (a repeat TapButton's 0.6 s would drop): a second letter.
    tap(u"e"_s, OnScreenKeyboard::keyRepeatInterval.count() + 50);
    QCOMPARE(m_line->text(), u"Tee"_s);
    // "Fertig" keeps the full guard: a double tap does not also leave the next screen.
    QSignalSpy done(m_keyboard, &OnScreenKeyboard::doneRequested);
    tap(u"done"_s);
    tap(u"done"_s, 300);
    QCOMPARE(done.size(), 1);
}

void TestOnScreenKeyboard::withoutTargetNothingHappens()
{
    m_keyboard->setTarget(nullptr);
    QCOMPARE(m_keyboard->target(), nullptr);
    typeWord(u"ab"_s);
    QCOMPARE(m_line->text(), QString());
    // A target that goes away is forgotten.
    auto *edit = new QLineEdit(m_window.get());
    m_keyboard->setTarget(edit);
    typeWord(u"x"_s);
    QCOMPARE(edit->text(), u"X"_s);
    delete edit;
    QCOMPARE(m_keyboard->target(), nullptr);
    typeWord(u"y"_s);
    QCOMPARE(m_line->text(), QString());
}

void TestOnScreenKeyboard::keysAreBigEnoughAndApart_data()
{
    QTest::addColumn<int>("width"); // 0: the keyboard's minimumSizeHint
    QTest::addColumn<bool>("highContrast");
    for (const bool highContrast : {false, true}) {
        const char *theme = highContrast ? "high-contrast" : "standard";
        QTest::addRow("1920x1080 %s", theme) << 1900 << highContrast;
        QTest::addRow("1280x800 %s", theme) << 1260 << highContrast;
        QTest::addRow("1024x600 %s", theme) << 1004 << highContrast;
        QTest::addRow("minimum %s", theme) << 0 << highContrast;
    }
}

void TestOnScreenKeyboard::keysAreBigEnoughAndApart()
{
    QFETCH(int, width);
    QFETCH(bool, highContrast);
    const Theme &theme = highContrast ? m_highContrast : m_theme;
    QWidget screen;
    screen.setObjectName(u"screen"_s);
    screen.setStyleSheet(theme.styleSheet());
    OnScreenKeyboard keyboard(theme, &screen);
    if (width == 0)
        width = keyboard.minimumSizeHint().width();
    QVERIFY2(keyboard.sizeHint().width() >= keyboard.minimumSizeHint().width(),
             qPrintable(u"%1 < %2 (Delete: %3, w: %4)"_s.arg(keyboard.sizeHint().width())
                            .arg(keyboard.minimumSizeHint().width())
                            .arg(keyboard.key(u"backspace"_s)->sizeHint().width())
                            .arg(keyboard.key(u"w"_s)->sizeHint().width())));
    QCOMPARE(keyboard.sizeHint().height(), keyboard.heightForWidth(keyboard.sizeHint().width()));
    keyboard.setGeometry(0, 0, width, keyboard.heightForWidth(width));
    screen.resize(keyboard.size());
    screen.show();
    QVERIFY(QTest::qWaitForWindowExposed(&screen));

    // To look at: DORFPLATZ_TEST_SHOTS=/some/folder.
    if (const QString shots = qEnvironmentVariable("DORFPLATZ_TEST_SHOTS"); !shots.isEmpty()) {
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QVERIFY(screen.grab().save(shots + u"/keyboard-"_s + name + u".png"_s));
        keyboard.key(u"shift"_s)->click();
        QVERIFY(screen.grab().save(shots + u"/keyboard-"_s + name + u"-shift.png"_s));
        keyboard.key(u"shift"_s)->click();
    }

    const int minimum = theme.px(Theme::staffControlMinMm);
    const int apart = theme.px(4.0);
    const QList<BigButton *> keys = keyboard.keys();
    int bottom = 0;
    for (const BigButton *key : keys) {
        const QString name = key->objectName();
        QVERIFY2(key->isVisible(), qPrintable(name));
        QVERIFY2(key->isStaffControl(), qPrintable(name));
        QVERIFY2(key->width() >= minimum && key->height() >= minimum, qPrintable(name));
        QVERIFY2(keyboard.rect().contains(key->geometry()), qPrintable(name));
        // Its text fits as BigButton wants it (shifted or not, see below): BigButton centres
        // it and would cut both ends.
        QVERIFY2(key->sizeHint().width() <= key->width(), qPrintable(name));
        QVERIFY2(key->sizeHint().height() <= key->height(), qPrintable(name));
        bottom = std::max(bottom, key->geometry().bottom());
        for (const BigButton *other : keys) {
            if (other == key)
                continue;
            const QRect grown =
                key->geometry().adjusted(-apart + 1, -apart + 1, apart - 1, apart - 1);
            QVERIFY2(!grown.intersects(other->geometry()),
                     qPrintable(name + u" / "_s + other->objectName()));
        }
    }
    keyboard.key(u"shift"_s)->click();
    QVERIFY(keyboard.isShifted());
    QCOMPARE(keyboard.key(u"shift"_s)->text(), u"\u2B06"_s);
    QCOMPARE(keyboard.key(u"w"_s)->text(), u"W"_s);
    for (const BigButton *key : keys)
        QVERIFY2(key->sizeHint().width() <= key->width(), qPrintable(key->text()));
    // The keys fill the height the keyboard asked for, and most of its width.
    QCOMPARE(bottom, keyboard.height() - 1);
    const QRect spread = keyboard.childrenRect();
    QVERIFY2(spread.width() > width - theme.px(Theme::staffControlMinMm) / 2,
             qPrintable(QString::number(spread.width())));
    // The space bar is the widest key (at the minimum width it gives way to "Löschen").
    if (width >= 1000) {
        for (const BigButton *key : keys)
            QVERIFY(key->width() <= keyboard.key(u"space"_s)->width());
    }
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestOnScreenKeyboard)
#include "tst_onscreenkeyboard.moc"
