// The whole kiosk UI on the offscreen platform: taps open the right screens, "Startseite"
// returns, every resident control is large enough at every resolution and text scale, paging
// reaches every tile, nothing ticks at home but the clock, and configuration problems reach staff.
#include "core/config/configloader.h"
#include "core/config/configsource.h"
#include "core/config/lastgoodconfig.h"
#include "core/events/eventsource.h"
#include "core/i18n/translations.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "ui/events/eventsscreen.h"
#include "ui/events/eventtab.h"
#include "ui/home/homescreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/clocklabel.h"
#include "ui/kit/header.h"
#include "ui/kit/navigator.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/readaloud.h"
#include "ui/kit/readaloudbutton.h"
#include "ui/kit/screen.h"
#include "ui/kit/tile.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/recordingspeech.h"

#include <QJsonArray>
#include <QLabel>
#include <QScopeGuard>
#include <QSet>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

using namespace Dorfplatz;
using namespace Qt::StringLiterals;
using Dorfplatz::Test::rectIn;

namespace {

QJsonObject manyTiles(int count)
{
    QJsonArray tiles;
    for (int i = 0; i < count; ++i) {
        tiles.append(QJsonObject{{u"id"_s, u"tile-%1"_s.arg(i)},
                                 {u"kind"_s, u"events"_s},
                                 {u"label"_s, u"Kachel Nummer %1"_s.arg(i + 1)}});
    }
    return QJsonObject{{u"version"_s, 1}, {u"tiles"_s, tiles}};
}

} // namespace

class TestKioskShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tilesOpenTheirScreens_data();
    void tilesOpenTheirScreens();
    void layoutFits_data();
    void layoutFits();
    void headerNeverCollapses_data();
    void headerNeverCollapses();
    void pagingReachesEveryTile();
    void idleHomeHasOnlyTheClock();
    void brokenConfigShowsNoticeToStaff();
    void noConfigAsksForStaff();

private:
    void checkLayout(KioskShell &shell);

    FixedClock m_clock{QDateTime(QDate(2026, 11, 27), QTime(14, 5, 10))};
    Translations m_translations;
};

void TestKioskShell::initTestCase()
{
    QVERIFY(m_translations.install(u"de"_s));
}

void TestKioskShell::tilesOpenTheirScreens_data()
{
    QTest::addColumn<QString>("tileId");
    QTest::addColumn<QString>("screen");
    QTest::addRow("radio") << u"hausradio"_s << u"stream"_s;
    QTest::addRow("church") << u"gottesdienst"_s << u"stream"_s;
    // Call tiles start WebEngine at once: tests/ui/calls/tst_callflow taps them on X11.
    QTest::addRow("events") << u"was-ist-los"_s << u"events"_s;
    QTest::addRow("schedule") << u"programm"_s << u"schedule"_s;
}

