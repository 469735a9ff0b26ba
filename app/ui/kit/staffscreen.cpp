#include "ui/kit/staffscreen.h"

#include "ui/kit/bigbutton.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

StaffScreen::StaffScreen(const Theme &theme, const QString &title, QWidget *parent)
    : Screen(parent)
    , m_theme(theme)
    , m_title(textLabel(theme, Theme::TextRole::Heading, u"title"_s, nullptr,
                        {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_back(nullptr)
    , m_content(new QVBoxLayout)
{
    m_title->setText(title);
    m_back = staffButton(tr("Back"), u"back"_s);
    connect(m_back, &BigButton::clicked, this, [this] { goBack(); });

    auto *top = new QHBoxLayout;
    top->setSpacing(theme.px(Theme::gapMm));
    top->addWidget(m_title, 1);
    top->addWidget(m_back);

    auto *layout = new QVBoxLayout(this);
    const int margin = theme.px(Theme::marginMm);
    layout->setContentsMargins(margin, margin / 2, margin, margin);
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addLayout(top);
    m_content->setSpacing(theme.px(Theme::gapMm));
    layout->addLayout(m_content, 1);
}

void StaffScreen::setTitle(const QString &title)
{
    m_title->setText(title);
}

void StaffScreen::setBackText(const QString &text)
{
    m_back->setText(text);
}

BigButton *StaffScreen::staffButton(const QString &text, const QString &objectName)
{
    auto *button = new BigButton(m_theme, text);
    button->setObjectName(objectName);
    button->setStaffControl(true);
    return button;
}

} // namespace Dorfplatz
