#include "callscreen.h"

#include "callbutton.h"
#include "core/i18n/spokentext.h"
#include "core/logging.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/firstfit.h"
#include "ui/kit/picture.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QLabel>
#include <QPainter>

#include <array>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

constexpr double pictureMaxMm = 90.0;
constexpr double pictureMinMm = 20.0;
// The band's texts are shown and hidden to make room: a hidden one takes none.
constexpr TextHeightRules shownText{.hiddenIsEmpty = true};

} // namespace

CallScreen::CallScreen(const Theme &theme, CallEngine *engine, ContactConfig contact,
                       const QString &picturePath, Timing timing, Start start, QWidget *parent)
    : Screen(parent)
    , m_theme(theme)
    , m_engine(engine)
    , m_contact(std::move(contact))
    , m_picturePath(picturePath)
    , m_timing(timing)
    , m_cover(new QLabel(this))
    , m_band(new QWidget(this))
    , m_name(textLabel(theme, Theme::TextRole::Label, u"name"_s, m_band))
    , m_status(textLabel(theme, Theme::TextRole::Body, u"status"_s, m_band))
    , m_problem(textLabel(theme, Theme::TextRole::Body, u"problem"_s, m_band))
    , m_cameraSign(textLabel(theme, Theme::TextRole::Body, u"cameraSign"_s, m_band))
    , m_hangUp(new CallButton(theme, CallButton::Kind::HangUp, tr("Hang up"), this))
    , m_cameraButton(new BigButton(theme, tr("Turn camera on"), {}, BigButton::Style::Accent, this))
    , m_failurePanel(new QWidget(this))
    , m_failurePicture(new QLabel(m_failurePanel))
    , m_failureText(textLabel(theme, Theme::TextRole::Body, u"failure"_s, m_failurePanel))
    , m_home(BigButton::home(theme, m_failurePanel))
{
    const ThemePalette &palette = theme.palette();

    m_cover->setObjectName(u"cover"_s);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setAutoFillBackground(true);
    m_cover->setStyleSheet(u"QLabel#cover { background: %1; }"_s.arg(palette.call.name()));

    m_band->setObjectName(u"band"_s);
    m_band->setAttribute(Qt::WA_StyledBackground);
    const QColor &band = palette.callBand;
    m_band->setStyleSheet(u"QWidget#band { background: rgba(%1, %2, %3, %4); } "
                          u"QLabel { color: %5; background: transparent; }"_s.arg(
                              QString::number(band.red()), QString::number(band.green()),
                              QString::number(band.blue()), QString::number(band.alpha()),
                              palette.callText.name()));
    m_name->setText(m_contact.name);
    m_problem->hide();
    // Whenever the camera is on, the resident can see that it is.
    m_cameraSign->setText(u"\u25CF "_s + tr("Camera on"));
    m_cameraSign->hide();
    m_hangUp->setObjectName(u"hangUp"_s);
    m_cameraButton->setObjectName(u"camera"_s);
    m_cameraButton->hide();

    m_failurePanel->setObjectName(u"failurePanel"_s);
    m_failurePanel->setAttribute(Qt::WA_StyledBackground);
    m_failurePanel->setStyleSheet(u"QWidget#failurePanel { background: %1; } "
                                  u"QLabel { color: %2; background: transparent; }"_s.arg(
                                      palette.background.name(), palette.text.name()));
    m_failurePicture->setAlignment(Qt::AlignCenter);
    m_home->setObjectName(u"home"_s);
    m_failurePanel->hide();

    connect(m_hangUp, &TapButton::clicked, this, &CallScreen::hangUp);
    connect(m_cameraButton, &TapButton::clicked, this, &CallScreen::turnCameraOn);
    connect(m_home, &TapButton::clicked, this, &Screen::homeRequested);

    // Who is called is the resident's business: the contact only at debug level.
    m_aloneTimer.setSingleShot(true);
    m_aloneTimer.setInterval(m_timing.alone);
    connect(&m_aloneTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcCalls) << "call: alone in the room for" << m_aloneTimer.interval() / 1000
                        << "s: hanging up";
        showFailure(Failure::NobodyCame);
    });
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(m_timing.connect);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcCalls) << "call: the room was not joined within"
                           << m_connectTimer.interval() / 1000 << "s";
        showFailure(Failure::Unreachable);
    });
    m_lengthTimer.setSingleShot(true);
    m_lengthTimer.setInterval(m_timing.maxLength);
    connect(&m_lengthTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcCalls) << "call: ended after its longest time of"
                        << m_lengthTimer.interval() / 60000 << "min";
        showFailure(Failure::TimeLimit);
    });
    m_endingSoonTimer.setSingleShot(true);
    m_endingSoonTimer.setInterval(
        std::max(m_timing.maxLength - std::chrono::minutes(1), m_timing.maxLength / 2));
    connect(&m_endingSoonTimer, &QTimer::timeout, this, [this] {
        m_endingSoon = true;
        updateStatus();
    });
    m_failureTimer.setSingleShot(true);
    m_failureTimer.setInterval(m_timing.failureShown);
    connect(&m_failureTimer, &QTimer::timeout, this, [this] {
        // Not from under a ring screen: that one decides where the resident goes.
        if (isVisible())
            Q_EMIT homeRequested();
    });

    if (engine && engine->isolation() == CallEngine::Isolation::OwnProcess) {
        // The call program draws into a window of its own inside this screen, which covers
        // whatever this process draws there: what goes over the call gets a window too, stacked
        // above it. (Their see-through parts show this screen's dark colour, not the call.)
        for (QWidget *over :
             {static_cast<QWidget *>(m_cover), m_band, static_cast<QWidget *>(m_hangUp),
              static_cast<QWidget *>(m_cameraButton), m_failurePanel}) {
            over->setAttribute(Qt::WA_DontCreateNativeAncestors);
            over->setAttribute(Qt::WA_NativeWindow);
        }
    }
    if (m_engine) {
        m_view = m_engine->view();
        if (m_view) {
            m_view->setParent(this);
            m_view->lower();
            m_view->show();
        }
        m_engine->start(CallRequest{m_contact.server, m_contact.room, m_contact.displayName,
                                    m_contact.jwt, m_contact.roomPassword, start.answering,
                                    start.cameraOff});
        // Only now: the end of a call still running before start() is not this call's end.
        connect(m_engine, &CallEngine::joined, this, &CallScreen::onJoined);
        connect(m_engine, &CallEngine::participantsChanged, this,
                &CallScreen::onParticipantsChanged);
        connect(m_engine, &CallEngine::mediaProblem, this, &CallScreen::showMediaProblem);
        connect(m_engine, &CallEngine::ended, this, &CallScreen::onEnded);
        connect(m_engine, &CallEngine::cameraChanged, this, &CallScreen::showCamera);
        connect(m_engine, &CallEngine::otherCameraChanged, this, &CallScreen::showOtherCamera);
        connect(m_engine, &CallEngine::waitingInLobby, this, &CallScreen::showWaitingInLobby);
        m_connectTimer.start();
        m_lengthTimer.start();
        m_endingSoonTimer.start();
        showCamera(m_engine->isCameraOn());
    } else {
        showCamera(!start.cameraOff);
    }
    updateStatus();
}

