#pragma once

#include "core/calls/visitinvitation.h"
#include "printdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Dorfplatz {

// The printed (or mailed) invitation to a video visit: one A4 page in large black type for a
// relative who may never have used Jitsi Meet: who waits for the call, when and for how long,
// a QR code of the room link with the link written out, and how to join from a phone or a
// computer.
class InvitationDocument : public PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::InvitationDocument)

public:
    // Body type at least this large, the heading at least headingPoints.
    static constexpr qreal bodyPoints = 16;
    static constexpr qreal headingPoints = 30;
    // The QR code's dark part at least this wide, so an older phone reads it from arm's length.
    static constexpr qreal minQrMillimetres = 52;

    // Dates and times are written in `locale` ("Montag, 7. Dezember 2026, 15:00").
    InvitationDocument(const VisitInvitation &invitation, const QLocale &locale);

    // Sets A4 portrait with its margins on `device` and paints the page (a QPrinter, a
    // QPdfWriter through writePdf()). Paints nothing when the invitation has a problem() (check
    // it first: writePdf() then fails) or no painter can begin on `device`.
    void render(QPagedPaintDevice *device) const override;
    // "Video visit with Erna Müller": the PDF's title.
    QString title() const override;

    // The texts on the page, as they are painted.
    QString dateText() const;   // "Montag, 7. Dezember 2026, 15:00"
    QString lengthText() const; // "30 Minuten"

private:
    VisitInvitation m_invitation;
    QLocale m_locale;
};

} // namespace Dorfplatz
