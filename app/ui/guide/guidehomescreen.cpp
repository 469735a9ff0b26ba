#include "guidehomescreen.h"

#include "ui/kit/bigbutton.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {

// The draft's changes shown on the home; the rest counted.
constexpr int shownChanges = 4;

} // namespace

GuideHomeScreen::GuideHomeScreen(const Theme &theme, QWidget *parent)
    : StaffScreen(theme, tr("Edit the content"), parent)
    , m_state(textLabel(theme, Theme::TextRole::Staff, u"state"_s, nullptr,
                        {Qt::AlignLeft | Qt::AlignTop}))
    , m_problems(textLabel(theme, Theme::TextRole::Staff, u"problems"_s, nullptr,
                           {Qt::AlignLeft | Qt::AlignTop}))
    , m_preview(staffButton(tr("Preview"), u"preview"_s))
    , m_discard(staffButton(tr("Discard"), u"discard"_s))
    , m_publish(staffButton(tr("Publish"), u"publish"_s))
{
    m_problems->setStyleSheet(
        u"QLabel#problems { background: %1; color: %2; padding: %3px; }"_s
            .arg(theme.palette().notice.name(), theme.palette().noticeText.name())
            .arg(theme.px(2)));
    m_problems->hide();
    content()->addWidget(m_state);

    auto *grid = new QGridLayout;
    grid->setSpacing(theme.px(Theme::gapMm));
    int slot = 0;
    for (Page page : {Page::Tiles, Page::Stations, Page::Contacts, Page::Calendars,
                      Page::Appearance, Page::Versions, Page::Backup}) {
        BigButton *button = staffButton(pageText(page), u"guide-page%1"_s.arg(int(page)));
        button->setMinimumHeight(theme.px(20));
        connect(button, &BigButton::clicked, this, [this, page] { Q_EMIT pageRequested(page); });
        grid->addWidget(button, slot / 4, slot % 4);
        m_pages.insert(page, button);
        ++slot;
    }
    content()->addLayout(grid);
    content()->addWidget(m_problems);
    content()->addStretch();

    auto *actions = new QHBoxLayout;
    actions->setSpacing(theme.px(Theme::gapMm));
    actions->addWidget(m_preview);
    actions->addWidget(m_discard);
    actions->addStretch();
    actions->addWidget(m_publish);
    content()->addLayout(actions);
    connect(m_preview, &BigButton::clicked, this, &GuideHomeScreen::previewRequested);
    connect(m_publish, &BigButton::clicked, this, &GuideHomeScreen::publishRequested);
    // Throwing the draft away needs a second tap: ten minutes of a guide's work are in it.
    connect(m_discard, &BigButton::clicked, this, [this] {
        if (!m_confirmDiscard) {
            m_confirmDiscard = true;
            m_discard->setText(tr("Really discard?"));
            return;
        }
        m_confirmDiscard = false;
        m_discard->setText(tr("Discard"));
        Q_EMIT discardRequested();
    });
}

QString GuideHomeScreen::screenName() const
{
    return u"guide-home"_s;
}

QString GuideHomeScreen::pageText(Page page)
{
    switch (page) {
    case Page::Tiles:
        return tr("Tiles");
    case Page::Stations:
        return tr("Stations");
    case Page::Appearance:
        return tr("Appearance");
    case Page::Versions:
        return tr("Versions");
    case Page::Contacts:
        return tr("Contacts");
    case Page::Calendars:
        return tr("Calendars");
    case Page::Backup:
        return tr("Save and load");
    }
    return {};
}

void GuideHomeScreen::setState(const QStringList &changes, const QString &published)
{
    QStringList lines{published};
    if (changes.isEmpty()) {
        lines.append(tr("No changes yet. Choose what you want to change."));
    } else {
        lines.append(tr("Not yet published:"));
        for (const QString &change : changes.mid(0, shownChanges))
            lines.append(u"• "_s + change);
        if (changes.size() > shownChanges)
            lines.append(tr("… and %n more", nullptr, int(changes.size() - shownChanges)));
    }
    m_state->setText(lines.join(u'\n'));
    m_discard->setEnabled(!changes.isEmpty());
    m_publish->setEnabled(!changes.isEmpty());
    m_confirmDiscard = false;
    m_discard->setText(tr("Discard"));
}

void GuideHomeScreen::setProblems(const QStringList &problems)
{
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : tr("Nothing was published. Please correct this first:") + u'\n' +
                                  problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void GuideHomeScreen::setMessage(const QString &message)
{
    if (!message.isEmpty())
        m_state->setText(message + u'\n' + m_state->text());
}

} // namespace Dorfplatz
