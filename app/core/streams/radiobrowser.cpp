#include "radiobrowser.h"

#include "core/logging.h"
#include "core/net/replydisposal.h"

#include <QDnsLookup>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 10000;

} // namespace

RadioBrowser::RadioBrowser(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

RadioBrowser::~RadioBrowser()
{
    if (QNetworkReply *reply = m_reply)
        discardReply(reply, this);
}

void RadioBrowser::setServers(const QList<QUrl> &servers)
{
    m_servers = servers;
}

QByteArray RadioBrowser::userAgent()
{
    // The directory asks every client to say who it is.
    return "Dorfplatz/" DORFPLATZ_VERSION " (care-home kiosk; +https://github.com/dorfplatz)";
}

void RadioBrowser::search(const RadioQuery &query)
{
    QUrlQuery q;
    if (!query.name.trimmed().isEmpty())
        q.addQueryItem(u"name"_s, query.name.trimmed());
    if (!query.countryCode.isEmpty())
        q.addQueryItem(u"countrycode"_s, query.countryCode);
    if (!query.state.isEmpty())
        q.addQueryItem(u"state"_s, query.state);
    if (!query.language.isEmpty())
        q.addQueryItem(u"language"_s, query.language);
    if (!query.tag.isEmpty())
        q.addQueryItem(u"tag"_s, query.tag);
    q.addQueryItem(u"hidebroken"_s, u"true"_s);
    q.addQueryItem(u"order"_s, u"clickcount"_s);
    q.addQueryItem(u"reverse"_s, u"true"_s);
    q.addQueryItem(u"limit"_s, QString::number(std::clamp(query.limit, 1, 200)));
    start({u"/json/stations/search?"_s + q.toString(QUrl::FullyEncoded), true});
}

void RadioBrowser::reportClick(const QString &uuid)
{
    start({u"/json/url/"_s + QString::fromLatin1(QUrl::toPercentEncoding(uuid)), false});
}

void RadioBrowser::start(const Request &request)
{
    if (QNetworkReply *reply = m_reply)
        discardReply(reply, this);
    m_request = request;
    m_anyAnswered = false;
    if (m_servers.isEmpty()) {
        findServers();
        return;
    }
    m_order = m_servers;
    // A server at random, then the others: the load spreads as the directory asks.
    std::shuffle(m_order.begin(), m_order.end(), *QRandomGenerator::global());
    tryServer(0);
}

void RadioBrowser::tryServer(int index)
{
    if (index >= m_order.size()) {
        fail(m_anyAnswered ? Failure::Unreachable : Failure::Offline);
        return;
    }
    QUrl url = m_order.at(index);
    const QString base = url.path().endsWith(u'/') ? url.path().chopped(1) : url.path();
    const qsizetype q = m_request.path.indexOf(u'?');
    url.setPath(base + (q < 0 ? m_request.path : m_request.path.left(q)));
    if (q >= 0)
        url.setQuery(m_request.path.mid(q + 1), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, index] { finish(reply, index); });
}

void RadioBrowser::finish(QNetworkReply *reply, int index)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An HTTP status means a server was reached: all failing that way is not "no internet".
    if (status > 0)
        m_anyAnswered = true;
    if (reply->error() != QNetworkReply::NoError || status >= 500) {
        qCInfo(lcApp).noquote() << u"radio-browser: %1 failed (%2); trying the next server"_s.arg(
            reply->url().host(), reply->errorString());
        tryServer(index + 1);
        return;
    }
    if (reply->bytesAvailable() > maxAnswerBytes) {
        fail(Failure::BadAnswer);
        return;
    }
    const QByteArray body = reply->readAll();
    if (!m_request.isSearch) {
        Q_EMIT clickReported(true);
        return;
    }
    QString error;
    QList<RadioStation> stations = parseStations(body, &error);
    if (!error.isEmpty()) {
        qCWarning(lcApp).noquote() << u"radio-browser: the answer of %1 is not usable: %2"_s.arg(
            reply->url().host(), error);
        fail(Failure::BadAnswer);
        return;
    }
    Q_EMIT searchFinished(stations);
}

void RadioBrowser::fail(Failure failure)
{
    if (m_request.isSearch)
        Q_EMIT searchFailed(failure);
    else
        Q_EMIT clickReported(false);
}

void RadioBrowser::findServers()
{
    if (m_finding)
        return;
    m_finding = true;
    // The documented way: the addresses of all.api.radio-browser.info, then their names (the
    // servers answer HTTPS only under their names).
    auto *lookup = new QDnsLookup(QDnsLookup::A, dnsName, this);
    connect(lookup, &QDnsLookup::finished, this, [this, lookup] {
        lookup->deleteLater();
        const auto records = lookup->hostAddressRecords();
        if (lookup->error() != QDnsLookup::NoError || records.isEmpty()) {
            m_finding = false;
            fail(Failure::Offline);
            return;
        }
        auto pending = std::make_shared<int>(int(records.size()));
        auto names = std::make_shared<QList<QUrl>>();
        for (const QDnsHostAddressRecord &record : records) {
            QHostInfo::lookupHost(record.value().toString(), this,
                                  [this, pending, names](const QHostInfo &info) {
                                      if (info.error() == QHostInfo::NoError &&
                                          QHostAddress(info.hostName()).isNull())
                                          names->append(QUrl(u"https://"_s + info.hostName()));
                                      if (--*pending > 0)
                                          return;
                                      m_finding = false;
                                      if (names->isEmpty()) {
                                          fail(Failure::Offline);
                                          return;
                                      }
                                      m_servers = *names;
                                      start(m_request);
                                  });
        }
    });
    lookup->lookup();
}

QList<RadioStation> RadioBrowser::parseStations(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : u"not a JSON array"_s;
        return {};
    }
    QList<RadioStation> stations;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject o = value.toObject();
        // Broken in the directory's last check: hidden even when the server did not.
        if (o.value(u"lastcheckok"_s).toInt(1) != 1)
            continue;
        RadioStation s;
        s.uuid = o.value(u"stationuuid"_s).toString();
        s.name = o.value(u"name"_s).toString().simplified();
        s.url = QUrl(o.value(u"url"_s).toString().trimmed());
        s.resolvedUrl = QUrl(o.value(u"url_resolved"_s).toString().trimmed());
        s.favicon = QUrl(o.value(u"favicon"_s).toString().trimmed());
        s.codec = o.value(u"codec"_s).toString();
        s.bitrate = o.value(u"bitrate"_s).toInt();
        s.countryCode = o.value(u"countrycode"_s).toString();
        s.state = o.value(u"state"_s).toString();
        s.language = o.value(u"language"_s).toString();
        s.tags = o.value(u"tags"_s).toString();
        s.clickCount = o.value(u"clickcount"_s).toInt();
        const auto playable = [](const QUrl &url) {
            return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s);
        };
        if (s.uuid.isEmpty() || s.name.isEmpty() || (!playable(s.url) && !playable(s.resolvedUrl)))
            continue;
        stations.append(s);
    }
    std::stable_sort(
        stations.begin(), stations.end(),
        [](const RadioStation &a, const RadioStation &b) { return a.clickCount > b.clickCount; });
    return stations;
}

} // namespace Dorfplatz