void TestKioskShell::tilesOpenTheirScreens()
{
    QFETCH(QString, tileId);
    QFETCH(QString, screen);
    QTemporaryDir data;
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    const ActiveConfig active = loadActiveConfig(demo, LastGoodConfig(data.path()));
    QCOMPARE(active.origin, ActiveConfig::Origin::Configured);
    KioskShell shell(active, demo, data.path(), m_clock);
    shell.window()->resize(1920, 1080);
    shell.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(shell.window()));

    BigButton *home = shell.window()->header()->homeButton();
    QVERIFY(!home->isVisible());
    QCOMPARE(home->text(), u"Startseite"_s);

    Tile *tile = shell.window()->findChild<Tile *>(u"tile-"_s + tileId);
    QVERIFY(tile);
    QVERIFY(tile->isVisible());
    QTest::mouseClick(tile, Qt::LeftButton);
    QCOMPARE(shell.navigator()->current()->screenName(), screen);
    if (screen == u"stream") {
        // The player has its own Startseite among its controls; the header shows none then.
        QVERIFY(!home->isVisible());
        auto *playerHome = shell.navigator()->current()->findChild<BigButton *>(u"home"_s);
        QVERIFY(playerHome && playerHome->isVisible());
        QCOMPARE(playerHome->text(), u"Startseite"_s);
        const auto *name = shell.navigator()->current()->findChild<QLabel *>(u"name"_s);
        QVERIFY(name && !name->text().isEmpty());
        QTest::mouseClick(playerHome, Qt::LeftButton);
        QVERIFY(shell.navigator()->isHome());
        return;
    }
    if (screen == u"events") {
        // "Was ist los?" opens at "Heute"; the header's Startseite leads back.
        const auto *today = shell.navigator()->current()->findChild<EventTab *>(u"tab-today"_s);
        QVERIFY(today && today->isVisible() && today->isSelected());
        QVERIFY(home->isVisible());
        QTest::mouseClick(home, Qt::LeftButton);
        QVERIFY(shell.navigator()->isHome());
        return;
    }
    // The placeholder names the tile and says, in German, that it is coming.
    const auto *title = shell.navigator()->current()->findChild<QLabel *>(u"title"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), tile->label());
    const auto *message = shell.navigator()->current()->findChild<QLabel *>(u"message"_s);
    QVERIFY(message && message->text().contains(u"Startseite"_s));

    QVERIFY(home->isVisible());
    const QRect homeRect = rectIn(home, shell.window());
    QTest::mouseClick(home, Qt::LeftButton);
    QVERIFY(shell.navigator()->isHome());
    QVERIFY(!home->isVisible());
    // The home button keeps its place: it is where it was on the other screen.
    QCOMPARE(rectIn(home, shell.window()), homeRect);
}

void TestKioskShell::layoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("theme");
    // 1024×600: a common 10-inch panel. At 200 % "Startseite" and "Vorlesen" show as their
    // symbols alone (issue 18), so the header keeps to one row, "Vorlesen" stays and the tiles
    // keep their room.
    const QList<QSize> sizes{{1920, 1080}, {1280, 800}, {1080, 1920}, {1024, 600}};
    for (const QSize &size : sizes) {
        for (const int scale : {100, 125, 150, 200}) {
            QTest::addRow("%dx%d at %d percent", size.width(), size.height(), scale)
                << size << scale << u"standard"_s;
        }
    }
    QTest::addRow("high contrast 1920x1080 at 200 percent")
        << QSize(1920, 1080) << 200 << u"high-contrast"_s;
}

void TestKioskShell::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QString, theme);
    Test::TestConfigDir config;
    config.copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    config.writeJson(u"kiosk.json"_s, QJsonObject{{u"version"_s, 1},
                                                  {u"textScale"_s, scale},
                                                  {u"theme"_s, theme},
                                                  {u"homeName"_s, u"Haus Sonnenhang"_s}});
    QTemporaryDir data;
    const ActiveConfig active = loadActiveConfig(config.path(), LastGoodConfig(data.path()));
    QCOMPARE(active.origin, ActiveConfig::Origin::Configured);
    KioskShell shell(active, config.path(), data.path(), m_clock);
    // With "Vorlesen" in the header, as on a kiosk with a sound output.
    shell.setSpeechEngine(std::make_unique<Test::RecordingSpeech>());
    shell.window()->resize(size);
    shell.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(shell.window()));
    QCOMPARE(shell.window()->size(), size);
    QVERIFY(shell.window()->header()->readAloudButton()->isVisible());

    checkLayout(shell);
    // And on a screen below home, where the home button shows.
    QTest::mouseClick(shell.homeScreen()->tiles().first(), Qt::LeftButton);
    QVERIFY(!shell.navigator()->isHome());
    checkLayout(shell);
}

void TestKioskShell::headerNeverCollapses_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("scale");
    QTest::addColumn<QString>("language");
    // Issue 18: 0 px high in the C locale at 1280×800/200 % and 1024×600/150 %.
    for (const QString &language : {u"C"_s, u"de"_s, u"en"_s}) {
        for (const QSize &size :
             {QSize(1920, 1080), QSize(1280, 800), QSize(1080, 1920), QSize(1024, 600)}) {
            for (const int scale : {100, 125, 150, 200}) {
                QTest::addRow("%s %dx%d at %d percent", qPrintable(language), size.width(),
                              size.height(), scale)
                    << size << scale << language;
            }
        }
    }
}

