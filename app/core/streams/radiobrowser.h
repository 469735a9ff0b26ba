#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dorfplatz {

// One station of the radio-browser.info directory, as a search lists it.
struct RadioStation
{
    QString uuid; // stationuuid: what a click is reported for
    QString name;
    QUrl url;         // the address the directory lists (a playlist, perhaps)
    QUrl resolvedUrl; // url_resolved: the stream itself, as the directory last found it
    QUrl favicon;
    QString codec;   // "MP3", "AAC"
    int bitrate = 0; // kbit/s; 0 when unknown
    QString countryCode;
    QString state;
    QString language;
    QString tags;
    int clickCount = 0;

    bool operator==(const RadioStation &) const = default;
};

// What a guide searches for: a name, and the filters (Germany, Rheinland-Pfalz, German, a tag).
struct RadioQuery
{
    QString name;
    QString countryCode = QStringLiteral("DE");
    QString state;
    QString language;
    QString tag;
    int limit = 40;
};

// The open community directory radio-browser.info, by its own rules: a server found through the
// DNS name the API documents (all.api.radio-browser.info: its addresses, then their names), one
// picked at random and the next tried when it fails; a User-Agent that names Dorfplatz; broken
// stations hidden (asked of the server, and checked again here); ordered by popularity; a click
// reported when a station is adopted. Tests (and a home with its own mirror) give the servers.
class RadioBrowser : public QObject
{
    Q_OBJECT

public:
    enum class Failure
    {
        Offline,     // no server could be found or reached at all: no internet, it seems
        Unreachable, // servers answered, but with errors
        BadAnswer,   // an answer that is not the directory's JSON
    };
    Q_ENUM(Failure)

    static inline const QString dnsName = QStringLiteral("all.api.radio-browser.info");
    static constexpr qint64 maxAnswerBytes = 4 * 1024 * 1024;

    explicit RadioBrowser(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~RadioBrowser() override;

    // The servers to ask (base addresses); empty: found through DNS at the first search.
    void setServers(const QList<QUrl> &servers);
    QList<QUrl> servers() const { return m_servers; }

    // One search at a time: a new one replaces the last. searchFinished() or searchFailed().
    void search(const RadioQuery &query);
    // Counts a click for the station (a guide adopted it); clickReported() tells how it went.
    void reportClick(const QString &uuid);

    static QByteArray userAgent();
    // The stations of a search answer, broken ones left out, most clicked first; nullopt-like
    // empty with *error for an answer that is not a JSON array.
    static QList<RadioStation> parseStations(const QByteArray &json, QString *error);

Q_SIGNALS:
    void searchFinished(const QList<Dorfplatz::RadioStation> &stations);
    void searchFailed(Dorfplatz::RadioBrowser::Failure failure);
    void clickReported(bool ok);

private:
    struct Request
    {
        QString path; // with its query
        bool isSearch = true;
    };
    void start(const Request &request);
    void tryServer(int index);
    void finish(QNetworkReply *reply, int index);
    void findServers();
    void fail(Failure failure);

    QNetworkAccessManager &m_network;
    QList<QUrl> m_servers;
    QList<QUrl> m_order; // this request's servers, shuffled
    Request m_request;
    QPointer<QNetworkReply> m_reply;
    bool m_anyAnswered = false; // a server gave an HTTP status during this request
    bool m_finding = false;
};

} // namespace Dorfplatz
