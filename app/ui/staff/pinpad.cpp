#include "pinpad.h"

#include "core/accounts/pinhash.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/textlabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

PinPad::PinPad(const Theme &theme, QWidget *parent)
    : QWidget(parent)
    , m_dots(textLabel(theme, Theme::TextRole::Heading, u"dots"_s, this))
    , m_status(textLabel(theme, Theme::TextRole::Body, u"status"_s, this))
    , m_delete(new BigButton(theme, tr("Delete"), {}, BigButton::Style::Accent, this))
    , m_ok(new BigButton(theme, tr("OK"), {}, BigButton::Style::Accent, this))
{
    auto *layout = new QVBoxLayout(this);
    const int gap = theme.px(Theme::gapMm);
    layout->setSpacing(gap);
    layout->addWidget(m_dots);
    layout->addWidget(m_status);
    auto *keys = new QGridLayout;
    keys->setSpacing(gap);
    for (int digit = 0; digit <= 9; ++digit) {
        auto *key =
            new BigButton(theme, QString::number(digit), {}, BigButton::Style::Accent, this);
        key->setObjectName(u"digit%1"_s.arg(digit));
        connect(key, &TapButton::clicked, this, [this, digit] { type(digit); });
        m_digits.append(key);
        // 1 2 3 / 4 5 6 / 7 8 9 / Löschen 0 OK, as on a telephone.
        if (digit > 0)
            keys->addWidget(key, (digit - 1) / 3, (digit - 1) % 3);
    }
    keys->addWidget(m_delete, 3, 0);
    keys->addWidget(m_digits.at(0), 3, 1);
    keys->addWidget(m_ok, 3, 2);
    // Three columns of one width, as on a telephone, however wide "Löschen" is.
    int widest = 0;
    for (const BigButton *key : {m_delete, m_ok})
        widest = std::max(widest, key->sizeHint().width());
    for (const BigButton *key : std::as_const(m_digits))
        widest = std::max(widest, key->sizeHint().width());
    for (int column = 0; column < 3; ++column) {
        keys->setColumnMinimumWidth(column, widest);
        keys->setColumnStretch(column, 1);
    }
    layout->addLayout(keys);
    m_delete->setObjectName(u"delete"_s);
    m_ok->setObjectName(u"ok"_s);
    connect(m_delete, &TapButton::clicked, this, [this] {
        m_pin.chop(1);
        update();
    });
    connect(m_ok, &TapButton::clicked, this, [this] {
        if (!PinHash::isValidPin(m_pin))
            return;
        const QString pin = m_pin;
        clear();
        Q_EMIT entered(pin);
    });
    update();
}

void PinPad::type(int digit)
{
    if (m_pin.size() < maxLength)
        m_pin.append(QChar(u'0' + digit));
    update();
}

void PinPad::clear()
{
    m_pin.fill(u'0');
    m_pin.clear();
    update();
}

void PinPad::setWaiting(int seconds)
{
    m_waiting = std::max(0, seconds);
    if (m_waiting > 0)
        clear();
    update();
}

QString PinPad::dotsText() const
{
    return m_dots->text();
}

QString PinPad::statusText() const
{
    return m_status->text();
}

void PinPad::update()
{
    // A dot for each digit; an empty pad shows where they will go.
    m_dots->setText(m_pin.isEmpty() ? u"\u2013"_s : QString(m_pin.size(), QChar(0x25CF)));
    const bool waiting = m_waiting > 0;
    for (BigButton *key : std::as_const(m_digits))
        key->setEnabled(!waiting && m_pin.size() < maxLength);
    m_delete->setEnabled(!waiting && !m_pin.isEmpty());
    m_ok->setEnabled(!waiting && PinHash::isValidPin(m_pin));
    m_status->setText(waiting ? tr("Please wait: %n more second(s).", nullptr, m_waiting)
                              : tr("Your PIN, at least %1 digits.").arg(PinHash::minLength));
}

} // namespace Dorfplatz
