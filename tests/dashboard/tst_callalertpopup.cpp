// CallAlertPopup: a guest's call message is shown as the literal text it is, whatever markup it
// holds: "<b>x</b>" must not turn bold, hide the table number or fake another one.
#include "callalertpopup.h"
#include "calllistmodel.h"

#include <QLabel>
#include <QTest>

using namespace tableside;
using namespace tableside::dashboard;

class TestCallAlertPopup : public QObject
{
    Q_OBJECT
private slots:
    void guestMarkupIsShownAsTyped_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("bold") << QStringLiteral("<b>x</b>");
        // Would cover "Table 4" with a bigger, fake table number if rendered as HTML.
        QTest::newRow("fake table") << QStringLiteral(
            "<span style='font-size:1px'>x</span><h1>Table 12 — Pay by card</h1>");
    }

    void guestMarkupIsShownAsTyped()
    {
        QFETCH(QString, message);
        QWidget parent;
        parent.resize(1024, 768);
        CallListModel calls;
        CallAlertPopup popup(&calls, &parent);
        parent.show();
        WaiterCall call;
        call.id = QStringLiteral("c1");
        call.tableNumber = 4;
        call.type = CallType::Help;
        call.message = message;
        call.status = CallStatus::Pending;
        call.createdAt = QDateTime::currentDateTimeUtc();
        calls.upsert(call);
        QCOMPARE(popup.shownCallIds(), QStringList {QStringLiteral("c1")});

        auto *label = popup.findChild<QLabel *>(QStringLiteral("call-c1"));
        QVERIFY(label);
        QVERIFY(Qt::mightBeRichText(message)); // QLabel's default (AutoText) would render it
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->text().contains(message));

        // What is painted: the same width as the literal text laid out as plain text, and
        // not that of the markup rendered.
        QLabel plain(label->text());
        plain.setFont(label->font());
        plain.setTextFormat(Qt::PlainText);
        plain.setWordWrap(label->wordWrap());
        QLabel rich(label->text());
        rich.setFont(label->font());
        rich.setTextFormat(Qt::RichText);
        rich.setWordWrap(label->wordWrap());
        qInfo("popup row width %d px; literal text %d px; rendered markup %d px",
              label->sizeHint().width(), plain.sizeHint().width(), rich.sizeHint().width());
        QCOMPARE(label->sizeHint().width(), plain.sizeHint().width());
        QVERIFY(label->sizeHint().width() != rich.sizeHint().width());
    }

    // QA: "Още салфеткı" — a long message was cut at the popup's edge. It wraps inside instead:
    // the label lies within the popup and is as tall as its wrapped text needs.
    void longMessageWrapsWithinThePopup()
    {
        QWidget parent;
        parent.resize(1024, 768);
        CallListModel calls;
        CallAlertPopup popup(&calls, &parent);
        parent.show();
        WaiterCall call;
        call.id = QStringLiteral("c2");
        call.tableNumber = 12;
        call.type = CallType::Help;
        call.message
            = QStringLiteral("Още салфетки, моля, и още една вилица за детето, и чаша вода "
                             "без лед, и солницата, благодарим");
        call.status = CallStatus::Pending;
        call.createdAt = QDateTime::currentDateTimeUtc();
        calls.upsert(call);
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        auto *label = popup.findChild<QLabel *>(QStringLiteral("call-c2"));
        QVERIFY(label);
        QVERIFY(label->text().endsWith(QStringLiteral("благодарим)")));
        QVERIFY(label->wordWrap());
        const QRect inPopup(label->mapTo(&popup, QPoint(0, 0)), label->size());
        qInfo("popup %dx%d, label %d,%d %dx%d (needs %d px high)", popup.width(), popup.height(),
              inPopup.x(), inPopup.y(), inPopup.width(), inPopup.height(),
              label->heightForWidth(label->width()));
        QVERIFY(popup.rect().contains(inPopup));
        QVERIFY(label->height() >= label->heightForWidth(label->width()));
        QVERIFY(label->height() > QFontMetrics(label->font()).height()); // two lines or more
    }
};

QTEST_MAIN(TestCallAlertPopup)
#include "tst_callalertpopup.moc"
