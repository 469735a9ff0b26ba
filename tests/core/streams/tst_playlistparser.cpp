#include "core/streams/playlistparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

class TestPlaylistParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksLikePlaylist_data();
    void looksLikePlaylist();
    void parse_data();
    void parse();
    void hlsIsNotAList();
};

void TestPlaylistParser::looksLikePlaylist_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("playlist");
    QTest::addRow("m3u") << u"http://h/listen.m3u"_s << true;
    QTest::addRow("M3U capitals") << u"http://h/LISTEN.M3U"_s << true;
    QTest::addRow("pls with query") << u"http://h/listen.pls?x=1"_s << true;
    QTest::addRow("m3u8 is HLS") << u"http://h/index.m3u8"_s << false;
    QTest::addRow("mp3") << u"http://h/live.mp3"_s << false;
    QTest::addRow("local m3u") << u"file:///srv/radio/list.m3u"_s << true;
}

void TestPlaylistParser::looksLikePlaylist()
{
    QFETCH(QString, url);
    QFETCH(bool, playlist);
    QCOMPARE(PlaylistParser::looksLikePlaylist(QUrl(url)), playlist);
}

void TestPlaylistParser::parse_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("extended m3u") << QByteArray("#EXTM3U\r\n#EXTINF:-1,SWR4\r\nhttp://a/"
                                                "1.mp3\r\n\r\n#EXTINF:-1,B\r\nhttp://b/2.mp3\r\n")
                                  << u"http://h/list.m3u"_s
                                  << QStringList{u"http://a/1.mp3"_s, u"http://b/2.mp3"_s};
    QTest::addRow("plain m3u with BOM and spaces")
        << QByteArray("\xEF\xBB\xBF  http://a/1.mp3  \nhttp://a/1.mp3\n") << u"http://h/list.m3u"_s
        << QStringList{u"http://a/1.mp3"_s};
    QTest::addRow("relative entries")
        << QByteArray("stream.ogg\n../other/b.ogg\n") << u"http://h/radio/list.m3u"_s
        << QStringList{u"http://h/radio/stream.ogg"_s, u"http://h/other/b.ogg"_s};
    QTest::addRow("local relative with backslash")
        << QByteArray("sub\\orgel.ogg\n") << u"file:///srv/media/list.m3u"_s
        << QStringList{u"file:///srv/media/sub/orgel.ogg"_s};
    QTest::addRow("pls ordered by number")
        << QByteArray("[playlist]\nNumberOfEntries=2\nFile2=http://b/2.mp3\nTitle2=B\n"
                      "File1=http://a/1.mp3\nTitle1=A\nLength1=-1\nVersion=2\n")
        << u"http://h/list.pls"_s << QStringList{u"http://a/1.mp3"_s, u"http://b/2.mp3"_s};
    QTest::addRow("pls lower case keys")
        << QByteArray("[Playlist]\nfile1 = http://a/1.mp3\n") << u"http://h/list.pls"_s
        << QStringList{u"http://a/1.mp3"_s};
    QTest::addRow("unusable schemes dropped")
        << QByteArray("javascript:alert(1)\nrtsp://x/y\nhttps://ok/s.aac\n") << u"http://h/l.m3u"_s
        << QStringList{u"https://ok/s.aac"_s};
    QTest::addRow("empty") << QByteArray("#EXTM3U\n") << u"http://h/l.m3u"_s << QStringList();
    QTest::addRow("binary garbage")
        << QByteArray("\x00\xff\xfe\x01", 4) << u"http://h/l.m3u"_s << QStringList();
}

void TestPlaylistParser::parse()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, base);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const QUrl &url : PlaylistParser::parse(content, QUrl(base)))
        actual.append(url.toString());
    QCOMPARE(actual, expected);
}

void TestPlaylistParser::hlsIsNotAList()
{
    QVERIFY(PlaylistParser::isHls("#EXTM3U\n#EXT-X-TARGETDURATION:2\nseg0.ts\n"));
    QVERIFY(!PlaylistParser::isHls("#EXTM3U\n#EXTINF:-1,A\nhttp://a/1.mp3\n"));
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestPlaylistParser)
#include "tst_playlistparser.moc"
