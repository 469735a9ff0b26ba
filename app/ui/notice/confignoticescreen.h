#pragma once

#include "core/config/configsource.h"
#include "ui/kit/screen.h"

namespace Dorfplatz {

class Theme;

// What staff see when the configuration (or the data folder) has problems. With a last good
// configuration in use it is reached from the discreet notice in the header; with nothing usable it
// is the only screen, and first of all asks residents, calmly, to find a member of staff.
class ConfigNoticeScreen : public Screen
{
    Q_OBJECT

public:
    // `otherProblems`: plain sentences about anything else staff should know (e.g. the data
    // folder cannot be written).
    ConfigNoticeScreen(const Theme &theme, const ActiveConfig &active, const QString &configDir,
                       const QStringList &otherProblems, QWidget *parent = nullptr);

    QString screenName() const override;
    // Only what a resident needs: to ask a member of staff (the rest is for staff).
    QString spokenText() const override;

    // The short text of the header's notice button.
    static QString noticeButtonText();
    // The problems as lines for staff, at most `limit` of them and a line saying how many more.
    static QStringList issueLines(const ConfigIssues &issues, int limit);

private:
    bool m_noConfig;
};

} // namespace Dorfplatz
