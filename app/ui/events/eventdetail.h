#pragma once

#include "eventday.h"
#include "ui/kit/theme.h"

#include <QWidget>

#include <optional>
#include <utility>

class QLabel;

namespace Dorfplatz {

class BigButton;
class PageSwitcher;
class ReadAloudButton;
class Theme;

// One event with its whole text, large, inside the events screen: the day and time, a
// "Cancelled" mark, the title, the place, the description and the feed's attribution. All of it
// is broken into lines and poured onto pages, so a long description (or, with very large text,
// even a long title) continues on the next page ("weiter"/"zurück"); nothing scrolls and no
// line is cut. "Back to the list" returns to the list as it was.
//
// Where, with the kiosk's header above it, page one would not hold the time, the title and the
// first lines of the text (200 % text on a 10-inch panel: the header, "Back to the list" and the
// date took the whole height), the detail asks for the header's room (wholeGlass()) and shows
// "Startseite" and "Vorlesen" itself, as icons in one row with "Back to the list" and the paging
// buttons. It keeps that until the detail closes (leaveWholeGlass()): deciding again with the
// header's room added would give it back, and then want it again.
class EventDetail : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetail(const Theme &theme, QWidget *parent = nullptr);

    // `now` from the clock: its zone and day decide how the time is written.
    void setEntry(const EventEntry &entry, const QDateTime &now);
    const EventEntry &entry() const { return m_entry; }

    BigButton *backButton() const { return m_back; }
    // Its own "Startseite", shown only with the whole glass, and only where offered (not in a
    // group session: the residents have no way home there).
    BigButton *homeButton() const { return m_home; }
    void setHomeOffered(bool offered);
    // Its own "Vorlesen" for the whole glass (the screen makes it: Screen::placeReadAloud).
    void setReadAloudButton(ReadAloudButton *button);
    bool wholeGlass() const { return m_wholeGlass; }
    // The detail closed: the next one starts with the header again.
    void leaveWholeGlass();
    // Staff's "Add to programme" beside "Back to the list" (asks for the PIN), hidden unless
    // offered; and the short line shown instead of it once the event is in the programme.
    BigButton *programmeButton() const { return m_toProgramme; }
    QLabel *programmeNote() const { return m_programmeNote; }
    QString programmeNoteText() const { return m_programmeText; }
    void setProgrammeOffered(bool offered);
    // Empty: no line (the button, when offered).
    void setProgrammeNote(const QString &text);
    PageSwitcher *pageSwitcher() const { return m_pager; }
    int page() const;
    int pageCount() const;
    // The lines of the description on the current page.
    QStringList descriptionLines() const;
    // The title as the feed gave it, and as shown (on the current page, joined by spaces).
    QString shownTitle() const;
    // What "Vorlesen" says: the day, the time, the title, the place and the whole description.
    QString spokenText() const;

Q_SIGNALS:
    void closed();
    void programmeRequested();
    void homeRequested();
    // wholeGlass() became true.
    void wholeGlassWanted();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // One part of the text (the time, the title, …) and its lines at the current width.
    struct Block
    {
        QLabel *label;
        QStringList lines;
        int lineHeight = 0;
    };
    // A stretch of the lines of all blocks in order: [first, last) over all lines.
    struct Page
    {
        int first = 0;
        int last = 0;
    };

    // How the page is framed (relayout() tries them in turn).
    struct Frame
    {
        Theme::TextRole title;
        bool pagerInRow;
        bool compactPager;
        double blockGapMm;
        bool compactBack = false; // "Back to the list" as its list icon
        bool shortWhen = false;   // EventTimeText::shortWhen()
    };
    // What a frame gives page one, better first: as much of the head and the first two lines of
    // the text as it holds, then the fewest pages.
    using Score = std::pair<int, int>;

    void relayout();
    // Lays the page out with `frame`; returns where the paging buttons go (empty: one page), or
    // nothing where the frame does not suit the width.
    std::optional<QRect> apply(const Frame &frame, bool wholeGlass);
    // The row at the top: its own "Startseite" and "Vorlesen" (whole glass), "Back to the list";
    // returns its height and where its free part begins.
    std::pair<int, int> placeRow(const QRect &inner, bool wholeGlass);
    // Breaks the texts into lines for the width and pours them onto pages of `room`.
    void build(const Frame &frame, int width, int room);
    Score score() const;
    bool pageOneComplete() const;
    // Places the button or the line in the row's free part [rowFree, rowEnd) where it fits, else
    // on a row of its own; returns where the event's text begins.
    int placeProgramme(const QRect &inner, int rowFree, int rowEnd, int rowHeight, int top);
    QList<Page> paginate(int height) const;
    // The block and the line within it of line `index` over all blocks.
    std::pair<int, int> locate(int index) const;
    int lineCount() const;
    void showPage(int page);

    const Theme &m_theme;
    EventEntry m_entry;
    QDateTime m_now;      // as of setEntry()
    QWidget *m_ownChrome; // holds "Startseite" and "Vorlesen" while the detail has the whole glass
    BigButton *m_home;
    ReadAloudButton *m_readAloud = nullptr;
    bool m_homeOffered = true;
    bool m_open = false; // from setEntry() to leaveWholeGlass()
    bool m_wholeGlass = false;
    BigButton *m_back;
    BigButton *m_toProgramme;
    QLabel *m_programmeNote;
    bool m_programmeOffered = false;
    QString m_programmeText; // the line, before it is broken to the width
    int m_contentTop = 0;
    QLabel *m_when;
    QLabel *m_badge;
    QLabel *m_title;
    QLabel *m_place;
    QLabel *m_text;
    QLabel *m_attribution;
    PageSwitcher *m_pager;
    QString m_whenText;
    QString m_shortWhenText;
    QString m_attributionText;
    QList<Block> m_blocks;
    QList<Page> m_pages;
    int m_headLines = 0; // the time, the mark, the title and the place
    int m_textLines = 0;
    int m_blockGap = 0; // between the time, the title, the place and the text
};

} // namespace Dorfplatz
