#pragma once

#include <QWidget>

class QLabel;

namespace Dorfplatz {

class BigButton;
class Theme;

// "zurück · Seite 1 von 3 · weiter": paging instead of scrolling. A button that would lead
// nowhere is hidden (its place kept), so no tap is ever dead. Where "Seite 1 von 3" does not fit
// between the buttons it shortens to "1 / 3", and gives way to the buttons if even that does not.
// Vertical, it stands beside a list ("zurück" at the top, "weiter" at the bottom) where the height
// is short; the position then shows only where a line fits between the buttons.
class PageSwitcher : public QWidget
{
    Q_OBJECT

public:
    explicit PageSwitcher(const Theme &theme, QWidget *parent = nullptr);

    void setOrientation(Qt::Orientation orientation);
    Qt::Orientation orientation() const { return m_orientation; }

    void setPageCount(int count);
    // For a page of tiles: `count` pages; with more than one, shown along the bottom of `area`,
    // else hidden.
    void placeAtBottom(const QRect &area, int count);
    void setPage(int page);
    int page() const { return m_page; }
    int pageCount() const { return m_count; }

    BigButton *previousButton() const { return m_previous; }
    BigButton *nextButton() const { return m_next; }

Q_SIGNALS:
    void pageChanged(int page);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();

    BigButton *m_previous;
    QLabel *m_position;
    BigButton *m_next;
    int m_page = 0;
    int m_count = 1;
    Qt::Orientation m_orientation = Qt::Horizontal;
};

} // namespace Dorfplatz
