#pragma once

#include <QList>
#include <QString>
#include <QWidget>

namespace Dorfplatz {

class Theme;

// A bar chart of one number per month for the Leitung's "Nutzung": a bar per month side by side,
// its number written above it and the month below, in the staff text size and the theme's
// colours (a high-contrast theme gives high-contrast bars). Drawn with QPainter; nothing to tap.
// The tallest bar fills the height; a month with 0 has a flat line, so it reads as "nothing",
// not as "missing".
class UsageChart final : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label; // the month, e.g. "Dez.\n2026" (lines broken by '\n')
        qint64 value = 0;
    };

    explicit UsageChart(const Theme &theme, QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }

    // Where bar `index` is drawn (its top is the value's height), where its number and its month
    // are written; in the widget's coordinates. For tests and the layout checks.
    QRect barRect(int index) const;
    QRect valueRect(int index) const;
    QRect labelRect(int index) const;
    // The number as written at the bar.
    static QString valueText(qint64 value);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int slotWidth() const;
    int labelHeight() const;
    int valueHeight() const;
    QRect plotRect() const;

    const Theme &m_theme;
    QList<Bar> m_bars;
};

} // namespace Dorfplatz
