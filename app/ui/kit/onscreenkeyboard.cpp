#include "onscreenkeyboard.h"

#include "ui/kit/bigbutton.h"
#include "ui/kit/theme.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int columns = 11;
constexpr int rows = 5;
// The character rows: what a key types, and what it types shifted (German layout).
struct Row
{
    QStringView plain;
    QStringView shifted;
};
constexpr Row characterRows[] = {
    {u"1234567890ß", u"!\"§$%&/()=?"},
    {u"qwertzuiopü", u"QWERTZUIOPÜ"},
    {u"asdfghjklöä", u"ASDFGHJKLÖÄ"},
    {u"yxcvbnm,.-", u"YXCVBNM;:_"}, // after shift, in the first column
};
// Keys grow with the keyboard's width up to this height: more would leave little room above the
// keyboard on a landscape screen.
constexpr double comfortableKeyMm = 16.0;
// The width a column likes to have when nothing else decides.
constexpr double preferredColumnMm = 20.0;
// Shift off and on: an outlined and a filled arrow, as on a telephone.
constexpr QStringView shiftOff = u"\u21E7"; // ⇧
constexpr QStringView shiftOn = u"\u2B06";  // ⬆

// Qt's key code for a character, as a USB keyboard reports it: Latin-1 keys carry the code of
// their capital (Qt::Key_A for "a" and "A", Qt::Key_Adiaeresis for "ä", Qt::Key_ssharp for "ß").
int keyCode(QChar character)
{
    return character.toUpper().unicode();
}

} // namespace

