// The guides' contact editor through real taps, on a draft begun from the demo configuration in a
// temporary folder: a new contact typed, chosen and saved as the kiosk's loader reads it back; an
// existing one changed in two values and nothing else; the room password never shown again; a
// room name the loader refuses said in the editor; the buttons only ever making values the loader
// accepts; every step fitting at 1920×1080 and 1280×800. A USB stick is a folder under the mount
// root DORFPLATZ_USB_ROOTS names, as udisks2 would mount it.
#include "core/calls/contactconfig.h"
#include "core/config/configdraft.h"
#include "core/config/configloader.h"
#include "core/config/contactsloader.h"
#include "core/files/usbsticks.h"
#include "support/fixedclock.h"
#include "support/testconfig.h"
#include "ui/guide/contacteditorscreen.h"
#include "ui/guide/picturechooser.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/choicegrid.h"
#include "ui/kit/header.h"
#include "ui/kit/onscreenkeyboard.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/pageswitcher.h"
#include "ui/kit/textentry.h"
#include "ui/kit/theme.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/screenframe.h"
#include "ui/support/tapper.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

QJsonArray span(const QString &start, const QString &end)
{
    return {QJsonObject{{u"start"_s, start}, {u"end"_s, end}}};
}

// Every text a label of `screen` shows now, visible or not.
QString allLabelTexts(const QWidget &screen)
{
    QStringList texts;
    for (const QLabel *label : screen.findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u'\n');
}

} // namespace

class TestContactEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aNewContactIsMadeThroughTaps();
    void aChangedContactKeepsItsOtherFields();
    void aStickThatCannotBeMountedIsExplained();
    void thePasswordIsNeverShownAgain();
    void whatTheLoaderRefusesIsSaidInTheEditor();
    void theButtonsMakeOnlyValuesTheLoaderAccepts();
    void withoutAServerTheWholeAddressIsAsked();
    void everyStepFits_data();
    void everyStepFits();

private:
    // The editor in the kiosk's frame (without the residents' header, as staff screens are).
    ContactEditorScreen *open(const QString &id, QSize size = {1920, 1080});
    void tap(QAbstractButton *button);
    // A button of the overview, paging the rows to it first.
    void press(const QString &name);
    void type(OnScreenKeyboard *keyboard, const QString &text);
    // `text` typed as a USB keyboard types it, and accepted.
    void enter(const QString &text);
    ConfigLoadResult check() const { return m_draft->check(); }

    const Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
    FixedClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};
    QTemporaryDir m_data;
    QTemporaryDir m_sticks;
    std::unique_ptr<ConfigDraft> m_draft;
    std::unique_ptr<UsbSticks> m_usb;
    std::unique_ptr<Test::ScreenFrame> m_window;
    ContactEditorScreen *m_editor = nullptr;
    Test::Tapper m_tapper;
};

void TestContactEditor::init()
{
    QVERIFY(m_data.isValid() && m_sticks.isValid());
    // A stick with a family photo, plugged in before the screen is made.
    const QString stick = QDir(m_sticks.path()).filePath(u"FAMILIE"_s);
    QVERIFY(QDir().mkpath(stick));
    QImage photo(1600, 1200, QImage::Format_RGB32);
    photo.fill(Qt::darkCyan);
    QVERIFY(photo.save(stick + u"/Helga.jpg"_s, "JPEG"));
    qputenv("DORFPLATZ_USB_ROOTS", m_sticks.path().toUtf8());
    m_usb = std::make_unique<UsbSticks>();
    QCOMPARE(m_usb->sticks().size(), 1);

    const ConfigLoadResult demo = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY2(demo.config, qPrintable(Test::issueTexts(demo.issues).join(u'\n')));
    m_draft = std::make_unique<ConfigDraft>(m_data.filePath(u"data"_s));
    QString error;
    QVERIFY2(m_draft->begin(*demo.config, 0, &error), qPrintable(error));
}

void TestContactEditor::cleanup()
{
    m_window.reset();
    m_editor = nullptr;
    m_usb.reset();
    m_draft.reset();
    QDir(m_data.filePath(u"data"_s)).removeRecursively();
    QDir(m_sticks.path()).removeRecursively();
    QDir().mkpath(m_sticks.path());
}

