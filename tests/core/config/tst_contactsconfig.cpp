#include "core/config/configloader.h"
#include "core/config/contactsloader.h"
#include "support/testconfig.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// contacts.json: the people to call, their Jitsi Meet rooms and the rules for ringing, read alone
// (ContactsLoader) and with the rest of the configuration (ConfigLoader).
class TestContactsConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void demoContactsLoad();
    void realExampleLoads();
    void everyFieldIsRead();
    void defaults();
    void displayNameFromTheTop();
    void roomUrlIsSplit_data();
    void roomUrlIsSplit();
    void issues_data();
    void issues();
    void callTileNeedsContactsFile();
    void callTileTargets_data();
    void callTileTargets();
    void contactsFileIsCheckedWithoutCallTiles();
    void filesOfIncludesContactsAndPictures();

private:
    void writeContacts(const QString &json) const;

    std::unique_ptr<Test::TestConfigDir> m_dir;
};

namespace {

const QByteArray tinySvg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>";

// A contact with everything it needs; `extra` adds or overrides fields.
QString contact(const QString &extra = {})
{
    QString fields =
        uR"("id": "anna", "name": "Anna", "room": "familie-schmidt", "displayName": "Mama")"_s;
    if (!extra.isEmpty())
        fields += u", "_s + extra;
    return u"{"_s + fields + u"}"_s;
}

// contacts.json with the server and `top` at the top and these contacts.
QString contactsWith(const QString &contacts, const QString &top = {})
{
    QString head = uR"({"version": 1, "server": "https://meet.example.org/", )"_s;
    if (!top.isEmpty())
        head += top + u", "_s;
    return head + uR"("contacts": [)"_s + contacts + u"]}"_s;
}

// Without the default server: the contacts must bring their own.
QString contactsWithoutServer(const QString &contacts, const QString &top = {})
{
    QString head = uR"({"version": 1, )"_s;
    if (!top.isEmpty())
        head += top + u", "_s;
    return head + uR"("contacts": [)"_s + contacts + u"]}"_s;
}

// One call tile, opening `target` (empty: the page of all contacts).
QString callTiles(const QString &target)
{
    const QString tile = uR"({"id": "anrufen", "kind": "call", "label": "Anrufen")"_s +
                         (target.isEmpty() ? QString() : uR"(, "target": "%1")"_s.arg(target)) +
                         u"}"_s;
    return uR"({"version": 1, "tiles": [)"_s + tile + u"]}"_s;
}

} // namespace

void TestContactsConfig::init()
{
    m_dir = std::make_unique<Test::TestConfigDir>();
    QVERIFY(m_dir->isValid());
    m_dir->writeJson(u"kiosk.json"_s, Test::TestConfigDir::defaultKiosk());
}

void TestContactsConfig::writeContacts(const QString &json) const
{
    QVERIFY(m_dir->writeText(ContactsLoader::contactsFile, json.toUtf8()));
}

