#pragma once

#include "ui/kit/bigbutton.h"

#include <QStringList>

namespace Dorfplatz {

// A big button of the player. It is as wide as the widest of the labels it takes turns showing
// ("Pause"/"Continue"), so nothing beside it moves when it switches. When disabled (the volume
// is at its limit) it is drawn as an outline with its label still in full contrast: visibly not
// available, still readable.
class PlayerButton : public BigButton
{
    Q_OBJECT

public:
    PlayerButton(const Theme &theme, const QString &text, QString iconPath = {},
                 QWidget *parent = nullptr);

    // Every label this button may show; the size hint fits the widest.
    void setLabels(const QStringList &labels);
    void setLabel(const QString &label);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_labels;
};

} // namespace Dorfplatz
