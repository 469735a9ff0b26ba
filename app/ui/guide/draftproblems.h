#pragma once

#include "core/config/configdraft.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Dorfplatz {

// The loader's problems with a draft, said next to what they concern: "Kachel „Radio“,
// Beschriftung: darf nicht leer sein" on the guide home, and on the row of the tile itself.
class DraftProblems
{
    Q_DECLARE_TR_FUNCTIONS(Dorfplatz::DraftProblems)

public:
    DraftProblems(const ConfigDraft &draft, const ConfigIssues &issues);

    bool isEmpty() const { return m_issues.isEmpty(); }
    // Every problem, one line each, with the thing and the field it concerns.
    QStringList lines() const;
    // The problems of the list's entry at `index` (its place in the file), field and message.
    QStringList forEntry(ConfigDraft::List list, int index) const;

    // A field of the configuration in a guide's words ("label" → "Beschriftung").
    static QString fieldName(const QString &key);

private:
    struct Located
    {
        std::optional<ConfigDraft::List> list;
        int index = -1;
        QString field; // the rest of the path: "label", "urls[1]"
    };
    Located locate(const ConfigIssue &issue) const;
    QString thing(const Located &where) const;

    const ConfigDraft &m_draft;
    ConfigIssues m_issues;
};

} // namespace Dorfplatz
