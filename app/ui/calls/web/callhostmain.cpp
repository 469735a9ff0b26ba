// dorfplatz-call: the call browser in a process of its own, started by the kiosk for its calls
// and ended after a quiet period (ui/calls/processcallbackend.h says why). Not meant to be run by
// hand: it speaks the protocol of ui/calls/callprotocol.h on its standard input and output.

#include "callhostscheme.h"
#include "callhostserver.h"
#include "core/app/mallocarenas.h"
#include "core/logging.h"
#include "webcallengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QUrl>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    Dorfplatz::limitMallocArenas();
    // Standard output is the pipe to the kiosk. Whatever else prints there (a library, Chromium)
    // would break a line of the protocol: the pipe is kept apart, and stdout goes to stderr.
    const int toKiosk = ::dup(STDOUT_FILENO);
    ::dup2(STDERR_FILENO, STDOUT_FILENO);

    // The host page's origin of its own: known to WebEngine before anything of it exists.
    Dorfplatz::CallHostScheme::registerScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"dorfplatz-call"_s);

    QCommandLineParser parser;
    const QCommandLineOption profile(u"profile-dir"_s, u"Where old call data is removed."_s,
                                     u"dir"_s);
    const QCommandLineOption allow(u"allow"_s, u"A call server (repeated)."_s, u"url"_s);
    const QCommandLineOption debug(u"debug"_s, u"Debug messages too."_s);
    parser.addOptions({profile, allow, debug});
    parser.process(app);
    Dorfplatz::configureLogging(parser.isSet(debug) || Dorfplatz::debugRequestedByEnvironment());

    QList<QUrl> servers;
    for (const QString &server : parser.values(allow))
        servers.append(QUrl(server));
    Dorfplatz::WebCallEngine engine(parser.value(profile), servers);
    Dorfplatz::CallHostServer server(STDIN_FILENO, toKiosk, &engine);
    QObject::connect(&server, &Dorfplatz::CallHostServer::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    server.announceReady();
    return app.exec();
}