ContactEditorScreen *TestContactEditor::open(const QString &id, QSize size)
{
    m_window.reset();
    m_editor = new ContactEditorScreen(m_theme, *m_draft, m_usb.get(), id);
    m_window = std::make_unique<Test::ScreenFrame>(m_theme, m_clock, m_editor, false, size);
    m_window->header()->hide();
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_editor->activate();
    QCoreApplication::processEvents();
    return m_editor;
}

void TestContactEditor::tap(QAbstractButton *button)
{
    m_tapper.tap(qobject_cast<TapButton *>(button));
}

void TestContactEditor::press(const QString &name)
{
    BigButton *button = m_editor->button(name);
    PageSwitcher *pages = m_editor->rows()->switcher();
    if (!button || !pages)
        QFAIL(qPrintable(u"no button "_s + name));
    while (!button->isVisible() && pages->page() > 0)
        tap(pages->previousButton());
    while (!button->isVisible() && pages->page() + 1 < pages->pageCount())
        tap(pages->nextButton());
    tap(button);
}

void TestContactEditor::type(OnScreenKeyboard *keyboard, const QString &text)
{
    for (const QChar character : text) {
        BigButton *key = keyboard->key(character == u' ' ? u"space"_s : QString(character));
        QVERIFY2(key, qPrintable(QString(character)));
        tap(key);
    }
}

void TestContactEditor::enter(const QString &text)
{
    QLineEdit *field = m_editor->textEntry()->field();
    QVERIFY(field->isVisible());
    QTest::keyClicks(field, text);
    tap(m_editor->textEntry()->acceptButton());
    QCOMPARE(m_editor->step(), ContactEditorScreen::Step::Overview);
}

