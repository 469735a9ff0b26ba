#pragma once

#include "eventday.h"

#include <QWidget>

class QLabel;

namespace Dorfplatz {

class BigButton;
class PageSwitcher;
class Theme;

// One event with its whole text, large, inside the events screen: the day and time, a
// "Cancelled" mark, the title, the place, the description and the feed's attribution. All of it
// is broken into lines and poured onto pages, so a long description (or, with very large text,
// even a long title) continues on the next page ("weiter"/"zurück"); nothing scrolls and no
// line is cut. "Back to the list" returns to the list as it was.
class EventDetail : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetail(const Theme &theme, QWidget *parent = nullptr);

    // `now` from the clock: its zone and day decide how the time is written.
    void setEntry(const EventEntry &entry, const QDateTime &now);
    const EventEntry &entry() const { return m_entry; }

    BigButton *backButton() const { return m_back; }
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

    void relayout();
    // Places the button or the line; returns where the event's text begins.
    int placeProgramme(const QRect &inner, QSize back, int top);
    QList<Page> paginate(int height) const;
    // The block and the line within it of line `index` over all blocks.
    std::pair<int, int> locate(int index) const;
    int lineCount() const;
    void showPage(int page);

    const Theme &m_theme;
    EventEntry m_entry;
    QDateTime m_now; // as of setEntry()
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
    QString m_attributionText;
    QList<Block> m_blocks;
    QList<Page> m_pages;
    int m_blockGap = 0; // between the time, the title, the place and the text
};

} // namespace Dorfplatz