CallScreen::~CallScreen()
{
    // Raw pointers once checked: QPointer reloads on every use.
    if (CallEngine *engine = m_engine) {
        engine->disconnect(this);
        if (engine->isActive())
            engine->hangUp();
        engine->releaseView();
    }
    // The engine owns the view: it must outlive this screen.
    if (QWidget *view = m_view; view && view->parent() == this) {
        view->hide();
        view->setParent(nullptr);
    }
}

QString CallScreen::screenName() const
{
    return u"call"_s;
}

QString CallScreen::spokenText() const
{
    if (m_state == State::Failed)
        return SpokenText::sentences({failureText()});
    QString status = statusText();
    if (status.isEmpty() && m_state == State::InCall) {
        //: Read aloud during a call with the other person there: "Sie sprechen mit %1."
        status = tr("You are talking to %1.").arg(m_contact.name);
    }
    return SpokenText::sentences({status, problemText()});
}

QString CallScreen::nameText() const
{
    return m_name->text();
}

QString CallScreen::statusText() const
{
    return m_status->text();
}

QString CallScreen::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString CallScreen::failureText() const
{
    return m_failurePanel->isHidden() ? QString() : m_failureText->text();
}

bool CallScreen::coverShown() const
{
    return !m_cover->isHidden();
}

