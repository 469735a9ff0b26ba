#include "playerscreen.h"

#include "core/i18n/spokentext.h"
#include "core/logging.h"
#include "media/mediaplayer.h"
#include "media/playerprovider.h"
#include "playercontrols.h"
#include "playerstatus.h"
#include "ui/kit/firstfit.h"
#include "ui/kit/picture.h"
#include "ui/kit/playerbutton.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"
#include "videoview.h"
#include "volumebar.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QPointerEvent>
#include <QWindow>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr double logoMaxMm = 70.0;
constexpr double logoMinMm = 20.0;

// The top-level window an event's receiver belongs to: a widget's, or for a QWindow (the video
// windows of both backends are embedded QWindows) the one it is embedded in.
QWindow *topWindowOf(QObject *object)
{
    if (const auto *widget = qobject_cast<QWidget *>(object))
        return widget->window()->windowHandle();
    auto *window = qobject_cast<QWindow *>(object);
    while (window && window->parent())
        window = window->parent();
    return window;
}

} // namespace

PlayerScreen::PlayerScreen(const Theme &theme, const StreamConfig &stream, const QString &logoPath,
                           const VolumeLimits &limits, PlayerProvider &provider, QWidget *parent)
    : Screen(parent)
    , m_theme(theme)
    , m_stream(stream)
    , m_limits(limits)
    , m_logoPath(logoPath)
    , m_player(provider.createPlayer(stream.kind, this))
    , m_session(std::make_unique<StreamSession>(m_player.get(), stream))
    , m_volume(limits.clamp(stream.volume.value_or(limits.initial)))
    , m_name(textLabel(theme, Theme::TextRole::Heading, u"name"_s, this))
    , m_nowPlaying(textLabel(theme, Theme::TextRole::Body, u"nowPlaying"_s, this))
    , m_status(textLabel(theme, Theme::TextRole::Body, u"status"_s, this))
    , m_controls(new PlayerControls(theme, this))
{
    m_name->setText(stream.name);
    if (m_stream.kind == StreamKind::Video) {
        m_video = new VideoView(m_player->backendName(), this);
        m_name->setFont(theme.font(Theme::TextRole::Label));
        // The status is written on the black picture area.
        const ThemePalette &palette = theme.palette();
        const QColor onBlack = Theme::contrastRatio(palette.text, Qt::black) >= 7.0
                                   ? palette.text
                                   : palette.background;
        m_status->setStyleSheet(u"QLabel { color: %1; }"_s.arg(onBlack.name()));
        // Taps on the picture reach the video windows, not this widget: watch them all.
        qApp->installEventFilter(this);
    } else {
        m_logo = new QLabel(this);
        m_logo->setObjectName(u"logo"_s);
        m_logo->setAlignment(Qt::AlignCenter);
    }

    m_controlsTimer.setSingleShot(true);
    m_controlsTimer.setInterval(defaultControlsKeepTime);
    connect(&m_controlsTimer, &QTimer::timeout, this, [this] {
        if (m_session->phase() == StreamSession::Phase::Playing)
            setControlsShown(false);
    });

    connect(m_session.get(), &StreamSession::phaseChanged, this, &PlayerScreen::onPhaseChanged);
    connect(m_session.get(), &StreamSession::attemptFailed, this, [this] {
        m_retrying = true;
        updateStatus();
    });
    connect(m_player.get(), &MediaPlayer::nowPlayingChanged, this, &PlayerScreen::updateNowPlaying);
    connect(pauseButton(), &TapButton::clicked, this, &PlayerScreen::togglePause);
    connect(quieterButton(), &TapButton::clicked, this, [this] { changeVolume(-1); });
    connect(louderButton(), &TapButton::clicked, this, [this] { changeVolume(+1); });
    connect(homeButton(), &TapButton::clicked, this, &Screen::homeRequested);

    volumeBar()->setRange(m_limits.minimum, m_limits.maximum);
    changeVolume(0);
    onPhaseChanged(m_session->phase());
    updateNowPlaying(m_player->nowPlaying());
}

PlayerScreen::~PlayerScreen()
{
    qApp->removeEventFilter(this);
    // Nothing the session or player still says may reach the half-destroyed screen.
    m_session->disconnect(this);
    m_player->disconnect(this);
    m_session->stop();
    m_player->stop();
}

QString PlayerScreen::screenName() const
{
    return u"stream"_s;
}

bool PlayerScreen::holdsInactivity() const
{
    return m_group || m_holdsInactivity;
}

