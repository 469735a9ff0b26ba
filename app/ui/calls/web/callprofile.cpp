#include "callprofile.h"

#include "callweblogging.h"

#include <QDir>
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

} // namespace

CallProfile::CallProfile(const QString &directory, QObject *parent)
    : QWebEngineProfile(u"dorfplatz-calls"_s, parent)
    , m_directory(directory)
{
    QDir().mkpath(directory);
    setPersistentStoragePath(directory);
    setCachePath(QDir(directory).filePath(u"cache"_s));
    setHttpCacheType(DiskHttpCache);
    setPersistentCookiesPolicy(ForcePersistentCookies);
    setSpellCheckEnabled(false);
    lockDown(settings());

    connect(this, &QWebEngineProfile::downloadRequested, this,
            [this](QWebEngineDownloadRequest *download) {
                qCInfo(lcCallWeb) << "download refused:" << download->url();
                const QUrl url = download->url();
                download->cancel();
                Q_EMIT downloadCancelled(url);
            });
}

CallProfile::~CallProfile() = default;

} // namespace Dorfplatz
