#pragma once

#include <QtGlobal>

namespace Dorfplatz {
class TapButton;
}

namespace Dorfplatz::Test {

// Taps controls as a person does: on the centre, a second apart, because TapButton ignores a
// repeat within 0.6 s (its guard gets this tapper's clock). Fails the current test when the
// control is missing, hidden or off.
class Tapper
{
public:
    void tap(TapButton *button);

private:
    qint64 m_ms = 0;
};

} // namespace Dorfplatz::Test
