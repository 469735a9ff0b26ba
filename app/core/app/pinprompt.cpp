#include "pinprompt.h"

#include <QByteArray>

#include <termios.h>
#include <unistd.h>

namespace Dorfplatz {

namespace {

// The terminal's echo off while it lives, back as it was afterwards.
class EchoOff
{
public:
    explicit EchoOff(int fd)
        : m_fd(fd)
    {
        if (::isatty(fd) && ::tcgetattr(fd, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            m_active = ::tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(m_fd, TCSAFLUSH, &m_saved);
    }
    bool isActive() const { return m_active; }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    termios m_saved{};
    bool m_active = false;
};

} // namespace

PinPrompt::PinPrompt(FILE *input, FILE *prompts)
    : m_input(input)
    , m_prompts(prompts)
{}

std::optional<QString> PinPrompt::read(const QString &prompt)
{
    const bool terminal = ::isatty(::fileno(m_input));
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), m_prompts);
        std::fflush(m_prompts);
    }
    QByteArray line;
    {
        const EchoOff echoOff(::fileno(m_input));
        int c = 0;
        while ((c = std::fgetc(m_input)) != EOF && c != '\n')
            line.append(char(c));
        if (c == EOF && line.isEmpty()) {
            if (terminal)
                std::fputc('\n', m_prompts);
            return std::nullopt;
        }
    }
    // The Enter the terminal did not echo.
    if (terminal)
        std::fputc('\n', m_prompts);
    const QString pin = QString::fromLocal8Bit(line).trimmed();
    line.fill('\0');
    return pin;
}

} // namespace Dorfplatz
