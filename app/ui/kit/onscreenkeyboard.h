#pragma once

// Not Qt Virtual Keyboard: Debian 12 has it (qt6-virtualkeyboard-plugin 6.4.2, checked with
// apt-cache, not installed), but its Qt 6.4 deployment guide gives a Qt Widgets application only
// the "desktop" integration, a QML InputPanel in a top-level window of its own, which a Wayland
// client cannot place below its text field under cage and which StrayWindowGuard would close.
// Its keys are sized and coloured by its QML style, not by our Theme (12 mm keys, 4 mm gaps, high
// contrast), and it pulls in Qt Quick; so the kiosk draws its own keyboard inside its window.

#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <chrono>

namespace Dorfplatz {

class BigButton;
class Theme;

// A German (QWERTZ, with Umlaute and ß) keyboard on the screen, for the few text fields of staff
// and guide screens (a session's title, a note). It types into a target widget by sending it real
// key events, so a QLineEdit's maximum length, validator and cursor behave exactly as with a USB
// keyboard, which keeps working beside it. The keys never take the focus from the target.
//
// Shift is one-shot: it turns the next character into a capital (or the symbol above a digit or
// a punctuation mark, as on a German keyboard) and drops back. A letter typed into an empty field
// (or an empty line of a multi-line one) is a capital by itself, because titles start with one.
// The keys show what they will type.
//
// The keys fill the width the keyboard is given (11 across, at least 12 mm each and the theme's
// gap apart); their height grows with the width up to a comfortable size, see heightForWidth().
class OnScreenKeyboard : public QWidget
{
    Q_OBJECT

public:
    // How soon the same key may type again. TapButton's 0.6 s against a trembling double tap
    // would drop the second letter of "Kaffee"; a bounce of a finger lasts well under 0.1 s,
    // while two deliberate taps on one key come 0.15 s or more apart.
    static constexpr std::chrono::milliseconds keyRepeatInterval{100};

    explicit OnScreenKeyboard(const Theme &theme, QWidget *parent = nullptr);

    // The widget the keys type into: a QLineEdit, a QPlainTextEdit or any widget that takes key
    // events. Null: none, the keys do nothing.
    void setTarget(QWidget *editor);
    QWidget *target() const { return m_target; }

    // A key by name, for tests and the screenshot tour: its unshifted character ("a", "ß", "1",
    // ","), or "shift", "space", "backspace", "done". Null for an unknown name.
    BigButton *key(const QString &name) const;
    QList<BigButton *> keys() const;

    // Whether the next character will be shifted by a tap on shift (not by an empty field).
    bool isShifted() const { return m_shift; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // "Fertig".
    void doneRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct CharacterKey
    {
        BigButton *button;
        QString plain;
        QString shifted;
        bool letter; // capitalised in an empty field (not ß: its shifted character is "?")
    };

    BigButton *addKey(const QString &text, const QString &name);
    void type(const CharacterKey &key);
    void sendKey(int key, const QString &text, Qt::KeyboardModifiers modifiers);
    bool atStartOfText() const;
    // The keys' texts after shift, a typed character or a change in the target.
    void refresh();

    void measureKeys();
    int columnWidth(int width) const;
    int keyHeight(int width) const;
    // The width of "Löschen" and "Fertig" at a column width.
    int wideKeyWidth(int column) const;
    void placeKeys();

    const Theme &m_theme;
    QList<CharacterKey> m_characters;
    BigButton *m_shiftKey;
    BigButton *m_space;
    BigButton *m_backspace;
    BigButton *m_done;
    QPointer<QWidget> m_target;
    QMetaObject::Connection m_targetChanged;
    bool m_shift = false;
    int m_narrowestColumn = 0; // the widest character key's sizeHint, shifted or not
    int m_lowestKey = 0;       // the highest sizeHint of a character key
};

} // namespace Dorfplatz
