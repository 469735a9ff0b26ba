#include "textentry.h"

#include "bigbutton.h"
#include "onscreenkeyboard.h"
#include "textlabel.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

TextEntry::TextEntry(const Theme &theme, const QString &objectName, int maxLength, QWidget *parent)
    : QWidget(parent)
    , m_prompt(textLabel(theme, Theme::TextRole::Body, u"prompt"_s, nullptr,
                         {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_field(textField(theme, objectName, maxLength))
    , m_accept(new BigButton(theme, tr("Apply")))
    , m_keyboard(new OnScreenKeyboard(theme))
{
    m_accept->setObjectName(u"accept"_s);
    m_accept->setStaffControl(true);
    auto *row = new QHBoxLayout;
    row->setSpacing(theme.px(Theme::gapMm));
    row->addWidget(m_field, 1);
    row->addWidget(m_accept);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(theme.px(Theme::gapMm));
    layout->addWidget(m_prompt);
    layout->addLayout(row);
    layout->addStretch();
    layout->addWidget(m_keyboard);
    m_keyboard->setTarget(m_field);
    connect(m_keyboard, &OnScreenKeyboard::doneRequested, this, &TextEntry::accept);
    connect(m_field, &QLineEdit::returnPressed, this, &TextEntry::accept);
    connect(m_accept, &BigButton::clicked, this, &TextEntry::accept);
}

void TextEntry::ask(const QString &prompt, const QString &text)
{
    m_prompt->setText(prompt);
    m_prompt->setVisible(!prompt.isEmpty());
    m_field->setText(text);
    m_field->setFocus();
}

void TextEntry::accept()
{
    Q_EMIT accepted(m_field->text().trimmed());
}

} // namespace Dorfplatz
