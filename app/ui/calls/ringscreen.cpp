#include "ringscreen.h"

#include "callbutton.h"
#include "core/i18n/spokentext.h"
#include "core/logging.h"
#include "ringtone.h"
#include "ui/kit/firstfit.h"
#include "ui/kit/picture.h"
#include "ui/kit/playerbutton.h"
#include "ui/kit/readaloudbutton.h"
#include "ui/kit/textlabel.h"

#include <QLabel>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// Between "Annehmen" and "Ablehnen" at least this much: a trembling finger does not cross it.
constexpr double apartMm = 30.0;
// The two call buttons keep this far from the edges of the glass.
constexpr double buttonEdgeMm = 10.0;
constexpr double pictureMaxMm = 90.0;
constexpr double pictureMinMm = 20.0;
// -1 where a word does not fit: that arrangement is not taken. The countdown is hidden without one.
constexpr TextHeightRules wholeText{.hiddenIsEmpty = true, .wholeWords = true};

} // namespace

RingScreen::RingScreen(const Theme &theme, const ContactConfig &contact, const QString &picturePath,
                       int ringVolumePercent, QWidget *parent)
    : Screen(parent)
    , m_theme(theme)
    , m_contact(contact)
    , m_picturePath(picturePath)
    , m_tone(new RingTone(ringVolumePercent, this))
    , m_title(textLabel(theme, Theme::TextRole::Heading, u"title"_s, this))
    , m_countdown(textLabel(theme, Theme::TextRole::Body, u"countdown"_s, this))
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

QString RingScreen::spokenText() const
{
    //: Read aloud on the ring screen, after "Anna ruft an" (the buttons are "Annehmen" and
    //: "Ablehnen"): "Tippen Sie auf Annehmen, dann können Sie sprechen. Oder tippen Sie auf
    //: Ablehnen."
    const QString buttons = tr("Tap \"Answer\" to talk. Or tap \"Decline\".");
    return SpokenText::sentences({titleText(), countdownText(), buttons});
}

QString RingScreen::announcement() const
{
    return SpokenText::sentences({titleText()});
}

void RingScreen::placeReadAloud(ReadAloud &readAloud)
{
    m_readAloud = new ReadAloudButton(
        m_theme, readAloud, [this] { return spokenText(); }, this);
    connect(m_readAloud, &ReadAloudButton::availabilityChanged, this, &RingScreen::relayout);
    relayout();
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
    struct Variant
    {
        bool icons;
        Theme::TextRole titleRole;
        bool sideBySide;
    };
    static constexpr Variant variants[] = {
        {true, Theme::TextRole::Heading, true},  {true, Theme::TextRole::Heading, false},
        {true, Theme::TextRole::Label, true},    {true, Theme::TextRole::Label, false},
        {false, Theme::TextRole::Heading, true}, {false, Theme::TextRole::Heading, false},
        {false, Theme::TextRole::Label, true},   {false, Theme::TextRole::Label, false},
    };
    const auto layout = [this](const Variant &variant) {
        m_answer->setIconShown(variant.icons);
        m_reject->setIconShown(variant.icons);
        return variant.sideBySide ? layoutSideBySide(variant.titleRole)
                                  : layoutStacked(variant.titleRole);
    };
    if (!firstThatFits(variants, layout))
        layoutStacked(Theme::TextRole::Label);
}

RingScreen::Parts RingScreen::parts(Theme::TextRole titleRole)
{
    m_title->setFont(m_theme.font(titleRole));
    return Parts{
        .margin = m_theme.px(Theme::marginMm),
        .gap = m_theme.px(Theme::gapMm),
        .edge = m_theme.px(buttonEdgeMm),
        .textWidth = width() - 2 * m_theme.px(Theme::marginMm),
        .mute = m_mute->sizeHint(),
        .read = m_readAloud && !m_readAloud->isHidden() ? m_readAloud->sizeHint() : QSize(),
        .answer = m_answer->sizeHint(),
        .reject = m_reject->sizeHint(),
    };
}