void TestContactEditor::aNewContactIsMadeThroughTaps()
{
    const qsizetype tiles = m_draft->entries(ConfigDraft::List::Tiles).size();
    QVERIFY(open({}));
    QSignalSpy saved(m_editor, &ContactEditorScreen::saved);
    QCOMPARE(m_editor->screenName(), u"guide-contact-name"_s);
    // The name on the on-screen keyboard (its first letter a capital by itself).
    type(m_editor->textEntry()->keyboard(), u"helga"_s);
    tap(m_editor->textEntry()->keyboard()->key(u"done"_s));
    QCOMPARE(m_editor->step(), ContactEditorScreen::Step::Overview);
    QCOMPARE(m_editor->screenName(), u"guide-contact"_s);
    QCOMPARE(m_editor->valueLabel(u"name"_s)->text(), u"Helga"_s);

    press(u"displayName"_s);
    QCOMPARE(m_editor->screenName(), u"guide-contact-displayname"_s);
    enter(u"Oma Erna"_s);
    press(u"room"_s);
    QCOMPARE(m_editor->screenName(), u"guide-contact-room"_s);
    // The server the room is on, where its name is typed.
    QVERIFY(allLabelTexts(*m_editor).contains(u"meet.example.invalid"_s));
    enter(u"familie-berg-4x2"_s);
    QCOMPARE(m_editor->valueLabel(u"room"_s)->text(), u"familie-berg-4x2"_s);

    // Ringing without a password: said plainly.
    press(u"ring"_s);
    QVERIFY(m_editor->warning()->isVisible());
    QVERIFY(m_editor->warning()->text().contains(u"password"_s));
    press(u"password"_s);
    QCOMPARE(m_editor->screenName(), u"guide-contact-password"_s);
    enter(u"Sonne-42"_s);
    QVERIFY(!m_editor->warning()->isVisible());
    QVERIFY(m_editor->textEntry()->field()->text().isEmpty());
    QVERIFY(!allLabelTexts(*m_editor).contains(u"Sonne-42"_s));

    // Ringing from 10:00 to 18:00, from the default 08:00 to 20:00 in half hours.
    for (int i = 0; i < 4; ++i) {
        press(u"ringStart.up"_s);
        press(u"ringEnd.down"_s);
    }
    QCOMPARE(m_editor->valueLabel(u"ringStart"_s)->text(), u"10:00"_s);
    QCOMPARE(m_editor->valueLabel(u"ringEnd"_s)->text(), u"18:00"_s);
    // Answered by itself after 10 s: on (8 s), one more.
    QVERIFY(!m_editor->button(u"autoAnswer.up"_s)->isEnabled());
    press(u"autoAnswer"_s);
    press(u"autoAnswer.up"_s);
    QCOMPARE(m_editor->contact().value(u"autoAnswerSeconds"_s).toInt(), 10);

    // The photo from the stick.
    press(u"picture"_s);
    QCOMPARE(m_editor->screenName(), u"guide-contact-photo"_s);
    PictureChooser *chooser = m_editor->pictures();
    QCOMPARE(chooser->stickButtons().size(), 1);
    tap(chooser->stickButtons().first());
    auto *file = chooser->grid()->findChild<BigButton *>(u"file-Helga.jpg"_s);
    QVERIFY2(file, qPrintable(chooser->message()->text()));
    tap(file);
    QCOMPARE(m_editor->step(), ContactEditorScreen::Step::Overview);
    const QString picture = m_editor->contact().value(u"picture"_s).toString();
    QCOMPARE(picture, u"pictures/helga.jpg"_s);
    QVERIFY(!m_editor->valueLabel(u"picture"_s)->pixmap().isNull());

    press(u"save"_s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), u"helga"_s);
    const ConfigLoadResult loaded = check();
    QVERIFY2(loaded.config, qPrintable(Test::issueTexts(loaded.issues).join(u'\n')));
    const KioskConfig &config = *loaded.config;
    const ContactConfig *helga = config.contact(u"helga"_s);
    QVERIFY(helga);
    ContactConfig expected;
    expected.id = u"helga"_s;
    expected.name = u"Helga"_s;
    expected.picture = picture;
    expected.server = config.calls.server;
    expected.room = u"familie-berg-4x2"_s;
    expected.displayName = u"Oma Erna"_s;
    expected.ring = true;
    expected.ringHours = {DailyHours{QTime(10, 0), QTime(18, 0)}};
    expected.interruptsSessions = false;
    expected.autoAnswerSeconds = 10;
    expected.autoAnswerHours = expected.ringHours;
    expected.roomPassword = u"Sonne-42"_s;
    QCOMPARE(helga->roomUrl(), QUrl(u"https://meet.example.invalid/familie-berg-4x2"_s));
    QVERIFY(*helga == expected);
    // And its tile on the home screen.
    QCOMPARE(m_draft->entries(ConfigDraft::List::Tiles).size(), tiles + 1);
    const auto tile = std::find_if(config.tiles.cbegin(), config.tiles.cend(),
                                   [](const TileConfig &t) { return t.target == u"helga"; });
    QVERIFY(tile != config.tiles.cend());
    QCOMPARE(tile->kind, TileKind::Call);
    QCOMPARE(tile->label, u"Call Helga"_s);
    QCOMPARE(tile->picture, picture);
}