void TestContactsConfig::demoContactsLoad()
{
    const QString demo = Test::sourcePath(u"kiosk-config/demo"_s);
    const ConfigLoadResult result = ConfigLoader::load(demo);
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config);
    const KioskConfig &config = *result.config;

    // Every call tile of the demo opens a contact.
    for (const TileConfig &tile : config.tiles) {
        if (tile.kind == TileKind::Call)
            QVERIFY2(config.contact(tile.target), qPrintable(tile.target));
    }
    // The demo works offline and sends nothing anywhere: a made-up server, and no room-size
    // address, so nothing is polled and nothing rings (examples/contacts-real.json rings).
    QCOMPARE(config.calls,
             (CallSettings{QUrl(u"https://meet.example.invalid/"_s), {}, 10, 45, 3, 60}));

    QCOMPARE(config.contacts.size(), 2);
    const ContactConfig *anna = config.contact(u"anna"_s);
    QVERIFY(anna);
    QCOMPARE(anna->name, u"Anna"_s);
    QCOMPARE(anna->picture, u"pictures/anna.svg"_s);
    QCOMPARE(anna->roomUrl(), QUrl(u"https://meet.example.invalid/familie-schmidt-7f3k"_s));
    QVERIFY(anna->ring);
    QCOMPARE(anna->ringHours, (QList<DailyHours>{{QTime(9, 0), QTime(20, 0)}}));
    QCOMPARE(anna->autoAnswerSeconds, std::optional<int>(8));
    QCOMPARE(anna->autoAnswerHours, (QList<DailyHours>{{QTime(10, 0), QTime(12, 0)}}));

    const ContactConfig *lukas = config.contact(u"lukas"_s);
    QVERIFY(lukas);
    QCOMPARE(lukas->picture, u"pictures/enkel.svg"_s);
    QVERIFY(lukas->ring);
    QCOMPARE(lukas->ringHours, QList<DailyHours>{ContactsLoader::defaultRingHours()});
    QVERIFY(!lukas->autoAnswerSeconds);
    QCOMPARE(lukas->displayName, u"Oma Erna"_s);
}

// examples/contacts-real.json is what a guide copies over the demo's contacts.json to make the
// kiosk ring: it must load with the demo's tiles and pictures as it is.
void TestContactsConfig::realExampleLoads()
{
    m_dir->copyFrom(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY(m_dir->writeText(
        u"contacts.json"_s,
        Test::readFile(Test::sourcePath(u"kiosk-config/examples/contacts-real.json"_s))));
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QVERIFY(result.config);
    QVERIFY(result.config->calls.roomSizeUrl.contains(u"{room}"_s));
    for (const ContactConfig &contact : result.config->contacts) {
        QVERIFY2(contact.ring, qPrintable(contact.id));
        // Without a secret it would never ring: the example shows both kinds.
        QVERIFY2(contact.hasSecret(), qPrintable(contact.id));
    }
}

void TestContactsConfig::everyFieldIsRead()
{
    QVERIFY(m_dir->writeText(u"pictures/anna.svg"_s, tinySvg));
    writeContacts(uR"({
        "version": 1, "server": "https://meet.example.org", "displayName": "Erna Schmidt",
        "roomSizeUrl": "https://meet.example.org/room-size?room={room}&domain={domain}",
        "pollSeconds": 5, "ringSeconds": 60, "aloneMinutes": 10, "ringVolume": 40,
        "contacts": [
            {"id": "anna", "name": " Anna ", "picture": "pictures/anna.svg",
             "room": "Familie_Schmidt.7f3k", "displayName": "Mama", "ring": true,
             "ringHours": [{"start": "9:00", "end": "12:00"}, {"start": "14:00", "end": "19:30"}],
             "autoAnswerSeconds": 60,
             "autoAnswerHours": [{"start": "21:00", "end": "07:00"}]},
            {"id": "lukas", "name": "Lukas", "server": "https://jitsi.example.net:8443/",
             "room": "lukas", "ring": false}
        ]})"_s);
    const ContactsLoadResult result = ContactsLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QCOMPARE(result.settings.server, QUrl(u"https://meet.example.org/"_s));
    QCOMPARE(result.settings.pollSeconds, 5);
    QCOMPARE(result.settings.ringSeconds, 60);
    QCOMPARE(result.settings.aloneMinutes, 10);
    QCOMPARE(result.settings.ringVolume, 40);
    QCOMPARE(result.contacts.size(), 2);

    const ContactConfig &anna = result.contacts.at(0);
    QCOMPARE(anna.name, u"Anna"_s);
    QCOMPARE(anna.picture, u"pictures/anna.svg"_s);
    // Rooms are kept as written; the room-size query lowercases them (tst_callpolicy).
    QCOMPARE(anna.room, u"Familie_Schmidt.7f3k"_s);
    QCOMPARE(anna.server, QUrl(u"https://meet.example.org/"_s));
    QCOMPARE(anna.displayName, u"Mama"_s);
    QVERIFY(anna.ring);
    QCOMPARE(anna.ringHours,
             (QList<DailyHours>{{QTime(9, 0), QTime(12, 0)}, {QTime(14, 0), QTime(19, 30)}}));
    QCOMPARE(anna.autoAnswerSeconds, std::optional<int>(60));
    QCOMPARE(anna.autoAnswerHours, (QList<DailyHours>{{QTime(21, 0), QTime(7, 0)}}));

    const ContactConfig &lukas = result.contacts.at(1);
    QCOMPARE(lukas.server, QUrl(u"https://jitsi.example.net:8443/"_s));
    QCOMPARE(lukas.roomUrl(), QUrl(u"https://jitsi.example.net:8443/lukas"_s));
    QCOMPARE(lukas.displayName, u"Erna Schmidt"_s);
    QVERIFY(!lukas.ring);
}

