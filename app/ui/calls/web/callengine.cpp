#include "callengine.h"

// Skeleton so the rest of the kiosk links while the WebEngine side is written.
namespace Dorfplatz {

struct CallEngine::Private
{
    QString profileDirectory;
    QList<QUrl> allowedServers;
};

CallEngine::CallEngine(QString profileDirectory, QList<QUrl> allowedServers, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(Private{std::move(profileDirectory), std::move(allowedServers)}))
{}

CallEngine::~CallEngine() = default;

bool CallEngine::isCreated() const
{
    return false;
}

QWidget *CallEngine::view()
{
    return nullptr;
}

void CallEngine::releaseView() {}

void CallEngine::start(const CallRequest &) {}

void CallEngine::hangUp() {}

bool CallEngine::isActive() const
{
    return false;
}

int CallEngine::otherParticipants() const
{
    return 0;
}

} // namespace Dorfplatz
