#pragma once

#include "core/config/configdraft.h"
#include "ui/kit/staffscreen.h"

class QHBoxLayout;
class QLabel;

namespace Dorfplatz {

class DraftProblems;
class PagedRows;

// A list of the draft (its tiles in their order on the home screen, its stations), each entry
// with "Ändern" and "Entfernen" (a second tap confirms), tiles also with "Nach vorn" and "Nach
// hinten", and a button for a new one. No dragging: a finger that trembles moves nothing by
// accident. An entry the loader has a problem with says it on its row.
class EntryListScreen : public StaffScreen
{
    Q_OBJECT

public:
    EntryListScreen(const Theme &theme, ConfigDraft &draft, ConfigDraft::List list,
                    QWidget *parent = nullptr);
    QString screenName() const override;

    // Reads the draft again (after an edit), keeping the page of `visibleId`.
    void reload(const QString &visibleId = {});
    void setProblems(const DraftProblems &problems);

    // The entries' ids in the order shown.
    QStringList ids() const { return m_ids; }
    BigButton *rowButton(const QString &id, const QString &action) const;
    BigButton *newButton() const { return m_new; }
    // One more button beside "Neu …" ("Sender finden").
    BigButton *addAction(const QString &text, const QString &name);
    PagedRows *rows() const { return m_rows; }

    static QString titleOf(ConfigDraft::List list);
    static QString newTextOf(ConfigDraft::List list);
    // What a tile opens, in words: "Sender „SWR4“", "alle Kontakte", "Was ist los?".
    static QString targetText(const ConfigDraft &draft, const QJsonObject &tile);
    // An entry's row: "Hausradio · Sender „Hausradio“", "SWR4 · https://…".
    static QString describe(const ConfigDraft &draft, ConfigDraft::List list,
                            const QJsonObject &entry);

Q_SIGNALS:
    void editRequested(const QString &id);
    void newRequested();
    // The draft was changed here (moved, removed).
    void changed();

private:
    QWidget *makeRow(const QJsonObject &entry, const QStringList &problems);
    QList<QJsonObject> entriesInOrder() const;
    void move(const QString &id, int by);
    void remove(const QString &id, BigButton *button);

    ConfigDraft &m_draft;
    ConfigDraft::List m_list;
    QLabel *m_message;
    BigButton *m_new;
    QHBoxLayout *m_top;
    PagedRows *m_rows;
    QStringList m_ids;
    QHash<QString, QStringList> m_problems; // entry id → problems
};

} // namespace Dorfplatz