void TestKioskShell::headerNeverCollapses()
{
    QFETCH(QSize, size);
    QFETCH(int, scale);
    QFETCH(QString, language);
    Translations translations;
    if (language == u"C") {
        QLocale::setDefault(QLocale::c()); // no translation: the English source texts
    } else {
        QVERIFY(translations.install(language));
    }
    const auto restore = qScopeGuard([this] { m_translations.install(u"de"_s); });
    // The window as the kiosk builds it, over the events screen (never synced: the longest
    // texts) and the home screen's size.
    const Theme theme(ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, scale));
    QTemporaryDir data;
    EventSource source(data.filePath(u"events.db"_s));
    MainWindow window(theme, m_clock, u"Haus Sonnenhang"_s);
    // With "Vorlesen", as on a kiosk with a sound output.
    Test::RecordingSpeech speech;
    ReadAloud readAloud(&speech);
    window.header()->setReadAloudButton(
        new ReadAloudButton(theme, readAloud, [] { return u"Heute"_s; }));
    auto *events = new EventsScreen(theme, source, m_clock);
    window.stack()->addWidget(events);
    window.stack()->setCurrentWidget(events);
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const bool home : {true, false}) {
        // On the home screen without "Startseite", below it with.
        window.header()->setHomeButtonVisible(!home);
        const Header *header = window.header();
        QVERIFY(header->readAloudButton()->isAvailable());
        const ClockLabel *clock = header->clockLabel();
        // As high as it asks to be, with the clock's text whole inside it.
        QTRY_COMPARE(header->height(), header->heightForWidth(header->width()));
        QVERIFY2(header->height() > theme.px(Theme::controlMinMm),
                 qPrintable(QString::number(header->height())));
        QVERIFY(header->rect().contains(clock->geometry()));
        QVERIFY2(clock->height() >= clock->heightForWidth(clock->width()),
                 qPrintable(u"%1: %2 < %3"_s.arg(clock->text())
                                .arg(clock->height())
                                .arg(clock->heightForWidth(clock->width()))));
        QVERIFY(rectIn(header, &window).bottom() < rectIn(window.stack(), &window).top());
    }
}

