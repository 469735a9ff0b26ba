// Guide mode as a digital guide uses it, in the whole kiosk (KioskApp) on the demo
// configuration and a real data folder: signed in with a guide's PIN, every edit through taps
// on the screens, published with "Veröffentlichen" and on the residents' home screen without a
// restart. A USB stick is a folder given as the mount root (DORFPLATZ_USB_ROOTS), as udisks2
// would mount it.
#include "core/accounts/accountstore.h"
#include "core/accounts/auditlog.h"
#include "core/app/commandline.h"
#include "core/config/configdraft.h"
#include "core/config/configversions.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "support/testconfig.h"
#include "ui/guide/appearancescreen.h"
#include "ui/guide/entrylistscreen.h"
#include "ui/guide/guidehomescreen.h"
#include "ui/guide/guidemode.h"
#include "ui/guide/picturechooser.h"
#include "ui/guide/stationeditorscreen.h"
#include "ui/guide/tileeditorscreen.h"
#include "ui/guide/versionsscreen.h"
#include "ui/home/homescreen.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/choicegrid.h"
#include "ui/kit/navigator.h"
#include "ui/kit/onscreenkeyboard.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/readaloud.h"
#include "ui/kit/textentry.h"
#include "ui/kit/tile.h"
#include "ui/shell/kioskapp.h"
#include "ui/shell/kioskshell.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/previewscreen.h"
#include "ui/staff/pinpad.h"
#include "ui/staff/signinscreen.h"
#include "ui/staff/staffhomescreen.h"
#include "ui/staff/staffmode.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/tapper.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

class TestGuideMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNewStationAndItsTileArePublishedLive();
    void tilesAreReorderedAndRemoved();
    void aPictureComesFromAUsbStick();
    void theTextSizeChangesWithoutARestart();
    void anInvalidDraftIsRefusedAndNothingChanges();
    void anEarlierVersionIsRestored();
    void readingAloudIsSetByTheGuides();
    void thePreviewCanBeTappedThrough();
    void guideScreensFit();

private:
    void signInAsGuide();
    void tap(QAbstractButton *button);
    void type(OnScreenKeyboard *keyboard, const QString &text);
    template <typename T>
    T *currentAs() const
    {
        return qobject_cast<T *>(m_app->shell().navigator()->current());
    }
    void publish();
    QStringList homeLabels() const;
    ConfigDraft &draft() const { return *m_app->shell().draft(); }

    QTemporaryDir m_data;
    QTemporaryDir m_sticks;
    std::unique_ptr<KioskApp> m_app;
    Test::Tapper m_tapper;
};

