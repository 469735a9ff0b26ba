#include "core/files/documentshelf.h"
#include "core/files/filecopy.h"
#include "core/files/usbsticks.h"
#include "media/documents/printdocument.h"
#include "support/fixedclock.h"
#include "ui/kit/bigbutton.h"
#include "ui/kit/pagedrows.h"
#include "ui/kit/theme.h"
#include "ui/staff/documentprinter.h"
#include "ui/staff/documentscreen.h"
#include "ui/support/layoutcheck.h"
#include "ui/support/screenframe.h"
#include "ui/support/tapper.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

namespace {

constexpr int toolTimeoutMs = 30000;

// A one-page A4 landscape document with a black square in its top left quarter: what the printer
// stand-in receives can be checked by its pixels.
class SquareDocument : public PrintDocument
{
public:
    explicit SquareDocument(QString name)
        : m_title(std::move(name))
    {}

    void render(QPagedPaintDevice *device) const override
    {
        device->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                          QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QPainter painter(device);
        const QRect page = painter.viewport();
        painter.fillRect(QRect(0, 0, page.width() / 2, page.height() / 2), Qt::black);
        painter.drawText(QRect(0, page.height() / 2, page.width(), page.height() / 2),
                         Qt::AlignCenter, m_title);
    }
    QString title() const override { return m_title; }

private:
    QString m_title;
};

// The tool's output, or nothing when it failed.
std::optional<QString> run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(toolTimeoutMs) || process.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

// "Dokumente" in staff mode: the made documents newest first, saved onto a simulated USB stick (a
// folder as the mount root) and printed through the real QPrinter path into a PDF file that
// stands in for the printer (no CUPS printer here: DocumentPrinter's DORFPLATZ_PRINT_TO_FILE).
// The printed pages are checked by pdfinfo and their pixels (pdftoppm).
class TestDocumentScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savedOnTheStickNeverOverAnother();
    void printedPagesAreTheDocuments();
    void withoutStickAndPrinterItSaysWhatToDo();
    void layoutFits_data();
    void layoutFits();

private:
    DocumentScreen *open(const Theme &theme, std::shared_ptr<const DocumentPrinter> printer,
                         QSize size = {1920, 1080});

    Theme m_theme{ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, 100)};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DocumentShelf> m_shelf;
    std::unique_ptr<UsbSticks> m_sticks;
    std::unique_ptr<Test::ScreenFrame> m_window;
    FixedClock m_clock{QDateTime(QDate(2026, 12, 8), QTime(11, 0), Qt::UTC)};
    Test::Tapper m_tapper;
    QString m_stick;
};

void TestDocumentScreen::initTestCase()
{
    for (const QString &tool : {u"pdfinfo"_s, u"pdftoppm"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QFAIL(qPrintable(tool + u" is missing (package poppler-utils)"_s));
    }
}

void TestDocumentScreen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_shelf = std::make_unique<DocumentShelf>(m_dir->filePath(u"data/documents"_s));
    QString error;
    const SquareDocument plan(u"Wochenplan 7.–13. Dezember 2026"_s);
    QVERIFY2(plan.writePdf(m_shelf->newPath(plan.title()), &error), qPrintable(error));
    m_stick = m_dir->filePath(u"media/FAMILIE"_s);
    QVERIFY(QDir().mkpath(m_stick));
    m_sticks = std::make_unique<UsbSticks>(QStringList{m_dir->filePath(u"media"_s)});
    QCOMPARE(m_sticks->sticks().size(), 1);
}

void TestDocumentScreen::cleanup()
{
    m_window.reset();
    m_sticks.reset();
    m_shelf.reset();
    m_dir.reset();
    qunsetenv("DORFPLATZ_PRINT_TO_FILE");
}

