#pragma once

#include <QString>

namespace Dorfplatz::Test {

// Tells whether anyone opened a file (inotify IN_OPEN): a secret a hostile playlist points at.
class OpenWatch final
{
public:
    explicit OpenWatch(const QString &path);
    ~OpenWatch();
    OpenWatch(const OpenWatch &) = delete;
    OpenWatch &operator=(const OpenWatch &) = delete;

    bool isValid() const { return m_watch >= 0; }
    // Opens since the watch began (reads the pending events without waiting).
    int opens();

private:
    int m_fd = -1;
    int m_watch = -1;
    int m_opens = 0;
};

} // namespace Dorfplatz::Test
