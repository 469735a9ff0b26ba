#pragma once

#include <QList>
#include <QWidget>

namespace Dorfplatz {

class BigButton;

// Big buttons to choose from (the contents a session can show), in as many columns of one width
// as the widest button allows at the width given: four on a wide screen, fewer on a small one,
// never a cut word. Rows as tall as the buttons, `gap` apart.
class ChoiceGrid final : public QWidget
{
    Q_OBJECT

public:
    explicit ChoiceGrid(int gap, QWidget *parent = nullptr);

    // The grid owns `button` from now on.
    void add(BigButton *button);
    const QList<BigButton *> &buttons() const { return m_buttons; }
    int columns() const { return columnsFor(width()); }
    // Places the buttons again after one changed its text (a longer one may need a wider cell);
    // a resize does it by itself.
    void placeButtons();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    static constexpr int maxColumns = 4;
    int columnsFor(int width) const;
    QSize cell() const;

    int m_gap;
    QList<BigButton *> m_buttons;
};

} // namespace Dorfplatz
