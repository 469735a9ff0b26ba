#include "backupscreen.h"

#include "core/config/configarchive.h"
#include "core/config/configchanges.h"
#include "core/files/asciiname.h"
#include "core/files/stickfile.h"
#include "core/files/usbsticks.h"
#include "core/time/clock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/choicegrid.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

const QString archiveSuffix = u".tar.gz"_s;
// Entries looked at on one stick at most: a stick with a backup of a whole computer must not
// hold the screen up.
constexpr int maxEntries = 5000;
// Room for the archive's headers beyond the files themselves.
constexpr qint64 headroomBytes = 256 * 1024;

} // namespace

BackupScreen::BackupScreen(const Theme &theme, ConfigVersions &versions, UsbSticks *sticks,
                           std::function<const KioskConfig *()> inUse, Actor by, const Clock &clock,
                           AuditLog *audit, QWidget *parent)
    : StaffScreen(theme, tr("Save and load"), parent)
    , m_sticks(sticks)
    , m_inUse(std::move(inUse))
    , m_by(std::move(by))
    , m_clock(clock)
    , m_audit(audit)
    , m_import(versions)
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_pages(new QStackedWidget)
    , m_saveTitle(textLabel(theme, Theme::TextRole::Staff, u"saveTitle"_s, nullptr,
                            {Qt::AlignLeft | Qt::AlignVCenter, true, true}))
    , m_saveGrid(new ChoiceGrid(theme.px(Theme::gapMm)))
    , m_loadTitle(textLabel(theme, Theme::TextRole::Staff, u"loadTitle"_s, nullptr,
                            {Qt::AlignLeft | Qt::AlignVCenter, true, true}))
    , m_loadGrid(new ChoiceGrid(theme.px(Theme::gapMm)))
    , m_files(new PagedRows(theme))
    , m_lines(new PagedRows(theme))
    , m_apply(staffButton(tr("Apply"), u"apply"_s))
{
    m_saveTitle->setText(tr("Save the settings in use on a USB stick, to carry them to another "
                            "home:"));
    m_loadTitle->setText(tr("Load settings from a USB stick:"));

    auto *sticksPage = new QWidget;
    auto *sticksLayout = new QVBoxLayout(sticksPage);
    sticksLayout->setContentsMargins({});
    sticksLayout->setSpacing(theme.px(Theme::gapMm));
    sticksLayout->addWidget(m_saveTitle);
    sticksLayout->addWidget(m_saveGrid);
    sticksLayout->addSpacing(theme.px(Theme::gapMm));
    sticksLayout->addWidget(m_loadTitle);
    sticksLayout->addWidget(m_loadGrid);
    sticksLayout->addStretch();

    auto *checkPage = new QWidget;
    auto *checkLayout = new QVBoxLayout(checkPage);
    checkLayout->setContentsMargins({});
    checkLayout->setSpacing(theme.px(Theme::gapMm));
    checkLayout->addWidget(m_lines, 1);
    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch();
    applyRow->addWidget(m_apply);
    checkLayout->addLayout(applyRow);

    m_pages->addWidget(sticksPage);
    m_pages->addWidget(m_files);
    m_pages->addWidget(checkPage);
    content()->addWidget(m_message);
    content()->addWidget(m_pages, 1);

    connect(m_apply, &BigButton::clicked, this, &BackupScreen::apply);
    if (m_sticks)
        connect(m_sticks, &UsbSticks::sticksChanged, this, &BackupScreen::refreshSticks);
    refreshSticks();
}

QString BackupScreen::screenName() const
{
    return m_pages->currentIndex() == Sticks ? u"guide-backup"_s : u"guide-backup-import"_s;
}

QString BackupScreen::archiveName(const QString &homeName, QDate date)
{
    // The home's name as a file name's part, as short as a stick's file system likes it.
    QString part = asciiName(homeName, 40);
    if (part.isEmpty())
        part = u"einstellungen"_s;
    return u"dorfplatz-%1-%2"_s.arg(part, date.toString(u"yyyy-MM-dd"_s)) + archiveSuffix;
}

QStringList BackupScreen::archivesOn(const QString &stickPath, int maxFiles)
{
    struct Archive
    {
        QString path;
        qint64 modified = 0;
    };
    QList<Archive> found;
    QStringList folders{stickPath};
    int entries = 0;
    // The stick's top first, then the folders found there; no deeper.
    for (qsizetype next = 0; next < folders.size() && entries <= maxEntries; ++next) {
        // Without QDir::Hidden and QDir::System: no hidden entries, no FIFOs or devices.
        QDirIterator it(folders.at(next),
                        QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        while (it.hasNext() && ++entries <= maxEntries) {
            it.next();
            const QFileInfo info = it.fileInfo();
            if (info.isDir()) {
                if (next == 0)
                    folders.append(info.absoluteFilePath());
            } else if (info.fileName().endsWith(archiveSuffix, Qt::CaseInsensitive)) {
                found.append({info.absoluteFilePath(), info.lastModified().toMSecsSinceEpoch()});
            }
        }
    }
    std::sort(found.begin(), found.end(), [](const Archive &a, const Archive &b) {
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.path < b.path;
    });
    QStringList paths;
    for (qsizetype i = 0; i < found.size() && i < maxFiles; ++i)
        paths.append(found.at(i).path);
    return paths;
}

void BackupScreen::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
}

