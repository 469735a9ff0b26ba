#pragma once

#include "core/calls/contactconfig.h"
#include "ui/kit/screen.h"
#include "ui/kit/tilegrid.h"

#include <QList>

class QLabel;

namespace Dorfplatz {

class PageSwitcher;
class Theme;
class Tile;

// "Wen möchten Sie anrufen?": every contact's photo and name as a tile, in pages when they do not
// all fit. One tap on a photo starts the call (contactChosen); nothing to confirm. The tiles are
// placed like the home screen's (TileGrid: as large as the space allows, every name in full).
class ContactsScreen : public Screen
{
    Q_OBJECT

public:
    // `picturePaths`: each contact's photo resolved to a file or built-in icon, same order.
    ContactsScreen(const Theme &theme, const QList<ContactConfig> &contacts,
                   const QStringList &picturePaths, QWidget *parent = nullptr);

    QString screenName() const override;
    // The question, who can be called on this page, the page, and what to tap.
    QString spokenText() const override;

    const QList<Tile *> &tiles() const { return m_tiles; }
    const TileGrid &grid() const { return m_grid; }
    PageSwitcher *pageSwitcher() const { return m_pager; }
    QLabel *heading() const { return m_heading; }

Q_SIGNALS:
    void contactChosen(const QString &contactId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void relayout();
    TileGrid chooseGrid(QRect area) const;
    void showPage(int page);

    const Theme &m_theme;
    QList<ContactConfig> m_contacts;
    QList<Tile *> m_tiles;
    QLabel *m_heading;
    PageSwitcher *m_pager;
    TileGrid m_grid;
    QRect m_area;
};

} // namespace Dorfplatz
