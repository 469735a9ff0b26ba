#include "core/files/usbsticks.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

constexpr int signalTimeoutMs = 5000;

bool touch(const QString &path, const QDateTime &modified = {})
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile file(path);
    // Written through before the time is set, or closing the file would set it again.
    if (!file.open(QIODevice::WriteOnly) || file.write("picture") != 7 || !file.flush())
        return false;
    return !modified.isValid() || file.setFileTime(modified, QFileDevice::FileModificationTime);
}

QStringList namesOf(const QList<UsbSticks::Stick> &sticks)
{
    QStringList names;
    for (const UsbSticks::Stick &stick : sticks)
        names.append(stick.name);
    return names;
}

// Every entry below `path` with its size and time, to see that nothing was written.
QStringList snapshot(const QString &path)
{
    QStringList lines;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        lines.append(u"%1 %2 %3"_s.arg(info.filePath())
                         .arg(info.size())
                         .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    lines.sort();
    return lines;
}

} // namespace

class TestUsbSticks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultRootsNameTheUser();
    void stickAppearsAndGoes();
    void onlyReadableFoldersSortedByName();
    void rootMadeLaterIsWatched();
    void rootRemovedAndMadeAgain();
    void picturesNewestFirstWithinLimits();
    void picturesSkipHiddenLinksAndSpecialFiles();
    void picturesStopAtMaxFiles();
};

void TestUsbSticks::defaultRootsNameTheUser()
{
    const QStringList roots = UsbSticks::defaultRoots();
    QCOMPARE(roots.size(), 2);
    QVERIFY(roots.at(0).startsWith(u"/media/"_s));
    QVERIFY(roots.at(1).startsWith(u"/run/media/"_s));
    const QString user = roots.at(0).mid(7);
    QVERIFY(!user.isEmpty());
    QVERIFY(!user.contains(u'/'));
    QCOMPARE(roots.at(1), u"/run/media/"_s + user);
}

void TestUsbSticks::stickAppearsAndGoes()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    UsbSticks usb({root.path()});
    QSignalSpy changed(&usb, &UsbSticks::sticksChanged);
    QVERIFY(usb.sticks().isEmpty());

    const QString stick = root.filePath(u"FOTOS"_s);
    QVERIFY(QDir().mkdir(stick));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, signalTimeoutMs);
    QCOMPARE(usb.sticks(), (QList<UsbSticks::Stick>{{stick, u"FOTOS"_s}}));

    changed.clear();
    QVERIFY(QDir().rmdir(stick));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, signalTimeoutMs);
    QVERIFY(usb.sticks().isEmpty());
}

void TestUsbSticks::onlyReadableFoldersSortedByName()
{
    QTemporaryDir root;
    QTemporaryDir elsewhere;
    QVERIFY(root.isValid() && elsewhere.isValid());
    QDir dir(root.path());
    QVERIFY(dir.mkdir(u"b-stick"_s));
    QVERIFY(dir.mkdir(u"A-Stick"_s));
    QVERIFY(dir.mkdir(u".hidden"_s));
    QVERIFY(touch(root.filePath(u"a file"_s)));
    QVERIFY(QFile::link(elsewhere.path(), root.filePath(u"a-link"_s)));
    QVERIFY(QFile::link(root.filePath(u"gone"_s), root.filePath(u"a-dangling-link"_s)));
    // root reads every folder whatever its mode: only a user sees the locked one left out.
    const bool locked = ::geteuid() != 0;
    if (locked) {
        QVERIFY(dir.mkdir(u"a-locked"_s));
        QCOMPARE(::chmod(QFile::encodeName(root.filePath(u"a-locked"_s)).constData(), 0), 0);
    }

    UsbSticks usb({root.path()});
    QCOMPARE(namesOf(usb.sticks()), (QStringList{u"A-Stick"_s, u"b-stick"_s}));
    QCOMPARE(usb.sticks().at(1).path, root.filePath(u"b-stick"_s));
    if (locked)
        ::chmod(QFile::encodeName(root.filePath(u"a-locked"_s)).constData(), 0700);
}

void TestUsbSticks::rootMadeLaterIsWatched()
{
    // udisks2 makes /media/<user> only when the first stick is mounted.
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString root = base.filePath(u"media/kiosk"_s);
    UsbSticks usb({base.filePath(u"elsewhere/kiosk"_s), root});
    QSignalSpy changed(&usb, &UsbSticks::sticksChanged);
    QVERIFY(usb.sticks().isEmpty());

    QVERIFY(QDir().mkpath(root + u"/STICK"_s));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, signalTimeoutMs);
    QCOMPARE(namesOf(usb.sticks()), QStringList{u"STICK"_s});

    // Now the root itself is watched: a second stick shows as well.
    changed.clear();
    QVERIFY(QDir().mkdir(root + u"/ZWEI"_s));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, signalTimeoutMs);
    QCOMPARE(namesOf(usb.sticks()), (QStringList{u"STICK"_s, u"ZWEI"_s}));
}