DocumentScreen *TestDocumentScreen::open(const Theme &theme,
                                         std::shared_ptr<const DocumentPrinter> printer, QSize size)
{
    m_window.reset();
    auto *screen = new DocumentScreen(theme, *m_shelf, m_sticks.get(), std::move(printer));
    m_window = std::make_unique<Test::ScreenFrame>(theme, m_clock, screen, false, size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    screen->activate();
    return screen;
}

void TestDocumentScreen::savedOnTheStickNeverOverAnother()
{
    DocumentScreen *screen = open(m_theme, nullptr);
    QVERIFY(screen);
    const QString title = u"Wochenplan 7.–13. Dezember 2026"_s;
    BigButton *save = screen->button(title, u"save"_s);
    QVERIFY(save);
    QVERIFY(!screen->button(title, u"print"_s)); // no printer here
    m_tapper.tap(save);
    const QString copy = m_stick + u"/"_s + title + u".pdf"_s;
    QVERIFY2(FileCopy::sameContent(copy, m_shelf->documents().constFirst().path),
             qPrintable(screen->message()->text()));
    QCOMPARE(screen->message()->text(), u"Saved on the stick “FAMILIE” as “%1.pdf”."_s.arg(title));
    m_tapper.tap(screen->button(title, u"save"_s));
    QVERIFY(QFile::exists(m_stick + u"/"_s + title + u"-2.pdf"_s));
    // The stick pulled out: the button goes, and the screen says how to take it along.
    QSignalSpy changed(m_sticks.get(), &UsbSticks::sticksChanged);
    QVERIFY(QDir(m_stick).removeRecursively());
    QVERIFY(changed.wait(5000));
    QVERIFY(!screen->button(title, u"save"_s));
    QCOMPARE(screen->message()->text(), u"Plug in a USB stick to take a document with you."_s);
}

void TestDocumentScreen::printedPagesAreTheDocuments()
{
    const QString printed = m_dir->filePath(u"printer.pdf"_s);
    qputenv("DORFPLATZ_PRINT_TO_FILE", printed.toUtf8());
    const auto printer = std::make_shared<const DocumentPrinter>();
    QVERIFY(printer->available());
    DocumentScreen *screen = open(m_theme, printer);
    QVERIFY(screen);
    const QString title = u"Wochenplan 7.–13. Dezember 2026"_s;
    BigButton *print = screen->button(title, u"print"_s);
    QVERIFY(print);
    m_tapper.tap(print);
    QCOMPARE(screen->message()->text(), u"“%1” is being printed."_s.arg(title));
    const QString info = run(u"pdfinfo"_s, {printed}).value_or(QString());
    QVERIFY2(info.contains(u"Pages:           1"_s), qPrintable(info));
    // A4 landscape, as the document laid itself out: 842 × 595 points.
    QVERIFY2(info.contains(QRegularExpression(u"Page size: +842 x 595 pts \\(A4\\)"_s)),
             qPrintable(info));
    QVERIFY(run(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"20"_s, u"-singlefile"_s, printed,
                                m_dir->filePath(u"printed"_s)}));
    const QImage page(m_dir->filePath(u"printed.png"_s));
    QVERIFY(!page.isNull());
    // The square's middle is black, the other quarter white: the page came through whole.
    const QColor inSquare = page.pixelColor(page.width() / 4, page.height() / 4);
    const QColor outside = page.pixelColor(page.width() * 3 / 4, page.height() / 4);
    QVERIFY2(inSquare.lightness() < 60, qPrintable(inSquare.name()));
    QVERIFY2(outside.lightness() > 200, qPrintable(outside.name()));

    // A document that went bad on the shelf: said, nothing printed.
    QVERIFY(QFile::remove(printed));
    QString error;
    QVERIFY(FileCopy::write(m_shelf->documents().constFirst().path, "kaputt", &error));
    m_tapper.tap(screen->button(title, u"print"_s));
    QCOMPARE(screen->message()->text(),
             u"The document “%1” cannot be read any more. Make it again."_s.arg(title));
    QVERIFY(!QFile::exists(printed));
}

void TestDocumentScreen::withoutStickAndPrinterItSaysWhatToDo()
{
    QVERIFY(QDir(m_stick).removeRecursively());
    m_sticks->refresh();
    DocumentScreen *screen = open(m_theme, nullptr);
    QVERIFY(screen);
    QCOMPARE(screen->message()->text(), u"Plug in a USB stick to take a document with you."_s);
    QCOMPARE(screen->rows()->rows().size(), 1);
    QVERIFY(screen->rows()->rows().constFirst()->findChildren<BigButton *>().isEmpty());
    // An empty shelf says where documents come from.
    QVERIFY(QFile::remove(m_shelf->documents().constFirst().path));
    screen = open(m_theme, nullptr);
    QVERIFY(screen);
    QVERIFY(screen->message()->text().startsWith(u"No documents yet."_s));
}

void TestDocumentScreen::layoutFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("textScale");
    QTest::newRow("1920x1080") << QSize(1920, 1080) << 100;
    QTest::newRow("1280x800") << QSize(1280, 800) << 100;
    QTest::newRow("1920x1080, text 200 %") << QSize(1920, 1080) << 200;
}

void TestDocumentScreen::layoutFits()
{
    QFETCH(QSize, size);
    QFETCH(int, textScale);
    const Theme theme(ThemeKind::Standard, ScreenMetrics(96.0 / 25.4, textScale));
    for (int i = 0; i < 12; ++i) {
        const SquareDocument invitation(u"Einladung Videobesuch Anna Berg %1"_s.arg(i));
        QVERIFY(invitation.writePdf(m_shelf->newPath(invitation.title()), nullptr));
    }
    qputenv("DORFPLATZ_PRINT_TO_FILE", m_dir->filePath(u"printer.pdf"_s).toUtf8());
    DocumentScreen *screen = open(theme, std::make_shared<const DocumentPrinter>(), size);
    QVERIFY(screen);
    QVERIFY(screen->rows()->pageCount() > 1);
    const Test::NamedRects controls = Test::checkControls(*screen, theme);
    Test::checkTexts(*screen, controls);
}

} // namespace Dorfplatz

QTEST_MAIN(Dorfplatz::TestDocumentScreen)
#include "tst_documentscreen.moc"
