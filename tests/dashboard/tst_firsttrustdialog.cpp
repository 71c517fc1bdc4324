// FirstTrustDialog (offscreen): the server's address and the fingerprint shown as plain text in
// rows that are pieces of what tableside-server prints; "they match" accepts, "they differ"
// rejects, and Enter alone decides nothing. CertificateChangedDialog shows its fingerprints the
// same way (one FingerprintLabel each).
#include "certificatechangeddialog.h"
#include "fingerprintlabel.h"
#include "firsttrustdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tableside::dashboard;

namespace {
const QString Fingerprint = QStringLiteral("95:14:DF:28:40:C2:73:75:FA:62:75:2E:14:EB:FA:52:"
                                           "28:89:B2:D3:95:0C:ED:DC:F7:C3:90:38:51:49:70:55");
const QUrl Server(QStringLiteral("https://10.0.0.5:8443/api/staff/login"));
} // namespace

class TestFirstTrustDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsAddressAndFingerprintAsPlainText()
    {
        FirstTrustDialog dialog(Server, Fingerprint);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.introLabel()->textFormat(), Qt::PlainText);
        QVERIFY2(dialog.introLabel()->text().contains(QStringLiteral("https://10.0.0.5:8443")),
                 qPrintable(dialog.introLabel()->text()));
        QVERIFY(
            dialog.introLabel()->text().contains(QStringLiteral("tableside-server fingerprint")));

        const FingerprintLabel *print = dialog.fingerprintLabel();
        QCOMPARE(print->textFormat(), Qt::PlainText);
        QCOMPARE(print->fingerprint(), Fingerprint);
        const QStringList rows = print->text().split(QLatin1Char('\n'));
        QCOMPARE(rows.size(), 4);
        for (const QString &row : rows) {
            QCOMPARE(row.size(), 8 * 3 - 1); // eight "AB" pairs
            QVERIFY(Fingerprint.contains(row)); // each row as the server prints it
        }
        QCOMPARE(rows.join(QLatin1Char(':')), Fingerprint); // verbatim, nothing lost
        QVERIFY(print->isVisible());
    }

    void markupStaysText()
    {
        // Only our own hex ever gets here, but a label must never turn text into markup.
        const QString odd = QStringLiteral("<b>AB</b>:CD");
        FingerprintLabel label(odd);
        QCOMPARE(label.textFormat(), Qt::PlainText);
        QCOMPARE(label.text(), odd);
    }

    void matchButtonAccepts()
    {
        FirstTrustDialog dialog(Server, Fingerprint);
        dialog.open();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QCOMPARE(dialog.matchButton()->text(), QStringLiteral("They match — trust this server"));
        QTest::mouseClick(dialog.matchButton(), Qt::LeftButton);
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(rejected.size(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void differButtonRejects()
    {
        FirstTrustDialog dialog(Server, Fingerprint);
        dialog.open();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        QCOMPARE(dialog.differButton()->text(), QStringLiteral("They differ — don't connect"));
        QTest::mouseClick(dialog.differButton(), Qt::LeftButton);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(accepted.size(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void enterAloneDecidesNothing()
    {
        FirstTrustDialog dialog(Server, Fingerprint);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(finished.size(), 0);
        QVERIFY(dialog.isVisible());
    }

    void certificateChangedDialogUsesTheSameLabel()
    {
        const QString other = QStringLiteral("AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:"
                                             "AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99");
        CertificateChangedDialog dialog(Server, Fingerprint, other);
        const auto labels = dialog.findChildren<FingerprintLabel *>();
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels.at(0)->fingerprint(), Fingerprint);
        QCOMPARE(labels.at(1)->fingerprint(), other);
    }
};

QTEST_MAIN(TestFirstTrustDialog)
#include "tst_firsttrustdialog.moc"
