#pragma once

#include "ui/kit/staffscreen.h"

#include <QHash>

class QLabel;

namespace Dorfplatz {

// The guides' home: what they can change (Kacheln, Sender, Aussehen, Fassungen), what the draft
// changes so far, and "Vorschau", "Verwerfen", "Veröffentlichen". A refused publication lists
// its problems here, each with the thing it concerns.
class GuideHomeScreen : public StaffScreen
{
    Q_OBJECT

public:
    enum class Page
    {
        Tiles,
        Stations,
        Appearance,
        Versions,
        Contacts,
        Calendars,
        Backup,
    };

    explicit GuideHomeScreen(const Theme &theme, QWidget *parent = nullptr);
    QString screenName() const override;

    // The draft's changes (empty: nothing changed) and the version in use.
    void setState(const QStringList &changes, const QString &published);
    // Why the last "Veröffentlichen" was refused, one line each; empty: no problems.
    void setProblems(const QStringList &problems);
    // A short sentence after an action: "Veröffentlicht als Fassung 4."
    void setMessage(const QString &message);

    BigButton *pageButton(Page page) const { return m_pages.value(page); }
    BigButton *previewButton() const { return m_preview; }
    BigButton *discardButton() const { return m_discard; }
    BigButton *publishButton() const { return m_publish; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *problemsLabel() const { return m_problems; }

    static QString pageText(Page page);

Q_SIGNALS:
    void pageRequested(Dorfplatz::GuideHomeScreen::Page page);
    void previewRequested();
    void discardRequested();
    void publishRequested();
    // On the screen again (back from a list or an editor): time to show the draft's state.
    void shown();

protected:
    void activated() override { Q_EMIT shown(); }

private:
    QLabel *m_state;
    QLabel *m_problems;
    QHash<Page, BigButton *> m_pages;
    BigButton *m_preview;
    BigButton *m_discard;
    BigButton *m_publish;
    bool m_confirmDiscard = false;
};

} // namespace Dorfplatz