void TestContactsConfig::defaults()
{
    writeContacts(contactsWith(contact()));
    const ContactsLoadResult result = ContactsLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QCOMPARE(result.settings.roomSizeUrl, QString()); // without it nothing rings
    QCOMPARE(result.settings.pollSeconds, 10);
    QCOMPARE(result.settings.ringSeconds, 45);
    QCOMPARE(result.settings.aloneMinutes, 3);
    QCOMPARE(result.settings.ringVolume, 60);
    QCOMPARE(result.contacts.size(), 1);
    const ContactConfig &anna = result.contacts.first();
    QCOMPARE(anna.picture, u"icon:call"_s);
    QVERIFY(!anna.ring);
    const QList<DailyHours> eightToEight{{QTime(8, 0), QTime(20, 0)}};
    QCOMPARE(anna.ringHours, eightToEight);
    QVERIFY(!anna.autoAnswerSeconds);
    QCOMPARE(anna.autoAnswerHours, eightToEight);

    // Auto-answer hours follow the ring hours when not given.
    writeContacts(contactsWith(contact(uR"("ringHours": [{"start": "10:00", "end": "11:00"}],
                                            "autoAnswerSeconds": 5, "picture": null)"_s)));
    const ContactsLoadResult own = ContactsLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(own.issues), QStringList());
    QCOMPARE(own.contacts.first().autoAnswerHours,
             (QList<DailyHours>{{QTime(10, 0), QTime(11, 0)}}));
    QCOMPARE(own.contacts.first().autoAnswerSeconds, std::optional<int>(5));
}

void TestContactsConfig::displayNameFromTheTop()
{
    writeContacts(contactsWith(uR"({"id": "anna", "name": "Anna", "room": "r"},
                                   {"id": "lukas", "name": "Lukas", "room": "s", "displayName": "Oma"})"_s,
                               uR"("displayName": "Erna Schmidt")"_s));
    const ContactsLoadResult result = ContactsLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QCOMPARE(result.contacts.at(0).displayName, u"Erna Schmidt"_s);
    QCOMPARE(result.contacts.at(1).displayName, u"Oma"_s);
}

void TestContactsConfig::roomUrlIsSplit_data()
{
    QTest::addColumn<QString>("roomUrl");
    QTest::addColumn<QUrl>("server");
    QTest::addColumn<QString>("room");
    QTest::addColumn<QUrl>("joined"); // roomUrl() afterwards

    QTest::addRow("plain") << u"https://meet.example.org/Familie-Schmidt"_s
                           << QUrl(u"https://meet.example.org/"_s) << u"Familie-Schmidt"_s
                           << QUrl(u"https://meet.example.org/Familie-Schmidt"_s);
    QTest::addRow("host in capitals")
        << u"https://Meet.Example.ORG/raum"_s << QUrl(u"https://meet.example.org/"_s) << u"raum"_s
        << QUrl(u"https://meet.example.org/raum"_s);
    QTest::addRow("own port") << u"https://meet.example.org:8443/raum.1"_s
                              << QUrl(u"https://meet.example.org:8443/"_s) << u"raum.1"_s
                              << QUrl(u"https://meet.example.org:8443/raum.1"_s);
    QTest::addRow("default port dropped")
        << u"https://meet.example.org:443/raum"_s << QUrl(u"https://meet.example.org/"_s)
        << u"raum"_s << QUrl(u"https://meet.example.org/raum"_s);
    QTest::addRow("http on this computer")
        << u"http://127.0.0.1:8080/test_raum"_s << QUrl(u"http://127.0.0.1:8080/"_s)
        << u"test_raum"_s << QUrl(u"http://127.0.0.1:8080/test_raum"_s);
    QTest::addRow("localhost") << u"http://localhost/r"_s << QUrl(u"http://localhost/"_s) << u"r"_s
                               << QUrl(u"http://localhost/r"_s);
}