void BackupScreen::refreshSticks()
{
    const QList<UsbSticks::Stick> sticks =
        m_sticks ? m_sticks->sticks() : QList<UsbSticks::Stick>{};
    // ChoiceGrid owns its buttons; new grids are simpler than taking buttons out.
    const auto fresh = [this](ChoiceGrid *&grid) {
        auto *replacement = new ChoiceGrid(theme().px(Theme::gapMm));
        grid->parentWidget()->layout()->replaceWidget(grid, replacement);
        grid->hide(); // until it is deleted
        grid->deleteLater();
        grid = replacement;
    };
    fresh(m_saveGrid);
    fresh(m_loadGrid);
    for (const UsbSticks::Stick &stick : sticks) {
        const QString path = stick.path;
        const QString name = stick.name;
        BigButton *saveOn = staffButton(tr("Save on “%1”").arg(name), u"save-"_s + name);
        connect(saveOn, &BigButton::clicked, this, [this, path, name] { save(path, name); });
        m_saveGrid->add(saveOn);
        BigButton *loadFrom = staffButton(tr("Load from “%1”").arg(name), u"load-"_s + name);
        connect(loadFrom, &BigButton::clicked, this, [this, path, name] { showFiles(path, name); });
        m_loadGrid->add(loadFrom);
    }
    m_saveGrid->show();
    m_loadGrid->show();
    m_saveTitle->setVisible(!sticks.isEmpty());
    m_loadTitle->setVisible(!sticks.isEmpty());
    if (m_pages->currentIndex() == Files &&
        std::none_of(sticks.cbegin(), sticks.cend(),
                     [this](const UsbSticks::Stick &stick) { return stick.path == m_stickPath; })) {
        showPage(Sticks);
        m_message->setText(tr("The stick “%1” was taken out.").arg(m_stickName));
        return;
    }
    if (m_pages->currentIndex() != Sticks)
        return;
    const QString plugIn = tr("Plug in a USB stick: the settings in use can be saved on it, or "
                              "settings saved in another home loaded from it.");
    if (sticks.isEmpty())
        m_message->setText(plugIn);
    else if (m_message->text() == plugIn)
        m_message->clear();
}

void BackupScreen::save(const QString &stickPath, const QString &stickName)
{
    const KioskConfig *config = m_inUse ? m_inUse() : nullptr;
    if (!config) {
        m_message->setText(tr("There are no settings in use that could be saved."));
        return;
    }
    qint64 needed = headroomBytes;
    for (const QString &file : ConfigLoader::filesOf(*config))
        needed += QFileInfo(QDir(config->directory).filePath(file)).size();
    const QString base = archiveName(config->settings.homeName, m_clock.now().toLocalTime().date())
                             .chopped(archiveSuffix.size());
    // Never over an earlier one: a guide may save before and after a change on the same day.
    StickFile target(stickPath, stickName, base, archiveSuffix, needed);
    if (!target.choose()) {
        m_message->setText(target.problem());
        return;
    }
    QString error;
    if (!ConfigArchive::write(*config, target.path(), &error)) {
        m_message->setText(target.explainFailure(error));
        return;
    }
    const QString name = target.name();
    m_message->setText(
        tr("The settings are saved on the stick “%1” as “%2”.").arg(stickName, name));
}

void BackupScreen::showFiles(const QString &stickPath, const QString &stickName)
{
    m_import.discard();
    m_stickPath = stickPath;
    m_stickName = stickName;
    const QStringList archives = archivesOn(stickPath);
    QList<QWidget *> rows;
    for (const QString &file : archives) {
        const QString relative = QDir(stickPath).relativeFilePath(file);
        auto *row = new QWidget;
        row->setObjectName(u"archive-"_s + relative);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins({});
        layout->setSpacing(theme().px(Theme::gapMm));
        QLabel *text = textLabel(theme(), Theme::TextRole::Staff, u"text"_s, nullptr,
                                 {Qt::AlignLeft | Qt::AlignVCenter});
        text->setText(u"%1\n%2"_s.arg(
            relative, QLocale().toString(QFileInfo(file).lastModified().toLocalTime(),
                                         QLocale::ShortFormat)));
        layout->addWidget(text, 1);
        BigButton *open = staffButton(tr("Check"), u"open"_s);
        connect(open, &BigButton::clicked, this, [this, file] { check(file); });
        layout->addWidget(open);
        rows.append(row);
    }
    m_files->setRows(rows);
    m_message->setText(
        archives.isEmpty()
            ? tr("There are no saved settings (files ending in .tar.gz) on the stick “%1”.")
                  .arg(stickName)
            : tr("Saved settings on the stick “%1”, the newest first. Nothing changes before "
                 "“Apply”.")
                  .arg(stickName));
    showPage(Files);
}

