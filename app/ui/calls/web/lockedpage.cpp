#include "lockedpage.h"

#include "callhostscheme.h"
#include "callprofile.h"
#include "callweblogging.h"

#include <QAuthenticator>
#include <QMetaEnum>
#include <QWebEngineCertificateError>
#include <QWebEngineClientCertificateSelection>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

bool isMediaCapture(QWebEnginePage::Feature feature)
{
    return feature == QWebEnginePage::MediaAudioCapture ||
           feature == QWebEnginePage::MediaVideoCapture ||
           feature == QWebEnginePage::MediaAudioVideoCapture;
}

QString featureName(QWebEnginePage::Feature feature)
{
    return QString::fromLatin1(QMetaEnum::fromType<QWebEnginePage::Feature>().valueToKey(feature));
}

} // namespace

LockedPage::LockedPage(CallProfile *profile, Origins allowed, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_profile(profile)
    , m_allowed(std::move(allowed))
{
    connect(this, &QWebEnginePage::featurePermissionRequested, this, &LockedPage::answerPermission);
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [this](QWebEngineFullScreenRequest request) {
                // Fullscreen inside the call view would only hide the kiosk's own "Auflegen".
                if (request.toggleOn())
                    refuse(u"fullscreen"_s, redacted(request.origin()));
                request.reject();
            });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [this](QWebEngineRegisterProtocolHandlerRequest request) {
                refuse(u"protocol handler"_s, request.scheme());
                request.reject();
            });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [this](QWebEngineFileSystemAccessRequest request) {
                refuse(u"file system"_s, redacted(request.origin()));
                request.reject();
            });
    connect(this, &QWebEnginePage::selectClientCertificate, this,
            [this](QWebEngineClientCertificateSelection selection) {
                refuse(u"client certificate"_s, redacted(selection.host()));
                selection.selectNone();
            });
    // An untouched authenticator cancels the request: no login dialog can come up.
    connect(this, &QWebEnginePage::authenticationRequired, this,
            [this](const QUrl &url, QAuthenticator *) { refuse(u"login"_s, redacted(url)); });
    connect(this, &QWebEnginePage::proxyAuthenticationRequired, this,
            [this](const QUrl &url, QAuthenticator *, const QString &) {
                refuse(u"proxy login"_s, redacted(url));
            });
    connect(this, &QWebEnginePage::certificateError, this,
            [this](const QWebEngineCertificateError &error) {
                refuse(u"certificate"_s, redacted(error.url()) + u": "_s + error.description());
                QWebEngineCertificateError rejected = error;
                rejected.rejectCertificate();
            });
    // Some pages of Chromium's own never ask acceptNavigationRequest() (view-source:, about:
    // pages it maps to chrome://): whatever shows that is not allowed goes at once.
    connect(this, &QWebEnginePage::urlChanged, this, [this](const QUrl &shown) {
        const QString scheme = shown.scheme();
        if (shown.isEmpty() || m_allowed.contains(shown) ||
            (scheme == u"about"_s && shown.path() == u"blank"_s) ||
            (!m_hostUrl.isEmpty() && shown == m_hostUrl))
            return;
        refuse(u"navigation"_s, redacted(shown));
        setUrl(QUrl(u"about:blank"_s));
    });
    // A page must not close the kiosk's only view.
    connect(this, &QWebEnginePage::windowCloseRequested, this,
            [this] { refuse(u"window close"_s, redacted(url())); });
}

LockedPage::~LockedPage() = default;

void LockedPage::showHostPage(const QString &html)
{
    m_hostUrl = m_profile->hostPages()->offer(html);
    m_hostPagePending = true;
    m_leaving = false;
    setUrl(m_hostUrl);
}

void LockedPage::empty()
{
    m_hostPagePending = false;
    m_hostUrl.clear();
    m_leaving = true;
    // The host page's own handler goes first. The room's cannot be taken from here (its frame is
    // cross-origin to the host page, on purpose): a room that asks is answered yes by
    // javaScriptConfirm() while leaving.
    runJavaScript(u"window.onbeforeunload = null; 0"_s);
    setUrl(QUrl(u"about:blank"_s));
}

