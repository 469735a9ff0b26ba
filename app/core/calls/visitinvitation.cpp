#include "visitinvitation.h"

#include "core/events/ical/publishedevent.h"
#include "core/files/filecopy.h"

#include <QStringList>

namespace Dorfplatz {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto reminderBefore = 15min;

} // namespace

QString VisitInvitation::summary() const
{
    return tr("Video visit with %1").arg(residentName.trimmed());
}

QString VisitInvitation::lookingForward() const
{
    return tr("%1 is looking forward to your call.").arg(residentName.trimmed());
}

QString VisitInvitation::joinFromPhone()
{
    return tr("From a phone: open the link in the Jitsi Meet app or in the browser.");
}

QString VisitInvitation::joinFromComputer()
{
    return tr("From a computer: open the link in Chrome, Firefox or Edge and allow the camera "
              "and the microphone.");
}

QString VisitInvitation::problem() const
{
    if (residentName.trimmed().isEmpty())
        return tr("The resident's name is missing.");
    if (!start.isValid())
        return tr("The date and time of the visit are missing.");
    if (length.count() <= 0)
        return tr("The length of the visit is missing.");
    const QString scheme = roomUrl.scheme();
    if (!roomUrl.isValid() || roomUrl.host().isEmpty() ||
        (scheme != u"https"_s && scheme != u"http"_s))
        return tr("The room link is not a web address.");
    if (uid.trimmed().isEmpty())
        return tr("The invitation has no id.");
    return {};
}

QByteArray VisitInvitation::toIcs(const QDateTime &stamp) const
{
    if (!problem().isEmpty())
        return {};
    const QString link = roomUrl.toString(QUrl::FullyEncoded);
    QStringList description{lookingForward(),   QString(), joinFromPhone(),
                            joinFromComputer(), QString(), link};
    if (!homeName.trimmed().isEmpty())
        description << QString() << homeName.trimmed();

    Ical::PublishedEvent event;
    event.prodId = "-//Dorfplatz//Videobesuch//DE";
    event.uid = uid.trimmed();
    event.start = start;
    event.length = length;
    event.summary = summary();
    event.description = description.join(u'\n');
    // The link as the place too: calendars show LOCATION in their overview, URL rarely.
    event.location = link;
    event.url = roomUrl;
    event.reminder = reminderBefore;
    event.stamp = stamp;
    return event.toIcs();
}

bool VisitInvitation::writeIcs(const QString &path, QString *error) const
{
    if (const QString missing = problem(); !missing.isEmpty()) {
        *error = missing;
        return false;
    }
    const QByteArray ics = toIcs();
    if (ics.isEmpty()) {
        *error = tr("The calendar file could not be made.");
        return false;
    }
    return FileCopy::write(path, ics, error);
}

} // namespace Dorfplatz
