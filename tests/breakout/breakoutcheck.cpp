#include "breakoutcheck.h"

#include "kioskprocess.h"
#include "notifysocket.h"
#include "xdisplay.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz::Test {

BreakoutCheck::BreakoutCheck(const XDisplay &display, const KioskProcess &kiosk,
                             const NotifySocket &notify)
    : m_display(display)
    , m_kiosk(kiosk)
    , m_notify(notify)
{}

void BreakoutCheck::setWatched(const QStringList &roots, const QStringList &ignored)
{
    m_roots = roots;
    m_ignored = ignored;
}

void BreakoutCheck::takeBaseline()
{
    m_baseline = FileSnapshot::take(m_roots, m_ignored);
}

QString BreakoutCheck::windowProblem() const
{
    const QList<XDisplay::Window> windows = m_display.visibleTopLevels();
    const QRect screen(QPoint(0, 0), m_display.size());
    QStringList seen;
    bool kioskSeen = false;
    for (const XDisplay::Window &window : windows) {
        const bool isKiosk = window.pid == m_kiosk.pid() && window.geometry == screen &&
                             !window.overrideRedirect && !kioskSeen;
        kioskSeen = kioskSeen || isKiosk;
        seen.append(u"0x%1 pid %2 \"%3\" %4,%5 %6x%7%8"_s.arg(window.id, 0, 16)
                        .arg(window.pid)
                        .arg(window.name)
                        .arg(window.geometry.x())
                        .arg(window.geometry.y())
                        .arg(window.geometry.width())
                        .arg(window.geometry.height())
                        .arg(window.overrideRedirect ? u" popup"_s : QString()));
    }
    if (kioskSeen && windows.size() == 1)
        return {};
    return u"(a) visible windows: "_s + (seen.isEmpty() ? u"none"_s : seen.join(u"; "_s)) +
           u" (kiosk pid %1)"_s.arg(m_kiosk.pid());
}

QStringList BreakoutCheck::fileChanges() const
{
    return FileSnapshot::take(m_roots, m_ignored).changesSince(m_baseline);
}

bool BreakoutCheck::notifies() const
{
    return m_notify.readyCount() > 0;
}

QString BreakoutCheck::answerProblem(int timeoutMs) const
{
    if (!m_kiosk.isRunning())
        return u"(c) the kiosk is gone: "_s + m_kiosk.endState();
    if (!notifies())
        return {}; // no sd_notify yet: the window check (a) is all there is
    const int before = m_notify.watchdogCount();
    if (!QTest::qWaitFor([&] { return m_notify.watchdogCount() >= before + 2; }, timeoutMs))
        return u"(c) no watchdog ping for %1 ms: the kiosk's event loop hangs"_s.arg(timeoutMs);
    return {};
}

QStringList BreakoutCheck::problems(int timeoutMs) const
{
    QStringList found;
    // The pings first: they prove the kiosk handled what the attempt set off before (a) looks.
    if (const QString answer = answerProblem(timeoutMs); !answer.isEmpty())
        found.append(answer);
    if (const QString windows = windowProblem(); !windows.isEmpty())
        found.append(windows);
    const QStringList files = fileChanges();
    if (!files.isEmpty())
        found.append(u"(b) written outside the data folder: "_s + files.mid(0, 8).join(u", "_s));
    return found;
}

} // namespace Dorfplatz::Test
