#pragma once

#include <QWebEngineProfile>

#include <memory>

namespace Dorfplatz {

class CallHostScheme;

// The call browser's own profile: off the record, so cookies, local storage and the HTTP cache
// live in memory only and are gone with the profile (the engine clears cookies and visited links
// after every call, and drops the whole profile after a quiet period). Nothing of
// a call is written to disk: who was called, under which name, with which token. Downloads are
// cancelled. It serves the host pages on their own origin (CallHostScheme), registering that
// scheme itself if nobody did before.
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
    // Where the host pages of this profile's calls come from.
    CallHostScheme *hostPages() const { return m_hostPages.get(); }
    // Cookies and visited links of the calls so far: gone (after every call).
    void forgetCalls();

Q_SIGNALS:
    // A download was asked for and cancelled (for tests and the log).
    void downloadCancelled(const QUrl &url);

private:
    QString m_directory;
    std::unique_ptr<CallHostScheme> m_hostPages;
};

} // namespace Dorfplatz