void TestContactEditor::aChangedContactKeepsItsOtherFields()
{
    const QJsonArray tiles = m_draft->entries(ConfigDraft::List::Tiles);
    const auto before = m_draft->entry(ConfigDraft::List::Contacts, u"anna"_s);
    QVERIFY(before);
    QVERIFY(open(u"anna"_s));
    QSignalSpy saved(m_editor, &ContactEditorScreen::saved);
    QCOMPARE(m_editor->step(), ContactEditorScreen::Step::Overview);
    QVERIFY(!m_editor->button(u"tile"_s)->isVisible());
    QCOMPARE(m_editor->valueLabel(u"ringEnd"_s)->text(), u"20:00"_s);
    QCOMPARE(m_editor->valueLabel(u"answerStart"_s)->text(), u"10:00"_s);
    // The demo's Anna rings without a secret: the overview says she never will.
    QVERIFY(m_editor->warning()->isVisible());
    press(u"ringEnd.down"_s);
    press(u"ringEnd.down"_s);
    press(u"interrupts"_s);
    press(u"save"_s);
    QCOMPARE(saved.size(), 1);
    QJsonObject expected = *before;
    expected.insert(u"ringHours"_s, span(u"09:00"_s, u"19:00"_s));
    expected.insert(u"interruptsSessions"_s, true);
    QCOMPARE(*m_draft->entry(ConfigDraft::List::Contacts, u"anna"_s), expected);
    QCOMPARE(m_draft->entries(ConfigDraft::List::Tiles), tiles);

    // Lukas, opened and saved untouched, stays exactly as he was: no default written.
    const auto lukas = m_draft->entry(ConfigDraft::List::Contacts, u"lukas"_s);
    QVERIFY(open(u"lukas"_s));
    QSignalSpy savedAgain(m_editor, &ContactEditorScreen::saved);
    QCOMPARE(m_editor->valueLabel(u"ringStart"_s)->text(), u"08:00"_s);
    QVERIFY(m_editor->valueLabel(u"answerStart"_s)->text().startsWith(u"08:00"_s));
    press(u"save"_s);
    QCOMPARE(savedAgain.size(), 1);
    QCOMPARE(m_draft->entry(ConfigDraft::List::Contacts, u"lukas"_s), lukas);
    const ConfigLoadResult loaded = check();
    QVERIFY2(loaded.config, qPrintable(Test::issueTexts(loaded.issues).join(u'\n')));
    QCOMPARE(loaded.config->contact(u"anna"_s)->ringHours,
             (QList{DailyHours{QTime(9, 0), QTime(19, 0)}}));
    QCOMPARE(loaded.config->contact(u"anna"_s)->autoAnswerHours,
             (QList{DailyHours{QTime(10, 0), QTime(12, 0)}}));
    QVERIFY(loaded.config->contact(u"anna"_s)->interruptsSessions);
}

void TestContactEditor::aStickThatCannotBeMountedIsExplained()
{
    // No stick yet; then one that UsbMounter could not mount (tst_usbmounter makes the text).
    QDir(m_sticks.path()).removeRecursively();
    QDir().mkpath(m_sticks.path());
    m_usb->refresh();
    QVERIFY(m_usb->sticks().isEmpty());
    QVERIFY(open(u"anna"_s));
    press(u"picture"_s);
    PictureChooser *chooser = m_editor->pictures();
    QVERIFY2(chooser->message()->text().startsWith(u"Your own pictures"_s), // untranslated here
             qPrintable(chooser->message()->text()));
    const QString problem = u"Der USB-Stick „NTFS“ lässt sich hier nicht lesen."_s;
    m_usb->setProblem(problem);
    QCOMPARE(chooser->message()->text(), problem);
    QVERIFY(chooser->stickButtons().isEmpty());

    // A readable stick after it: its button comes, the problem goes.
    QSignalSpy changed(m_usb.get(), &UsbSticks::sticksChanged);
    QVERIFY(QDir().mkpath(QDir(m_sticks.path()).filePath(u"FOTOS"_s)));
    QVERIFY(changed.wait(5000));
    QCOMPARE(chooser->stickButtons().size(), 1);
    QVERIFY(m_usb->problem().isEmpty());
    QVERIFY(chooser->message()->text().isEmpty());
}

