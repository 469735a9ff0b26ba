#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;

namespace Dorfplatz {

class Theme;

// A list of entries (a bold first line, then text) paged by height: each page holds as many
// whole entries as fit, so nothing scrolls and nothing is cut; the caller shows a PageSwitcher
// with pageCount(). An entry taller than a whole page (a change of many long fields on a small
// screen) is set in the smaller staff text instead, on a page of its own. The audit log pages
// its entries with it, the sync status its calendars. Heights are measured once per text, font
// and width, so a long log pages again quickly.
class AuditLogList : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        QString heading;
        QString text;
    };

    explicit AuditLogList(const Theme &theme, QWidget *parent = nullptr);

    // The page stays as far as it still exists.
    void setItems(QList<Item> items);
    const QList<Item> &items() const { return m_items; }

    int pageCount() const { return int(m_starts.size()); }
    int page() const { return m_page; }
    void setPage(int page);
    // The indexes of the items the current page shows.
    QList<int> shownItems() const;
    // The labels of the current page, heading and text of each item.
    QList<QLabel *> shownLabels() const;
    // Whether the item is set in the smaller text because it is taller than a page.
    bool isCompact(int item) const { return m_compact.value(item); }

Q_SIGNALS:
    // pageCount() or page() changed.
    void pagesChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Row
    {
        QLabel *heading;
        QLabel *text;
    };
    // The probes measure in one font each; a cache per probe.
    struct Probe
    {
        QLabel *label;
        QHash<QString, int> heights; // at m_measuredWidth
    };
    int measure(Probe &probe, const QString &text);
    int itemHeight(int item);
    void paginate();
    void showPage();

    const Theme &m_theme;
    QList<Item> m_items;
    QList<int> m_starts{0}; // the first item of each page
    int m_page = 0;
    QList<Row> m_rows;     // as many as a page has needed so far, reused page after page
    QList<bool> m_compact; // per item
    // Heading and text, in the running text's size and in the staff text's.
    Probe m_heading;
    Probe m_text;
    Probe m_compactHeading;
    Probe m_compactText;
    int m_measuredWidth = -1;
};

} // namespace Dorfplatz
