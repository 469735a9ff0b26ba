#include "callprofile.h"

#include "callhostscheme.h"
#include "callweblogging.h"

#include <QDir>
#include <QWebEngineCookieStore>
#include <QWebEngineDownloadRequest>
#include <QWebEngineSettings>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

void lockDown(QWebEngineSettings *settings)
{
    using S = QWebEngineSettings;
    // Audio of the others must play without a tap on the page: the resident never touches it.
    settings->setAttribute(S::PlaybackRequiresUserGesture, false);
    settings->setAttribute(S::JavascriptCanOpenWindows, false);
    settings->setAttribute(S::JavascriptCanAccessClipboard, false);
    settings->setAttribute(S::JavascriptCanPaste, false);
    settings->setAttribute(S::AllowWindowActivationFromJavaScript, false);
    settings->setAttribute(S::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(S::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(S::AllowRunningInsecureContent, false);
    settings->setAttribute(S::AllowGeolocationOnInsecureOrigins, false);
    settings->setAttribute(S::ScreenCaptureEnabled, false);
    settings->setAttribute(S::FullScreenSupportEnabled, false);
    settings->setAttribute(S::PluginsEnabled, false);
    settings->setAttribute(S::PdfViewerEnabled, false);
    settings->setAttribute(S::SpatialNavigationEnabled, false);
    settings->setAttribute(S::LinksIncludedInFocusChain, false);
    settings->setAttribute(S::HyperlinkAuditingEnabled, false);
    settings->setAttribute(S::NavigateOnDropEnabled, false);
    settings->setAttribute(S::TouchIconsEnabled, false);
    settings->setAttribute(S::DnsPrefetchEnabled, false);
    // A failed load is the engine's business (a calm sentence from the call screen), not a
    // Chromium error page with technical words and a "Reload" button.
    settings->setAttribute(S::ErrorPageEnabled, false);
    settings->setAttribute(S::ShowScrollBars, false);
    settings->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
}

// The folder an earlier Dorfplatz kept cookies, storage and cache of every call in.
void removeOldProfile(const QString &directory)
{
    QDir old(directory);
    if (directory.isEmpty() || !old.exists())
        return;
    if (old.removeRecursively())
        qCInfo(lcCallWeb) << "removed the stored call browser profile of an earlier version";
    else
        qCWarning(lcCallWeb)
            << "cannot remove the stored call browser profile of an earlier version";
}

// The scheme must be known before WebEngine starts, which the first profile does: registered
// before the base class is made. (callhostmain.cpp registers it even earlier, as Qt advises.)
QObject *afterRegisteringTheHostScheme(QObject *parent)
{
    CallHostScheme::registerScheme();
    return parent;
}

} // namespace

CallProfile::CallProfile(const QString &directory, QObject *parent)
    : QWebEngineProfile(afterRegisteringTheHostScheme(parent)) // no name: off the record
    , m_directory(directory)
    , m_hostPages(std::make_unique<CallHostScheme>())
{
    installUrlSchemeHandler(CallHostScheme::name(), m_hostPages.get());
    removeOldProfile(directory);
    setHttpCacheType(MemoryHttpCache);
    setPersistentCookiesPolicy(NoPersistentCookies);
    setSpellCheckEnabled(false);
    lockDown(settings());

    connect(this, &QWebEngineProfile::downloadRequested, this,
            [this](QWebEngineDownloadRequest *download) {
                qCInfo(lcCallWeb) << "download refused";
                const QUrl url = download->url();
                download->cancel();
                Q_EMIT downloadCancelled(url);
            });
}

CallProfile::~CallProfile()
{
    removeUrlSchemeHandler(m_hostPages.get());
}

void CallProfile::forgetCalls()
{
    // Not the HTTP cache: clearing it runs on while the next call loads and makes that load fail.
    // It is in memory only and goes with the profile (WebCallEngine::release()).
    clearAllVisitedLinks();
    cookieStore()->deleteAllCookies();
}

} // namespace Dorfplatz