void TestContactEditor::thePasswordIsNeverShownAgain()
{
    const QString secret = u"Geheim-Lukas-77"_s;
    auto lukas = m_draft->entry(ConfigDraft::List::Contacts, u"lukas"_s);
    QVERIFY(lukas);
    lukas->insert(u"roomPassword"_s, secret);
    QVERIFY(m_draft->putEntry(ConfigDraft::List::Contacts, *lukas, nullptr));
    QVERIFY(open(u"lukas"_s));
    QVERIFY(!allLabelTexts(*m_editor).contains(secret));
    QVERIFY(!m_editor->valueLabel(u"password"_s)->text().isEmpty());
    QVERIFY(!m_editor->warning()->isVisible());
    // Changing it starts from an empty field; "Zurück" keeps the one set.
    press(u"password"_s);
    QVERIFY(m_editor->textEntry()->field()->text().isEmpty());
    QVERIFY(!allLabelTexts(*m_editor).contains(secret));
    tap(m_editor->backButton());
    QCOMPARE(m_editor->step(), ContactEditorScreen::Step::Overview);
    QCOMPARE(m_editor->contact().value(u"roomPassword"_s).toString(), secret);
    // An empty field keeps it too.
    press(u"password"_s);
    tap(m_editor->textEntry()->acceptButton());
    QCOMPARE(m_editor->contact().value(u"roomPassword"_s).toString(), secret);
    // A new one, then removed: Lukas rings, so the overview says he never will now.
    press(u"password"_s);
    enter(u"Neu-und-geheim-9"_s);
    QVERIFY(!allLabelTexts(*m_editor).contains(u"Neu-und-geheim-9"_s));
    QVERIFY(m_editor->textEntry()->field()->text().isEmpty());
    press(u"removePassword"_s);
    QVERIFY(!m_editor->contact().contains(u"roomPassword"_s));
    QVERIFY(m_editor->warning()->isVisible());
    QVERIFY(!m_editor->button(u"removePassword"_s)->isEnabled());
}

void TestContactEditor::whatTheLoaderRefusesIsSaidInTheEditor()
{
    const qsizetype contacts = m_draft->entries(ConfigDraft::List::Contacts).size();
    QVERIFY(open({}));
    QSignalSpy saved(m_editor, &ContactEditorScreen::saved);
    enter(u"Opa Karl"_s);
    QCOMPARE(m_editor->contact().value(u"name"_s).toString(), u"Opa Karl"_s);
    // Not yet: the room and how the family sees the resident are missing; nothing is written.
    press(u"save"_s);
    QVERIFY(!m_editor->message()->text().isEmpty());
    press(u"room"_s);
    enter(u"Familie Karl"_s); // a space: Jitsi's room names have none
    press(u"save"_s);
    QVERIFY(!m_editor->message()->text().isEmpty());
    QCOMPARE(m_draft->entries(ConfigDraft::List::Contacts).size(), contacts);
    press(u"displayName"_s);
    enter(u"Papa"_s);
    // Now written, but the loader refuses the room: the editor says so and stays.
    press(u"save"_s);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(m_draft->entries(ConfigDraft::List::Contacts).size(), contacts + 1);
    const QString message = m_editor->message()->text();
    QVERIFY2(message.contains(u"Familie Karl"_s), qPrintable(message));
    QVERIFY(!check().config);
    // Corrected, the same contact (no second one, no second tile).
    const qsizetype tiles = m_draft->entries(ConfigDraft::List::Tiles).size();
    press(u"room"_s);
    QCOMPARE(m_editor->textEntry()->field()->text(), u"Familie Karl"_s);
    m_editor->textEntry()->field()->clear();
    enter(u"familie-karl"_s);
    press(u"save"_s);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().first().toString(), u"opa-karl"_s);
    QCOMPARE(m_draft->entries(ConfigDraft::List::Contacts).size(), contacts + 1);
    QCOMPARE(m_draft->entries(ConfigDraft::List::Tiles).size(), tiles);
    const ConfigLoadResult loaded = check();
    QVERIFY2(loaded.config, qPrintable(Test::issueTexts(loaded.issues).join(u'\n')));
    QCOMPARE(loaded.config->contact(u"opa-karl"_s)->room, u"familie-karl"_s);
}