OnScreenKeyboard::OnScreenKeyboard(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
{
    setFocusPolicy(Qt::NoFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);

    for (const Row &row : characterRows) {
        for (qsizetype i = 0; i < row.plain.size(); ++i) {
            const QString plain = row.plain.at(i);
            const QString shifted = row.shifted.at(i);
            const bool letter = row.plain.at(i).isLetter() && shifted == plain.toUpper();
            m_characters.append({addKey(plain, plain), plain, shifted, letter});
        }
    }
    m_shiftKey = addKey(shiftOff.toString(), u"shift"_s);
    m_shiftKey->setAccessibleName(tr("Capital letter"));
    m_space = addKey(tr("Space"), u"space"_s);
    m_backspace = addKey(tr("Delete"), u"backspace"_s);
    m_done = addKey(tr("Done"), u"done"_s);

    for (const CharacterKey &key : std::as_const(m_characters))
        connect(key.button, &BigButton::clicked, this, [this, key] { type(key); });
    connect(m_shiftKey, &BigButton::clicked, this, [this] {
        m_shift = !m_shift;
        refresh();
    });
    connect(m_space, &BigButton::clicked, this,
            [this] { sendKey(Qt::Key_Space, u" "_s, Qt::NoModifier); });
    connect(m_backspace, &BigButton::clicked, this,
            [this] { sendKey(Qt::Key_Backspace, {}, Qt::NoModifier); });
    connect(m_done, &BigButton::clicked, this, [this] {
        m_shift = false;
        refresh();
        Q_EMIT doneRequested();
    });

    // Shift and "Fertig" keep TapButton's guard: a double tap on shift would take it back, and a
    // second "Fertig" would land on the next screen. Typing keys get a short one (see
    // keyRepeatInterval).
    for (const CharacterKey &key : std::as_const(m_characters))
        key.button->guard() = TapGuard(keyRepeatInterval);
    m_space->guard() = TapGuard(keyRepeatInterval);
    m_backspace->guard() = TapGuard(keyRepeatInterval);

    measureKeys();
    refresh();
}

BigButton *OnScreenKeyboard::addKey(const QString &text, const QString &name)
{
    auto *key = new BigButton(m_theme, text, {}, BigButton::Style::Accent, this);
    key->setStaffControl(true);
    key->setObjectName(name);
    return key;
}

BigButton *OnScreenKeyboard::key(const QString &name) const
{
    for (BigButton *button : keys()) {
        if (button->objectName() == name)
            return button;
    }
    return nullptr;
}

QList<BigButton *> OnScreenKeyboard::keys() const
{
    QList<BigButton *> result;
    for (const CharacterKey &key : m_characters)
        result.append(key.button);
    result << m_shiftKey << m_space << m_backspace << m_done;
    return result;
}

void OnScreenKeyboard::setTarget(QWidget *editor)
{
    if (editor == m_target)
        return;
    disconnect(m_targetChanged);
    m_target = editor;
    m_shift = false;
    // Typing on a USB keyboard, or the screen filling the field, changes whether the next letter
    // is a capital.
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        m_targetChanged =
            connect(line, &QLineEdit::cursorPositionChanged, this, &OnScreenKeyboard::refresh);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        m_targetChanged = connect(plain, &QPlainTextEdit::cursorPositionChanged, this,
                                  &OnScreenKeyboard::refresh);
    refresh();
}

void OnScreenKeyboard::type(const CharacterKey &key)
{
    const bool shifted = m_shift || (key.letter && atStartOfText());
    const QString text = shifted ? key.shifted : key.plain;
    m_shift = false;
    sendKey(keyCode(text.at(0)), text, shifted ? Qt::ShiftModifier : Qt::NoModifier);
    refresh();
}

void OnScreenKeyboard::sendKey(int key, const QString &text, Qt::KeyboardModifiers modifiers)
{
    if (!m_target)
        return;
    // Straight to the target, as the focus widget gets a USB keyboard's keys: no shortcut of the
    // window sees them.
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QCoreApplication::sendEvent(m_target, &press);
    if (!m_target)
        return;
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QCoreApplication::sendEvent(m_target, &release);
}

bool OnScreenKeyboard::atStartOfText() const
{
    // Addresses, room names and passwords are typed as they are.
    if (!m_target || m_target->inputMethodHints().testFlag(Qt::ImhNoAutoUppercase))
        return false;
    // The text before the cursor (a multi-line editor gives earlier paragraphs too); invalid for
    // a widget that does not say, which then gets no automatic capital.
    const QVariant query = m_target->inputMethodQuery(Qt::ImTextBeforeCursor);
    if (!query.isValid())
        return false;
    const QString before = query.toString();
    return before.isEmpty() || before.endsWith(u'\n') ||
           before.endsWith(QChar::ParagraphSeparator) || before.endsWith(QChar::LineSeparator);
}

void OnScreenKeyboard::refresh()
{
    const bool start = atStartOfText();
    // Shift shows that it is on by its arrow, the letters by capitals. Not a checkable BigButton:
    // its check mark would make the key wider than a column.
    m_shiftKey->setText((m_shift ? shiftOn : shiftOff).toString());
    for (const CharacterKey &key : std::as_const(m_characters)) {
        const QString text = m_shift || (key.letter && start) ? key.shifted : key.plain;
        if (key.button->text() != text) {
            key.button->setText(text);
            key.button->setAccessibleName(text);
        }
    }
}

void OnScreenKeyboard::measureKeys()
{
    // Once: the theme does not change under a widget. Each character key in both of its looks
    // ("w" and "W", "5" and "%"), as BigButton would like to have it.
    for (const CharacterKey &key : std::as_const(m_characters)) {
        for (const QString &text : {key.shifted, key.plain}) {
            key.button->setText(text);
            m_narrowestColumn = std::max(m_narrowestColumn, key.button->sizeHint().width());
            m_lowestKey = std::max(m_lowestKey, key.button->sizeHint().height());
        }
    }
    for (const QStringView text : {shiftOn, shiftOff}) {
        m_shiftKey->setText(text.toString());
        m_narrowestColumn = std::max(m_narrowestColumn, m_shiftKey->sizeHint().width());
    }
}

int OnScreenKeyboard::columnWidth(int width) const
{
    const int gap = m_theme.px(Theme::gapMm);
    return std::max(m_narrowestColumn, (width - (columns - 1) * gap) / columns);
}

int OnScreenKeyboard::keyHeight(int width) const
{
    // Keys grow with the width up to a comfortable height, and are never lower than BigButton
    // wants them for their text (a large text scale).
    const int grown = std::clamp(columnWidth(width), m_theme.px(Theme::staffControlMinMm),
                                 m_theme.px(comfortableKeyMm));
    return std::max(grown, m_lowestKey);
}

int OnScreenKeyboard::wideKeyWidth(int column) const
{
    const int gap = m_theme.px(Theme::gapMm);
    return std::max(
        {2 * column + gap, m_backspace->sizeHint().width(), m_done->sizeHint().width()});
}

int OnScreenKeyboard::heightForWidth(int width) const
{
    return rows * keyHeight(width) + (rows - 1) * m_theme.px(Theme::gapMm);
}

QSize OnScreenKeyboard::sizeHint() const
{
    const int gap = m_theme.px(Theme::gapMm);
    const int width = columns * m_theme.px(preferredColumnMm) + (columns - 1) * gap;
    return {width, heightForWidth(width)};
}

QSize OnScreenKeyboard::minimumSizeHint() const
{
    const int gap = m_theme.px(Theme::gapMm);
    const int column = m_narrowestColumn;
    // Eleven columns, and a space bar of three beside "Löschen" and "Fertig".
    const int width = std::max(columns * column + (columns - 1) * gap,
                               3 * column + 2 * gap + 2 * (wideKeyWidth(column) + gap));
    return {width, heightForWidth(width)};
}

void OnScreenKeyboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeKeys();
}

void OnScreenKeyboard::placeKeys()
{
    const int gap = m_theme.px(Theme::gapMm);
    const int column = columnWidth(width());
    const int height = keyHeight(width());
    const int rowWidth = columns * column + (columns - 1) * gap;
    // What the whole columns leave over goes to both sides, so the rows stay centred.
    const int left = std::max(0, (width() - rowWidth) / 2);
    const auto x = [&](int col) { return left + col * (column + gap); };
    const auto y = [&](int row) { return row * (height + gap); };

    for (qsizetype i = 0; i < m_characters.size(); ++i) {
        // Three full rows, then the fourth after shift.
        const int row = int(std::min<qsizetype>(i / columns, 3));
        const int col = row < 3 ? int(i % columns) : int(i - 3 * columns + 1);
        m_characters.at(i).button->setGeometry(x(col), y(row), column, height);
    }
    m_shiftKey->setGeometry(x(0), y(3), column, height);

    // Space, "Löschen", "Fertig": the two at the right as wide as their words need.
    const int wide = wideKeyWidth(column);
    const int right = x(0) + rowWidth;
    m_done->setGeometry(right - wide, y(4), wide, height);
    m_backspace->setGeometry(right - 2 * wide - gap, y(4), wide, height);
    m_space->setGeometry(x(0), y(4), std::max(column, m_backspace->x() - gap - x(0)), height);
}

} // namespace Dorfplatz
