#pragma once

#include "core/config/configdraft.h"
#include "ui/kit/staffscreen.h"

#include <QJsonObject>

#include <memory>

class QLabel;
class QStackedWidget;

namespace Dorfplatz {

class PictureChooser;
class PlayerProvider;
class StreamChecker;
class TextEntry;
class UsbSticks;

// One station of the draft, new or changed: its name, its address and the addresses to try when
// that one fails, radio or TV, its logo and the volume it starts at. "Probehören" plays it with
// the kiosk's own player, as `dorfplatz --check-streams` does, and says within seconds whether
// it works. A new station gets its tile on the home screen too, unless the guide says no.
class StationEditorScreen : public StaffScreen
{
    Q_OBJECT

public:
    // `id` empty: a new station. `players` may be null (no "Probehören").
    StationEditorScreen(const Theme &theme, ConfigDraft &draft, UsbSticks *sticks,
                        PlayerProvider *players, const QString &id, QWidget *parent = nullptr);
    ~StationEditorScreen() override;
    QString screenName() const override;

    enum class Step
    {
        Overview,
        Name,
        Address, // the main address, or (m_fallback >= 0) a fallback
        Logo,
    };
    void showStep(Step step);
    Step step() const { return m_step; }

    QJsonObject station() const { return m_station; }
    BigButton *button(const QString &name) const;
    TextEntry *textEntry() const { return m_text; }
    PictureChooser *pictures() const { return m_pictures; }
    QLabel *message() const { return m_message; }
    QLabel *checkResult() const { return m_check; }

Q_SIGNALS:
    void saved(const QString &id);

protected:
    void goBack() override;
    void deactivated() override;

private:
    void refresh();
    void save();
    void listen();
    void editAddress(int index);
    QStringList urls() const;
    void setUrls(const QStringList &urls);

    ConfigDraft &m_draft;
    PlayerProvider *m_players;
    bool m_new;
    bool m_withTile = true;
    QJsonObject m_station;
    Step m_step = Step::Overview;
    int m_address = 0; // which address the text entry changes; size(): a new fallback
    QLabel *m_message;
    QStackedWidget *m_pages;
    QLabel *m_summary;
    QLabel *m_check;
    TextEntry *m_text;
    PictureChooser *m_pictures;
    QHash<QString, BigButton *> m_buttons;
    std::unique_ptr<StreamChecker> m_checker;
};

} // namespace Dorfplatz