void TestContactEditor::theButtonsMakeOnlyValuesTheLoaderAccepts()
{
    // A short ringing: answering later than 10 s would never happen, so it is not offered.
    QJsonObject file = m_draft->object(ContactsLoader::contactsFile);
    file.insert(u"ringSeconds"_s, 10);
    QVERIFY(m_draft->setObject(ContactsLoader::contactsFile, file, nullptr));
    QVERIFY(open(u"anna"_s));
    QSignalSpy saved(m_editor, &ContactEditorScreen::saved);
    QCOMPARE(m_editor->contact().value(u"autoAnswerSeconds"_s).toInt(), 8);
    press(u"autoAnswer.up"_s);
    QCOMPARE(m_editor->contact().value(u"autoAnswerSeconds"_s).toInt(), 10);
    QVERIFY(!m_editor->button(u"autoAnswer.up"_s)->isEnabled());
    press(u"autoAnswer.down"_s);
    press(u"autoAnswer.down"_s);
    QCOMPARE(m_editor->contact().value(u"autoAnswerSeconds"_s).toInt(), 5);
    QVERIFY(!m_editor->button(u"autoAnswer.down"_s)->isEnabled());
    press(u"autoAnswer"_s);
    QVERIFY(!m_editor->contact().contains(u"autoAnswerSeconds"_s));
    QVERIFY(!m_editor->button(u"answerStart.up"_s)->isEnabled());
    press(u"autoAnswer"_s);
    QCOMPARE(m_editor->contact().value(u"autoAnswerSeconds"_s).toInt(), 8);

    // The start of the ringing (09:00) up to its end (20:00): over it, never onto it.
    for (int i = 0; i < 21; ++i)
        press(u"ringStart.up"_s);
    QCOMPARE(m_editor->valueLabel(u"ringStart"_s)->text(), u"19:30"_s);
    press(u"ringStart.up"_s);
    QCOMPARE(m_editor->valueLabel(u"ringStart"_s)->text(), u"20:30"_s);
    // Round midnight, in half hours: the end from 20:00 over the start (20:30) to 01:00.
    for (int i = 0; i < 9; ++i)
        press(u"ringEnd.up"_s);
    QCOMPARE(m_editor->valueLabel(u"ringEnd"_s)->text(), u"01:00"_s);
    // The answering hours likewise, down over their start.
    for (int i = 0; i < 4; ++i)
        press(u"answerEnd.down"_s);
    QCOMPARE(m_editor->valueLabel(u"answerEnd"_s)->text(), u"09:30"_s);
    press(u"save"_s);
    QCOMPARE(saved.size(), 1);
    const ConfigLoadResult loaded = check();
    QVERIFY2(loaded.config, qPrintable(Test::issueTexts(loaded.issues).join(u'\n')));
    const ContactConfig *anna = loaded.config->contact(u"anna"_s);
    QCOMPARE(anna->ringHours, (QList{DailyHours{QTime(20, 30), QTime(1, 0)}}));
    QCOMPARE(anna->autoAnswerHours, (QList{DailyHours{QTime(10, 0), QTime(9, 30)}}));
    QCOMPARE(anna->autoAnswerSeconds, std::optional<int>(8));

    // More spans from a file: only the first changes, the others stay.
    auto lukas = m_draft->entry(ConfigDraft::List::Contacts, u"lukas"_s);
    QJsonArray spans = span(u"09:00"_s, u"12:00"_s);
    spans.append(QJsonObject{{u"start"_s, u"15:00"_s}, {u"end"_s, u"19:00"_s}});
    lukas->insert(u"ringHours"_s, spans);
    QVERIFY(m_draft->putEntry(ConfigDraft::List::Contacts, *lukas, nullptr));
    QVERIFY(open(u"lukas"_s));
    QVERIFY(m_editor->valueLabel(u"ringEnd"_s)->text().startsWith(u"12:00 "_s));
    press(u"ringEnd.up"_s);
    QCOMPARE(m_editor->contact().value(u"ringHours"_s).toArray().at(0).toObject(),
             span(u"09:00"_s, u"12:30"_s).at(0).toObject());
    QCOMPARE(m_editor->contact().value(u"ringHours"_s).toArray().at(1), spans.at(1));
}

