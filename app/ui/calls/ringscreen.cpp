#include "ringscreen.h"

#include "callbutton.h"
#include "core/logging.h"
#include "ringtone.h"
#include "ui/kit/picture.h"
#include "ui/kit/playerbutton.h"

#include <QLabel>

#include <climits>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// Between "Annehmen" and "Ablehnen" at least this much: a trembling finger does not cross it.
constexpr double apartMm = 30.0;
// The two call buttons keep this far from the edges of the glass.
constexpr double buttonEdgeMm = 10.0;
constexpr double pictureMaxMm = 90.0;
constexpr double pictureMinMm = 20.0;
constexpr int textFlags = Qt::TextWordWrap | Qt::AlignHCenter | Qt::AlignTop;

QLabel *textLabel(Theme::TextRole role, const Theme &theme, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setFont(theme.font(role));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

// The height `label` needs at `width`, or -1 when a word is wider than that.
int textHeight(const QLabel *label, int width)
{
    if (label->isHidden() || label->text().isEmpty())
        return 0;
    if (width <= 0)
        return -1;
    const QRect bounds =
        QFontMetrics(label->font())
            .boundingRect(QRect(0, 0, width, INT_MAX / 2), textFlags, label->text());
    return bounds.width() > width ? -1 : std::max(bounds.height(), label->heightForWidth(width));
}

} // namespace

RingScreen::RingScreen(const Theme &theme, const ContactConfig &contact, const QString &picturePath,
                       int ringVolumePercent, QWidget *parent)
    : Screen(parent)
    , m_theme(theme)
    , m_contact(contact)
    , m_picturePath(picturePath)
    , m_tone(new RingTone(ringVolumePercent, this))
    , m_title(textLabel(Theme::TextRole::Heading, theme, u"title"_s, this))
    , m_countdown(textLabel(Theme::TextRole::Body, theme, u"countdown"_s, this))
    , m_picture(new QLabel(this))
    , m_answer(new CallButton(theme, CallButton::Kind::Answer, tr("Answer"), this))
    , m_reject(new CallButton(theme, CallButton::Kind::HangUp, tr("Decline"), this))
    , m_mute(new PlayerButton(theme, tr("Sound off"), {}, this))
{
    m_title->setText(tr("%1 is calling").arg(contact.name));
    m_countdown->hide();
    m_picture->setAlignment(Qt::AlignCenter);
    m_answer->setObjectName(u"answer"_s);
    m_reject->setObjectName(u"reject"_s);
    m_mute->setObjectName(u"mute"_s);
    m_mute->setLabels({tr("Sound off"), tr("Sound on")});
    connect(m_answer, &TapButton::clicked, this, &RingScreen::answerClicked);
    connect(m_reject, &TapButton::clicked, this, &RingScreen::rejectClicked);
    connect(m_mute, &TapButton::clicked, this, &RingScreen::toggleMute);
}

RingScreen::~RingScreen()
{
    m_tone->stop();
}

QString RingScreen::screenName() const
{
    return u"ring"_s;
}

QString RingScreen::titleText() const
{
    return m_title->text();
}

QString RingScreen::countdownText() const
{
    return m_countdown->isHidden() ? QString() : m_countdown->text();
}

void RingScreen::setCountdown(std::optional<std::chrono::seconds> remaining)
{
    const QString text =
        remaining ? tr("Answering by itself in %n seconds", nullptr, int(remaining->count()))
                  : QString();
    if (text == countdownText())
        return;
    m_countdown->setText(text);
    m_countdown->setVisible(!text.isEmpty());
    relayout();
}

void RingScreen::toggleMute()
{
    m_tone->setMuted(!m_tone->isMuted());
    m_mute->setLabel(m_tone->isMuted() ? tr("Sound on") : tr("Sound off"));
}

void RingScreen::activated()
{
    m_tone->start();
}

void RingScreen::deactivated()
{
    m_tone->stop();
}

void RingScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    m_pictureSide = -1;
    relayout();
}

void RingScreen::relayout()
{
    if (width() <= 0 || height() <= 0)
        return;
    // The fullest arrangement that fits: first a smaller title, then buttons without the
    // handset. The last resort is the stacked one with everything small.
    for (const bool icons : {true, false}) {
        m_answer->setIconShown(icons);
        m_reject->setIconShown(icons);
        for (const Theme::TextRole role : {Theme::TextRole::Heading, Theme::TextRole::Label}) {
            if (layoutSideBySide(role) || layoutStacked(role))
                return;
        }
    }
    layoutStacked(Theme::TextRole::Label);
}

