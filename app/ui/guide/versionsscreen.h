#pragma once

#include "core/config/configversions.h"
#include "ui/kit/staffscreen.h"

class QLabel;

namespace Dorfplatz {

class PagedRows;

// The published versions, newest first: number, when, by whom, what changed. The one in use is
// marked; every other has "Diese Fassung wiederherstellen" (a second tap confirms), which
// publishes it again as the newest.
class VersionsScreen : public StaffScreen
{
    Q_OBJECT

public:
    VersionsScreen(const Theme &theme, const ConfigVersions &versions, QWidget *parent = nullptr);
    QString screenName() const override;

    void reload();
    void setMessage(const QString &message);
    BigButton *restoreButton(int number) const;
    PagedRows *rows() const { return m_rows; }

Q_SIGNALS:
    void restoreRequested(int number);

private:
    const ConfigVersions &m_versions;
    QLabel *m_message;
    PagedRows *m_rows;
};

} // namespace Dorfplatz
