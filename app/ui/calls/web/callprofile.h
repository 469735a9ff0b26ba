#pragma once

#include <QWebEngineProfile>

namespace Dorfplatz {

// The call browser's own profile: named, so cookies and storage (Jitsi remembers the chosen
// devices and the display name there) survive a restart, all of it under one folder in the
// kiosk's data directory. Downloads are cancelled; nothing a page does can leave a file behind
// anywhere else.
class CallProfile final : public QWebEngineProfile
{
    Q_OBJECT

public:
    // `directory`: <data>/webengine-profile; created if missing.
    explicit CallProfile(const QString &directory, QObject *parent = nullptr);
    ~CallProfile() override;

    QString directory() const { return m_directory; }

Q_SIGNALS:
    // A download was asked for and cancelled (for tests and the log).
    void downloadCancelled(const QUrl &url);

private:
    QString m_directory;
};

} // namespace Dorfplatz