void TestGuideMode::init()
{
    QVERIFY(m_data.isValid() && m_sticks.isValid());
    qputenv("DORFPLATZ_USB_ROOTS", m_sticks.path().toUtf8());
    // A guide's account, made as `dorfplatz --add-account` would.
    {
        QString error;
        auto db = Database::open(m_data.filePath(u"app.db"_s), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(Migrator().migrate(*db, &error), qPrintable(error));
        AccountStore store(*db);
        const Actor cli{std::nullopt, u"command line"_s};
        QVERIFY(
            store.add(u"Frau Berg"_s, Role::Lead, u"246810"_s, cli, QDateTime::currentDateTime()));
        QVERIFY(store.add(u"Lena"_s, Role::Guide, u"975310"_s, cli, QDateTime::currentDateTime()));
    }
    CommandLine options;
    options.configDir = Test::sourcePath(u"kiosk-config/demo"_s);
    options.dataDir = m_data.path();
    m_app = std::make_unique<KioskApp>(options);
    MainWindow *window = m_app->shell().window();
    window->resize(1920, 1080);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(m_app->finishStartup());
    QVERIFY(m_app->shell().guide());
}

void TestGuideMode::cleanup()
{
    m_app.reset();
    QDir(m_data.path()).removeRecursively();
    QDir().mkpath(m_data.path());
    QDir(m_sticks.path()).removeRecursively();
    QDir().mkpath(m_sticks.path());
}

void TestGuideMode::tap(QAbstractButton *button)
{
    m_tapper.tap(qobject_cast<TapButton *>(button));
}

void TestGuideMode::type(OnScreenKeyboard *keyboard, const QString &text)
{
    for (const QChar character : text) {
        BigButton *key = keyboard->key(character == u' ' ? u"space"_s : QString(character));
        QVERIFY2(key, qPrintable(QString(character)));
        tap(key);
    }
}

void TestGuideMode::signInAsGuide()
{
    StaffMode *staff = m_app->shell().staff();
    staff->enter();
    auto *signIn = currentAs<SignInScreen>();
    QVERIFY(signIn);
    tap(signIn->accountButton(1)); // Lena
    QSignalSpy signedIn(staff, &StaffMode::signedIn);
    for (const QChar digit : u"975310"_s)
        tap(signIn->pinPad()->digitKey(digit.digitValue()));
    tap(signIn->pinPad()->okKey());
    QVERIFY(signedIn.wait(10000));
    auto *home = currentAs<StaffHomeScreen>();
    QVERIFY(home);
    // A guide sees the content and the calendars, nothing of the programme.
    QCOMPARE(StaffHomeScreen::pagesFor(Role::Guide),
             (QList{StaffHomeScreen::Page::Content, StaffHomeScreen::Page::Sync}));
    tap(home->findChild<BigButton *>(u"page%1"_s.arg(int(StaffHomeScreen::Page::Content))));
    QVERIFY(currentAs<GuideHomeScreen>());
}

void TestGuideMode::publish()
{
    auto *home = currentAs<GuideHomeScreen>();
    QVERIFY(home);
    QSignalSpy published(m_app->shell().guide(), &GuideMode::published);
    tap(home->publishButton());
    QCOMPARE(published.size(), 1);
}

QStringList TestGuideMode::homeLabels() const
{
    QStringList labels;
    for (const Tile *tile : m_app->shell().homeScreen()->tiles())
        labels.append(tile->label());
    return labels;
}

void TestGuideMode::aNewStationAndItsTileArePublishedLive()
{
    signInAsGuide();
    HomeScreen *before = m_app->shell().homeScreen();
    tap(currentAs<GuideHomeScreen>()->pageButton(GuideHomeScreen::Page::Stations));
    auto *list = currentAs<EntryListScreen>();
    QVERIFY(list);
    const int stations = int(list->ids().size());
    tap(list->newButton());
    auto *editor = currentAs<StationEditorScreen>();
    QVERIFY(editor);
    QCOMPARE(editor->step(), StationEditorScreen::Step::Name);
    // The name on the on-screen keyboard (its first letter a capital by itself).
    type(editor->textEntry()->keyboard(), u"kirchenradio"_s);
    tap(editor->textEntry()->keyboard()->key(u"done"_s));
    QCOMPARE(editor->step(), StationEditorScreen::Step::Overview);
    QCOMPARE(editor->station().value(u"name"_s).toString(), u"Kirchenradio"_s);
    // The address as a USB keyboard types it: a file of the demo's media.
    tap(editor->button(u"address"_s));
    QCOMPARE(editor->step(), StationEditorScreen::Step::Address);
    QTest::keyClicks(editor->textEntry()->field(), u"media/hausradio.ogg"_s);
    tap(editor->textEntry()->acceptButton());
    tap(editor->button(u"louder"_s));
    tap(editor->button(u"save"_s));
    // Saved: the list again, one more station.
    list = currentAs<EntryListScreen>();
    QVERIFY(list);
    QCOMPARE(list->ids().size(), stations + 1);
    QVERIFY(list->ids().contains(u"kirchenradio"_s));
    tap(list->backButton());

    auto *guide = currentAs<GuideHomeScreen>();
    QVERIFY(guide);
    QVERIFY2(guide->stateLabel()->text().contains(u"Kirchenradio"_s),
             qPrintable(guide->stateLabel()->text()));
    QVERIFY(!homeLabels().contains(u"Kirchenradio"_s)); // not before it is published
    publish();
    // Live: a new home screen with the station's tile, the same kiosk, no restart.
    QVERIFY(m_app->shell().homeScreen() != before);
    QVERIFY2(homeLabels().contains(u"Kirchenradio"_s), qPrintable(homeLabels().join(u", ")));
    QCOMPARE(m_app->activeConfig().publishedVersion, 1);
    const KioskConfig &config = *m_app->activeConfig().config;
    QVERIFY(config.stream(u"kirchenradio"_s));
    QCOMPARE(config.stream(u"kirchenradio"_s)->volume, std::optional<int>(60));
    QVERIFY(!draft().exists());
    const auto version = m_app->versions().current();
    QVERIFY(version);
    QCOMPARE(version->publishedBy, u"Lena"_s);
    QVERIFY2(version->summary.contains(u"Kirchenradio"_s), qPrintable(version->summary));
    // In the audit log, with who did it.
    AuditLog log(*m_app->database());
    const auto entries = log.newest(0, 10);
    QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const AuditEntry &entry) {
        return entry.action == u"publish" && entry.actor.name == u"Lena";
    }));
    // Staff mode goes on over the new home; leaving it shows the new home, and the configuration
    // before it is let go once nothing made with it can be open.
    QCOMPARE(m_app->shell().retainedConfigs(), 2);
    m_app->shell().staff()->end();
    QCOMPARE(m_app->shell().navigator()->current(), m_app->shell().homeScreen());
    QTRY_COMPARE(m_app->shell().retainedConfigs(), 1);
    QCOMPARE(m_app->activeConfig().publishedVersion, 1);
}

