// A bare Qt Widgets window to compare the kiosk's start-up with (tests/benchmark/startup.sh): six
// push buttons, fullscreen like the kiosk. Its first paintEvent prints
// "first-paint-epoch-ms=<milliseconds since the epoch>" to stderr, as the kiosk does with
// QT_LOGGING_RULES="dorfplatz.perf.info=true".
#include <QApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QPushButton>
#include <QScreen>
#include <QWidget>

#include <cstdio>

namespace {

class BareWindow final : public QWidget
{
public:
    BareWindow()
    {
        auto *layout = new QGridLayout(this);
        for (int i = 0; i < 6; ++i) {
            auto *button = new QPushButton(QStringLiteral("Button %1").arg(i + 1), this);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
            layout->addWidget(button, i / 3, i % 3);
        }
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QWidget::paintEvent(event);
        if (m_painted) {
            return;
        }
        m_painted = true;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::fprintf(stderr, "first-paint-epoch-ms=%lld\n", static_cast<long long>(now));
        std::fflush(stderr);
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    BareWindow window;
    // Under a bare X server (no window manager) showFullScreen() does not resize by itself.
    window.setGeometry(window.screen()->geometry());
    window.showFullScreen();
    return app.exec();
}
