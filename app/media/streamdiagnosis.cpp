#include "streamdiagnosis.h"

#include <QRegularExpression>

#include <initializer_list>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// What libVLC ("cannot resolve … port 443"), GStreamer's souphttpsrc ("Could not resolve server
// name"), Qt Network ("Host … not found"), the URL diagnosis ("host not found (DNS)") and
// getaddrinfo() say; matched in lower case, the address taken out.
const QRegularExpression hostNotFound(
    uR"(host (\S+ )?not found|cannot resolve|could not resolve|name or service not known|)"
    uR"(name resolution|no address associated with hostname)"_s);
// libVLC's gnutls module, Qt Network ("SSL handshake failed"), GStreamer ("TLS/SSL support not
// available", "Unacceptable TLS certificate").
const QRegularExpression tls(uR"(certificate|handshake|gnutls|\btls\b|\bssl\b)"_s);
const std::initializer_list<QStringView> refusedTexts = {u"connection refused"};
const std::initializer_list<QStringView> timeoutTexts = {
    u"no answer within",
    u"timed out",
    u"timeout",
};

bool containsAny(const QString &text, std::initializer_list<QStringView> needles)
{
    for (QStringView needle : needles) {
        if (text.contains(needle))
            return true;
    }
    return false;
}

// "HTTP 404 Not Found" from the URL diagnosis, "HTTP 404 error" from libVLC.
int httpStatusIn(const QString &detail)
{
    static const QRegularExpression status(uR"(\bHTTP(?:/\d(?:\.\d)?)? (\d{3})\b)"_s);
    const QRegularExpressionMatch match = status.match(detail);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// The detail without the address itself: a host named "ssl.example.org" or a path "/tls/live"
// must not read as a TLS failure.
QString textOf(const StreamDiagnosis::Failure &failure)
{
    QString text = failure.detail;
    for (const QString &part : {failure.url.host(), failure.url.path()}) {
        if (part.size() > 1)
            text.replace(part, u"…"_s, Qt::CaseInsensitive);
    }
    return text.toLower();
}

QString hostAndPort(const QUrl &url)
{
    const int defaultPort =
        url.scheme() == u"https"_s ? 443 : (url.scheme() == u"http"_s ? 80 : -1);
    const int port = url.port(defaultPort);
    return port > 0 ? u"%1:%2"_s.arg(url.host()).arg(port) : url.host();
}

} // namespace

StreamDiagnosis::Cause StreamDiagnosis::causeOf(const Failure &failure)
{
    if (failure.problem == StreamSession::Problem::Refused)
        return Cause::AddressNotAllowed;
    const int status = failure.httpStatus > 0 ? failure.httpStatus : httpStatusIn(failure.detail);
    if (status == 401 || status == 403)
        return Cause::AccessDenied;
    if (status >= 400 && status < 500)
        return Cause::ClientError;
    if (status >= 500)
        return Cause::ServerError;

    const QString text = textOf(failure);
    if (failure.url.isLocalFile()) {
        if (text.contains(u"file is missing"))
            return Cause::FileMissing;
        if (text.contains(u"cannot be read"))
            return Cause::FileUnreadable;
        return Cause::NotPlayable;
    }
    // DNS and a refusal first: what fails before a connection must not read as TLS or timeout.
    if (text.contains(hostNotFound))
        return Cause::HostNotFound;
    if (containsAny(text, refusedTexts))
        return Cause::Refused;
    if (text.contains(tls))
        return Cause::Tls;
    if (containsAny(text, timeoutTexts))
        return Cause::Timeout;
    if (text.contains(u"every playlist was empty or failed"))
        return Cause::EmptyPlaylist;

    switch (failure.problem) {
    case StreamSession::Problem::Interrupted:
        return Cause::Interrupted;
    case StreamSession::Problem::Broken:
        return text.contains(u"nothing to hear or see within") ? Cause::NothingInTime
                                                               : Cause::NotPlayable;
    case StreamSession::Problem::Unreachable:
        return Cause::Unreachable;
    case StreamSession::Problem::ServerError:
        return Cause::ServerError;
    case StreamSession::Problem::None:
    case StreamSession::Problem::NotFound:
    case StreamSession::Problem::Refused:
        break;
    }
    return Cause::Unknown;
}

QString StreamDiagnosis::sentence(const Failure &failure)
{
    const QString status = failure.httpStatus > 0 ? QString::number(failure.httpStatus)
                                                  : QString::number(httpStatusIn(failure.detail));
    switch (causeOf(failure)) {
    case Cause::HostNotFound:
        return tr("No connection to the internet (the name %1 cannot be resolved): check the "
                  "network, then the address.")
            .arg(failure.url.host());
    case Cause::Refused:
        return tr("The connection to %1 is refused: no server runs there. Check the address and "
                  "the port.")
            .arg(hostAndPort(failure.url));
    case Cause::Timeout:
        return tr("The server does not answer (timeout): try again later, or check the address.");
    case Cause::AccessDenied:
        return tr("The server answers with %1 (access denied): the station does not allow this "
                  "address. Look for its current address on the station's website.")
            .arg(status);
    case Cause::ClientError:
        return tr("The server answers with %1: check the address.").arg(status);
    case Cause::ServerError:
        return failure.httpStatus > 0 || httpStatusIn(failure.detail) > 0
                   ? tr("The server answers with %1 (a fault at the station): try again later.")
                         .arg(status)
                   : tr("The server reports a fault: try again later.");
    case Cause::Tls:
        return tr("The secure connection to %1 fails (certificate): check the date and time of "
                  "this computer.")
            .arg(failure.url.host());
    case Cause::Unreachable:
        return tr("The server cannot be reached: check the network, then the address.");
    case Cause::FileMissing:
        return tr("The file %1 is missing: check its name and folder.")
            .arg(failure.url.toLocalFile());
    case Cause::FileUnreadable:
        return tr("The file %1 cannot be read: check its access rights.")
            .arg(failure.url.toLocalFile());
    case Cause::NotPlayable:
        return tr("No sound and no picture: this is not a stream the kiosk can play. The address "
                  "must lead to the stream itself, not to a web page.");
    case Cause::NothingInTime:
        return tr("The server answers, but nothing can be heard or seen in time: the line may be "
                  "too slow. Try again later.");
    case Cause::Interrupted:
        return tr("The stream broke off: try again later.");
    case Cause::AddressNotAllowed:
        return tr("The playlist leads only to addresses the kiosk must not open: use another "
                  "address of the station.");
    case Cause::EmptyPlaylist:
        return tr("The playlist is empty or cannot be loaded: check the address.");
    case Cause::Unknown:
        break;
    }
    return tr("The stream does not play, for a reason the kiosk cannot name: check the address.");
}

} // namespace Dorfplatz
