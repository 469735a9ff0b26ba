#pragma once

#include "bigbutton.h"

#include <functional>

namespace Dorfplatz {

class ReadAloud;

// "Vorlesen": a speaker and the word, at least 20 mm like every resident control. A tap reads
// the text `text()` gives at that moment; while that is being read the button says "Stopp", and a
// second tap stops it. It hides itself when reading aloud is not available, keeping no room.
class ReadAloudButton : public BigButton
{
    Q_OBJECT

public:
    ReadAloudButton(const Theme &theme, ReadAloud &readAloud, std::function<QString()> text,
                    QWidget *parent = nullptr);

    // Reading aloud can be offered (an engine that speaks, switched on).
    bool isAvailable() const;
    // Whether this button's text is being read now.
    bool isReading() const;
    // Shows or hides it as reading aloud is available; for a button just put on a widget that
    // is already on the screen (children added later are not shown with it).
    void syncVisibility();

Q_SIGNALS:
    // The button showed or hid itself (reading aloud became available or not).
    void availabilityChanged(bool available);

private:
    void updateState();
    void updateAvailability();

    ReadAloud &m_readAloud;
    std::function<QString()> m_text;
    QString m_readText;
    QString m_stopText;
};

} // namespace Dorfplatz