void TestUsbSticks::rootRemovedAndMadeAgain()
{
    QTemporaryDir base;
    QVERIFY(base.isValid());
    const QString root = base.filePath(u"kiosk"_s);
    QVERIFY(QDir().mkpath(root + u"/EINS"_s));
    UsbSticks usb({root});
    QSignalSpy changed(&usb, &UsbSticks::sticksChanged);
    QCOMPARE(namesOf(usb.sticks()), QStringList{u"EINS"_s});

    QVERIFY(QDir(root).removeRecursively());
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, signalTimeoutMs);
    QVERIFY(usb.sticks().isEmpty());

    changed.clear();
    QVERIFY(QDir().mkpath(root + u"/ZWEI"_s));
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 1, signalTimeoutMs);
    QCOMPARE(namesOf(usb.sticks()), QStringList{u"ZWEI"_s});
}

void TestUsbSticks::picturesNewestFirstWithinLimits()
{
    QTemporaryDir stick;
    QVERIFY(stick.isValid());
    const QDateTime day = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(touch(stick.filePath(u"Urlaub/a.jpg"_s), day.addDays(3)));
    QVERIFY(touch(stick.filePath(u"B.PNG"_s), day.addDays(1)));
    QVERIFY(touch(stick.filePath(u"DCIM/100CANON/IMG_1.JPEG"_s), day.addDays(4)));
    QVERIFY(touch(stick.filePath(u"one/two/three/logo.Svg"_s), day.addDays(2)));
    QVERIFY(touch(stick.filePath(u"one/two/three/four/too-deep.jpg"_s), day.addDays(5)));
    QVERIFY(touch(stick.filePath(u"notes.txt"_s), day.addDays(6)));
    QVERIFY(touch(stick.filePath(u"film.mp4"_s), day.addDays(6)));
    const QStringList before = snapshot(stick.path());

    const QStringList pictures = UsbSticks::pictures(stick.path());
    QCOMPARE(pictures, (QStringList{stick.filePath(u"DCIM/100CANON/IMG_1.JPEG"_s),
                                    stick.filePath(u"Urlaub/a.jpg"_s),
                                    stick.filePath(u"one/two/three/logo.Svg"_s),
                                    stick.filePath(u"B.PNG"_s)}));
    QCOMPARE(UsbSticks::pictures(stick.path(), 500, 1),
             (QStringList{stick.filePath(u"Urlaub/a.jpg"_s), stick.filePath(u"B.PNG"_s)}));
    QCOMPARE(UsbSticks::pictures(stick.path(), 500, 4).first(),
             stick.filePath(u"one/two/three/four/too-deep.jpg"_s));
    QCOMPARE(snapshot(stick.path()), before); // only read
}

void TestUsbSticks::picturesSkipHiddenLinksAndSpecialFiles()
{
    QTemporaryDir stick;
    QTemporaryDir elsewhere;
    QVERIFY(stick.isValid() && elsewhere.isValid());
    QVERIFY(touch(stick.filePath(u"sub/a.jpg"_s)));
    QVERIFY(touch(stick.filePath(u".hidden/secret.jpg"_s)));
    QVERIFY(touch(stick.filePath(u"sub/._a.jpg"_s))); // a Mac's resource file, no picture
    QVERIFY(touch(elsewhere.filePath(u"outside.jpg"_s)));
    QVERIFY(QFile::link(elsewhere.filePath(u"outside.jpg"_s), stick.filePath(u"link.jpg"_s)));
    QVERIFY(QFile::link(elsewhere.path(), stick.filePath(u"linked-folder"_s)));
    QCOMPARE(::mkfifo(QFile::encodeName(stick.filePath(u"fifo.jpg"_s)).constData(), 0600), 0);

    QCOMPARE(UsbSticks::pictures(stick.path()), QStringList{stick.filePath(u"sub/a.jpg"_s)});
}

void TestUsbSticks::picturesStopAtMaxFiles()
{
    QTemporaryDir stick;
    QVERIFY(stick.isValid());
    for (int i = 0; i < 30; ++i)
        QVERIFY(touch(stick.filePath(u"p%1.jpg"_s.arg(i))));
    QCOMPARE(UsbSticks::pictures(stick.path()).size(), 30);
    QCOMPARE(UsbSticks::pictures(stick.path(), 12).size(), 12);
    QVERIFY(UsbSticks::pictures(stick.filePath(u"not-there"_s)).isEmpty());
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestUsbSticks)
#include "tst_usbsticks.moc"
