#include "readaloudbutton.h"

#include "readaloud.h"

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {
const QString speakIcon = u":/icons/speak.svg"_s;
const QString stopIcon = u":/icons/stop.svg"_s;
} // namespace

ReadAloudButton::ReadAloudButton(const Theme &theme, ReadAloud &readAloud,
                                 std::function<QString()> text, QWidget *parent)
    : BigButton(theme, tr("Read aloud"), speakIcon, Style::Accent, parent)
    , m_readAloud(readAloud)
    , m_text(std::move(text))
    , m_readText(tr("Read aloud"))
    , m_stopText(tr("Stop"))
{
    setObjectName(u"readAloudButton"_s);
    connect(this, &BigButton::clicked, this, [this] { m_readAloud.toggle(this, m_text()); });
    connect(&m_readAloud, &ReadAloud::sourceChanged, this, &ReadAloudButton::updateState);
    connect(&m_readAloud, &ReadAloud::availabilityChanged, this,
            &ReadAloudButton::updateAvailability);
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(false);
    setSizePolicy(policy);
    updateState();
    // Without a parent only hidden: shown, it would become a window of its own.
    if (parent)
        syncVisibility();
    else if (!m_readAloud.isAvailable())
        hide();
}

void ReadAloudButton::syncVisibility()
{
    setVisible(m_readAloud.isAvailable());
}

bool ReadAloudButton::isAvailable() const
{
    return m_readAloud.isAvailable();
}

bool ReadAloudButton::isReading() const
{
    return m_readAloud.isSpeaking() && m_readAloud.source() == this;
}

void ReadAloudButton::updateState()
{
    const bool reading = isReading();
    setText(reading ? m_stopText : m_readText);
    // Room for the other word too, so nothing beside the button moves when it changes.
    setReservedText(reading ? m_readText : m_stopText);
    setAccessibleName(text());
    setIconPath(reading ? stopIcon : speakIcon);
    update();
}

void ReadAloudButton::updateAvailability()
{
    const bool available = m_readAloud.isAvailable();
    if (available == !isHidden())
        return;
    setVisible(available);
    Q_EMIT availabilityChanged(available);
}

} // namespace Dorfplatz
