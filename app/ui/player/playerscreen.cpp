#include "playerscreen.h"

#include "core/logging.h"
#include "media/mediaplayer.h"
#include "media/playerprovider.h"
#include "playercontrols.h"
#include "playerstatus.h"
#include "ui/kit/picture.h"
#include "ui/kit/playerbutton.h"
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

QLabel *textLabel(const Theme &theme, const QString &objectName, Theme::TextRole role,
                  QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setFont(theme.font(role));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

void setFontIfChanged(QLabel *label, const QFont &font)
{
    if (label->font() != font)
        label->setFont(font);
}

int labelHeight(const QLabel *label, int width)
{
    return label->text().isEmpty() ? 0 : label->heightForWidth(width);
}

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
    , m_player(provider.createPlayer(this))
    , m_session(std::make_unique<StreamSession>(m_player.get(), stream))
    , m_volume(limits.clamp(stream.volume.value_or(limits.initial)))
    , m_name(textLabel(theme, u"name"_s, Theme::TextRole::Heading, this))
    , m_nowPlaying(textLabel(theme, u"nowPlaying"_s, Theme::TextRole::Body, this))
    , m_status(textLabel(theme, u"status"_s, Theme::TextRole::Body, this))
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
    return m_holdsInactivity;
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
    return m_controls->homeShown();
}

bool PlayerScreen::showsHeader() const
{
    // Video wants the whole glass; radio keeps the clock in view. Without its own Home (a tiny
    // screen with large text), video needs the header's.
    return m_stream.kind != StreamKind::Video || !hasHomeButton();
}

void PlayerScreen::relayoutRadio()
{
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int width = this->width() - 2 * margin;
    const int height = this->height() - 2 * margin;

    struct Variant
    {
        Theme::TextRole nameRole;
        bool title;
        bool home;
        bool name;
    };
    // From everything at its best to the least that must stay (see the class comment).
    // When the row's own Home has to go, the header shows its Home instead (chromeChanged).
    static constexpr Variant variants[] = {
        {Theme::TextRole::Heading, true, true, true},  {Theme::TextRole::Label, true, true, true},
        {Theme::TextRole::Label, false, true, true},   {Theme::TextRole::Label, false, false, true},
        {Theme::TextRole::Label, false, false, false},
    };
    Variant chosen = variants[0];
    int textHeight = 0;
    int controlsHeight = 0;
    for (const Variant &variant : variants) {
        chosen = variant;
        setFontIfChanged(m_name, m_theme.font(variant.nameRole));
        QList<int> heights;
        if (variant.name)
            heights.append(labelHeight(m_name, width));
        if (variant.title)
            heights.append(labelHeight(m_nowPlaying, width));
        heights.append(labelHeight(m_status, width));
        heights.removeAll(0);
        textHeight = 0;
        for (const int h : std::as_const(heights))
            textHeight += h + gap;
        controlsHeight = m_controls->heightFor(width, variant.home);
        if (textHeight + controlsHeight <= height)
            break;
    }
    m_name->setVisible(chosen.name && !m_name->text().isEmpty());
    m_nowPlaying->setVisible(chosen.title && !m_nowPlaying->text().isEmpty());
    if (m_controls->homeShown() != chosen.home) {
        m_controls->setHomeShown(chosen.home);
        Q_EMIT chromeChanged();
    }

    // The logo takes what is left, up to a size that still leaves the screen calm.
    int side = std::min(height - textHeight - controlsHeight - gap, m_theme.px(logoMaxMm));
    if (side < m_theme.px(logoMinMm))
        side = 0;
    if (side != m_logoSide) {
        m_logoSide = side;
        m_logo->setPixmap(side > 0 ? renderPicture(m_logoPath, QSize(side, side),
                                                   m_theme.palette().icon, devicePixelRatioF())
                                   : QPixmap());
    }
    m_logo->setVisible(side > 0);

    // Logo and texts centred in the room above the controls, which sit at the bottom.
    const int controlsTop = margin + height - controlsHeight;
    const int block = textHeight + (side > 0 ? side + gap : 0) - gap;
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
    m_controls->setGeometry(margin, controlsTop, width, controlsHeight);
}

void PlayerScreen::relayoutVideo()
{
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int width = this->width() - 2 * margin;

    const int statusText = labelHeight(m_status, width);
    const int statusHeight = statusText > 0 ? statusText + 2 * margin : 0;

    struct Variant
    {
        bool home;
        bool name;
    };
    static constexpr Variant variants[] = {{true, true}, {true, false}, {false, false}};
    Variant chosen = variants[0];
    int panelHeight = 0;
    int controlsHeight = 0;
    for (const Variant &variant : variants) {
        chosen = variant;
        if (!m_controlsShown) {
            panelHeight = 0;
            break;
        }
        controlsHeight = m_controls->heightFor(width, variant.home);
        const int name = variant.name ? labelHeight(m_name, width) : 0;
        panelHeight = 2 * margin + (name > 0 ? name + gap : 0) + controlsHeight;
        if (statusHeight + panelHeight <= height())
            break;
    }
    const int videoHeight = std::max(0, height() - statusHeight - panelHeight);

    m_status->setGeometry(margin, margin, width, statusText);
    m_video->setGeometry(0, statusHeight, this->width(), videoHeight);
    m_pictureArea = QRect(0, 0, this->width(), statusHeight + videoHeight);

    const bool showName = m_controlsShown && chosen.name && !m_name->text().isEmpty();
    m_name->setVisible(showName);
    m_controls->setVisible(m_controlsShown);
    if (m_controls->homeShown() != chosen.home) {
        m_controls->setHomeShown(chosen.home);
        Q_EMIT chromeChanged();
    }
    int y = statusHeight + videoHeight + margin;
    if (showName) {
        const int h = m_name->heightForWidth(width);
        m_name->setGeometry(margin, y, width, h);
        y += h + gap;
    }
    m_controls->setGeometry(margin, y, width, controlsHeight);
    update();
}

} // namespace Dorfplatz