void TestContactsConfig::roomUrlIsSplit()
{
    QFETCH(QString, roomUrl);
    QFETCH(QUrl, server);
    QFETCH(QString, room);
    QFETCH(QUrl, joined);

    // No default server: the room URL brings its own.
    writeContacts(contactsWithoutServer(
        uR"({"id": "anna", "name": "Anna", "roomUrl": "%1", "displayName": "Mama"})"_s.arg(
            roomUrl)));
    const ContactsLoadResult result = ContactsLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), QStringList());
    QCOMPARE(result.contacts.size(), 1);
    QCOMPARE(result.contacts.first().server, server);
    QCOMPARE(result.contacts.first().room, room);
    QCOMPARE(result.contacts.first().roomUrl(), joined);
}

void TestContactsConfig::issues_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QStringList>("expected");

    const QString f = u"contacts.json: "_s;
    QTest::addRow("no contacts list")
        << uR"({"version": 1})"_s << QStringList{f + u"contacts: is required but missing"_s};
    QTest::addRow("no contacts") << contactsWith({})
                                 << QStringList{f +
                                                u"contacts: there must be at least one contact"_s};
    QTest::addRow("contact not an object")
        << contactsWith(u"\"anna\""_s)
        << QStringList{f + u"contacts[0]: must be an object, not text"_s};
    QTest::addRow("duplicate id")
        << contactsWith(contact() + u", "_s + contact())
        << QStringList{f +
                       u"contacts[1].id: id \"anna\" is used twice (first at contacts[0].id)"_s};
    QTest::addRow("name missing")
        << contactsWith(uR"({"id": "anna", "room": "r", "displayName": "Mama"})"_s)
        << QStringList{f + u"contacts[0].name: is required but missing"_s};
    QTest::addRow("display name missing")
        << contactsWith(uR"({"id": "anna", "name": "Anna", "room": "r"})"_s)
        << QStringList{f + u"contacts[0].displayName: is required but missing"_s};
    QTest::addRow("picture missing")
        << contactsWith(contact(uR"("picture": "pictures/anna.png")"_s))
        << QStringList{f + u"contacts[0].picture: file \"pictures/anna.png\" not found"_s};

    // Where the room is
    QTest::addRow("neither room nor roomUrl")
        << contactsWith(uR"({"id": "anna", "name": "Anna", "displayName": "Mama"})"_s)
        << QStringList{f + u"contacts[0]: needs \"room\" or \"roomUrl\""_s};
    QTest::addRow("room and roomUrl")
        << contactsWith(contact(uR"("roomUrl": "https://meet.example.org/x")"_s))
        << QStringList{f + u"contacts[0].roomUrl: give \"room\" or \"roomUrl\", not both"_s};
    QTest::addRow("roomUrl and server")
        << contactsWith(uR"({"id": "anna", "name": "Anna", "displayName": "Mama",
                             "roomUrl": "https://meet.example.org/x",
                             "server": "https://meet.example.org/"})"_s)
        << QStringList{f + u"contacts[0].server: give \"roomUrl\" or \"server\", not both"_s};
    QTest::addRow("room without a server")
        << contactsWithoutServer(contact())
        << QStringList{f + u"contacts[0].room: a room needs a \"server\": give it here or at the "
                           "top of the file"_s};
    QTest::addRow("room with a space")
        << contactsWith(contact(uR"("room": "Familie Schmidt")"_s))
        << QStringList{f + u"contacts[0].room: \"Familie Schmidt\" is not a valid room name (use "
                           "letters, digits, -, _ and .)"_s};
    QTest::addRow("room with a slash")
        << contactsWith(contact(uR"("room": "a/b")"_s))
        << QStringList{f + u"contacts[0].room: \"a/b\" is not a valid room name (use letters, "
                           "digits, -, _ and .)"_s};
    QTest::addRow("roomUrl with two path segments")
        << contactsWithoutServer(uR"({"id": "anna", "name": "Anna", "displayName": "Mama",
                                      "roomUrl": "https://meet.example.org/a/b"})"_s)
        << QStringList{f + u"contacts[0].roomUrl: \"https://meet.example.org/a/b\" is not the "
                           "address of a room, like https://meet.example.org/room-name"_s};
    QTest::addRow("roomUrl without a room")
        << contactsWithoutServer(uR"({"id": "anna", "name": "Anna", "displayName": "Mama",
                                      "roomUrl": "https://meet.example.org/"})"_s)
        << QStringList{f + u"contacts[0].roomUrl: \"https://meet.example.org/\" is not the "
                           "address of a room, like https://meet.example.org/room-name"_s};
    QTest::addRow("roomUrl with settings after #")
        << contactsWithoutServer(uR"({"id": "anna", "name": "Anna", "displayName": "Mama",
                                      "roomUrl": "https://meet.example.org/r#config.a=1"})"_s)
        << QStringList{f + u"contacts[0].roomUrl: \"https://meet.example.org/r#config.a=1\" is "
                           "not the address of a room, like https://meet.example.org/room-name"_s};
    QTest::addRow("roomUrl not a web address")
        << contactsWithoutServer(uR"({"id": "anna", "name": "Anna", "displayName": "Mama",
                                      "roomUrl": "ftp://meet.example.org/r"})"_s)
        << QStringList{f + u"contacts[0].roomUrl: \"ftp://meet.example.org/r\" is not the "
                           "address of a room, like https://meet.example.org/room-name"_s};
    QTest::addRow("roomUrl with a space in the room")
        << contactsWithoutServer(uR"({"id": "anna", "name": "Anna", "displayName": "Mama",
                                      "roomUrl": "https://meet.example.org/Familie%20Schmidt"})"_s)
        << QStringList{f + u"contacts[0].roomUrl: \"Familie Schmidt\" is not a valid room name "
                           "(use letters, digits, -, _ and .)"_s};
    QTest::addRow("roomUrl over http")
        << contactsWithoutServer(uR"({"id": "anna", "name": "Anna", "displayName": "Mama",
                                      "roomUrl": "http://meet.example.org/r"})"_s)
        << QStringList{f + u"contacts[0].roomUrl: \"http://meet.example.org/r\" must start with "
                           "https:// (calls need a secure connection)"_s};
    // Reported once at the top, not again for every contact that uses it.
    QTest::addRow("server over http")
        << uR"({"version": 1, "server": "http://meet.example.org/", "contacts": [%1]})"_s.arg(
               contact())
        << QStringList{f + u"server: \"http://meet.example.org/\" must start with https:// "
                           "(calls need a secure connection)"_s};
    QTest::addRow("server below a path")
        << uR"({"version": 1, "server": "https://example.org/jitsi/", "contacts": [%1]})"_s.arg(
               contact())
        << QStringList{f + u"server: \"https://example.org/jitsi/\" is not the address of a "
                           "server, like https://meet.example.org/"_s};
    QTest::addRow("contact's server not an address")
        << contactsWith(contact(uR"("server": "meet.example.org")"_s))
        << QStringList{f + u"contacts[0].server: \"meet.example.org\" is not the address of a "
                           "server, like https://meet.example.org/"_s};

    // The room-size address
    QTest::addRow("roomSizeUrl without {room}")
        << contactsWith(contact(), uR"("roomSizeUrl": "https://meet.example.org/room-size")"_s)
        << QStringList{f + u"roomSizeUrl: \"https://meet.example.org/room-size\" is not a web "
                           "address with {room} in it, like "
                           "https://meet.example.org/room-size?room={room}&domain={domain}"_s};
    QTest::addRow("roomSizeUrl with a misspelt placeholder")
        << contactsWith(contact(),
                        uR"("roomSizeUrl": "https://meet.example.org/s?room={room}&d={domian}")"_s)
        << QStringList{f + u"roomSizeUrl: \"https://meet.example.org/s?room={room}&d={domian}\" "
                           "is not a web address with {room} in it, like "
                           "https://meet.example.org/room-size?room={room}&domain={domain}"_s};
    QTest::addRow("roomSizeUrl over http")
        << contactsWith(contact(), uR"("roomSizeUrl": "http://meet.example.org/s?room={room}")"_s)
        << QStringList{f + u"roomSizeUrl: \"http://meet.example.org/s?room={room}\" must start "
                           "with https:// (calls need a secure connection)"_s};

    // Numbers and hours
    QTest::addRow("settings out of range")
        << contactsWith(contact(), uR"("pollSeconds": 1, "ringSeconds": 301, "aloneMinutes": 0,
                                       "ringVolume": 5)"_s)
        << QStringList{f + u"pollSeconds: 1 is out of range (2 to 300)"_s,
                       f + u"ringSeconds: 301 is out of range (10 to 300)"_s,
                       f + u"aloneMinutes: 0 is out of range (1 to 60)"_s,
                       f + u"ringVolume: 5 is out of range (10 to 100)"_s};
    QTest::addRow("auto-answer too soon")
        << contactsWith(contact(uR"("autoAnswerSeconds": 2)"_s))
        << QStringList{f + u"contacts[0].autoAnswerSeconds: 2 is out of range (3 to 45)"_s};
    // Answering after the ringing stopped would never happen.
    QTest::addRow("auto-answer after the ringing")
        << contactsWith(contact(uR"("autoAnswerSeconds": 30)"_s), uR"("ringSeconds": 20)"_s)
        << QStringList{f + u"contacts[0].autoAnswerSeconds: 30 is out of range (3 to 20)"_s};
    QTest::addRow("ring not true or false")
        << contactsWith(contact(uR"("ring": "yes")"_s))
        << QStringList{f + u"contacts[0].ring: must be true or false, not text"_s};
    QTest::addRow("ring hours empty")
        << contactsWith(contact(uR"("ringHours": [])"_s))
        << QStringList{f + u"contacts[0].ringHours: 0 is out of range (1 to 10)"_s};
    QTest::addRow("ring hours without time")
        << contactsWith(contact(uR"("ringHours": [{"start": "09:00", "end": "09:00"}])"_s))
        << QStringList{f + u"contacts[0].ringHours[0]: from 09:00 to 09:00 is no time at all; "
                           "the end must differ from the start"_s};
    QTest::addRow("ring hours with a bad time")
        << contactsWith(contact(uR"("ringHours": [{"start": "9 Uhr", "end": "20:00"}])"_s))
        << QStringList{f +
                       u"contacts[0].ringHours[0].start: \"9 Uhr\" is not a time like \"21:00\""_s};
    QTest::addRow("auto-answer hours not objects")
        << contactsWith(contact(uR"("autoAnswerHours": ["10:00-12:00"])"_s))
        << QStringList{f + u"contacts[0].autoAnswerHours[0]: must be an object, not text"_s};
    QTest::addRow("misspelt fields")
        << contactsWith(contact(uR"("rign": true)"_s), uR"("pollseconds": 5)"_s)
        << QStringList{f + u"pollseconds: unknown field (check the spelling)"_s,
                       f + u"contacts[0].rign: unknown field (check the spelling)"_s};
}

void TestContactsConfig::issues()
{
    QFETCH(QString, json);
    QFETCH(QStringList, expected);
    writeContacts(json);
    const ContactsLoadResult result = ContactsLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), expected);

    // The kiosk reports the same and uses none of it.
    QVERIFY(m_dir->writeText(u"tiles.json"_s, callTiles({}).toUtf8()));
    const ConfigLoadResult kiosk = ConfigLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(kiosk.issues), expected);
    QVERIFY(!kiosk.config);
}