bool RingScreen::layoutSideBySide(Theme::TextRole titleRole)
{
    const auto [margin, gap, edge, textWidth, mute, read, answer, reject] = parts(titleRole);
    const int rowHeight = std::max(answer.height(), reject.height());
    if (width() - 2 * edge - answer.width() - reject.width() < m_theme.px(apartMm))
        return false;

    // The title centred between "Ton aus" (top right) and "Vorlesen" (top left) or its mirror
    // image; where it does not fit there, across the whole width below them.
    const int corner = std::max(mute.width(), read.width());
    const int cornerHeight = std::max(mute.height(), read.height());
    if (read.isValid() && read.width() + gap + mute.width() > textWidth)
        return false;
    int titleWidth = width() - 2 * (margin + corner + gap);
    int title = textHeight(m_title, titleWidth, wholeText);
    int titleTop = margin;
    if (title < 0) {
        titleWidth = textWidth;
        title = textHeight(m_title, titleWidth, wholeText);
        titleTop = margin + cornerHeight + gap;
    }
    const int countdown = textHeight(m_countdown, textWidth, wholeText);
    if (title < 0 || countdown < 0)
        return false;
    int y = std::max(titleTop + title, margin + cornerHeight) + gap;
    const int countdownTop = y;
    if (countdown > 0)
        y += countdown + gap;
    const int rowTop = height() - edge - rowHeight;
    if (y > rowTop)
        return false;

    m_sideBySide = true;
    m_mute->setGeometry(width() - margin - mute.width(), margin, mute.width(), mute.height());
    if (read.isValid())
        m_readAloud->setGeometry(margin, margin, read.width(), read.height());
    m_title->setGeometry((width() - titleWidth) / 2, titleTop, titleWidth,
                         titleTop == margin ? std::max(title, cornerHeight) : title);
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
    const auto [margin, gap, edge, textWidth, mute, read, answer, reject] = parts(titleRole);
    const int title = textHeight(m_title, textWidth, wholeText);
    const int countdown = textHeight(m_countdown, textWidth, wholeText);
    if (title < 0 || countdown < 0)
        return false;

    // Bottom: "Vorlesen", "Ton aus" and "Ablehnen" in a row, or "Vorlesen" and "Ton aus" above
    // "Ablehnen" (side by side, or one above the other where the glass is narrow).
    const bool pairInRow = !read.isValid() || read.width() + gap + mute.width() <= textWidth;
    const int pairWidth = !read.isValid() ? mute.width()
                          : pairInRow     ? read.width() + gap + mute.width()
                                          : std::max(read.width(), mute.width());
    const int pairHeight = !read.isValid() ? mute.height()
                           : pairInRow     ? std::max(mute.height(), read.height())
                                           : read.height() + gap + mute.height();
    const bool muteBeside = pairInRow && pairWidth + gap + reject.width() <= width() - 2 * edge;
    const int rejectTop = height() - edge - reject.height();
    const int muteTop =
        muteBeside ? rejectTop + (reject.height() - pairHeight) / 2 : rejectTop - gap - pairHeight;
    const int bottomTop = std::min(rejectTop, muteTop);

    int y = margin + title + gap;
    const int countdownTop = y;
    if (countdown > 0)
        y += countdown + gap;
    const int answerTop = y;
    y += answer.height();
    const bool fits = bottomTop - y >= m_theme.px(apartMm) &&
                      answer.width() <= width() - 2 * margin &&
                      reject.width() <= width() - 2 * margin && pairWidth <= textWidth;

    m_sideBySide = false;
    m_title->setGeometry(margin, margin, textWidth, title);
    m_countdown->setGeometry(margin, countdownTop, textWidth, countdown);
    m_answer->setGeometry((width() - answer.width()) / 2, answerTop, answer.width(),
                          answer.height());
    // "Vorlesen" left of "Ton aus" on one line, or above it.
    const auto placePair = [&](int left) {
        if (!read.isValid()) {
            m_mute->setGeometry(left, muteTop, mute.width(), mute.height());
        } else if (pairInRow) {
            m_readAloud->setGeometry(left, muteTop + (pairHeight - read.height()) / 2, read.width(),
                                     read.height());
            m_mute->setGeometry(left + read.width() + gap,
                                muteTop + (pairHeight - mute.height()) / 2, mute.width(),
                                mute.height());
        } else {
            m_readAloud->setGeometry(left + (pairWidth - read.width()) / 2, muteTop, read.width(),
                                     read.height());
            m_mute->setGeometry(left + (pairWidth - mute.width()) / 2,
                                muteTop + read.height() + gap, mute.width(), mute.height());
        }
    };
    if (muteBeside) {
        const int left = (width() - pairWidth - gap - reject.width()) / 2;
        placePair(left);
        m_reject->setGeometry(left + pairWidth + gap, rejectTop, reject.width(), reject.height());
    } else {
        placePair((width() - pairWidth) / 2);
        m_reject->setGeometry((width() - reject.width()) / 2, rejectTop, reject.width(),
                              reject.height());
    }
    placePicture(QRect(margin, y + gap, textWidth, bottomTop - 2 * gap - y));
    return fits;
}

void RingScreen::placePicture(QRect room)
{
    const int side =
        pictureSide(m_theme, std::min(room.width(), room.height()), pictureMaxMm, pictureMinMm);
    showPicture(m_picture, m_picturePath, side, m_theme.palette().icon, m_pictureSide);
    if (side > 0)
        m_picture->setGeometry(room.x(), room.y() + (room.height() - side) / 2, room.width(), side);
}

} // namespace Dorfplatz
