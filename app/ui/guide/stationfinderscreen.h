#pragma once

#include "core/config/configdraft.h"
#include "core/streams/radiobrowser.h"
#include "ui/kit/staffscreen.h"

#include <QHash>
#include <QList>

#include <memory>

class QLabel;
class QStackedWidget;

namespace Dorfplatz {

class ChoiceGrid;
class PagedRows;
class PlayerProvider;
class StreamChecker;
class TextEntry;

// Stations found in the open directory radio-browser.info: a name (or part of it) typed on the
// on-screen keyboard, filters for Germany, Rheinland-Pfalz, the German language and a kind of
// music, the most listened-to first, broken ones left out (RadioBrowser keeps the directory's
// rules). Each station with "Probehören" and "Übernehmen": the station goes into the draft with
// the address the directory found for the stream first and the one the station lists as the
// fallback, with a tile unless the guide says no, and the directory counts the click. Without
// internet the screen says so in one sentence.
class StationFinderScreen : public StaffScreen
{
    Q_OBJECT

public:
    // `directory` outlives the screen (a click reported at "Übernehmen" still goes out when the
    // screen is closed right after); `players` may be null (no "Probehören").
    StationFinderScreen(const Theme &theme, ConfigDraft &draft, RadioBrowser &directory,
                        PlayerProvider *players, QWidget *parent = nullptr);
    ~StationFinderScreen() override;
    QString screenName() const override;

    enum class Step
    {
        Results, // the filters and the stations found
        Search,  // the name, on the keyboard
        Tag,     // the kind of music
    };
    void showStep(Step step);
    Step step() const { return m_step; }

    // The kinds of music offered: the directory's tag ("" for any) and the words shown.
    struct Tag
    {
        QString tag;
        QString text;
    };
    static QList<Tag> tags();

    // What the next search asks (name, filters, tag).
    RadioQuery query() const { return m_query; }
    // The stations shown, in their order.
    const QList<RadioStation> &stations() const { return m_stations; }
    bool isSearching() const { return m_searching; }

    // "name", "country", "state", "language", "tag", "tile"; "tag:<tag>" on the Tag step ("tag:"
    // for any).
    BigButton *button(const QString &name) const;
    // "listen" or "adopt" on the row of the station with this uuid.
    BigButton *rowButton(const QString &uuid, const QString &action) const;
    TextEntry *textEntry() const { return m_text; }
    PagedRows *rows() const { return m_rows; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    // A station was adopted into the draft (with its tile, if the guide kept "With a tile").
    void adopted(const QString &streamId);

protected:
    void goBack() override;
    void deactivated() override;

private:
    void search();
    void showStations(const QList<Dorfplatz::RadioStation> &stations);
    void showFailure(Dorfplatz::RadioBrowser::Failure failure);
    QWidget *makeRow(const RadioStation &station);
    void listen(const RadioStation &station);
    void adopt(const RadioStation &station);
    void refresh();

    ConfigDraft &m_draft;
    RadioBrowser &m_directory;
    PlayerProvider *m_players;
    RadioQuery m_query;
    bool m_withTile = true;
    bool m_searching = false;
    bool m_searched = false; // a search was started at least once: "Zurück" shows its results
    Step m_step = Step::Search;
    QList<RadioStation> m_stations;
    QLabel *m_message;
    QStackedWidget *m_pages;
    ChoiceGrid *m_filters;
    PagedRows *m_rows;
    TextEntry *m_text;
    ChoiceGrid *m_tags;
    QHash<QString, BigButton *> m_buttons;
    std::unique_ptr<StreamChecker> m_checker;
};

} // namespace Dorfplatz
