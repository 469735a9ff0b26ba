#pragma once

#include "ui/kit/screen.h"

class QLabel;
class QVBoxLayout;

namespace Dorfplatz {

class BigButton;
class Theme;

// The frame of every staff screen: a title on the left of a top row, "Zurück" on the right of
// it (or, on the staff home, "Fertig"), and the screen's content below. Staff screens take the
// whole window, without the residents' header: a keyboard and a form need the room on a small
// screen, and the change of look says "staff mode". Leaving goes through "Zurück" and
// "Fertig", and StaffMode ends staff mode after two minutes without a touch, so the navigator's
// own timer is held here.
class StaffScreen : public Screen
{
    Q_OBJECT

public:
    StaffScreen(const Theme &theme, const QString &title, QWidget *parent = nullptr);

    bool hasHomeButton() const override { return true; }
    bool holdsInactivity() const override { return true; }
    bool showsHeader() const override { return false; }

    QLabel *titleLabel() const { return m_title; }
    BigButton *backButton() const { return m_back; }

Q_SIGNALS:
    // Leave this screen: "Zurück" (or the text given to setBackText()) on its first step.
    void backRequested();

protected:
    // "Zurück" was tapped. A screen in steps goes a step back and calls this on its first.
    virtual void goBack() { Q_EMIT backRequested(); }
    const Theme &theme() const { return m_theme; }
    // Where the screen puts its content, below the title row.
    QVBoxLayout *content() const { return m_content; }
    void setTitle(const QString &title);
    void setBackText(const QString &text);
    // A button of staff size (12 mm and more) in the theme's look, for the screen's content.
    BigButton *staffButton(const QString &text, const QString &objectName);

private:
    const Theme &m_theme;
    QLabel *m_title;
    BigButton *m_back;
    QVBoxLayout *m_content;
};

} // namespace Dorfplatz
