#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Dorfplatz {

// Finds out why a URL did not play, after the player failed: libVLC and GStreamer only say
// "error", while the log and the screen need "HTTP 404", "host not found" or "no answer". Asks
// the server once and stops reading as soon as the status line is in, so a live stream costs
// only its headers.
class UrlDiagnosis : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Answers,     // the server answers 2xx, or the local file is there
        ClientError, // HTTP 4xx, or the local file is missing
        ServerError, // HTTP 5xx
        Unreachable, // DNS, refused, closed, network down, no answer in time
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Answers;
        int httpStatus = 0;
        QString cause; // one English sentence for the log, e.g. "HTTP 404 Not Found"
    };

    explicit UrlDiagnosis(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~UrlDiagnosis() override;

    // Starts a diagnosis; diagnosed() follows (possibly before this returns, for local files).
    // A new call cancels the previous one.
    void diagnose(const QUrl &url);
    void cancel();

    void setTimeout(int milliseconds) { m_timeout.setInterval(milliseconds); }

Q_SIGNALS:
    void diagnosed(const Dorfplatz::UrlDiagnosis::Result &result);

private:
    void onHeaders();
    void onFinished();
    void finish(const Result &result);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
};

} // namespace Dorfplatz