void TestGuideMode::tilesAreReorderedAndRemoved()
{
    signInAsGuide();
    tap(currentAs<GuideHomeScreen>()->pageButton(GuideHomeScreen::Page::Tiles));
    auto *list = currentAs<EntryListScreen>();
    QVERIFY(list);
    const QStringList before = list->ids();
    QVERIFY(before.size() >= 3);
    QVERIFY(!list->rowButton(before.first(), u"front"_s)->isEnabled());
    tap(list->rowButton(before.first(), u"back"_s));
    QStringList expected = before;
    expected.swapItemsAt(0, 1);
    QCOMPARE(list->ids(), expected);
    // Removing takes a second tap.
    const QString removed = expected.last();
    tap(list->rowButton(removed, u"remove"_s));
    QVERIFY(list->ids().contains(removed));
    tap(list->rowButton(removed, u"remove"_s));
    QVERIFY(!list->ids().contains(removed));
    expected.removeLast();
    tap(list->backButton());
    publish();
    QStringList ids;
    QStringList labels;
    for (const TileConfig &tile : m_app->activeConfig().config->tiles) {
        ids.append(tile.id);
        labels.append(tile.label);
    }
    QCOMPARE(ids, expected);
    QCOMPARE(homeLabels(), labels);
}

void TestGuideMode::aPictureComesFromAUsbStick()
{
    signInAsGuide();
    tap(currentAs<GuideHomeScreen>()->pageButton(GuideHomeScreen::Page::Tiles));
    auto *list = currentAs<EntryListScreen>();
    QVERIFY(list);
    const QString id = list->ids().first();
    tap(list->rowButton(id, u"edit"_s));
    auto *editor = currentAs<TileEditorScreen>();
    QVERIFY(editor);
    tap(editor->changeButton(TileEditorScreen::Step::Picture));
    PictureChooser *chooser = editor->pictures();
    QVERIFY(chooser->stickButtons().isEmpty());
    // The stick is plugged in while the chooser is open: it shows up.
    const QString stick = QDir(m_sticks.path()).filePath(u"FAMILIE"_s);
    QVERIFY(QDir().mkpath(stick + u"/Urlaub"_s));
    QImage photo(2400, 1600, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    QVERIFY(photo.save(stick + u"/Urlaub/Oma Erna.jpg"_s, "JPEG"));
    QTRY_COMPARE_WITH_TIMEOUT(chooser->stickButtons().size(), 1, 5000);
    tap(chooser->stickButtons().first());
    auto *file = chooser->grid()->findChild<BigButton *>(u"file-Oma Erna.jpg"_s);
    QVERIFY2(file, qPrintable(chooser->message()->text()));
    tap(file);
    QCOMPARE(editor->step(), TileEditorScreen::Step::Overview);
    const QString picture = editor->tile().value(u"picture"_s).toString();
    QCOMPARE(picture, u"pictures/oma-erna.jpg"_s);
    const QImage stored(QDir(draft().directory()).filePath(picture));
    // At most 1024 px, the proportions kept (2400 × 1600, rounded either way).
    QCOMPARE(stored.width(), 1024);
    QVERIFY(qAbs(stored.height() - 683) <= 1);
    tap(editor->saveButton());
    tap(currentAs<EntryListScreen>()->backButton());
    publish();
    const KioskConfig &config = *m_app->activeConfig().config;
    const auto tile = std::find_if(config.tiles.cbegin(), config.tiles.cend(),
                                   [&id](const TileConfig &t) { return t.id == id; });
    QVERIFY(tile != config.tiles.cend());
    QCOMPARE(tile->picture, picture);
    QVERIFY(QFileInfo::exists(QDir(config.directory).filePath(picture)));
}

void TestGuideMode::theTextSizeChangesWithoutARestart()
{
    const int before = m_app->shell().theme().px(10);
    signInAsGuide();
    tap(currentAs<GuideHomeScreen>()->pageButton(GuideHomeScreen::Page::Appearance));
    auto *appearance = currentAs<AppearanceScreen>();
    QVERIFY(appearance);
    QCOMPARE(appearance->valueLabel(u"textScale"_s)->text(), u"100 %"_s);
    tap(appearance->button(u"textScale.up"_s));
    tap(appearance->button(u"textScale.up"_s));
    QCOMPARE(appearance->valueLabel(u"textScale"_s)->text(), u"150 %"_s);
    tap(appearance->backButton());
    publish();
    QCOMPARE(m_app->activeConfig().config->settings.textScalePercent, 150);
    QCOMPARE(m_app->shell().theme().metrics().textScale(), 1.5);
    // Millimetres stay millimetres; the residents' text grows.
    QCOMPARE(m_app->shell().theme().px(10), before);
    const QFont body = m_app->shell().theme().font(Theme::TextRole::Body);
    QVERIFY(body.pixelSize() > 0);
}

void TestGuideMode::anInvalidDraftIsRefusedAndNothingChanges()
{
    // A tile without a label: the editor does not let one through, a hand-edited draft might.
    QVERIFY(draft().begin(*m_app->activeConfig().config, 0, nullptr));
    auto tile = draft().entry(ConfigDraft::List::Tiles, u"konzert"_s);
    QVERIFY(tile);
    tile->insert(u"label"_s, QString());
    QVERIFY(draft().putEntry(ConfigDraft::List::Tiles, *tile, nullptr));
    const QByteArray tiles = Test::readFile(QDir(draft().directory()).filePath(u"tiles.json"_s));
    HomeScreen *home = m_app->shell().homeScreen();

    signInAsGuide();
    auto *guide = currentAs<GuideHomeScreen>();
    tap(guide->publishButton());
    QVERIFY(guide->problemsLabel()->isVisible());
    const QString problems = guide->problemsLabel()->text();
    // In German (the kiosk's language), named by the tile and the field.
    QVERIFY2(problems.startsWith(u"Es wurde nichts veröffentlicht."_s), qPrintable(problems));
    QVERIFY2(problems.contains(u"Kachel 2, Beschriftung: darf nicht leer sein"_s),
             qPrintable(problems));
    QVERIFY(m_app->versions().versions().isEmpty());
    QCOMPARE(Test::readFile(QDir(draft().directory()).filePath(u"tiles.json"_s)), tiles);
    QCOMPARE(m_app->shell().homeScreen(), home);
    // The tile's row says it too.
    tap(guide->pageButton(GuideHomeScreen::Page::Tiles));
    auto *list = currentAs<EntryListScreen>();
    QVERIFY(list);
    QVERIFY(list->rowButton(u"konzert"_s, u"edit"_s));
    const auto *text =
        list->rowButton(u"konzert"_s, u"edit"_s)->parentWidget()->findChild<QLabel *>(u"text"_s);
    QVERIFY(text && text->text().contains(u"⚠"_s));
}

void TestGuideMode::anEarlierVersionIsRestored()
{
    signInAsGuide();
    tap(currentAs<GuideHomeScreen>()->pageButton(GuideHomeScreen::Page::Appearance));
    tap(currentAs<AppearanceScreen>()->button(u"tapSound.toggle"_s));
    tap(currentAs<AppearanceScreen>()->backButton());
    publish();
    QCOMPARE(m_app->activeConfig().config->settings.tapSound, false);
    tap(currentAs<GuideHomeScreen>()->pageButton(GuideHomeScreen::Page::Appearance));
    tap(currentAs<AppearanceScreen>()->button(u"tapSound.toggle"_s));
    tap(currentAs<AppearanceScreen>()->backButton());
    publish();
    QCOMPARE(m_app->activeConfig().config->settings.tapSound, true);

    tap(currentAs<GuideHomeScreen>()->pageButton(GuideHomeScreen::Page::Versions));
    auto *versions = currentAs<VersionsScreen>();
    QVERIFY(versions);
    QVERIFY(!versions->restoreButton(2)); // the one in use
    tap(versions->restoreButton(1));
    QCOMPARE(m_app->versions().versions().size(), 2); // a second tap first
    QSignalSpy published(m_app->shell().guide(), &GuideMode::published);
    tap(versions->restoreButton(1));
    QCOMPARE(published.size(), 1);
    QCOMPARE(m_app->versions().versions().size(), 3);
    QCOMPARE(m_app->activeConfig().publishedVersion, 3);
    QCOMPARE(m_app->activeConfig().config->settings.tapSound, false);
    QVERIFY(m_app->versions().current()->summary.contains(u"1"_s));
}

void TestGuideMode::readingAloudIsSetByTheGuides()
{
    signInAsGuide();
    tap(currentAs<GuideHomeScreen>()->pageButton(GuideHomeScreen::Page::Appearance));
    auto *appearance = currentAs<AppearanceScreen>();
    QVERIFY(appearance);
    // The rows for reading aloud come last: page on until they show.
    auto *rows = appearance->findChild<PagedRows *>();
    QVERIFY(rows);
    BigButton *announcements = appearance->button(u"announcements.toggle"_s);
    QVERIFY(announcements);
    while (!announcements->isVisible() && rows->page() + 1 < rows->pageCount())
        tap(rows->switcher()->nextButton());
    QCOMPARE(appearance->valueLabel(u"readAloud"_s)->text(), u"an"_s);
    QCOMPARE(appearance->valueLabel(u"announcements"_s)->text(), u"aus"_s);
    QCOMPARE(appearance->valueLabel(u"speechRate"_s)->text(), u"85 %"_s);
    tap(appearance->button(u"announcements.toggle"_s));
    tap(appearance->button(u"speechRate.down"_s));
    tap(appearance->button(u"speechRate.down"_s));
    tap(appearance->button(u"speechRate.down"_s)); // the slowest it goes
    QCOMPARE(appearance->valueLabel(u"announcements"_s)->text(), u"an"_s);
    QCOMPARE(appearance->valueLabel(u"speechRate"_s)->text(), u"60 %"_s);
    tap(appearance->backButton());
    publish();
    const SpeechSettings &speech = m_app->activeConfig().config->settings.speech;
    QVERIFY(speech.readAloud);
    QVERIFY(speech.announcements);
    QCOMPARE(speech.ratePercent, 60);
    // Live at once: the kiosk's reading aloud has the new settings.
    QCOMPARE(m_app->shell().readAloud().settings().ratePercent, 60);
    QVERIFY(m_app->shell().readAloud().settings().announcements);
}

void TestGuideMode::thePreviewCanBeTappedThrough()
{
    signInAsGuide();
    tap(currentAs<GuideHomeScreen>()->pageButton(GuideHomeScreen::Page::Appearance));
    tap(currentAs<AppearanceScreen>()->button(u"tapSound.toggle"_s));
    tap(currentAs<AppearanceScreen>()->backButton());
    tap(currentAs<GuideHomeScreen>()->previewButton());
    auto *preview = currentAs<PreviewScreen>();
    QVERIFY(preview);
    QVERIFY(!preview->opened());
    // The first tile (the demo's house radio) opens its player inside the preview.
    m_tapper.tap(preview->home()->tiles().first());
    QVERIFY(preview->opened());
    QCOMPARE(preview->opened()->screenName(), u"stream"_s);
    QCOMPARE(preview->opened()->activity(), Screen::Activity::Active);
    QPointer<Screen> opened = preview->opened();
    // "Zurück" closes it and stays in the preview; a second "Zurück" leaves it.
    tap(preview->backButton());
    QVERIFY(!preview->opened());
    QTRY_VERIFY(!opened);
    QCOMPARE(currentAs<PreviewScreen>(), preview);
    tap(preview->backButton());
    QVERIFY(currentAs<GuideHomeScreen>());
    // Nothing was published by looking.
    QVERIFY(m_app->versions().versions().isEmpty());
}

void TestGuideMode::guideScreensFit()
{
    signInAsGuide();
    const Theme &theme = m_app->shell().theme();
    const auto check = [&theme](const QWidget &screen) {
        const Test::NamedRects controls = Test::checkControls(screen, theme);
        Test::checkTexts(screen, controls);
    };
    for (auto page : {GuideHomeScreen::Page::Tiles, GuideHomeScreen::Page::Stations,
                      GuideHomeScreen::Page::Appearance, GuideHomeScreen::Page::Versions}) {
        auto *home = currentAs<GuideHomeScreen>();
        QVERIFY(home);
        check(*home);
        QVERIFY(!QTest::currentTestFailed());
        tap(home->pageButton(page));
        auto *screen = currentAs<StaffScreen>();
        QVERIFY(screen);
        QCoreApplication::processEvents();
        check(*screen);
        QVERIFY2(!QTest::currentTestFailed(), qPrintable(screen->screenName()));
        tap(screen->backButton());
    }
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestGuideMode)
#include "tst_guidemode.moc"