void CallScreen::setState(State state)
{
    if (state == m_state)
        return;
    const bool held = holdsInactivity();
    m_state = state;
    updateStatus();
    if (held != holdsInactivity())
        Q_EMIT inactivityStateChanged();
    Q_EMIT stateChanged(state);
}

void CallScreen::onJoined()
{
    if (m_state != State::Connecting)
        return;
    qCInfo(lcCalls) << "call: joined the room";
    qCDebug(lcCalls) << "call: (the room of" << m_contact.id << ")";
    m_connectTimer.stop();
    m_cover->hide();
    setState(State::InCall);
    onParticipantsChanged(m_engine ? m_engine->otherParticipants() : 0);
}

void CallScreen::onParticipantsChanged(int others)
{
    if (m_state != State::InCall)
        return;
    if (others > 0) {
        m_othersCame = true;
        m_aloneTimer.stop();
    } else if (m_othersCame) {
        // The other side hung up: so does the kiosk, as a telephone would.
        qCInfo(lcCalls) << "call: everyone else left the room";
        hangUp();
        return;
    } else if (!m_aloneTimer.isActive()) {
        m_aloneTimer.start();
    }
    updateStatus();
}

void CallScreen::onEnded(CallEngine::EndReason reason)
{
    if (m_left || m_state == State::Failed)
        return;
    qCInfo(lcCalls) << "call: ended" << callEndName(reason);
    if (reason == CallEngine::EndReason::LoadFailed) {
        showFailure(Failure::Unreachable);
        return;
    }
    m_left = true;
    Q_EMIT homeRequested();
}

void CallScreen::hangUp()
{
    if (m_left)
        return;
    m_left = true;
    m_aloneTimer.stop();
    m_connectTimer.stop();
    if (m_engine && m_engine->isActive())
        m_engine->hangUp();
    Q_EMIT homeRequested();
}

void CallScreen::showFailure(Failure failure)
{
    m_aloneTimer.stop();
    m_connectTimer.stop();
    m_lengthTimer.stop();
    m_endingSoonTimer.stop();
    if (m_engine && m_engine->isActive())
        m_engine->hangUp();
    const QString name = m_contact.name;
    QString what;
    switch (failure) {
    case Failure::Unreachable:
        what =
            tr("The connection to %1 is not working right now. Please try again later.").arg(name);
        break;
    case Failure::NobodyCame:
        what = tr("%1 is not there right now. Please try again later.").arg(name);
        break;
    case Failure::TimeLimit:
        what = tr("The call has lasted %n minutes and has now ended. You can call %1 again at "
                  "any time.",
                  nullptr,
                  int(std::chrono::duration_cast<std::chrono::minutes>(m_timing.maxLength).count()))
                   .arg(name);
        break;
    }
    m_failureText->setText(what + u'\n' + tr("In a moment you will be back on the home screen."));
    m_failurePanel->show();
    m_failurePanel->raise();
    m_hangUp->hide();
    m_cameraButton->hide();
    m_cameraSign->hide();
    m_band->hide();
    m_failureSide = -1;
    m_failureTimer.start();
    if (failure != Failure::TimeLimit)
        m_trouble = what;
    setState(State::Failed);
    relayout();
    if (!m_trouble.isEmpty())
        Q_EMIT troubleChanged();
}

void CallScreen::showMediaProblem(CallEngine::MediaProblem problem)
{
    (problem == CallEngine::MediaProblem::Camera ? m_cameraProblem : m_microphoneProblem) = true;
    const QString name = m_contact.name;
    QString sentence;
    if (m_cameraProblem && m_microphoneProblem) {
        sentence = tr("The camera and the microphone are not working right now. %1 can neither "
                      "see nor hear you.")
                       .arg(name);
    } else if (m_cameraProblem) {
        sentence = tr("The camera is not working right now. %1 can hear you, but cannot see you.")
                       .arg(name);
    } else {
        sentence =
            tr("The microphone is not working right now. %1 can see you, but cannot hear you.")
                .arg(name);
    }
    m_problem->setText(sentence);
    m_problem->show();
    showCamera(m_cameraOn);
}

