#include "lockedpage.h"

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

LockedPage::LockedPage(QWebEngineProfile *profile, Origins allowed, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_allowed(std::move(allowed))
{
    connect(this, &QWebEnginePage::featurePermissionRequested, this, &LockedPage::answerPermission);
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [this](QWebEngineFullScreenRequest request) {
                // Fullscreen inside the call view would only hide the kiosk's own "Auflegen".
                if (request.toggleOn())
                    refuse(u"fullscreen"_s, request.origin().toString());
                request.reject();
            });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [this](QWebEngineRegisterProtocolHandlerRequest request) {
                refuse(u"protocol handler"_s, request.scheme());
                request.reject();
            });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [this](QWebEngineFileSystemAccessRequest request) {
                refuse(u"file system"_s, request.filePath().toString());
                request.reject();
            });
    connect(this, &QWebEnginePage::selectClientCertificate, this,
            [this](QWebEngineClientCertificateSelection selection) {
                refuse(u"client certificate"_s, selection.host().toString());
                selection.selectNone();
            });
    // An untouched authenticator cancels the request: no login dialog can come up.
    connect(this, &QWebEnginePage::authenticationRequired, this,
            [this](const QUrl &url, QAuthenticator *) { refuse(u"login"_s, url.toString()); });
    connect(this, &QWebEnginePage::proxyAuthenticationRequired, this,
            [this](const QUrl &url, QAuthenticator *, const QString &) {
                refuse(u"proxy login"_s, url.toString());
            });
    connect(this, &QWebEnginePage::certificateError, this,
            [this](const QWebEngineCertificateError &error) {
                refuse(u"certificate"_s, error.url().toString() + u": "_s + error.description());
                QWebEngineCertificateError rejected = error;
                rejected.rejectCertificate();
            });
    // A page must not close the kiosk's only view.
    connect(this, &QWebEnginePage::windowCloseRequested, this,
            [this] { refuse(u"window close"_s, url().toString()); });
}

LockedPage::~LockedPage() = default;

void LockedPage::showHostPage(const QString &html, const QUrl &origin)
{
    m_hostPagePending = true;
    setHtml(html, origin);
}

void LockedPage::empty()
{
    m_hostPagePending = false;
    setUrl(QUrl(u"about:blank"_s));
}

bool LockedPage::acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame)
{
    const QString scheme = url.scheme();
    // setHtml() arrives as a data: URL; only the one showHostPage() asked for may pass.
    if (isMainFrame && scheme == u"data"_s && m_hostPagePending) {
        m_hostPagePending = false;
        return true;
    }
    // about:blank and about:srcdoc have no content of their own and inherit the origin of
    // whoever made them.
    if (scheme == u"about"_s)
        return true;
    if (m_allowed.contains(url))
        return true;
    refuse(isMainFrame ? u"navigation"_s : u"frame navigation"_s,
           url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment));
    return false;
}

QWebEnginePage *LockedPage::createWindow(WebWindowType type)
{
    refuse(u"window"_s, QString::number(int(type)));
    return nullptr;
}

QStringList LockedPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    refuse(u"file chooser"_s, url().toString(QUrl::RemoveQuery | QUrl::RemoveFragment));
    return {};
}

void LockedPage::javaScriptAlert(const QUrl &securityOrigin, const QString &)
{
    refuse(u"alert"_s, securityOrigin.toString());
}

bool LockedPage::javaScriptConfirm(const QUrl &securityOrigin, const QString &)
{
    refuse(u"confirm"_s, securityOrigin.toString());
    return false;
}

bool LockedPage::javaScriptPrompt(const QUrl &securityOrigin, const QString &, const QString &,
                                  QString *)
{
    refuse(u"prompt"_s, securityOrigin.toString());
    return false;
}

void LockedPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                          const QString &message, int lineNumber,
                                          const QString &sourceID)
{
    // The room's own chatter is for debugging only; it may contain names, so never above debug.
    qCDebug(lcCallWeb).noquote() << "console" << int(level) << sourceID << lineNumber << message;
}

void LockedPage::answerPermission(const QUrl &securityOrigin, Feature feature)
{
    if (isMediaCapture(feature) && m_allowed.contains(securityOrigin)) {
        qCInfo(lcCallWeb) << "granted" << featureName(feature) << "to" << securityOrigin;
        setFeaturePermission(securityOrigin, feature, PermissionGrantedByUser);
        return;
    }
    refuse(u"permission"_s, featureName(feature) + u" for "_s + securityOrigin.toString());
    setFeaturePermission(securityOrigin, feature, PermissionDeniedByUser);
}

void LockedPage::refuse(const QString &what, const QString &detail)
{
    qCInfo(lcCallWeb).noquote() << "refused" << what << detail;
    Q_EMIT refused(what, detail);
}

} // namespace Dorfplatz
