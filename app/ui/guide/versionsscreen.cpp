#include "versionsscreen.h"

#include "ui/kit/bigbutton.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

VersionsScreen::VersionsScreen(const Theme &theme, const ConfigVersions &versions, QWidget *parent)
    : StaffScreen(theme, tr("Versions"), parent)
    , m_versions(versions)
    , m_message(textLabel(theme, Theme::TextRole::Staff, u"message"_s, nullptr,
                          {Qt::AlignLeft | Qt::AlignVCenter}))
    , m_rows(new PagedRows(theme))
{
    content()->addWidget(m_message);
    content()->addWidget(m_rows, 1);
    reload();
}

QString VersionsScreen::screenName() const
{
    return u"guide-versions"_s;
}

void VersionsScreen::setMessage(const QString &message)
{
    m_message->setText(message);
}

void VersionsScreen::reload()
{
    const QList<ConfigVersion> versions = m_versions.versions();
    const std::optional<ConfigVersion> current = m_versions.current();
    m_message->setText(
        versions.isEmpty()
            ? tr("Nothing has been published on the kiosk yet: the installed settings apply.")
            : tr("The last %n published version(s). An older one can be brought back.", nullptr,
                 int(versions.size())));
    QList<QWidget *> rows;
    for (const ConfigVersion &version : versions) {
        auto *row = new QWidget;
        row->setObjectName(u"version-%1"_s.arg(version.number));
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins({});
        layout->setSpacing(theme().px(Theme::gapMm));
        QLabel *text = textLabel(theme(), Theme::TextRole::Staff, u"text"_s, nullptr,
                                 {Qt::AlignLeft | Qt::AlignVCenter});
        text->setText(
            tr("Version %1 · %2 · %3\n%4")
                .arg(version.number)
                .arg(QLocale().toString(version.publishedAt.toLocalTime(), QLocale::ShortFormat),
                     version.publishedBy, version.summary));
        layout->addWidget(text, 1);
        if (current && current->number == version.number) {
            QLabel *inUse = textLabel(theme(), Theme::TextRole::Staff, u"inUse"_s, nullptr,
                                      {Qt::AlignRight | Qt::AlignVCenter});
            inUse->setText(tr("in use"));
            layout->addWidget(inUse);
        } else {
            BigButton *restore = staffButton(tr("Restore this version"), u"restore"_s);
            const int number = version.number;
            connect(restore, &BigButton::clicked, this, [this, restore, number] {
                if (!restore->property("confirm").toBool()) {
                    restore->setProperty("confirm", true);
                    restore->setText(tr("Really restore?"));
                    return;
                }
                Q_EMIT restoreRequested(number);
            });
            layout->addWidget(restore);
        }
        rows.append(row);
    }
    m_rows->setRows(rows);
}

BigButton *VersionsScreen::restoreButton(int number) const
{
    for (QWidget *row : m_rows->rows()) {
        if (row->objectName() == u"version-%1"_s.arg(number))
            return row->findChild<BigButton *>(u"restore"_s);
    }
    return nullptr;
}

} // namespace Dorfplatz
