#pragma once

#include <QWebEngineProfile>

namespace Dorfplatz {

// The call browser's own profile: off the record, so cookies, local storage and the HTTP cache
// live in memory only and are gone with the profile (the engine clears cookies and visited links
// after every call, and drops the whole profile after a quiet period). Nothing of
// a call is written to disk: who was called, under which name, with which token. Downloads are
// cancelled.
class CallProfile final : public QWebEngineProfile
{
    Q_OBJECT

public:
    // `directory`: where an earlier Dorfplatz kept its persistent profile
    // (<data>/webengine-profile); whatever is left there (cookies, storage, cache of old calls) is
    // deleted.
    explicit CallProfile(const QString &directory, QObject *parent = nullptr);
    ~CallProfile() override;

    QString directory() const { return m_directory; }
    // Cookies and visited links of the calls so far: gone (after every call).
    void forgetCalls();

Q_SIGNALS:
    // A download was asked for and cancelled (for tests and the log).
    void downloadCancelled(const QUrl &url);

private:
    QString m_directory;
};

} // namespace Dorfplatz