void CallScreen::showCamera(bool on)
{
    m_cameraOn = on;
    const bool failed = m_state == State::Failed;
    m_cameraSign->setVisible(on && !failed);
    // A camera that does not work is not offered to be turned on.
    m_cameraButton->setVisible(!on && !failed && !m_cameraProblem);
    relayout();
}

QString CallScreen::cameraSignText() const
{
    return m_cameraSign->isHidden() ? QString() : m_cameraSign->text();
}

void CallScreen::showOtherCamera(bool off)
{
    if (off == m_otherCameraOff)
        return;
    qCInfo(lcCalls) << "call: the other camera is" << (off ? "off" : "on");
    m_otherCameraOff = off;
    updateStatus();
}

void CallScreen::showWaitingInLobby()
{
    if (m_state != State::Connecting || m_inLobby)
        return;
    qCInfo(lcCalls) << "call: waiting in the lobby";
    m_inLobby = true;
    // Letting someone in takes a person: the whole connect time from now.
    if (m_connectTimer.isActive())
        m_connectTimer.start();
    updateStatus();
}

void CallScreen::showJoined(int others)
{
    onJoined();
    onParticipantsChanged(others);
}

void CallScreen::turnCameraOn()
{
    qCInfo(lcCalls) << "call: camera turned on by a tap";
    if (m_engine)
        m_engine->setCameraOn(true);
    else
        showCamera(true);
}

void CallScreen::updateStatus()
{
    QString text;
    if (m_endingSoon && m_state != State::Failed)
        text = tr("The call will end in one minute.");
    else if (m_state == State::Connecting && m_inLobby)
        //: The room has a lobby: "Anna lässt Sie gleich herein …"
        text = tr("%1 will let you in in a moment …").arg(m_contact.name);
    else if (m_state == State::Connecting)
        text = tr("Connecting to %1 …").arg(m_contact.name);
    else if (m_state == State::InCall && !m_othersCame)
        text = tr("%1 is not here yet. Please wait a moment.").arg(m_contact.name);
    else if (m_state == State::InCall && m_otherCameraOff)
        //: The other side switched their camera off: "Die Kamera von Anna ist aus."
        text = tr("%1's camera is off.").arg(m_contact.name);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    relayout();
}

void CallScreen::resizeEvent(QResizeEvent *event)
{
    Screen::resizeEvent(event);
    m_coverSide = -1;
    m_failureSide = -1;
    relayout();
}

void CallScreen::paintEvent(QPaintEvent *event)
{
    Screen::paintEvent(event);
    // Behind the view while it has not drawn yet: dark, like the call that is coming.
    QPainter(this).fillRect(rect(), m_theme.palette().call);
}

void CallScreen::relayout()
{
    if (width() <= 0 || height() <= 0)
        return;
    const int edge = std::max(m_theme.px(hangUpEdgeMm), m_theme.px(Theme::marginMm));
    const QRect all = rect();
    if (m_view)
        m_view->setGeometry(all);
    m_cover->setGeometry(all);

    // Auflegen: centred at the bottom, far from every edge. Kamera einschalten above it, as far
    // from it as Auflegen is from the edge.
    const QSize button = m_hangUp->sizeHint();
    m_hangUp->setGeometry((width() - button.width()) / 2, height() - edge - button.height(),
                          button.width(), button.height());
    const QSize camera = m_cameraButton->sizeHint();
    m_cameraButton->setGeometry((width() - camera.width()) / 2,
                                m_hangUp->y() - edge - camera.height(), camera.width(),
                                camera.height());
    placeBand();
    // No room for the texts above it (large text on a small screen): beside Auflegen, in the
    // corner, as far from it as the screen allows.
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    if (!m_cameraButton->isHidden() && m_band->height() > controlsTop() - gap) {
        if (margin + camera.width() + gap <= m_hangUp->x()) {
            m_cameraButton->setGeometry(margin, m_hangUp->geometry().bottom() + 1 - camera.height(),
                                        camera.width(), camera.height());
        } else {
            // Nor beside it: above it still, closer.
            m_cameraButton->move(m_cameraButton->x(), m_hangUp->y() - 2 * gap - camera.height());
        }
        placeBand();
    }
    placeCover();
    m_failurePanel->setGeometry(all);
    if (!m_failurePanel->isHidden())
        placeFailure();
    m_cover->raise();
    m_band->raise();
    m_hangUp->raise();
    m_cameraButton->raise();
    m_failurePanel->raise();
}

