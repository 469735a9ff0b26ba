#include "hostpage.h"

#include "callweblogging.h"
#include "webcallengine.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcCallWeb) << "cannot read" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QUrl withTrailingSlash(QUrl url)
{
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

} // namespace

QJsonObject HostPage::settings(const CallRequest &request, int call, const QString &language)
{
    const QUrl server = withTrailingSlash(request.server);
    QString domain = server.host();
    if (server.port() != -1)
        domain += u':' + QString::number(server.port());
    domain += server.path();
    domain.chop(1); // the trailing slash: the IFrame API adds "/" + roomName itself

    return QJsonObject{
        {u"call"_s, call},
        {u"domain"_s, domain},
        {u"roomName"_s, request.room},
        {u"displayName"_s, request.displayName},
        {u"lang"_s, language},
        {u"noSSL"_s, server.scheme() == u"http"_s},
        {u"scriptUrl"_s, scriptUrl(server).toString()},
        {u"jwt"_s, request.jwt},
        {u"password"_s, request.jwt.isEmpty() ? request.password : QString()},
        {u"answering"_s, request.answering},
        {u"cameraOff"_s, request.cameraOff},
    };
}

QString HostPage::html(const CallRequest &request, int call, const QString &language)
{
    static const QString page = readResource(u":/calls/web/callhost.html"_s);
    static const QString channelScript = readResource(u":/qtwebchannel/qwebchannel.js"_s);
    if (page.isEmpty() || channelScript.isEmpty())
        return {};
    // JSON is JavaScript; "<" escaped so a display name holding "</script>" stays a string.
    QString json = QString::fromUtf8(
        QJsonDocument(settings(request, call, language)).toJson(QJsonDocument::Compact));
    json.replace(u'<', u"\\u003c"_s);
    QString html = page;
    html.replace(u"/*QWEBCHANNEL_JS*/"_s, channelScript);
    html.replace(u"/*CALL_SETTINGS*/null"_s, json);
    html.replace(u"/*SCRIPT_URL*/"_s,
                 scriptUrl(request.server).toString(QUrl::FullyEncoded).toHtmlEscaped());
    return html;
}

QUrl HostPage::scriptUrl(const QUrl &server)
{
    return withTrailingSlash(server).resolved(QUrl(u"external_api.js"_s));
}

} // namespace Dorfplatz