void TestKioskShell::checkLayout(KioskShell &shell)
{
    QWidget *window = shell.window();
    const Theme &theme = shell.theme();
    const QRect bounds = window->rect();

    // Every control a finger can reach: inside the window and large enough.
    const QList<TapButton *> buttons = window->findChildren<TapButton *>();
    QList<QPair<QString, QRect>> placed;
    for (const TapButton *button : buttons) {
        if (!button->isVisible())
            continue;
        const QRect r = rectIn(button, window);
        // No two controls overlap ("Startseite" and "Vorlesen" in the header among them).
        for (const auto &[other, rect] : std::as_const(placed)) {
            QVERIFY2(!rect.intersects(r),
                     qPrintable(button->objectName() + u" overlaps "_s + other));
        }
        placed.append({button->objectName(), r});
        const int minimum =
            theme.px(button->isStaffControl() ? Theme::staffControlMinMm : Theme::controlMinMm);
        QVERIFY2(bounds.contains(r), qPrintable(button->objectName() + u" leaves the window"_s));
        QVERIFY2(r.width() >= minimum && r.height() >= minimum,
                 qPrintable(u"%1 is %2×%3 mm"_s.arg(button->objectName())
                                .arg(theme.metrics().mm(r.width()))
                                .arg(theme.metrics().mm(r.height()))));
    }

    // Tiles: large, labels in full, apart by the gap.
    QList<QRect> tiles;
    if (shell.navigator()->isHome() && shell.homeScreen()) {
        for (const Tile *tile : shell.homeScreen()->tiles()) {
            if (!tile->isVisible())
                continue;
            const QRect r = rectIn(tile, window);
            QVERIFY(r.width() >= theme.px(Theme::tileMinMm));
            QVERIFY(r.height() >= theme.px(Theme::tileMinMm));
            QVERIFY2(tile->labelFits(), qPrintable(tile->label() + u" does not fit"_s));
            tiles.append(r);
        }
        QVERIFY(!tiles.isEmpty());
    }
    const int gap = theme.px(4.0);
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        for (qsizetype j = i + 1; j < tiles.size(); ++j)
            QVERIFY(!tiles[i].adjusted(-gap + 1, -gap + 1, gap - 1, gap - 1).intersects(tiles[j]));
    }

    // No text anywhere is cut off: every label has the room its text needs.
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible())
            continue;
        const QString what = label->objectName() + u" \""_s + label->text().left(40) + u"\""_s;
        QVERIFY2(bounds.contains(rectIn(label, window)),
                 qPrintable(what + u" leaves the window"_s));
        const QRect contents = label->contentsRect();
        if (label->wordWrap()) {
            QVERIFY2(label->heightForWidth(label->width()) <= label->height(),
                     qPrintable(what + u" is cut off"_s));
        } else {
            const QSize needed = label->fontMetrics().size(0, label->text());
            QVERIFY2(needed.width() <= contents.width() && needed.height() <= contents.height() + 2,
                     qPrintable(what + u" is cut off"_s));
        }
    }

    // The clock's text is not clipped, and the header does not run into the screens.
    const ClockLabel *clock = shell.window()->header()->clockLabel();
    const QFontMetrics metrics(clock->font());
    const QRect needed =
        metrics.boundingRect(clock->contentsRect(), Qt::AlignCenter, clock->text());
    QVERIFY2(
        clock->contentsRect().contains(needed),
        qPrintable(u"clock \"%1\" clipped: needs %2×%3 at %4,%5, has %6×%7"_s.arg(clock->text())
                       .arg(needed.width())
                       .arg(needed.height())
                       .arg(needed.x())
                       .arg(needed.y())
                       .arg(clock->contentsRect().width())
                       .arg(clock->contentsRect().height())));
    QVERIFY(rectIn(shell.window()->header(), window).bottom() <
            rectIn(shell.window()->stack(), window).top());
}

void TestKioskShell::pagingReachesEveryTile()
{
    Test::TestConfigDir config;
    config.writeJson(u"kiosk.json"_s, QJsonObject{{u"version"_s, 1}, {u"textScale"_s, 200}});
    config.writeJson(u"tiles.json"_s, manyTiles(20));
    QTemporaryDir data;
    const ActiveConfig active = loadActiveConfig(config.path(), LastGoodConfig(data.path()));
    QCOMPARE(active.origin, ActiveConfig::Origin::Configured);
    KioskShell shell(active, config.path(), data.path(), m_clock);
    shell.window()->resize(1280, 800);
    shell.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(shell.window()));

    PageSwitcher *pager = shell.homeScreen()->pageSwitcher();
    QVERIFY(pager->isVisible());
    QVERIFY(pager->pageCount() > 1);
    QVERIFY(!pager->previousButton()->isVisible()); // nothing before the first page
    QSet<QString> seen;
    for (int page = 0; page < pager->pageCount(); ++page) {
        QCOMPARE(pager->page(), page);
        checkLayout(shell);
        for (const Tile *tile : shell.homeScreen()->tiles()) {
            if (tile->isVisible()) {
                QVERIFY2(!seen.contains(tile->label()), "a tile shows on two pages");
                seen.insert(tile->label());
            }
        }
        if (page + 1 < pager->pageCount()) {
            // Taps on "weiter" are guarded against repeats; each page turn is a new tap later.
            pager->nextButton()->guard().setTimeSource(
                [page] { return std::chrono::milliseconds(1000 * (page + 1)); });
            QTest::mouseClick(pager->nextButton(), Qt::LeftButton);
            // Away from the first page, inactivity will bring the home screen back to it.
            QVERIFY(shell.navigator()->inactivityTimer().isActive());
        }
    }
    QCOMPARE(seen.size(), 20);
    QVERIFY(!pager->nextButton()->isVisible()); // nothing after the last page
}

