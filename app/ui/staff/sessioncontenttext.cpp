#include "sessioncontenttext.h"

#include "core/config/kioskconfig.h"

namespace Dorfplatz {

QList<SessionContent> SessionContentText::choices(const KioskConfig &config)
{
    QList<SessionContent> choices = {{SessionContent::Kind::Announcement, {}},
                                     {SessionContent::Kind::Events, {}}};
    for (const StreamConfig &stream : config.streams)
        choices.append({SessionContent::Kind::Stream, stream.id});
    for (const ContactConfig &contact : config.contacts)
        choices.append({SessionContent::Kind::Call, contact.id});
    return choices;
}

QString SessionContentText::name(const SessionContent &content, const KioskConfig &config)
{
    switch (content.kind) {
    case SessionContent::Kind::Announcement:
        return tr("Announcement only");
    case SessionContent::Kind::Events:
        return tr("\"What's on?\"");
    case SessionContent::Kind::Stream:
        if (const StreamConfig *stream = config.stream(content.target))
            return stream->name;
        return tr("Stream no longer configured");
    case SessionContent::Kind::Call:
        if (const ContactConfig *contact = config.contact(content.target))
            return tr("Call with %1").arg(contact->name);
        return tr("Contact no longer configured");
    }
    return {};
}

} // namespace Dorfplatz
