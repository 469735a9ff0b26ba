#pragma once

#include "homebanner.h"

#include <QList>

namespace Dorfplatz {

// Several banners in the home screen's one place, one below the other, the first most important
// (the coming session before missed calls). Only those with something to tell take room; when
// they do not all fit the budget, the later ones give way first.
class HomeBannerStack final : public HomeBanner
{
    Q_OBJECT

public:
    explicit HomeBannerStack(int gap, QWidget *parent = nullptr);

    // The stack owns `banner` from now on; `position` in the order (-1: last).
    void add(HomeBanner *banner, int position = -1);
    const QList<HomeBanner *> &banners() const { return m_banners; }

    bool hasContent() const override;
    void setHeightBudget(int height) override;
    void setSuppressed(bool suppressed) override;
    // The shown banners', in their order.
    QString spokenText() const override;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The banners that are shown at `width` within the budget.
    QList<HomeBanner *> shownAt(int width) const;
    void relayout();

    int m_gap;
    int m_budget = 1 << 20;
    bool m_suppressed = false;
    QList<HomeBanner *> m_banners;
};

} // namespace Dorfplatz
