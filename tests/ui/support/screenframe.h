#pragma once

#include <QWidget>

namespace Dorfplatz {
class Clock;
class Header;
class Theme;
} // namespace Dorfplatz

namespace Dorfplatz::Test {

// The kiosk's frame around a screen under test, as MainWindow makes it: the header (its height
// budget 30 % of the frame's height) above the screen, the theme's style sheet. `homeButton`:
// whether the header shows its "Startseite" (staff screens have their own way back).
class ScreenFrame : public QWidget
{
public:
    ScreenFrame(const Theme &theme, const Clock &clock, QWidget *screen, bool homeButton,
                QSize size = {});

    Header *header() const { return m_header; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    Header *m_header;
};

} // namespace Dorfplatz::Test