void TestContactsConfig::callTileNeedsContactsFile()
{
    QVERIFY(m_dir->writeText(u"tiles.json"_s, callTiles({}).toUtf8()));
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QVERIFY(!result.config);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().kind, ConfigIssue::Kind::FileMissing);
    QCOMPARE(result.issues.first().toString(), u"contacts.json: file is missing"_s);
}

void TestContactsConfig::callTileTargets_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("a contact") << u"anna"_s << QStringList();
    QTest::addRow("none: the page of all contacts") << QString() << QStringList();
    QTest::addRow("unknown contact")
        << u"berta"_s
        << QStringList{u"tiles.json: tiles[id=anrufen].target: there is no \"berta\" in "
                       "contacts.json"_s};
}

void TestContactsConfig::callTileTargets()
{
    QFETCH(QString, target);
    QFETCH(QStringList, expected);
    writeContacts(contactsWith(contact()));
    QVERIFY(m_dir->writeText(u"tiles.json"_s, callTiles(target).toUtf8()));
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(result.issues), expected);
    QCOMPARE(result.config.has_value(), expected.isEmpty());
    if (result.config) {
        QCOMPARE(result.config->contacts.size(), 1);
        QCOMPARE(result.config->tiles.first().target, target);
    }
}

void TestContactsConfig::contactsFileIsCheckedWithoutCallTiles()
{
    m_dir->writeDefaults(); // a stream tile and an events tile
    writeContacts(contactsWith(contact(uR"("ring": 1)"_s)));
    const ConfigLoadResult result = ConfigLoader::load(m_dir->path());
    QVERIFY(!result.config);
    QCOMPARE(
        Test::issueTexts(result.issues),
        QStringList{u"contacts.json: contacts[0].ring: must be true or false, not a number"_s});

    writeContacts(contactsWith(contact()));
    const ConfigLoadResult fixed = ConfigLoader::load(m_dir->path());
    QVERIFY(fixed.config);
    QCOMPARE(fixed.config->contacts.size(), 1);
}

void TestContactsConfig::filesOfIncludesContactsAndPictures()
{
    const ConfigLoadResult demo = ConfigLoader::load(Test::sourcePath(u"kiosk-config/demo"_s));
    QVERIFY(demo.config);
    const QStringList files = ConfigLoader::filesOf(*demo.config);
    QVERIFY(files.contains(u"contacts.json"_s));
    QVERIFY(files.contains(u"pictures/anna.svg"_s));

    // A photo used only by a contact (no tile shows it) belongs to the configuration too.
    QVERIFY(m_dir->writeText(u"fotos/berta.svg"_s, tinySvg));
    writeContacts(contactsWith(contact(uR"("picture": "fotos/berta.svg")"_s)));
    QVERIFY(m_dir->writeText(u"tiles.json"_s, callTiles({}).toUtf8()));
    const ConfigLoadResult own = ConfigLoader::load(m_dir->path());
    QCOMPARE(Test::issueTexts(own.issues), QStringList());
    QVERIFY(ConfigLoader::filesOf(*own.config).contains(u"fotos/berta.svg"_s));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestContactsConfig)
#include "tst_contactsconfig.moc"
