#pragma once

#include <QList>
#include <QWidget>

namespace Dorfplatz {

class PageSwitcher;
class Theme;

// Rows of a staff or guide list (tiles, stations, versions, documents), as many whole rows as fit
// on a page and the paging buttons below when there are more: nothing scrolls, nothing is cut, as
// in the staff screens' log.
class PagedRows : public QWidget
{
    Q_OBJECT

public:
    explicit PagedRows(const Theme &theme, QWidget *parent = nullptr);

    // Replaces the rows (owned from now on); stays on the page that shows `visibleRow`.
    void setRows(const QList<QWidget *> &rows, int visibleRow = 0);
    const QList<QWidget *> &rows() const { return m_rows; }
    int page() const { return m_page; }
    int pageCount() const;
    int rowsPerPage() const { return m_perPage; }
    PageSwitcher *switcher() const { return m_switcher; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setPage(int page);
    void place();
    int rowHeight() const;

    int m_gap;
    QWidget *m_area;
    PageSwitcher *m_switcher;
    QList<QWidget *> m_rows;
    int m_page = 0;
    int m_perPage = 1;
};

} // namespace Dorfplatz
