#pragma once

#include "ui/kit/homebanner.h"

#include <QDateTime>
#include <QList>

class QLabel;

namespace Dorfplatz {

class BigButton;
class Theme;

// On the home screen, above the tiles, until seen: "Anna hat um 14:05 Uhr angerufen." with two
// big buttons, "Anna anrufen" (calls the newest caller back) and "Gesehen". Either tap counts as
// seen. Hidden while there is nothing to tell. Where every caller's line does not fit in the height
// budget the home screen gives it, only the newest caller's shows.
class MissedCallsBanner : public HomeBanner
{
    Q_OBJECT

public:
    struct Call
    {
        QString contactId;
        QString name;
        QDateTime at;
    };

    static constexpr int maxLines = 3;

    MissedCallsBanner(const Theme &theme, QWidget *parent = nullptr);

    // Newest first. `today`: the day the times are told relative to.
    void setCalls(const QList<Call> &calls, QDate today);
    QString text() const;
    QString callBackContact() const { return m_callBack; }

    void setHeightBudget(int height) override;
    bool hasCalls() const { return !m_allLines.isEmpty(); }
    bool hasContent() const override { return hasCalls(); }
    void setSuppressed(bool suppressed) override;
    // Every caller (up to maxLines, as the banner can show), the times for the ear ("Anna hat
    // um 14 Uhr 5 angerufen."), and that the newest can be called back.
    QString spokenText() const override;
    bool isSuppressed() const { return m_suppressed; }

    BigButton *callBackButton() const { return m_callBackButton; }
    BigButton *seenButton() const { return m_seenButton; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

    // One line about one caller: "Anna hat um 14:05 Uhr angerufen."
    static QString line(const QString &name, int times, const QDateTime &last, QDate today);
    // The same for the ear: "Anna hat um 14 Uhr 5 angerufen."
    static QString spokenLine(const QString &name, int times, const QDateTime &last, QDate today);

Q_SIGNALS:
    void callBackRequested(const QString &contactId);
    void seenRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // The buttons beside the text (true) or below it, at `width`.
    bool buttonsBeside(int width) const;
    int buttonsWidth() const;
    int heightFor(int width, const QString &text) const;
    // Every caller's line, or only the newest one's when all do not fit the budget.
    const QString &textFor(int width) const;
    void relayout();

    const Theme &m_theme;
    QLabel *m_text;
    BigButton *m_callBackButton;
    BigButton *m_seenButton;
    QString m_callBack;
    QString m_callBackName;
    QStringList m_spokenLines; // each caller's line, for the ear
    QString m_allLines;
    QString m_newestLine;
    int m_heightBudget = 1 << 20;
    bool m_suppressed = false;
};

} // namespace Dorfplatz