void PlayerScreen::setGroupSession(int volume)
{
    m_group = true;
    m_limits.maximum = m_limits.staffMaximum;
    volumeBar()->setRange(m_limits.minimum, m_limits.maximum);
    m_volume = m_limits.clamp(volume);
    m_controls->setPauseShown(false);
    setControlsHome(false);
    changeVolume(0);
    Q_EMIT chromeChanged();
    Q_EMIT inactivityStateChanged();
}

QString PlayerScreen::spokenText() const
{
    return spokenFor(m_stream.name, m_stream.kind, m_session->phase(), statusText(),
                     nowPlayingText());
}

QString PlayerScreen::spokenFor(const QString &station, StreamKind kind, StreamSession::Phase phase,
                                const QString &status, const QString &title)
{
    const QString name = station.simplified();
    QStringList parts;
    if (phase != StreamSession::Phase::Playing) {
        //: Read aloud on the player while the station cannot be heard or seen (paused, about
        //: to start, a fault): "Sender: %1."
        parts.append(tr("Station: %1.").arg(name));
        parts.append(status);
    } else if (kind == StreamKind::Video) {
        //: Read aloud on the player of a TV station: "Sie sehen %1."
        parts.append(tr("You are watching %1.").arg(name));
    } else {
        //: Read aloud on the player of a radio station: "Sie hören %1."
        parts.append(tr("You are listening to %1.").arg(name));
        if (const QString shown = title.simplified(); !shown.isEmpty()) {
            //: Read aloud on the player: the title the radio is playing, "Gerade läuft: %1."
            parts.append(tr("Now playing: %1.").arg(shown));
        }
    }
    return SpokenText::sentences(parts);
}

QString PlayerScreen::statusText() const
{
    return m_status->text();
}

QString PlayerScreen::nowPlayingText() const
{
    return m_nowPlaying->text();
}

PlayerButton *PlayerScreen::pauseButton() const
{
    return m_controls->pauseButton();
}

PlayerButton *PlayerScreen::quieterButton() const
{
    return m_controls->quieterButton();
}

PlayerButton *PlayerScreen::louderButton() const
{
    return m_controls->louderButton();
}

BigButton *PlayerScreen::homeButton() const
{
    return m_controls->homeButton();
}

VolumeBar *PlayerScreen::volumeBar() const
{
    return m_controls->volumeBar();
}

void PlayerScreen::setControlsKeepTime(std::chrono::milliseconds keep)
{
    m_controlsTimer.setInterval(keep);
    if (m_controlsTimer.isActive())
        m_controlsTimer.start();
}

void PlayerScreen::activated()
{
    if (m_session->phase() == StreamSession::Phase::Idle)
        startPlaying();
}

void PlayerScreen::deactivated()
{
    // The resident left the screen; the navigator deletes it right after.
    if (m_session->phase() != StreamSession::Phase::Idle) {
        qCInfo(lcUi) << "player left: stopping" << m_stream.id;
        m_session->stop();
    }
    m_resumeAfterInterruption = false;
}

void PlayerScreen::interrupted()
{
    const StreamSession::Phase phase = m_session->phase();
    m_resumeAfterInterruption =
        phase != StreamSession::Phase::Idle && phase != StreamSession::Phase::Paused;
    qCInfo(lcUi) << "player interrupted: pausing" << m_stream.id;
    m_session->pause();
}

void PlayerScreen::resumed()
{
    if (m_resumeAfterInterruption) {
        qCInfo(lcUi) << "player: resuming" << m_stream.id << "after the interruption";
        m_session->resume();
    }
    m_resumeAfterInterruption = false;
}

void PlayerScreen::startPlaying()
{
    qCInfo(lcUi) << "player: starting" << m_stream.id << "with" << m_player->backendName();
    m_retrying = false;
    if (m_video) {
        // Only now: the screen has its final parent, so the native window id stays valid.
        m_player->setVideoTarget(m_video->target());
    }
    m_session->start();
}

void PlayerScreen::onPhaseChanged(StreamSession::Phase phase)
{
    // Whatever comes after playing or a pause is a fresh start, not a retry.
    if (phase == StreamSession::Phase::Playing || phase == StreamSession::Phase::Paused)
        m_retrying = false;
    const bool paused = phase == StreamSession::Phase::Paused;
    m_controls->setPaused(paused);
    // Also while connecting or waiting: the resident can stop what is about to start.
    pauseButton()->setEnabled(phase != StreamSession::Phase::Idle);
    updateStatus();
    if (m_video) {
        if (phase == StreamSession::Phase::Playing) {
            restartControlsTimer();
        } else {
            m_controlsTimer.stop();
            setControlsShown(true);
        }
    }
    updateInactivityHold();
}