bool RingScreen::layoutSideBySide(Theme::TextRole titleRole)
{
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int edge = m_theme.px(buttonEdgeMm);
    m_title->setFont(m_theme.font(titleRole));

    const QSize mute = m_mute->sizeHint();
    const QSize answer = m_answer->sizeHint();
    const QSize reject = m_reject->sizeHint();
    const int rowHeight = std::max(answer.height(), reject.height());
    if (width() - 2 * edge - answer.width() - reject.width() < m_theme.px(apartMm))
        return false;

    // The title centred between "Ton aus" (top right) and its mirror image; where it does not
    // fit there, across the whole width below "Ton aus".
    const int textWidth = width() - 2 * margin;
    int titleWidth = width() - 2 * (margin + mute.width() + gap);
    int title = textHeight(m_title, titleWidth);
    int titleTop = margin;
    if (title < 0) {
        titleWidth = textWidth;
        title = textHeight(m_title, titleWidth);
        titleTop = margin + mute.height() + gap;
    }
    const int countdown = textHeight(m_countdown, textWidth);
    if (title < 0 || countdown < 0)
        return false;
    int y = std::max(titleTop + title, margin + mute.height()) + gap;
    const int countdownTop = y;
    if (countdown > 0)
        y += countdown + gap;
    const int rowTop = height() - edge - rowHeight;
    if (y > rowTop)
        return false;

    m_sideBySide = true;
    m_mute->setGeometry(width() - margin - mute.width(), margin, mute.width(), mute.height());
    m_title->setGeometry((width() - titleWidth) / 2, titleTop, titleWidth,
                         titleTop == margin ? std::max(title, mute.height()) : title);
    m_countdown->setGeometry(margin, countdownTop, textWidth, countdown);
    m_reject->setGeometry(edge, rowTop + (rowHeight - reject.height()) / 2, reject.width(),
                          reject.height());
    m_answer->setGeometry(width() - edge - answer.width(),
                          rowTop + (rowHeight - answer.height()) / 2, answer.width(),
                          answer.height());
    placePicture(QRect(margin, y, textWidth, rowTop - gap - y));
    return true;
}

bool RingScreen::layoutStacked(Theme::TextRole titleRole)
{
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int edge = m_theme.px(buttonEdgeMm);
    m_title->setFont(m_theme.font(titleRole));

    const QSize mute = m_mute->sizeHint();
    const QSize answer = m_answer->sizeHint();
    const QSize reject = m_reject->sizeHint();
    const int textWidth = width() - 2 * margin;
    const int title = textHeight(m_title, textWidth);
    const int countdown = textHeight(m_countdown, textWidth);
    if (title < 0 || countdown < 0)
        return false;

    // Bottom: "Ton aus" and "Ablehnen" in a row, or "Ton aus" above "Ablehnen".
    const bool muteBeside = mute.width() + gap + reject.width() <= width() - 2 * edge;
    const int rejectTop = height() - edge - reject.height();
    const int muteTop = muteBeside ? rejectTop + (reject.height() - mute.height()) / 2
                                   : rejectTop - gap - mute.height();
    const int bottomTop = std::min(rejectTop, muteTop);

    int y = margin + title + gap;
    const int countdownTop = y;
    if (countdown > 0)
        y += countdown + gap;
    const int answerTop = y;
    y += answer.height();
    const bool fits = bottomTop - y >= m_theme.px(apartMm) &&
                      answer.width() <= width() - 2 * margin &&
                      reject.width() <= width() - 2 * margin;

    m_sideBySide = false;
    m_title->setGeometry(margin, margin, textWidth, title);
    m_countdown->setGeometry(margin, countdownTop, textWidth, countdown);
    m_answer->setGeometry((width() - answer.width()) / 2, answerTop, answer.width(),
                          answer.height());
    if (muteBeside) {
        const int left = (width() - mute.width() - gap - reject.width()) / 2;
        m_mute->setGeometry(left, muteTop, mute.width(), mute.height());
        m_reject->setGeometry(left + mute.width() + gap, rejectTop, reject.width(),
                              reject.height());
    } else {
        m_mute->setGeometry((width() - mute.width()) / 2, muteTop, mute.width(), mute.height());
        m_reject->setGeometry((width() - reject.width()) / 2, rejectTop, reject.width(),
                              reject.height());
    }
    placePicture(QRect(margin, y + gap, textWidth, bottomTop - 2 * gap - y));
    return fits;
}

void RingScreen::placePicture(QRect room)
{
    int side = std::min({room.width(), room.height(), m_theme.px(pictureMaxMm)});
    if (side < m_theme.px(pictureMinMm))
        side = 0;
    if (side != m_pictureSide) {
        m_pictureSide = side;
        m_picture->setPixmap(side > 0 ? renderPicture(m_picturePath, QSize(side, side),
                                                      m_theme.palette().icon, devicePixelRatioF())
                                      : QPixmap());
    }
    m_picture->setVisible(side > 0);
    if (side > 0)
        m_picture->setGeometry(room.x(), room.y() + (room.height() - side) / 2, room.width(), side);
}

} // namespace Dorfplatz
