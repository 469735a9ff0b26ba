#pragma once

#include <QString>
#include <QStringList>

namespace Dorfplatz::Test {

// Makes small media files with ffmpeg for player tests. Every function returns the absolute path
// of what it made, or an empty string (with ffmpeg's complaint as a warning) when ffmpeg failed.
class MediaMaker
{
public:
    // A 440 Hz sine tone, mono 44.1 kHz, low bitrate. The extension of name picks the format:
    // .mp3 (libmp3lame), .ogg (libvorbis) or .wav. A non-empty title is written as title tag.
    static QString audioFile(const QString &directory, const QString &name, int seconds,
                             const QString &title = {});
    // A 320x240 25 fps test picture with a sine track: .webm (VP8 + Vorbis) or .mp4 (H.264 + AAC,
    // or MPEG-4 part 2 when this ffmpeg has no libx264).
    static QString videoFile(const QString &directory, const QString &name, int seconds);
    // A VOD HLS stream of AAC audio in MPEG-TS: directory/index.m3u8 plus segNNN.ts. Returns the
    // playlist's path.
    static QString hls(const QString &directory, int seconds, int segmentSeconds = 1);

    // Runs ffmpeg with the quiet flags in front of arguments. False (and a warning) on failure.
    static bool runFfmpeg(const QStringList &arguments, int timeoutMs = 60000);
    // Whether this ffmpeg has the named encoder (e.g. "libx264").
    static bool hasEncoder(const QString &encoder);
};

} // namespace Dorfplatz::Test
