#include "invitationdocument.h"

#include "qrcode.h"

#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal marginMillimetres = 18;
// The QR code with its quiet zone when the page has room for it; never less than
// InvitationDocument::minQrMillimetres for its dark part.
constexpr qreal preferredQrMillimetres = 80;

// One paragraph of the page, or the QR code's place. All are measured before any is painted, so
// the QR code can give up room to a long name or link.
struct Block
{
    QString text;
    qreal points = InvitationDocument::bodyPoints;
    bool bold = false;
    int flags = Qt::AlignLeft | Qt::TextWordWrap;
    qreal spaceBeforeMillimetres = 0;
    bool isQrCode = false;
    qreal height = 0; // in device pixels, once measured
};

Block paragraph(const QString &text, qreal points, bool bold, qreal spaceBeforeMillimetres,
                int flags = Qt::AlignLeft | Qt::TextWordWrap)
{
    return Block{text, points, bold, flags, spaceBeforeMillimetres, false, 0};
}

QFont fontOf(const Block &block)
{
    QFont font;
    font.setPointSizeF(block.points);
    font.setBold(block.bold);
    // A link is typed letter by letter: no ligature may join "ff" or "fi" into one sign.
    if (block.flags & Qt::TextWrapAnywhere)
        font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

InvitationDocument::InvitationDocument(const VisitInvitation &invitation, const QLocale &locale)
    : m_invitation(invitation)
    , m_locale(locale)
{}

QString InvitationDocument::dateText() const
{
    const QDateTime &start = m_invitation.start;
    return tr("%1, %2", "the visit's date, its time")
        .arg(m_locale.toString(start.date(), tr("dddd, d MMMM yyyy")),
             m_locale.toString(start.time(), QLocale::ShortFormat));
}

QString InvitationDocument::lengthText() const
{
    return tr("%n minute(s)", nullptr, int(m_invitation.length.count()));
}

QString InvitationDocument::title() const
{
    return m_invitation.summary();
}

void InvitationDocument::render(QPagedPaintDevice *device) const
{
    if (!m_invitation.problem().isEmpty())
        return;
    const QrCode qr(m_invitation.roomUrl.toString(QUrl::FullyEncoded).toUtf8());
    if (qr.isNull())
        return;
    device->setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(marginMillimetres, marginMillimetres, marginMillimetres, marginMillimetres),
        QPageLayout::Millimeter));

    QPainter painter;
    if (!painter.begin(device))
        return;
    // Device pixels from here on, the origin at the top left corner inside the margins.
    const qreal perMillimetre = device->logicalDpiY() / 25.4;
    const qreal width = device->width();
    const qreal height = device->height();
    painter.setPen(Qt::black);

    const qreal body = bodyPoints;
    std::vector<Block> blocks;
    blocks.push_back(paragraph(tr("Video visit"), headingPoints, true, 0));
    if (const QString relative = m_invitation.relativeName.trimmed(); !relative.isEmpty())
        blocks.push_back(paragraph(tr("An invitation for %1").arg(relative), 18, false, 4));
    blocks.push_back(paragraph(m_invitation.lookingForward(), 18, false, 3));
    blocks.push_back(paragraph(dateText(), 20, true, 9));
    blocks.push_back(paragraph(tr("Length: %1").arg(lengthText()), 18, false, 2));
    Block qrPlace = paragraph(QString(), 0, false, 9);
    qrPlace.isQrCode = true;
    blocks.push_back(qrPlace);
    blocks.push_back(paragraph(tr("Scan with the phone's camera"), body, false, 2,
                               Qt::AlignHCenter | Qt::TextWordWrap));
    blocks.push_back(paragraph(tr("Or open this link:"), body, false, 7));
    // A link has no spaces to break at: it breaks anywhere instead of running off the page.
    blocks.push_back(paragraph(m_invitation.roomUrl.toString(QUrl::FullyEncoded), body, true, 1,
                               Qt::AlignLeft | Qt::TextWrapAnywhere));
    blocks.push_back(paragraph(tr("How to join"), 20, true, 9));
    blocks.push_back(paragraph(VisitInvitation::joinFromPhone(), body, false, 2));
    blocks.push_back(paragraph(VisitInvitation::joinFromComputer(), body, false, 2));
    Block home = paragraph(m_invitation.homeName.trimmed(), body, false, 0,
                           Qt::AlignHCenter | Qt::TextWordWrap);

    const auto measure = [&](Block &block) {
        if (block.isQrCode || block.text.isEmpty())
            return;
        painter.setFont(fontOf(block));
        block.height =
            painter.boundingRect(QRectF(0, 0, width, height * 10), block.flags, block.text)
                .height();
    };
    qreal textHeight = 0;
    for (Block &block : blocks) {
        measure(block);
        textHeight += block.spaceBeforeMillimetres * perMillimetre + block.height;
    }
    measure(home);
    if (home.height > 0)
        textHeight += home.height + 6 * perMillimetre;

    // The QR code as large as preferred, smaller on a crowded page, never below the minimum.
    const qreal minSide = minQrMillimetres * perMillimetre * qr.modules() / qr.symbolModules();
    const qreal preferredSide = std::max(minSide, preferredQrMillimetres * perMillimetre);
    const qreal qrSide = std::clamp(std::min(height - textHeight, width), minSide, preferredSide);

    qreal y = 0;
    for (const Block &block : blocks) {
        y += block.spaceBeforeMillimetres * perMillimetre;
        if (block.isQrCode) {
            qr.paint(&painter, QRectF((width - qrSide) / 2, y, qrSide, qrSide));
            y += qrSide;
            continue;
        }
        painter.setFont(fontOf(block));
        painter.drawText(QRectF(0, y, width, block.height), block.flags, block.text);
        y += block.height;
    }
    if (home.height > 0) {
        painter.setFont(fontOf(home));
        painter.drawText(QRectF(0, std::max(y, height - home.height), width, home.height),
                         home.flags, home.text);
    }
    painter.end(); // a QPdfWriter writes the file now
}

} // namespace Dorfplatz
