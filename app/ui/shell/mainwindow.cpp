#include "mainwindow.h"

#include "ui/kit/header.h"
#include "ui/kit/textlabel.h"
#include "ui/kit/theme.h"

#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Dorfplatz {

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const Theme &theme, const Clock &clock, const QString &homeName,
                       QWidget *parent)
    : QWidget(parent)
    , m_header(new Header(theme, clock, homeName))
    , m_roomNotice(textLabel(theme, Theme::TextRole::Body, u"roomNotice"_s, nullptr))
    , m_stack(new QStackedWidget)
{
    applyStyle(theme);
    m_roomNotice->hide();
    setObjectName(u"mainWindow"_s);
    setWindowTitle(u"Dorfplatz"_s);
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->setSpacing(0);
    // The window is as large as the screen, whatever its content asks for; the layout tests
    // make sure the content fits instead.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(m_header);
    layout->addWidget(m_roomNotice);
    layout->addWidget(m_stack, 1);
}

void MainWindow::applyStyle(const Theme &theme)
{
    const ThemePalette &palette = theme.palette();
    m_roomNotice->setStyleSheet(u"QLabel#roomNotice { background: %1; color: %2; padding: %3px; }"_s
                                    .arg(palette.notice.name(), palette.noticeText.name())
                                    .arg(theme.px(2)));
    m_roomNotice->setFont(theme.font(Theme::TextRole::Body));
    setStyleSheet(theme.styleSheet());
}

Header *MainWindow::restyle(const Theme &theme, const Clock &clock, const QString &homeName)
{
    applyStyle(theme);
    auto *header = new Header(theme, clock, homeName);
    header->setVisible(m_header->isVisibleTo(this));
    header->setHeightBudget(height() * 3 / 10);
    delete layout()->replaceWidget(m_header, header);
    m_header->deleteLater();
    m_header = header;
    return header;
}

void MainWindow::setRoomNotice(const QString &text)
{
    m_roomNotice->setText(text);
    m_roomNotice->setVisible(!text.isEmpty());
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    // The header may take up to 30 % of the height; the rest is for the tiles.
    m_header->setHeightBudget(height() * 3 / 10);
    QWidget::resizeEvent(event);
    Q_EMIT resized();
}

void MainWindow::showKiosk(bool windowed)
{
    if (windowed) {
        resize(1280, 800);
        show();
        return;
    }
    setWindowFlag(Qt::FramelessWindowHint);
    setCursor(Qt::BlankCursor); // a touchscreen: no mouse pointer in the middle of a tile
    // Without a window manager, showFullScreen() alone does not resize (platform.md); follow the
    // screen when it changes (rotated, another monitor plugged in).
    if (QScreen *screen = QGuiApplication::primaryScreen()) {
        setGeometry(screen->geometry());
        connect(screen, &QScreen::geometryChanged, this,
                [this](const QRect &geometry) { setGeometry(geometry); });
    }
    showFullScreen();
}

} // namespace Dorfplatz
