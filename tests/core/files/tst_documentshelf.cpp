#include "core/files/documentshelf.h"
#include "core/files/stickfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

bool writeFile(const QString &path, const QByteArray &data, const QDateTime &modified = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.flush())
        return false;
    return !modified.isValid() || file.setFileTime(modified, QFileDevice::FileModificationTime);
}

} // namespace

// The shelf of made documents in the data folder, and the choice of a free name on a stick.
class TestDocumentShelf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileNamesEveryStickTakes_data();
    void fileNamesEveryStickTakes();
    void newPathNeverOverwrites();
    void documentsNewestFirstOnlyPdf();
    void pruneKeepsTheNewest();
    void stickFileTakesTheNextFreeName();
    void stickFileTooFullOrTooManyNames();
};

void TestDocumentShelf::fileNamesEveryStickTakes_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"Wochenplan 7.–13. Dezember 2026"_s
                           << u"Wochenplan 7.–13. Dezember 2026"_s;
    QTest::newRow("FAT's forbidden")
        << u"Einladung: Anna/Erna? \"Müller\" <1>|*"_s << u"Einladung- Anna-Erna- -Müller- -1---"_s;
    QTest::newRow("hidden, trailing dot") << u"..Plan."_s << u"Plan"_s;
    QTest::newRow("nothing left") << u"///"_s << u"Dokument"_s;
    QTest::newRow("control characters") << u"Tag\nplan\t1"_s << u"Tag-plan-1"_s;
}

void TestDocumentShelf::fileNamesEveryStickTakes()
{
    QFETCH(QString, title);
    QFETCH(QString, expected);
    QCOMPARE(DocumentShelf::fileNameFor(title), expected);
    QVERIFY(DocumentShelf::fileNameFor(QString(500, u'x')).size() <= 120);
}

void TestDocumentShelf::newPathNeverOverwrites()
{
    QTemporaryDir dir;
    DocumentShelf shelf(dir.path());
    const QString first = shelf.newPath(u"Tagesplan"_s);
    QCOMPARE(first, dir.filePath(u"Tagesplan.pdf"_s));
    QVERIFY(writeFile(first, "%PDF-1.4"));
    QCOMPARE(shelf.newPath(u"Tagesplan"_s), dir.filePath(u"Tagesplan (2).pdf"_s));
    QVERIFY(writeFile(dir.filePath(u"Tagesplan (2).pdf"_s), "%PDF-1.4"));
    QCOMPARE(shelf.newPath(u"Tagesplan"_s), dir.filePath(u"Tagesplan (3).pdf"_s));
}

void TestDocumentShelf::documentsNewestFirstOnlyPdf()
{
    QTemporaryDir dir;
    const QDateTime base(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
    QVERIFY(writeFile(dir.filePath(u"Alt.pdf"_s), "a", base));
    QVERIFY(writeFile(dir.filePath(u"Neu.pdf"_s), "b", base.addSecs(60)));
    QVERIFY(writeFile(dir.filePath(u"notiz.txt"_s), "c", base.addSecs(120)));
    QVERIFY(QFile::link(dir.filePath(u"Alt.pdf"_s), dir.filePath(u"Link.pdf"_s)));
    const QList<DocumentShelf::Document> documents = DocumentShelf(dir.path()).documents();
    QCOMPARE(documents.size(), 2);
    QCOMPARE(documents.at(0).title, u"Neu"_s);
    QCOMPARE(documents.at(1).title, u"Alt"_s);
    QCOMPARE(documents.at(0).made, base.addSecs(60));
    QVERIFY(DocumentShelf(dir.filePath(u"fehlt"_s)).documents().isEmpty());
}

void TestDocumentShelf::pruneKeepsTheNewest()
{
    QTemporaryDir dir;
    const QDateTime base(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < 5; ++i)
        QVERIFY(writeFile(dir.filePath(u"Plan %1.pdf"_s.arg(i)), "p", base.addSecs(i * 60)));
    DocumentShelf shelf(dir.path(), 3);
    shelf.prune();
    const QList<DocumentShelf::Document> left = shelf.documents();
    QCOMPARE(left.size(), 3);
    QCOMPARE(left.at(0).title, u"Plan 4"_s);
    QCOMPARE(left.at(2).title, u"Plan 2"_s);
    QVERIFY(!QFile::exists(dir.filePath(u"Plan 0.pdf"_s)));
    // An invitation's calendar file goes with its PDF.
    QCOMPARE(DocumentShelf::companionIcs(dir.filePath(u"Plan 2.pdf"_s)),
             dir.filePath(u"Plan 2.ics"_s));
    QVERIFY(writeFile(dir.filePath(u"Plan 2.ics"_s), "BEGIN:VCALENDAR"));
    DocumentShelf(dir.path(), 2).prune();
    QVERIFY(!QFile::exists(dir.filePath(u"Plan 2.pdf"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"Plan 2.ics"_s)));
    QCOMPARE(DocumentShelf(dir.path()).documents().size(), 2);
}

void TestDocumentShelf::stickFileTakesTheNextFreeName()
{
    QTemporaryDir stick;
    StickFile target(stick.path(), u"FOTOS"_s, u"Wochenplan"_s, u".pdf"_s, 1000);
    QVERIFY2(target.choose(), qPrintable(target.problem()));
    QCOMPARE(target.name(), u"Wochenplan.pdf"_s);
    QVERIFY(writeFile(target.path(), "x"));
    // A half-written one of another save counts as taken too, as does a link.
    QVERIFY(writeFile(stick.filePath(u"Wochenplan-2.pdf.partial"_s), "x"));
    QVERIFY(QFile::link(u"/nowhere"_s, stick.filePath(u"Wochenplan-3.pdf"_s)));
    QVERIFY(target.choose());
    QCOMPARE(target.name(), u"Wochenplan-4.pdf"_s);
    QCOMPARE(target.path(), stick.filePath(u"Wochenplan-4.pdf"_s));
}

void TestDocumentShelf::stickFileTooFullOrTooManyNames()
{
    QTemporaryDir stick;
    StickFile huge(stick.path(), u"KLEIN"_s, u"Plan"_s, u".pdf"_s,
                   std::numeric_limits<qint64>::max());
    QVERIFY(!huge.choose());
    QCOMPARE(huge.problem(), u"The stick “KLEIN” is full, nothing was saved. Delete something "
                             "on it or use another stick."_s);
    QVERIFY(writeFile(stick.filePath(u"Plan.pdf"_s), "x"));
    for (int n = 2; n <= 99; ++n)
        QVERIFY(writeFile(stick.filePath(u"Plan-%1.pdf"_s.arg(n)), "x"));
    StickFile crowded(stick.path(), u"KLEIN"_s, u"Plan"_s, u".pdf"_s, 10);
    QVERIFY(!crowded.choose());
    QVERIFY(crowded.problem().contains(u"too many"_s));
    QVERIFY(crowded.path().isEmpty());
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestDocumentShelf)
#include "tst_documentshelf.moc"
