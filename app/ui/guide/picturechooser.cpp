#include "picturechooser.h"

#include "core/config/configdraft.h"
#include "core/files/usbsticks.h"
#include "media/pictureimport.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/choicegrid.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

PictureChooser::PictureChooser(const Theme &theme, ConfigDraft &draft, UsbSticks *sticks,
                               QWidget *parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_draft(draft)
    , m_sticks(sticks)
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"pictureMessage"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_stickRow(new QWidget)
    , m_icons(new BigButton(theme, tr("Built-in pictures")))
    , m_grid(new ChoiceGrid(theme.px(Theme::gapMm)))
{
    m_icons->setObjectName(u"icons"_s);
    m_icons->setStaffControl(true);
    auto *row = new QHBoxLayout(m_stickRow);
    row->setContentsMargins({});
    row->setSpacing(theme.px(Theme::gapMm));
    row->addWidget(m_icons);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addWidget(m_stickRow);
    layout->addWidget(m_message);
    layout->addWidget(m_grid);
    layout->addStretch();
    connect(m_icons, &BigButton::clicked, this, &PictureChooser::showIcons);
    if (m_sticks)
        connect(m_sticks, &UsbSticks::sticksChanged, this, &PictureChooser::refreshSticks);
    refreshSticks();
}

void PictureChooser::refreshSticks()
{
    qDeleteAll(m_stickButtons);
    m_stickButtons.clear();
    const QList<UsbSticks::Stick> sticks =
        m_sticks ? m_sticks->sticks() : QList<UsbSticks::Stick>{};
    auto *row = static_cast<QHBoxLayout *>(m_stickRow->layout());
    for (const UsbSticks::Stick &stick : sticks) {
        auto *button = new BigButton(m_theme, tr("USB stick “%1”").arg(stick.name));
        button->setObjectName(u"stick-"_s + stick.name);
        button->setStaffControl(true);
        const QString path = stick.path;
        connect(button, &BigButton::clicked, this, [this, path] { showStick(path); });
        row->insertWidget(row->count() - 1, button);
        button->show(); // at once, not when the layout gets round to it
        m_stickButtons.append(button);
    }
    const QString problem = m_sticks ? m_sticks->problem() : QString();
    if (!problem.isEmpty() || sticks.isEmpty()) {
        m_message->setText(!problem.isEmpty() ? problem
                                              : tr("Your own pictures: plug in a USB stick with "
                                                   "JPEG, PNG or SVG files."));
        m_showsStickMessage = true;
    } else if (m_showsStickMessage) {
        m_message->clear();
        m_showsStickMessage = false;
    }
}

void PictureChooser::clearGrid()
{
    // ChoiceGrid owns its buttons; a new grid is simpler than taking buttons out of one.
    auto *fresh = new ChoiceGrid(m_theme.px(Theme::gapMm));
    static_cast<QVBoxLayout *>(layout())->replaceWidget(m_grid, fresh);
    m_grid->hide();
    m_grid->deleteLater();
    m_grid = fresh;
    m_grid->show();
}

void PictureChooser::showIcons()
{
    clearGrid();
    refreshSticks();
    for (const QString &name : ConfigLoader::builtInIcons()) {
        if (name == u"home" || name == u"next" || name == u"previous" || name == u"notice" ||
            name == u"speak" || name == u"stop" || name == u"dorfplatz")
            continue; // the kiosk's own controls, not pictures of things
        auto *button = new BigButton(m_theme, {}, u":/icons/%1.svg"_s.arg(name));
        button->setObjectName(u"icon-"_s + name);
        button->setStaffControl(true);
        connect(button, &BigButton::clicked, this,
                [this, name] { Q_EMIT chosen(ConfigLoader::iconPrefix + name); });
        m_grid->add(button);
    }
}

void PictureChooser::showStick(const QString &path)
{
    clearGrid();
    m_showsStickMessage = false; // what follows is about this stick's pictures
    const QStringList files = UsbSticks::pictures(path, shownPictures);
    if (files.isEmpty()) {
        m_message->setText(tr("There are no pictures (JPEG, PNG or SVG) on this stick."));
        return;
    }
    m_message->setText(tr("The newest %n picture(s) of the stick.", nullptr, int(files.size())));
    for (const QString &file : files) {
        auto *button = new BigButton(m_theme, QFileInfo(file).completeBaseName(), file);
        button->setObjectName(u"file-"_s + QFileInfo(file).fileName());
        button->setStaffControl(true);
        connect(button, &BigButton::clicked, this, [this, file] {
            QString error;
            const auto stored = PictureImport::import(file, m_draft.directory(), &error);
            if (!stored) {
                m_message->setText(error);
                return;
            }
            Q_EMIT chosen(*stored);
        });
        m_grid->add(button);
    }
}

} // namespace Dorfplatz