void CallScreen::placeBand()
{
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int textWidth = width() - 2 * margin;
    const std::array<QLabel *, 4> labels{m_name, m_status, m_problem, m_cameraSign};

    // The texts in a band across the top, clear of Auflegen. Where they do not fit (large text
    // on a small screen), the name gets smaller, then the status gives way to a problem.
    struct Variant
    {
        Theme::TextRole nameRole;
        bool status;
    };
    const bool problem = !m_problem->isHidden();
    const Variant variants[] = {{Theme::TextRole::Label, true},
                                {Theme::TextRole::Body, true},
                                {Theme::TextRole::Body, !problem}};
    const auto measure = [&](const Variant &variant) {
        setFontIfChanged(m_name, m_theme.font(variant.nameRole));
        m_status->setVisible(variant.status && !m_status->text().isEmpty());
        int bandHeight = margin - gap;
        for (const QLabel *label : labels) {
            if (const int h = textHeight(label, textWidth, shownText))
                bandHeight += h + gap;
        }
        return bandHeight + margin;
    };
    const int room = controlsTop() - gap;
    const int bandHeight =
        firstThatFitsOrLast(variants, measure, [room](int height) { return height <= room; });

    int y = margin;
    for (QLabel *label : labels) {
        const int h = textHeight(label, textWidth, shownText);
        if (h == 0)
            continue;
        label->setGeometry(margin, y, textWidth, h);
        y += h + gap;
    }
    m_band->setGeometry(0, 0, width(), bandHeight);
}

void CallScreen::placeCover()
{
    // The photo on the cover, in the room between the band and the button.
    const int gap = m_theme.px(Theme::gapMm);
    const int textWidth = width() - 2 * m_theme.px(Theme::marginMm);
    const int coverRoom = std::min(controlsTop() - m_band->height() - 2 * gap, textWidth);
    const int coverSide = std::min(coverRoom, m_theme.px(pictureMaxMm));
    if (coverSide != m_coverSide) {
        m_coverSide = coverSide;
        m_cover->setPixmap(coverSide >= m_theme.px(pictureMinMm)
                               ? renderPicture(m_picturePath, QSize(coverSide, coverSide),
                                               m_theme.palette().callPicture, devicePixelRatioF())
                               : QPixmap());
    }
    m_cover->setContentsMargins(0, m_band->height(), 0, height() - controlsTop());
}

int CallScreen::controlsTop() const
{
    return m_cameraButton->isHidden() ? m_hangUp->y()
                                      : std::min(m_hangUp->y(), m_cameraButton->y());
}

void CallScreen::placeFailure()
{
    // The failure: the photo, the sentence, and "Startseite", centred.
    const int margin = m_theme.px(Theme::marginMm);
    const int gap = m_theme.px(Theme::gapMm);
    const int textWidth = width() - 2 * margin;
    const QSize home = m_home->sizeHint();
    const int text = m_failureText->heightForWidth(textWidth);
    const int side = pictureSide(
        m_theme, std::min(height() - 2 * margin - text - home.height() - 2 * gap, textWidth),
        pictureMaxMm, pictureMinMm);
    showPicture(m_failurePicture, m_picturePath, side, m_theme.palette().icon, m_failureSide);
    const int block = (side > 0 ? side + gap : 0) + text + gap + home.height();
    int top = std::max(margin, (height() - block) / 2);
    if (side > 0) {
        m_failurePicture->setGeometry(margin, top, textWidth, side);
        top += side + gap;
    }
    m_failureText->setGeometry(margin, top, textWidth, text);
    top += text + gap;
    m_home->setGeometry((width() - home.width()) / 2, top, home.width(), home.height());
}

} // namespace Dorfplatz
