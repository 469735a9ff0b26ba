#include "xdotool.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace Dorfplatz::Test {

XdoTool::XdoTool(const QString &display)
    : m_display(display)
{}

bool XdoTool::key(const QString &combination)
{
    return run({u"key"_s, combination});
}

bool XdoTool::click(QPoint at, int button)
{
    return run({u"mousemove"_s, QString::number(at.x()), QString::number(at.y()), u"click"_s,
                QString::number(button)});
}

bool XdoTool::doubleClick(QPoint at)
{
    return run({u"mousemove"_s, QString::number(at.x()), QString::number(at.y()), u"click"_s,
                u"--repeat"_s, u"2"_s, u"--delay"_s, u"120"_s, u"1"_s});
}

bool XdoTool::hold(QPoint at, int ms)
{
    return run({u"mousemove"_s, QString::number(at.x()), QString::number(at.y()), u"mousedown"_s,
                u"1"_s, u"sleep"_s, QString::number(ms / 1000.0, 'f', 3), u"mouseup"_s, u"1"_s});
}

bool XdoTool::move(QPoint at)
{
    return run({u"mousemove"_s, QString::number(at.x()), QString::number(at.y())});
}

bool XdoTool::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DISPLAY"_s, m_display);
    process.setProcessEnvironment(environment);
    process.start(u"xdotool"_s, arguments);
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        m_error = u"xdotool "_s + arguments.join(u' ') + u": "_s + process.errorString();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = u"xdotool "_s + arguments.join(u' ') + u": "_s +
                  QString::fromLocal8Bit(process.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace Dorfplatz::Test
