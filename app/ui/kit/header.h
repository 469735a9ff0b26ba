#pragma once

#include <QWidget>

#include <climits>

class QLabel;

namespace Dorfplatz {

class BigButton;
class Clock;
class PressHold;
class ReadAloudButton;
class ClockLabel;
class Theme;

// The bar at the top of every screen: the "Startseite" button on the left (always in the same
// place, hidden on the home screen itself), the date and time, and on the right the home's name
// and a discreet notice for staff. It picks the arrangement that shows the fullest date within its
// height budget (a share of the window, so the tiles keep their room): one row, or the clock in a
// row of its own; with very large text on a small screen the home's name and then the date give
// way. Nothing is ever cut off.
class Header : public QWidget
{
    Q_OBJECT

public:
    Header(const Theme &theme, const Clock &clock, const QString &homeName,
           QWidget *parent = nullptr);

    void setHomeButtonVisible(bool visible);
    // Puts the "Vorlesen" button right of "Startseite" (whose place stays when it hides, so
    // "Vorlesen" is always in the same spot); the header takes it over. It shows itself only
    // when reading aloud is available.
    void setReadAloudButton(ReadAloudButton *button);
    ReadAloudButton *readAloudButton() const { return m_readAloudButton; }
    // Shows a small button that staff can tap for details; an empty text hides it.
    void setNotice(const QString &text);
    // The height the header should stay within, if it can (MainWindow: 30 % of its height).
    void setHeightBudget(int height);

    BigButton *homeButton() const { return m_homeButton; }
    BigButton *noticeButton() const { return m_noticeButton; }
    ClockLabel *clockLabel() const { return m_clock; }
    // The home's name (or, without one, the clock): holding it opens staff mode.
    PressHold *staffHold() const { return m_staffHold; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

Q_SIGNALS:
    void homeRequested();
    void noticeRequested();
    // The home's name was held for PressHold::defaultDuration: the way into staff mode, which
    // residents do not find by chance and which nothing on the screen announces.
    void staffRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // How "Vorlesen" is shown: with its word, as its speaker alone, or not (no room, or not
    // available). IconsOnly: "Startseite" as its house alone too, the last way to keep
    // "Vorlesen" (200 % text on a 10-inch panel).
    enum class Reading
    {
        None,
        IconsOnly,
        Compact,
        Full
    };
    struct Arrangement
    {
        QRect home;
        QRect clock;
        QRect right;
        bool showName = true;
        int clockForm = 0;    // ClockLabel::Form: lower is fuller
        int clockFullest = 0; // the ClockLabel::Form the clock may use at most
        int height = 0;
        Reading reading = Reading::None;
    };
    Arrangement arrange(int width) const;
    Arrangement arrange(int width, Reading reading) const;
    void relayout();
    QSize rightSize(int maxWidth, bool withName) const;
    // "Startseite" and "Vorlesen" beside it as `reading` says.
    QSize leftSize(Reading reading) const;

    const Theme &m_theme;
    BigButton *m_homeButton;
    ReadAloudButton *m_readAloudButton = nullptr;
    ClockLabel *m_clock;
    QWidget *m_right;
    QLabel *m_homeName;
    BigButton *m_noticeButton;
    PressHold *m_staffHold;
    bool m_hasHomeName;
    int m_heightBudget = INT_MAX;
};

} // namespace Dorfplatz
