#pragma once

#include "ui/kit/tapbutton.h"

#include <QStringList>

class QFontMetrics;

namespace Dorfplatz {

// One card in a day of the staff's week: a session's time and title, with "fällt aus" or
// "verschoben" in a mark where it applies; or, in the accent's look, the "+ 2 weitere" that
// opens a day whose blocks do not all fit. The title wraps to as many lines as it needs, a
// word too long for the block broken with a hyphen: nothing is ever cut off, so the block asks
// for the height its text needs (heightForWidth).
class WeekBlock final : public TapButton
{
    Q_OBJECT

public:
    enum class Kind
    {
        Session,
        More,
    };

    explicit WeekBlock(const Theme &theme, QWidget *parent = nullptr);

    // `mark` ("fällt aus", "verschoben") is shown as a mark beside the time; empty: none.
    void setSession(const QString &time, const QString &title, const QString &mark, bool cancelled);
    void setMore(const QString &text);

    Kind kind() const { return m_kind; }
    QString time() const { return m_time; }
    QString title() const { return m_title; }
    QString mark() const { return m_mark; }

    // The title's lines as drawn at the block's present width.
    QStringList titleLines() const;
    // Where the mark is drawn; empty without one.
    QRect markRect() const;
    // Where the text goes inside the frame.
    QRect contentRect() const { return contentRect(size()); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // `text` in lines no wider than `width`: at spaces, after a hyphen of a long word, or (a
    // word wider than a whole line) with a hyphen added where the line ends.
    static QStringList wrap(const QFontMetrics &metrics, const QString &text, int width);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Layout
    {
        QRect time;
        QRect mark;
        QStringList markLines;
        QStringList lines;
        int lineTop = 0; // where the title's first line starts
        int height = 0;
    };
    Layout arrange(int width) const;
    QRect contentRect(QSize size) const;
    QFont timeFont() const;
    QFont titleFont() const;

    Kind m_kind = Kind::Session;
    QString m_time;
    QString m_title;
    QString m_mark;
    bool m_cancelled = false;
};

} // namespace Dorfplatz