void TestContactEditor::withoutAServerTheWholeAddressIsAsked()
{
    // A contacts.json without a default server: a room name alone would say nowhere.
    QJsonObject file = m_draft->object(ContactsLoader::contactsFile);
    file.remove(u"server"_s);
    QJsonArray contacts;
    for (const QJsonValue &value : file.value(u"contacts"_s).toArray()) {
        QJsonObject contact = value.toObject();
        const QString room = contact.take(u"room"_s).toString();
        contact.insert(u"roomUrl"_s, QString(u"https://meet.example.invalid/"_s + room));
        contacts.append(contact);
    }
    file.insert(u"contacts"_s, contacts);
    QVERIFY(m_draft->setObject(ContactsLoader::contactsFile, file, nullptr));
    QVERIFY(open(u"anna"_s));
    QCOMPARE(m_editor->valueLabel(u"room"_s)->text(),
             u"https://meet.example.invalid/familie-schmidt-7f3k"_s);
    press(u"room"_s);
    QCOMPARE(m_editor->textEntry()->field()->text(),
             u"https://meet.example.invalid/familie-schmidt-7f3k"_s);
    tap(m_editor->backButton());

    QVERIFY(open({}));
    QSignalSpy saved(m_editor, &ContactEditorScreen::saved);
    enter(u"Bernd"_s);
    press(u"displayName"_s);
    enter(u"Opa"_s);
    press(u"room"_s);
    enter(u"https://meet.other.invalid/bernd-und-opa"_s);
    press(u"save"_s);
    QCOMPARE(saved.size(), 1);
    const ConfigLoadResult loaded = check();
    QVERIFY2(loaded.config, qPrintable(Test::issueTexts(loaded.issues).join(u'\n')));
    QCOMPARE(loaded.config->contact(u"bernd"_s)->roomUrl(),
             QUrl(u"https://meet.other.invalid/bernd-und-opa"_s));
}

void TestContactEditor::everyStepFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("id");
    for (const QSize &size : {QSize(1920, 1080), QSize(1280, 800)}) {
        for (const QString &id : {QString(), u"anna"_s}) {
            QTest::addRow("%dx%d %s", size.width(), size.height(),
                          id.isEmpty() ? "new" : qPrintable(id))
                << size << id;
        }
    }
}

void TestContactEditor::everyStepFits()
{
    QFETCH(QSize, size);
    QFETCH(QString, id);
    QVERIFY(open(id, size));
    const auto check = [this] {
        // The picture chooser's grids it replaced, as the event loop would delete them.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        const Test::NamedRects controls = Test::checkControls(*m_editor, m_theme);
        Test::checkTexts(*m_editor, controls);
    };
    using Step = ContactEditorScreen::Step;
    for (const Step step :
         {Step::Name, Step::Photo, Step::DisplayName, Step::Room, Step::Password}) {
        m_editor->showStep(step);
        check();
        QVERIFY2(!QTest::currentTestFailed(), qPrintable(m_editor->screenName()));
        if (qEnvironmentVariableIsSet("DORFPLATZ_GUIDE_SCREENSHOTS")) {
            m_window->grab().save(u"/tmp/%1-%2x%3.png"_s.arg(m_editor->screenName())
                                      .arg(size.width())
                                      .arg(size.height()));
        }
    }
    // The stick's pictures.
    m_editor->showStep(Step::Photo);
    tap(m_editor->pictures()->stickButtons().first());
    check();
    QVERIFY2(!QTest::currentTestFailed(), "the stick's pictures");
    // The overview, every page of it, with the warning and a message.
    m_editor->showStep(Step::Overview);
    if (id.isEmpty()) {
        press(u"ring"_s);
        press(u"save"_s);
        QVERIFY(!m_editor->message()->text().isEmpty());
    }
    QVERIFY(m_editor->warning()->isVisible());
    PagedRows *rows = m_editor->rows();
    while (rows->page() > 0)
        tap(rows->switcher()->previousButton());
    for (int page = 0; page < rows->pageCount(); ++page) {
        if (page > 0)
            tap(rows->switcher()->nextButton());
        QCOMPARE(rows->page(), page);
        check();
        QVERIFY2(!QTest::currentTestFailed(), qPrintable(u"overview page %1"_s.arg(page + 1)));
        if (qEnvironmentVariableIsSet("DORFPLATZ_GUIDE_SCREENSHOTS")) {
            m_window->grab().save(u"/tmp/contact-%1x%2-%3-%4.png"_s.arg(size.width())
                                      .arg(size.height())
                                      .arg(id.isEmpty() ? u"new"_s : id)
                                      .arg(page + 1));
        }
    }
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestContactEditor)
#include "tst_contacteditor.moc"
