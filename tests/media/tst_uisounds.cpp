#include "media/uisounds.h"

#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Dorfplatz {

// The click of every tap: a real WAV, loaded by a real QSoundEffect. Whether it is heard needs a
// sound card, which this machine does not have; loading and playing must still work.
class TestUiSounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickIsAShortSoftWav();
    void preparedClickLoadsAndPlays();
    void disabledClickStaysSilent();
};

void TestUiSounds::clickIsAShortSoftWav()
{
    const QByteArray wav = UiSounds::clickWav();
    QVERIFY(wav.startsWith("RIFF"));
    QCOMPARE(wav.mid(8, 8), QByteArray("WAVEfmt "));
    const auto le16 = [&wav](int at) { return qFromLittleEndian<qint16>(wav.constData() + at); };
    const auto le32 = [&wav](int at) { return qFromLittleEndian<quint32>(wav.constData() + at); };
    QCOMPARE(le16(20), 1);      // PCM
    QCOMPARE(le16(22), 1);      // mono
    QCOMPARE(le32(24), 44100u); // samples per second
    QCOMPARE(wav.mid(36, 4), QByteArray("data"));
    const quint32 bytes = le32(40);
    QCOMPARE(qsizetype(bytes) + 44, wav.size());
    QCOMPARE(bytes / 2, 1764u); // 40 ms
    int peak = 0;
    for (quint32 i = 0; i < bytes / 2; ++i)
        peak = std::max(peak, std::abs(int(le16(44 + int(i) * 2))));
    QVERIFY(peak > 5000);                          // audible
    QVERIFY(peak < 32767);                         // never clipped
    QVERIFY(std::abs(le16(wav.size() - 2)) < 500); // dies away instead of ending with a crack
}

void TestUiSounds::preparedClickLoadsAndPlays()
{
    UiSounds sounds;
    QVERIFY(!sounds.isReady()); // nothing is loaded before the kiosk asks
    sounds.prepare();
    QTRY_VERIFY_WITH_TIMEOUT(sounds.isReady(), 5000);
    sounds.click(); // no sound card here: it must not fail or block
    sounds.click();
    QVERIFY(sounds.isReady());
}

void TestUiSounds::disabledClickStaysSilent()
{
    UiSounds sounds;
    sounds.setEnabled(false);
    QVERIFY(!sounds.isEnabled());
    sounds.click(); // not prepared and disabled: nothing happens
    QVERIFY(!sounds.isReady());
}

} // namespace Dorfplatz

QTEST_GUILESS_MAIN(Dorfplatz::TestUiSounds)
#include "tst_uisounds.moc"
