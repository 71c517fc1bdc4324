#include "qrcode.h"
#include "qrdecoder.h"

#include <QTemporaryDir>
#include <QTest>

using tableside::server::QrCode;

/// QrCode: libqrencode output is a real, scannable QR symbol of the expected geometry.
class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void geometry_data();
    void geometry();
    void decodesBack_data();
    void decodesBack();
    void refusesUnencodable_data();
    void refusesUnencodable();
    void imageHasQuietZoneAndScale();
};

void TestQrCode::geometry_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("expectedVersion");

    // Capacities (8-bit mode) from ISO/IEC 18004 table 7: version 1-L holds 17 bytes, 1-H 7.
    QTest::newRow("17 bytes, L -> v1")
        << QByteArray(17, 'a') << int(QrCode::ErrorCorrection::Low) << 1;
    QTest::newRow("18 bytes, L -> v2")
        << QByteArray(18, 'a') << int(QrCode::ErrorCorrection::Low) << 2;
    QTest::newRow("7 bytes, H -> v1")
        << QByteArray(7, 'a') << int(QrCode::ErrorCorrection::High) << 1;
    QTest::newRow("8 bytes, H -> v2")
        << QByteArray(8, 'a') << int(QrCode::ErrorCorrection::High) << 2;
}

void TestQrCode::geometry()
{
    QFETCH(QByteArray, data);
    QFETCH(int, level);
    QFETCH(int, expectedVersion);

    const std::optional<QrCode> code = QrCode::encode(data, QrCode::ErrorCorrection(level));
    QVERIFY(code);
    QCOMPARE(code->version(), expectedVersion);
    QCOMPARE(code->size(), 17 + 4 * expectedVersion);
    // Finder pattern corners: the outer ring of each 7×7 finder is dark, its inner ring light.
    for (const QPoint origin :
         {QPoint(0, 0), QPoint(code->size() - 7, 0), QPoint(0, code->size() - 7)}) {
        QVERIFY(code->isDark(origin.x(), origin.y()));
        QVERIFY(code->isDark(origin.x() + 6, origin.y() + 6));
        QVERIFY(!code->isDark(origin.x() + 1, origin.y() + 1));
        QVERIFY(code->isDark(origin.x() + 3, origin.y() + 3));
    }
    QVERIFY(!code->isDark(-1, 0));
    QVERIFY(!code->isDark(0, code->size()));
}

void TestQrCode::decodesBack_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("table link") << QByteArrayLiteral("http://192.168.1.20:8080/t/3");
    QTest::newRow("https with path") << QByteArrayLiteral("https://luna.example/bar/t/9999");
    QTest::newRow("mixed case kept") << QByteArrayLiteral("http://Host.LAN:8080/T/AbC");
    QTest::newRow("utf-8") << QStringLiteral("Маса 3 / Table 3").toUtf8();
}

void TestQrCode::decodesBack()
{
    QFETCH(QByteArray, data);
    if (QrDecoder::zbarimg().isEmpty())
        QSKIP("zbarimg not installed (Debian package zbar-tools)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::optional<QrCode> code = QrCode::encode(data);
    QVERIFY(code);
    QString error;
    const QStringList decoded = QrDecoder::decodeImage(code->toImage(6), dir.path(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(decoded, QStringList {QString::fromUtf8(data)});
}

void TestQrCode::refusesUnencodable_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("NUL byte") << QByteArray("a\0b", 3);
    // Version 40-Q holds 1663 bytes (default level is Quartile).
    QTest::newRow("too long") << QByteArray(1664, 'x');
}

void TestQrCode::refusesUnencodable()
{
    QFETCH(QByteArray, data);
    QVERIFY(!QrCode::encode(data));
}

void TestQrCode::imageHasQuietZoneAndScale()
{
    const std::optional<QrCode> code = QrCode::encode("http://10.0.0.1:8080/t/1");
    QVERIFY(code);
    const QImage image = code->toImage(5, 4);
    QCOMPARE(image.width(), (code->size() + 8) * 5);
    QCOMPARE(image.height(), image.width());
    // Quiet zone white, first finder module black, every pixel of a module the same.
    QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    QCOMPARE(image.pixelColor(19, 19), QColor(Qt::white));
    QCOMPARE(image.pixelColor(20, 20), QColor(Qt::black));
    QCOMPARE(image.pixelColor(24, 24), QColor(Qt::black));
    for (int y = 0; y < code->size(); ++y) {
        for (int x = 0; x < code->size(); ++x) {
            const QColor expected = code->isDark(x, y) ? QColor(Qt::black) : QColor(Qt::white);
            QCOMPARE(image.pixelColor((x + 4) * 5 + 2, (y + 4) * 5 + 2), expected);
        }
    }
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
