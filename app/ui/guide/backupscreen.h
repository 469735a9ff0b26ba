#pragma once

#include "core/accounts/auditlog.h"
#include "core/config/configimport.h"
#include "ui/kit/staffscreen.h"

#include <QDate>

#include <functional>

class QLabel;
class QStackedWidget;

namespace Dorfplatz {

class ChoiceGrid;
class Clock;
class PagedRows;
class UsbSticks;

// "Sichern und Laden": the whole configuration in use as one file on a USB stick, so a guide
// can carry a setup to another home of the district, and such a file loaded from a stick. A
// file to load is unpacked and checked (ConfigImport) and what it would change is shown, or why
// it is refused; only "Übernehmen" (a second tap confirms) publishes it as the newest version,
// audited as "import". Leaving the screen removes what was unpacked.
class BackupScreen : public StaffScreen
{
    Q_OBJECT

public:
    // Archives of a stick shown at most.
    static constexpr int shownArchives = 20;

    // `inUse` gives the configuration the kiosk uses now (null when there is none); `by` is who
    // signed in; `audit` may be null.
    BackupScreen(const Theme &theme, ConfigVersions &versions, UsbSticks *sticks,
                 std::function<const KioskConfig *()> inUse, Actor by, const Clock &clock,
                 AuditLog *audit, QWidget *parent = nullptr);
    QString screenName() const override;

    // "dorfplatz-haus-sonnenhang-2026-12-08.tar.gz" ("dorfplatz-einstellungen-…" without a
    // home name); in ASCII, which every stick's file system takes.
    static QString archiveName(const QString &homeName, QDate date);
    // The .tar.gz files on a stick, at its top and one folder down, newest first, absolute
    // paths. Never into hidden folders or through links; only reads.
    static QStringList archivesOn(const QString &stickPath, int maxFiles = shownArchives);

    // The controls, by the stick's name or the file's path relative to the stick.
    BigButton *saveButton(const QString &stickName) const;
    BigButton *loadButton(const QString &stickName) const;
    BigButton *fileButton(const QString &relativePath) const;
    BigButton *applyButton() const { return m_apply; }
    QLabel *message() const { return m_message; }
    // The lines of the check: the changes, or the problems that stop the file.
    QStringList lines() const;
    PagedRows *lineRows() const { return m_lines; }
    PagedRows *fileRows() const { return m_files; }

Q_SIGNALS:
    // A file from a stick was published as version `versionNumber`.
    void imported(int versionNumber);

protected:
    void goBack() override;
    void activated() override;
    void deactivated() override;

private:
    enum Page
    {
        Sticks,
        Files,
        Check
    };

    void refreshSticks();
    void save(const QString &stickPath, const QString &stickName);
    void showFiles(const QString &stickPath, const QString &stickName);
    void check(const QString &file);
    void apply();
    void setLines(const QStringList &lines);
    void showPage(Page page);

    UsbSticks *m_sticks;
    std::function<const KioskConfig *()> m_inUse;
    Actor m_by;
    const Clock &m_clock;
    AuditLog *m_audit;
    ConfigImport m_import;

    QLabel *m_message;
    QStackedWidget *m_pages;
    QLabel *m_saveTitle;
    ChoiceGrid *m_saveGrid;
    QLabel *m_loadTitle;
    ChoiceGrid *m_loadGrid;
    PagedRows *m_files;
    PagedRows *m_lines;
    BigButton *m_apply;
    QString m_stickPath;
    QString m_stickName;
};

} // namespace Dorfplatz
