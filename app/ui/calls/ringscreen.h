#pragma once

#include "core/calls/contactconfig.h"
#include "ui/kit/screen.h"
#include "ui/kit/theme.h"

#include <chrono>
#include <optional>

class QLabel;

namespace Dorfplatz {

class CallButton;
class PlayerButton;
class ReadAloudButton;
class RingTone;

// Someone is waiting in a contact's room: "Anna ruft an", her photo, a big green "Annehmen" and a
// big red "Ablehnen" as far apart as the screen allows (side by side at the two ends of the
// bottom row, or, where they do not fit side by side, one above and one below the photo), the
// ringtone with a "Ton aus" button, and the auto-answer countdown when it applies. The screen
// only reports taps; what follows is the coordinator's.
class RingScreen : public Screen
{
    Q_OBJECT

public:
    // `ringVolumePercent`: CallSettings::ringVolume, the ringtone's cap.
    RingScreen(const Theme &theme, const ContactConfig &contact, const QString &picturePath,
               int ringVolumePercent, QWidget *parent = nullptr);
    ~RingScreen() override;

    QString screenName() const override;
    // "Anna ruft an.", the countdown when it shows, and what to tap.
    QString spokenText() const override;
    // "Anna ruft an."
    QString announcement() const override;
    bool holdsInactivity() const override { return true; }
    bool hasHomeButton() const override { return true; }
    bool showsHeader() const override { return false; }

    const ContactConfig &contact() const { return m_contact; }
    // Seconds until it answers by itself; nullopt hides the line.
    void setCountdown(std::optional<std::chrono::seconds> remaining);
    QString titleText() const;
    QString countdownText() const; // empty when hidden

    CallButton *answerButton() const { return m_answer; }
    CallButton *rejectButton() const { return m_reject; }
    PlayerButton *muteButton() const { return m_mute; }
    // "Vorlesen" top left (the header, which holds it elsewhere, is hidden here); null until
    // the shell offers reading aloud.
    ReadAloudButton *readAloudButton() const { return m_readAloud; }
    RingTone &ringTone() const { return *m_tone; }
    // Side by side (true) or one above the other.
    bool buttonsSideBySide() const { return m_sideBySide; }

Q_SIGNALS:
    void answerClicked();
    void rejectClicked();

protected:
    // The tone rings while the screen is current (Screen's life cycle).
    void activated() override;
    void deactivated() override;
    void resizeEvent(QResizeEvent *event) override;
    void placeReadAloud(ReadAloud &readAloud) override;

private:
    // What both arrangements measure, with the title in `titleRole`.
    struct Parts
    {
        int margin;
        int gap;
        int edge; // of the call buttons
        int textWidth;
        QSize mute;
        QSize read; // "Vorlesen"; empty while not shown
        QSize answer;
        QSize reject;
    };

    void toggleMute();
    void relayout();
    Parts parts(Theme::TextRole titleRole);
    bool layoutSideBySide(Theme::TextRole titleRole);
    bool layoutStacked(Theme::TextRole titleRole);
    void placePicture(QRect room);

    const Theme &m_theme;
    ContactConfig m_contact;
    QString m_picturePath;
    RingTone *m_tone;
    QLabel *m_title;
    QLabel *m_countdown;
    QLabel *m_picture;
    CallButton *m_answer;
    CallButton *m_reject;
    PlayerButton *m_mute;
    ReadAloudButton *m_readAloud = nullptr;
    bool m_sideBySide = true;
    int m_pictureSide = -1;
};

} // namespace Dorfplatz
