#pragma once

#include "core/config/configdraft.h"
#include "ui/kit/staffscreen.h"

class QLabel;
class QStackedWidget;

namespace Dorfplatz {

class PagedRows;
class TextEntry;

// How the kiosk looks and behaves (kiosk.json): the home's name, the text size, the colours,
// the language, when it goes back to the start, the night, the volume limits, the tap sound.
// Every value is chosen with buttons among the values the loader allows; each change goes into
// the draft at once.
class AppearanceScreen : public StaffScreen
{
    Q_OBJECT

public:
    AppearanceScreen(const Theme &theme, ConfigDraft &draft, QWidget *parent = nullptr);
    QString screenName() const override;

    BigButton *button(const QString &name) const { return m_buttons.value(name); }
    QLabel *valueLabel(const QString &name) const { return m_values.value(name); }
    TextEntry *nameEntry() const { return m_name; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void changed();

protected:
    void goBack() override;

private:
    void addRow(const QString &key, const QString &title, const QList<QString> &buttons);
    void step(const QString &button);
    void set(const QString &key, const QJsonValue &value);
    void refresh();

    ConfigDraft &m_draft;
    QLabel *m_message;
    QStackedWidget *m_pages;
    PagedRows *m_rows;
    QList<QWidget *> m_rowWidgets;
    TextEntry *m_name;
    QHash<QString, BigButton *> m_buttons;
    QHash<QString, QLabel *> m_values;
};

} // namespace Dorfplatz
