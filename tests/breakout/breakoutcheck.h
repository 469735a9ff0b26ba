#pragma once

#include "filesnapshot.h"

#include <QString>
#include <QStringList>

namespace Dorfplatz::Test {

class KioskProcess;
class NotifySocket;
class XDisplay;

// What every attempt must leave as it was: (a) the kiosk's window is the only one on the
// glass, and it covers the screen; (b) nothing was written outside the data folder (the fake
// home, the scratch TMPDIR, the configuration); (c) the kiosk still answers: it runs, its window
// is mapped, and, once it sends sd_notify pings, its event loop pinged the watchdog twice after
// the attempt.
class BreakoutCheck final
{
public:
    BreakoutCheck(const XDisplay &display, const KioskProcess &kiosk, const NotifySocket &notify);

    // The folders of (b), and the folders inside them the kiosk may write (its data folder).
    void setWatched(const QStringList &roots, const QStringList &ignored);
    // What (b) compares with: call before the kiosk starts.
    void takeBaseline();

    QString windowProblem() const;
    QStringList fileChanges() const;
    // Waits (at most timeoutMs) for two watchdog pings when the kiosk sends them.
    QString answerProblem(int timeoutMs) const;
    // All three; empty when the attempt was fended off.
    QStringList problems(int timeoutMs = 5000) const;

    // Whether this kiosk sent READY=1: then (c) needs its watchdog pings, not only a window.
    bool notifies() const;

private:
    const XDisplay &m_display;
    const KioskProcess &m_kiosk;
    const NotifySocket &m_notify;
    QStringList m_roots;
    QStringList m_ignored;
    FileSnapshot m_baseline;
};

} // namespace Dorfplatz::Test