QString LockedPage::redacted(const QUrl &url)
{
    if (url.scheme() == u"about"_s || url.scheme() == u"data"_s)
        return url.scheme() + u':';
    if (CallHostScheme::isHostScheme(url))
        return CallHostScheme::origin().toString();
    if (url.host().isEmpty())
        return url.scheme() + u':';
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                        QUrl::RemoveFragment | QUrl::StripTrailingSlash);
}

bool LockedPage::acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame)
{
    const QString scheme = url.scheme();
    // The host page only where showHostPage() put it, in the main frame, once: the room cannot
    // load it again (a second bridge user) or embed it (a frame of the host page's origin).
    if (isMainFrame && m_hostPagePending && url == m_hostUrl) {
        m_hostPagePending = false;
        return true;
    }
    // about:blank has no content of its own (it is where every call ends). An about:srcdoc frame
    // shows what its parent, already allowed, wrote into it. Every other about: page (about:gpu,
    // about:version, ...) is Chromium's own and tells a stranger about the machine.
    if (scheme == u"about"_s) {
        const QString page = url.path();
        if (page == u"blank"_s || (!isMainFrame && page == u"srcdoc"_s))
            return true;
    } else if (m_allowed.contains(url)) {
        return true;
    }
    const QString what = isMainFrame ? u"navigation"_s : u"frame navigation"_s;
    qCDebug(lcCallWeb).noquote() << "refused" << what
                                 << url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    refuse(what, redacted(url));
    return false;
}

QWebEnginePage *LockedPage::createWindow(WebWindowType type)
{
    refuse(u"window"_s, QString::number(int(type)));
    return nullptr;
}

QStringList LockedPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    refuse(u"file chooser"_s, redacted(url()));
    return {};
}

void LockedPage::javaScriptAlert(const QUrl &securityOrigin, const QString &)
{
    refuse(u"alert"_s, redacted(securityOrigin));
}

bool LockedPage::javaScriptConfirm(const QUrl &securityOrigin, const QString &)
{
    // WebEngine asks "leave this page?" (beforeunload) here too. Leaving, the answer is yes:
    // a "no" would keep the room, its camera and its microphone after the call.
    if (m_leaving) {
        qCInfo(lcCallWeb) << "leaving the room although it asked to stay";
        return true;
    }
    refuse(u"confirm"_s, redacted(securityOrigin));
    return false;
}

bool LockedPage::javaScriptPrompt(const QUrl &securityOrigin, const QString &, const QString &,
                                  QString *)
{
    refuse(u"prompt"_s, redacted(securityOrigin));
    return false;
}

void LockedPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                          const QString &message, int lineNumber,
                                          const QString &sourceID)
{
    // The room's own chatter is for debugging only; it may contain names, so never above debug
    // (and dorfplatz.calls.web shows debug only when asked for, callweblogging.cpp).
    qCDebug(lcCallWeb).noquote() << "console" << int(level) << sourceID << lineNumber << message;
}

void LockedPage::answerPermission(const QUrl &securityOrigin, Feature feature)
{
    if (isMediaCapture(feature) && m_allowed.contains(securityOrigin)) {
        qCInfo(lcCallWeb).noquote()
            << "granted" << featureName(feature) << "to" << redacted(securityOrigin);
        setFeaturePermission(securityOrigin, feature, PermissionGrantedByUser);
        return;
    }
    refuse(u"permission"_s, featureName(feature) + u" for "_s + redacted(securityOrigin));
    setFeaturePermission(securityOrigin, feature, PermissionDeniedByUser);
}

void LockedPage::refuse(const QString &what, const QString &detail)
{
    qCInfo(lcCallWeb).noquote() << "refused" << what << detail;
    Q_EMIT refused(what, detail);
}

} // namespace Dorfplatz