void PlayerScreen::updateInactivityHold()
{
    const StreamSession::Phase phase = m_session->phase();
    const bool hold = phase != StreamSession::Phase::Idle && phase != StreamSession::Phase::Paused;
    if (hold == m_holdsInactivity)
        return;
    m_holdsInactivity = hold;
    Q_EMIT inactivityStateChanged();
}

void PlayerScreen::togglePause()
{
    if (m_session->phase() == StreamSession::Phase::Paused)
        m_session->resume();
    else
        m_session->pause();
}

void PlayerScreen::changeVolume(int steps)
{
    m_volume = m_limits.clamp(m_volume + steps * std::max(1, m_limits.step));
    m_player->setVolume(m_volume);
    volumeBar()->setValue(m_volume);
    quieterButton()->setEnabled(m_volume > m_limits.minimum);
    louderButton()->setEnabled(m_volume < m_limits.maximum);
}

void PlayerScreen::updateStatus()
{
    const QString text =
        PlayerStatus::text(m_session->phase(), m_session->problem(), m_retrying, m_stream.kind);
    if (text == m_status->text())
        return;
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    relayout();
    Q_EMIT statusTextChanged(text);
    if (const QString now = trouble(); now != m_trouble) {
        m_trouble = now;
        Q_EMIT troubleChanged();
    }
}

QString PlayerScreen::trouble() const
{
    // A failed attempt, and the wait for the next one: the first "one moment" is no trouble.
    const auto phase = m_session->phase();
    const bool troubled = phase == StreamSession::Phase::Waiting ||
                          (phase == StreamSession::Phase::Connecting && m_retrying);
    return troubled ? m_status->text() : QString();
}

void PlayerScreen::updateNowPlaying(const QString &title)
{
    // A title that only repeats the station's name tells nothing new.
    const QString shown =
        title.compare(m_stream.name, Qt::CaseInsensitive) == 0 ? QString() : title;
    if (shown == m_nowPlaying->text())
        return;
    m_nowPlaying->setText(shown);
    m_nowPlaying->setVisible(!shown.isEmpty());
    relayout();
}

void PlayerScreen::setControlsShown(bool shown)
{
    if (shown == m_controlsShown)
        return;
    m_controlsShown = shown;
    relayout();
    Q_EMIT controlsShownChanged(shown);
}

void PlayerScreen::restartControlsTimer()
{
    if (m_controlsShown && m_session->phase() == StreamSession::Phase::Playing)
        m_controlsTimer.start();
}

bool PlayerScreen::isTapOnScreen(QObject *watched, QEvent *event) const
{
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::TouchBegin)
        return false;
    auto *pointer = static_cast<QPointerEvent *>(event);
    if (pointer->pointCount() == 0 || !isVisible())
        return false;
    const QWindow *own = window()->windowHandle();
    if (!own || topWindowOf(watched) != own)
        return false;
    const QPoint global = pointer->point(0).globalPosition().toPoint();
    return rect().contains(mapFromGlobal(global));
}

bool PlayerScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (m_video && isTapOnScreen(watched, event)) {
        setControlsShown(true);
        restartControlsTimer();
    }
    return Screen::eventFilter(watched, event);
}

void PlayerScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    relayout();
}

void PlayerScreen::paintEvent(QPaintEvent *event)
{
    Screen::paintEvent(event);
    if (m_video && !m_pictureArea.isEmpty())
        QPainter(this).fillRect(m_pictureArea, Qt::black);
}

void PlayerScreen::relayout()
{
    if (width() <= 0 || height() <= 0)
        return;
    if (m_video)
        relayoutVideo();
    else
        relayoutRadio();
}

bool PlayerScreen::hasHomeButton() const
{
    // In a group session there is none at all: the header shows none either.
    return m_group || m_controls->homeShown();
}

bool PlayerScreen::showsHeader() const
{
    // Video wants the whole glass; radio keeps the clock in view. Without its own Home (a tiny
    // screen with large text), video needs the header's.
    return m_stream.kind != StreamKind::Video || !hasHomeButton();
}

