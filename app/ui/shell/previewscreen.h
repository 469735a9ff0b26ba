#pragma once

#include "core/config/kioskconfig.h"
#include "ui/kit/staffscreen.h"

#include <functional>

class QLabel;
class QStackedWidget;

namespace Dorfplatz {

class HomeScreen;

class ScreenFactory;

// "Vorschau": the residents' home screen as the guides' draft would make it, inside a staff
// screen that says it is not published. A tap on a tile opens what it would open (the station
// plays, "Was ist los?" shows the events) inside the frame; "Zurück" goes back to the preview's
// home screen, and from there out. Calls are not made from here: a call tile shows what it
// would do.
class PreviewScreen : public StaffScreen
{
    Q_OBJECT

public:
    // `open` makes the screen a tile opens for a configuration (the shell's ScreenFactory on
    // the draft); null: taps only say what they would open.
    using Opener = std::function<Screen *(const KioskConfig &config, const TileConfig &tile)>;
    PreviewScreen(const Theme &theme, KioskConfig config, Opener open = {},
                  QWidget *parent = nullptr);
    ~PreviewScreen() override;
    QString screenName() const override;

    HomeScreen *home() const { return m_home; }
    QLabel *message() const { return m_message; }
    // The screen a tile opened in the preview, or null.
    Screen *opened() const { return m_opened; }

protected:
    void goBack() override;
    void deactivated() override;

private:
    void open(const TileConfig &tile);
    void closeOpened();

    KioskConfig m_config; // the home screen keeps references into it
    Opener m_open;
    QLabel *m_message;
    QStackedWidget *m_stack;
    HomeScreen *m_home;
    Screen *m_opened = nullptr;
};

} // namespace Dorfplatz
