#pragma once

#include <QString>

#include <functional>
#include <vector>

class QApplication;

namespace Dorfplatz {

struct CommandLine;
class KioskShell;
class Screen;

// Every screen the kiosk can show, as steps that open it. The self-test builds and draws each
// one offscreen; the screenshot tour shows each one on the real display and saves a picture.
struct TourStep
{
    QString name; // the screen's screenName()
    std::function<void()> open;
    QString file;       // screenshot file name without ".png"; empty: the name
    int settleMs = 500; // time for the screen to come to rest before the screenshot
};

std::vector<TourStep> tourSteps(KioskShell &shell);
// A step's screen on top of the home screen, whatever was open before.
void showOverHome(KioskShell &shell, Screen *screen);

int runSelfTest(const CommandLine &options);
int runScreenshotTour(QApplication &app, const CommandLine &options);

} // namespace Dorfplatz