PlayerScreen::RadioLayout PlayerScreen::measureRadio(const RadioVariant &variant, int width)
{
    const int gap = m_theme.px(Theme::gapMm);
    setFontIfChanged(m_name, m_theme.font(variant.nameRole));
    QList<int> heights;
    if (variant.name)
        heights.append(textHeight(m_name, width));
    if (variant.title)
        heights.append(textHeight(m_nowPlaying, width));
    heights.append(textHeight(m_status, width));
    heights.removeAll(0);
    RadioLayout layout{variant, 0, m_controls->heightFor(width, variant.home)};
    for (const int h : std::as_const(heights))
        layout.text += h + gap;
    return layout;
}

void PlayerScreen::relayoutRadio()
{
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int width = this->width() - 2 * margin;
    const int height = this->height() - 2 * margin;

    // From everything at its best to the least that must stay (see the class comment).
    // When the row's own Home has to go, the header shows its Home instead (chromeChanged).
    static constexpr RadioVariant variants[] = {
        {Theme::TextRole::Heading, true, true, true},  {Theme::TextRole::Label, true, true, true},
        {Theme::TextRole::Label, false, true, true},   {Theme::TextRole::Label, false, false, true},
        {Theme::TextRole::Label, false, false, false},
    };
    const RadioLayout chosen = firstThatFitsOrLast(
        variants, [&](const RadioVariant &variant) { return measureRadio(variant, width); },
        [height](const RadioLayout &layout) { return layout.text + layout.controls <= height; });
    m_name->setVisible(chosen.variant.name && !m_name->text().isEmpty());
    m_nowPlaying->setVisible(chosen.variant.title && !m_nowPlaying->text().isEmpty());
    setControlsHome(chosen.variant.home);

    // The logo takes what is left, up to a size that still leaves the screen calm.
    const int side =
        pictureSide(m_theme, height - chosen.text - chosen.controls - gap, logoMaxMm, logoMinMm);
    showPicture(m_logo, m_logoPath, side, m_theme.palette().icon, m_logoSide);

    // Logo and texts centred in the room above the controls, which sit at the bottom.
    const int controlsTop = margin + height - chosen.controls;
    const int block = chosen.text + (side > 0 ? side + gap : 0) - gap;
    int y = margin + std::max(0, (controlsTop - gap - margin - block) / 2);
    if (side > 0) {
        m_logo->setGeometry(margin, y, width, side);
        y += side + gap;
    }
    for (QLabel *label : {m_name, m_nowPlaying, m_status}) {
        if (label->isHidden())
            continue;
        const int h = label->heightForWidth(width);
        label->setGeometry(margin, y, width, h);
        y += h + gap;
    }
    m_controls->setGeometry(margin, controlsTop, width, chosen.controls);
}

void PlayerScreen::setControlsHome(bool shown)
{
    shown = shown && !m_group;
    if (m_controls->homeShown() == shown)
        return;
    m_controls->setHomeShown(shown);
    Q_EMIT chromeChanged();
}

void PlayerScreen::relayoutVideo()
{
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int width = this->width() - 2 * margin;

    const int statusText = textHeight(m_status, width);
    const int statusHeight = statusText > 0 ? statusText + 2 * margin : 0;

    // The name goes first, then the row's own Home (the header then shows its Home).
    static constexpr VideoVariant variants[] = {{true, true}, {true, false}, {false, false}};
    const auto measure = [&](const VideoVariant &variant) {
        const int controls = m_controls->heightFor(width, variant.home);
        const int name = variant.name ? textHeight(m_name, width) : 0;
        return VideoLayout{variant, 2 * margin + (name > 0 ? name + gap : 0) + controls, controls};
    };
    // Hidden controls take no room, whatever they would need.
    const VideoLayout chosen =
        m_controlsShown ? firstThatFitsOrLast(variants, measure,
                                              [&](const VideoLayout &layout) {
                                                  return statusHeight + layout.panel <= height();
                                              })
                        : VideoLayout{variants[0], 0, 0};
    const int videoHeight = std::max(0, height() - statusHeight - chosen.panel);

    m_status->setGeometry(margin, margin, width, statusText);
    m_video->setGeometry(0, statusHeight, this->width(), videoHeight);
    m_pictureArea = QRect(0, 0, this->width(), statusHeight + videoHeight);

    const bool showName = m_controlsShown && chosen.variant.name && !m_name->text().isEmpty();
    m_name->setVisible(showName);
    m_controls->setVisible(m_controlsShown);
    setControlsHome(chosen.variant.home);
    int y = statusHeight + videoHeight + margin;
    if (showName) {
        const int h = m_name->heightForWidth(width);
        m_name->setGeometry(margin, y, width, h);
        y += h + gap;
    }
    m_controls->setGeometry(margin, y, width, chosen.controls);
    update();
}

} // namespace Dorfplatz