void TestKioskShell::idleHomeHasOnlyTheClock()
{
    QTemporaryDir data;
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    const ActiveConfig active = loadActiveConfig(demo, LastGoodConfig(data.path()));
    KioskShell shell(active, demo, data.path(), m_clock);
    shell.window()->resize(1920, 1080);
    shell.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(shell.window()));

    QList<const QTimer *> active_;
    for (const QObject *root :
         {static_cast<const QObject *>(shell.window()), static_cast<const QObject *>(&shell)}) {
        for (const QTimer *timer : root->findChildren<QTimer *>()) {
            if (timer->isActive())
                active_.append(timer);
        }
    }
    QCOMPARE(active_.size(), 1);
    QCOMPARE(active_.first(), &shell.window()->header()->clockLabel()->ticker().timer());
    QVERIFY(active_.first()->isSingleShot());
    QVERIFY(active_.first()->remainingTime() <= 60'050);
}

void TestKioskShell::brokenConfigShowsNoticeToStaff()
{
    QTemporaryDir data;
    Test::TestConfigDir config;
    config.copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    LastGoodConfig lastGood(data.path());
    {
        const ConfigLoadResult good = ConfigLoader::load(config.path());
        QVERIFY(good.config);
        QString error;
        QVERIFY2(lastGood.store(*good.config, &error), qPrintable(error));
    }
    // A guide saves a tile with a picture that is not there.
    config.writeJson(u"tiles.json"_s,
                     Test::TestConfigDir::defaultTilesWith(0, u"picture"_s, u"oma.png"_s));

    const ActiveConfig active = loadActiveConfig(config.path(), lastGood);
    QCOMPARE(active.origin, ActiveConfig::Origin::LastGood);
    KioskShell shell(active, config.path(), data.path(), m_clock);
    shell.window()->resize(1920, 1080);
    shell.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(shell.window()));

    // Residents keep their tiles (the last good seven, not the broken two).
    QCOMPARE(shell.homeScreen()->tiles().size(), 7);
    BigButton *notice = shell.window()->header()->noticeButton();
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), u"Hinweis für das Personal"_s);
    QTest::mouseClick(notice, Qt::LeftButton);
    QCOMPARE(shell.navigator()->current()->screenName(), u"notice"_s);
    checkLayout(shell);
    const auto *issues = shell.navigator()->current()->findChild<QLabel *>(u"issues"_s);
    QVERIFY(issues);
    QVERIFY2(
        issues->text().contains(u"tiles.json: tiles[0].picture: Datei „oma.png“ nicht gefunden"_s),
        qPrintable(issues->text()));

    // Problems found later (a full disk) join the notice.
    shell.addStaffProblem(u"Platte voll"_s);
    QCOMPARE(shell.staffProblems(), QStringList{u"Platte voll"_s});
}

void TestKioskShell::noConfigAsksForStaff()
{
    QTemporaryDir data;
    Test::TestConfigDir config; // empty: no kiosk.json, no tiles.json
    const ActiveConfig active = loadActiveConfig(config.path(), LastGoodConfig(data.path()));
    QCOMPARE(active.origin, ActiveConfig::Origin::None);
    QCOMPARE(active.issues.size(), 2);
    KioskShell shell(active, config.path(), data.path(), m_clock);
    shell.window()->resize(1280, 800);
    shell.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(shell.window()));

    QCOMPARE(shell.navigator()->current()->screenName(), u"no-config"_s);
    const auto *message = shell.navigator()->current()->findChild<QLabel *>(u"residentMessage"_s);
    QVERIFY(message);
    QCOMPARE(message->text(), u"Bitte wenden Sie sich an das Personal."_s);
    QVERIFY(!shell.window()->header()->homeButton()->isVisible());
    checkLayout(shell);
}

QTEST_MAIN(TestKioskShell)
#include "tst_kioskshell.moc"
