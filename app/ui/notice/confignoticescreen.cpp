#include "confignoticescreen.h"

#include "core/i18n/spokentext.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

namespace {
constexpr int maxIssuesShown = 8;

// Paths and file names are shown as they are, never read as markup.
QLabel *makeLabel(const Theme &theme, Theme::TextRole role, const QString &text,
                  const QString &name)
{
    auto *label =
        textLabel(theme, role, name, nullptr, {.alignment = Qt::AlignLeft | Qt::AlignVCenter});
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}
} // namespace

ConfigNoticeScreen::ConfigNoticeScreen(const Theme &theme, const ActiveConfig &active,
                                       const QString &configDir, const QStringList &otherProblems,
                                       QWidget *parent)
    : Screen(parent)
    , m_noConfig(active.origin == ActiveConfig::Origin::None)
{
    auto *layout = new QVBoxLayout(this);
    const int margin = theme.px(Theme::marginMm * 2);
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(theme.px(Theme::gapMm));

    if (m_noConfig) {
        layout->addStretch();
        auto *ask = makeLabel(theme, Theme::TextRole::Heading, tr("Please ask a member of staff."),
                              u"residentMessage"_s);
        ask->setAlignment(Qt::AlignCenter);
        layout->addWidget(ask);
        layout->addStretch();
    } else {
        layout->addWidget(
            makeLabel(theme, Theme::TextRole::Heading, tr("Note for staff"), u"title"_s));
    }

    constexpr Theme::TextRole staff = Theme::TextRole::Staff;
    if (!active.issues.isEmpty()) {
        QString summary;
        if (m_noConfig) {
            summary = tr("Dorfplatz has no usable settings. The settings in %1 have problems:")
                          .arg(configDir);
        } else {
            summary = tr("The settings in %1 have problems, so Dorfplatz keeps using the last "
                         "good settings of %2. Residents can use it as before. The problems:")
                          .arg(configDir,
                               QLocale().toString(active.lastGoodStoredAt, QLocale::ShortFormat));
        }
        layout->addWidget(makeLabel(theme, staff, summary, u"summary"_s));
        auto *issues = makeLabel(
            theme, staff, issueLines(active.issues, maxIssuesShown).join(u'\n'), u"issues"_s);
        issues->setProperty("role", u"notice"_s);
        layout->addWidget(issues);
        layout->addWidget(makeLabel(
            theme, staff,
            tr("A guide can check the settings with: dorfplatz --check-config %1").arg(configDir),
            u"hint"_s));
    }
    for (const QString &problem : otherProblems) {
        auto *label = makeLabel(theme, staff, problem, u"problem"_s);
        label->setProperty("role", u"notice"_s);
        layout->addWidget(label);
    }
    if (!m_noConfig)
        layout->addStretch();
}

QString ConfigNoticeScreen::screenName() const
{
    return m_noConfig ? u"no-config"_s : u"notice"_s;
}

QString ConfigNoticeScreen::spokenText() const
{
    if (m_noConfig)
        return SpokenText::sentences({tr("Please ask a member of staff.")});
    return SpokenText::sentences({tr("Note for staff"), tr("Please ask a member of staff.")});
}

QString ConfigNoticeScreen::noticeButtonText()
{
    return tr("Note for staff");
}

QStringList ConfigNoticeScreen::issueLines(const ConfigIssues &issues, int limit)
{
    QStringList lines;
    for (const ConfigIssue &issue : issues) {
        if (lines.size() == limit)
            break;
        lines.append(u"• "_s + issue.toString());
    }
    if (issues.size() > limit)
        lines.append(tr("… and %n more", nullptr, int(issues.size()) - limit));
    return lines;
}

} // namespace Dorfplatz
