// What "Vorlesen" says on the home screen, as data rows (the tiles and the banners in, the whole
// spoken text out): the tiles of the page as one choice, with the pages when there are several,
// and before them whatever banner shows (the coming session, missed calls, both); and on the
// notice for a configuration with problems, only what a resident needs. English source texts.
#include "core/config/configloader.h"
#include "core/schedule/schedule.h"
#include "support/testconfig.h"
#include "ui/calls/missedcallsbanner.h"
#include "ui/home/homescreen.h"
#include "ui/kit/homebannerstack.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/theme.h"
#include "ui/kit/tile.h"
#include "ui/notice/confignoticescreen.h"
#include "ui/programme/sessionbanner.h"

#include <QTest>
#include <QTimeZone>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;

namespace {

// Monday, 7 December 2026.
const QDate today(2026, 12, 7);

QTimeZone berlin()
{
    return QTimeZone("Europe/Berlin");
}

KioskConfig withTiles(const QStringList &labels)
{
    KioskConfig config;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        TileConfig tile;
        tile.id = u"t%1"_s.arg(i);
        tile.kind = TileKind::Stream;
        tile.label = labels.at(i);
        tile.picture = u"icon:radio"_s;
        tile.order = int(i);
        config.tiles.append(tile);
    }
    return config;
}

ScheduledItem session(const QString &title, QTime start)
{
    ScheduledItem item;
    item.session.id = 1;
    item.session.title = title;
    item.session.start = QDateTime(today, start, berlin());
    item.occurrence.sessionId = 1;
    item.occurrence.start = item.session.start.toUTC();
    item.occurrence.end = item.occurrence.start.addSecs(45 * 60);
    return item;
}

enum class Banners
{
    None,
    Session,
    MissedCalls,
    Both,
};

} // namespace

class TestHomeSpoken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void home_data();
    void home();
    void homePages();
    void notice_data();
    void notice();

private:
    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
};

void TestHomeSpoken::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestHomeSpoken::home_data()
{
    QTest::addColumn<QStringList>("labels");
    QTest::addColumn<Banners>("banners");
    QTest::addColumn<QString>("expected");

    const QStringList three{u"SWR4"_s, u"Was ist los?"_s, u"Anna anrufen"_s};
    QTest::newRow("one tile") << QStringList{u"SWR4"_s} << Banners::None
                              << u"You can choose: SWR4."_s;
    QTest::newRow("three tiles") << three << Banners::None
                                 << u"You can choose: SWR4, Was ist los? and Anna anrufen."_s;
    QTest::newRow("a label with symbols")
        << QStringList{u"Radio • SWR4"_s, u"„Fernsehen“ 📺"_s} << Banners::None
        << u"You can choose: Radio, SWR4 and Fernsehen."_s;
    QTest::newRow("session banner")
        << three << Banners::Session
        << u"At 10:00: Sitzgymnastik. You can choose: SWR4, Was ist los? and Anna anrufen."_s;
    QTest::newRow("missed calls")
        << three << Banners::MissedCalls
        << u"Anna called at 14:05. You can call Anna back now. You can choose: SWR4, Was ist "
           "los? and Anna anrufen."_s;
    QTest::newRow("both banners")
        << three << Banners::Both
        << u"At 10:00: Sitzgymnastik. Anna called at 14:05. You can call Anna back now. You can "
           "choose: SWR4, Was ist los? and Anna anrufen."_s;
}

void TestHomeSpoken::home()
{
    QFETCH(QStringList, labels);
    QFETCH(Banners, banners);
    QFETCH(QString, expected);

    HomeScreen screen(m_theme, withTiles(labels));
    if (banners != Banners::None) {
        auto *stack = new HomeBannerStack(m_theme.px(Theme::gapMm));
        auto *sessionBanner = new SessionBanner(m_theme, berlin());
        auto *missed = new MissedCallsBanner(m_theme);
        stack->add(sessionBanner);
        stack->add(missed);
        screen.setBanner(stack);
        if (banners != Banners::MissedCalls)
            sessionBanner->setItem(session(u"Sitzgymnastik"_s, QTime(10, 0)));
        if (banners != Banners::Session)
            missed->setCalls({{u"anna"_s, u"Anna"_s, QDateTime(today, QTime(14, 5))}}, today);
    }
    screen.resize(1920, 1080);
    screen.show();
    QCOMPARE(screen.pageSwitcher()->pageCount(), 1);
    QCOMPARE(screen.spokenText(), expected);
}

void TestHomeSpoken::homePages()
{
    QStringList labels;
    for (int i = 0; i < 20; ++i)
        labels.append(u"Sender %1"_s.arg(i + 1));
    HomeScreen screen(m_theme, withTiles(labels));
    screen.resize(1024, 600);
    screen.show();
    PageSwitcher *pager = screen.pageSwitcher();
    QVERIFY(pager->pageCount() > 1);
    int heard = 0;
    for (int page = 0; page < pager->pageCount(); ++page) {
        pager->setPage(page);
        QStringList shown;
        for (const Tile *tile : screen.tiles()) {
            if (tile->isVisible())
                shown.append(tile->label());
        }
        heard += int(shown.size());
        const QString last = shown.takeLast();
        QString expected = u"You can choose: %1 and %2. Page %3 of %4."_s.arg(
            shown.join(u", "_s), last, QString::number(page + 1),
            QString::number(pager->pageCount()));
        if (page + 1 < pager->pageCount())
            expected += u" Tap more to see more."_s;
        QCOMPARE(screen.spokenText(), expected);
    }
    QCOMPARE(heard, 20);
}

void TestHomeSpoken::notice_data()
{
    QTest::addColumn<ActiveConfig::Origin>("origin");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no usable settings")
        << ActiveConfig::Origin::None << u"Please ask a member of staff."_s;
    QTest::newRow("last good settings")
        << ActiveConfig::Origin::LastGood << u"Note for staff. Please ask a member of staff."_s;
}

void TestHomeSpoken::notice()
{
    QFETCH(ActiveConfig::Origin, origin);
    QFETCH(QString, expected);
    ActiveConfig active;
    active.origin = origin;
    ConfigIssue issue;
    issue.file = u"tiles.json"_s;
    active.issues.append(issue);
    active.lastGoodStoredAt = QDateTime(today, QTime(3, 0), Qt::UTC);
    ConfigNoticeScreen screen(m_theme, active, u"/etc/dorfplatz"_s,
                              {u"The data folder cannot be written."_s});
    QCOMPARE(screen.spokenText(), expected);
}

QTEST_MAIN(TestHomeSpoken)
#include "tst_homespoken.moc"