void BackupScreen::check(const QString &file)
{
    const QString name = QFileInfo(file).fileName();
    const KioskConfig *inUse = m_inUse ? m_inUse() : nullptr;
    m_apply->setProperty("confirm", false);
    m_apply->setText(tr("Apply"));
    m_apply->hide();
    showPage(Check);
    if (!m_import.open(file, inUse ? inUse->mediaDirectory : QString())) {
        if (!m_import.error().isEmpty()) {
            m_message->setText(tr("“%1” cannot be loaded.").arg(name));
            setLines({m_import.error()});
            return;
        }
        m_message->setText(tr("The settings in “%1” have %n problem(s) and cannot be loaded.",
                              nullptr, int(m_import.issues().size()))
                               .arg(name));
        QStringList problems;
        for (const ConfigIssue &issue : m_import.issues())
            problems.append(issue.toString());
        setLines(problems);
        return;
    }
    const QStringList changes =
        ConfigChanges::list(inUse ? *inUse : KioskConfig{}, *m_import.config());
    if (changes.isEmpty()) {
        m_message->setText(tr("“%1” holds the same settings as the ones in use.").arg(name));
        setLines({});
        m_import.discard();
        return;
    }
    m_message->setText(tr("“%1” is in order. “Apply” would change this:").arg(name));
    setLines(changes);
    m_apply->show();
}

void BackupScreen::apply()
{
    if (!m_import.config())
        return;
    if (!m_apply->property("confirm").toBool()) {
        m_apply->setProperty("confirm", true);
        m_apply->setText(tr("Really apply?"));
        return;
    }
    const KioskConfig *inUse = m_inUse ? m_inUse() : nullptr;
    const QString name = QFileInfo(m_import.file()).fileName();
    //: The summary of a version loaded from a stick: "Aus dorfplatz-haus-b-2026-12-08.tar.gz:
    //: Kachel „SWR4“ hinzugefügt"
    const QString summary =
        tr("From %1: %2")
            .arg(name, ConfigChanges::summary(inUse ? *inUse : KioskConfig{}, *m_import.config()));
    const ConfigVersions::Result result =
        m_import.publish(m_by, summary, m_clock.now().toUTC(), m_audit);
    m_apply->hide();
    if (!result.version) {
        m_message->setText(
            result.issues.isEmpty()
                ? tr("“%1” could not be loaded (%2). Nothing was changed.").arg(name, result.error)
                : tr("The settings in “%1” cannot be loaded. Nothing was changed.").arg(name));
        QStringList problems;
        for (const ConfigIssue &issue : result.issues)
            problems.append(issue.toString());
        setLines(problems);
        return;
    }
    setLines({});
    showPage(Sticks);
    m_message->setText(
        tr("The settings from “%1” are version %2 now.").arg(name).arg(result.version->number));
    Q_EMIT imported(result.version->number);
}

void BackupScreen::setLines(const QStringList &lines)
{
    QList<QWidget *> rows;
    for (const QString &line : lines) {
        QLabel *label = textLabel(theme(), Theme::TextRole::Staff, u"line"_s, nullptr,
                                  {Qt::AlignLeft | Qt::AlignVCenter});
        label->setText(line);
        rows.append(label);
    }
    m_lines->setRows(rows);
}

QStringList BackupScreen::lines() const
{
    QStringList texts;
    for (QWidget *row : m_lines->rows()) {
        if (auto *label = qobject_cast<QLabel *>(row))
            texts.append(label->text());
    }
    return texts;
}

BigButton *BackupScreen::saveButton(const QString &stickName) const
{
    return m_saveGrid->findChild<BigButton *>(u"save-"_s + stickName);
}

BigButton *BackupScreen::loadButton(const QString &stickName) const
{
    return m_loadGrid->findChild<BigButton *>(u"load-"_s + stickName);
}

BigButton *BackupScreen::fileButton(const QString &relativePath) const
{
    for (QWidget *row : m_files->rows()) {
        if (row->objectName() == u"archive-"_s + relativePath)
            return row->findChild<BigButton *>(u"open"_s);
    }
    return nullptr;
}

void BackupScreen::goBack()
{
    switch (m_pages->currentIndex()) {
    case Check:
        m_import.discard();
        showFiles(m_stickPath, m_stickName);
        return;
    case Files:
        showPage(Sticks);
        m_message->clear();
        refreshSticks();
        return;
    default:
        Q_EMIT backRequested();
    }
}

void BackupScreen::activated()
{
    refreshSticks();
}

void BackupScreen::deactivated()
{
    // Nothing unpacked stays behind when the guide leaves, or staff mode ends.
    m_import.discard();
    setLines({});
    showPage(Sticks);
}

} // namespace Dorfplatz
