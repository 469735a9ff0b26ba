#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace Dorfplatz {

class BigButton;
class OnScreenKeyboard;
class Theme;

// One line of text typed on the on-screen keyboard, for a page of a staff or guide screen: what
// is asked above, the field with "Übernehmen" beside it, the keyboard below. "Übernehmen", the
// keyboard's "Fertig" and Return all accept; the text comes trimmed.
class TextEntry : public QWidget
{
    Q_OBJECT

public:
    TextEntry(const Theme &theme, const QString &objectName, int maxLength,
              QWidget *parent = nullptr);

    // Shows the field with `text` and the question `prompt`, ready to type.
    void ask(const QString &prompt, const QString &text);

    QLineEdit *field() const { return m_field; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    BigButton *acceptButton() const { return m_accept; }

Q_SIGNALS:
    void accepted(const QString &text);

private:
    void accept();

    QLabel *m_prompt;
    QLineEdit *m_field;
    BigButton *m_accept;
    OnScreenKeyboard *m_keyboard;
};

} // namespace Dorfplatz
