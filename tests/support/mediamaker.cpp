#include "mediamaker.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace Dorfplatz::Test {

using namespace Qt::StringLiterals;

namespace {

QStringList sineInput(int seconds)
{
    return {u"-f"_s, u"lavfi"_s, u"-i"_s,
            u"sine=frequency=440:sample_rate=44100:duration=%1"_s.arg(seconds)};
}

// The path to write to, with the directory created; empty if it cannot be made.
QString outputPath(const QString &directory, const QString &name)
{
    if (!QDir().mkpath(directory))
        return {};
    return QFileInfo(QDir(directory).filePath(name)).absoluteFilePath();
}

QString madeOrEmpty(bool ok, const QString &path)
{
    return ok && QFileInfo(path).size() > 0 ? path : QString();
}

} // namespace

bool MediaMaker::runFfmpeg(const QStringList &arguments, int timeoutMs)
{
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::SeparateChannels);
    ffmpeg.start(u"ffmpeg"_s, QStringList{u"-hide_banner"_s, u"-loglevel"_s, u"error"_s,
                                          u"-nostdin"_s, u"-y"_s} +
                                  arguments);
    if (!ffmpeg.waitForStarted(10000)) {
        qWarning("MediaMaker: ffmpeg does not start: %s", qPrintable(ffmpeg.errorString()));
        return false;
    }
    if (!ffmpeg.waitForFinished(timeoutMs)) {
        ffmpeg.kill();
        ffmpeg.waitForFinished(5000);
        qWarning("MediaMaker: ffmpeg took longer than %d ms: %s", timeoutMs,
                 qPrintable(arguments.join(u' ')));
        return false;
    }
    if (ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0) {
        qWarning("MediaMaker: ffmpeg %s failed (%d): %s", qPrintable(arguments.join(u' ')),
                 ffmpeg.exitCode(), ffmpeg.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool MediaMaker::hasEncoder(const QString &encoder)
{
    // Asked once per process: ffmpeg -encoders is slow compared with the tiny encodes.
    static const QString encoders = [] {
        QProcess ffmpeg;
        ffmpeg.start(u"ffmpeg"_s, {u"-hide_banner"_s, u"-nostdin"_s, u"-encoders"_s});
        if (!ffmpeg.waitForFinished(10000))
            return QString();
        return QString::fromUtf8(ffmpeg.readAllStandardOutput());
    }();
    const QRegularExpression line(
        u"^\\s*[A-Z.]{6}\\s+%1\\s"_s.arg(QRegularExpression::escape(encoder)),
        QRegularExpression::MultilineOption);
    return line.match(encoders).hasMatch();
}

QString MediaMaker::audioFile(const QString &directory, const QString &name, int seconds,
                              const QString &title)
{
    const QString path = outputPath(directory, name);
    const QString suffix = QFileInfo(name).suffix().toLower();
    QStringList codec;
    if (suffix == u"mp3")
        // ID3v2.3 rather than ffmpeg's default 2.4: older readers know only 2.3.
        codec = {u"-c:a"_s, u"libmp3lame"_s, u"-b:a"_s, u"64k"_s, u"-id3v2_version"_s, u"3"_s};
    else if (suffix == u"ogg")
        codec = {u"-c:a"_s, u"libvorbis"_s, u"-q:a"_s, u"0"_s};
    else if (suffix == u"wav")
        codec = {u"-c:a"_s, u"pcm_s16le"_s};
    if (path.isEmpty() || codec.isEmpty()) {
        qWarning("MediaMaker: cannot make audio %s in %s", qPrintable(name), qPrintable(directory));
        return {};
    }
    QStringList arguments = sineInput(seconds) + QStringList{u"-ac"_s, u"1"_s} + codec;
    if (!title.isEmpty())
        arguments += {u"-metadata"_s, u"title=%1"_s.arg(title)};
    arguments.append(path);
    return madeOrEmpty(runFfmpeg(arguments), path);
}

QString MediaMaker::videoFile(const QString &directory, const QString &name, int seconds)
{
    const QString path = outputPath(directory, name);
    const QString suffix = QFileInfo(name).suffix().toLower();
    QStringList codec;
    if (suffix == u"webm") {
        codec = {u"-c:v"_s, u"libvpx"_s,    u"-b:v"_s, u"200k"_s,
                 u"-c:a"_s, u"libvorbis"_s, u"-q:a"_s, u"0"_s};
    } else if (suffix == u"mp4") {
        if (hasEncoder(u"libx264"_s))
            codec = {u"-c:v"_s,      u"libx264"_s,  u"-preset"_s,
                     u"ultrafast"_s, u"-pix_fmt"_s, u"yuv420p"_s};
        else
            codec = {u"-c:v"_s, u"mpeg4"_s, u"-q:v"_s, u"8"_s};
        codec += {u"-c:a"_s, u"aac"_s, u"-b:a"_s, u"48k"_s,
                  // The index in front, so a player can start before the whole file arrived.
                  u"-movflags"_s, u"+faststart"_s};
    }
    if (path.isEmpty() || codec.isEmpty()) {
        qWarning("MediaMaker: cannot make video %s in %s", qPrintable(name), qPrintable(directory));
        return {};
    }
    const QStringList arguments =
        QStringList{u"-f"_s, u"lavfi"_s, u"-i"_s,
                    u"testsrc2=size=320x240:rate=25:duration=%1"_s.arg(seconds)} +
        sineInput(seconds) + QStringList{u"-ac"_s, u"1"_s} + codec +
        QStringList{u"-shortest"_s, path};
    return madeOrEmpty(runFfmpeg(arguments), path);
}

QString MediaMaker::hls(const QString &directory, int seconds, int segmentSeconds)
{
    const QString playlist = outputPath(directory, u"index.m3u8"_s);
    if (playlist.isEmpty()) {
        qWarning("MediaMaker: cannot make HLS in %s", qPrintable(directory));
        return {};
    }
    const QStringList arguments =
        sineInput(seconds) + QStringList{u"-ac"_s,
                                         u"1"_s,
                                         u"-c:a"_s,
                                         u"aac"_s,
                                         u"-b:a"_s,
                                         u"48k"_s,
                                         u"-f"_s,
                                         u"hls"_s,
                                         u"-hls_time"_s,
                                         QString::number(segmentSeconds),
                                         u"-hls_playlist_type"_s,
                                         u"vod"_s,
                                         u"-hls_segment_filename"_s,
                                         QDir(directory).absoluteFilePath(u"seg%03d.ts"_s),
                                         playlist};
    return madeOrEmpty(runFfmpeg(arguments), playlist);
}

} // namespace Dorfplatz::Test
