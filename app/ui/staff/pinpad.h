#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;

namespace Dorfplatz {

class BigButton;
class Theme;

// The PIN pad of staff mode: ten digit keys, "Löschen" and "OK", each at least a resident
// control's size (a mistyped PIN costs a wait), and a row of dots for what was typed; the digits
// themselves are never shown. OK takes a PIN of PinHash::minLength digits or more. While the pad
// waits after wrong PINs, the keys are off and a sentence says how long.
class PinPad final : public QWidget
{
    Q_OBJECT

public:
    // At most this many digits are taken.
    static constexpr int maxLength = 12;

    explicit PinPad(const Theme &theme, QWidget *parent = nullptr);

    int length() const { return int(m_pin.size()); }
    // Forgets what was typed.
    void clear();
    // Keys off and "Bitte warten: noch N Sekunden" while `seconds` > 0; on again at 0.
    void setWaiting(int seconds);
    bool isWaiting() const { return m_waiting > 0; }

    // For tests and the screenshot tour.
    BigButton *digitKey(int digit) const { return m_digits.at(digit); }
    BigButton *deleteKey() const { return m_delete; }
    BigButton *okKey() const { return m_ok; }
    QString dotsText() const;
    QString statusText() const;

Q_SIGNALS:
    // OK with a PIN long enough; the pad is cleared right after.
    void entered(const QString &pin);

private:
    void type(int digit);
    void update();

    QString m_pin;
    int m_waiting = 0;
    QLabel *m_dots;
    QLabel *m_status;
    QList<BigButton *> m_digits;
    BigButton *m_delete;
    BigButton *m_ok;
};

} // namespace Dorfplatz
