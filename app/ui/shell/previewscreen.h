#pragma once

#include "core/config/kioskconfig.h"
#include "ui/kit/staffscreen.h"

class QLabel;

namespace Dorfplatz {

class HomeScreen;

// "Vorschau": the residents' home screen as the guides' draft would make it, inside a staff
// screen that says it is not published. A tap on a tile says what it would open; nothing plays
// and nothing rings from here.
class PreviewScreen : public StaffScreen
{
    Q_OBJECT

public:
    PreviewScreen(const Theme &theme, KioskConfig config, QWidget *parent = nullptr);
    QString screenName() const override;

    HomeScreen *home() const { return m_home; }
    QLabel *message() const { return m_message; }

private:
    KioskConfig m_config; // the home screen keeps references into it
    QLabel *m_message;
    HomeScreen *m_home;
};

} // namespace Dorfplatz
