#include "printerspage.h"

#include "dashboardsession.h"
#include "staffevent.h"
#include "syncengine.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>

namespace tableside::dashboard {

PrintersPage::PrintersPage(DashboardSession *session, QWidget *parent)
    : ConsolePage(session, QStringLiteral("PrintersPage"), parent)
{
    m_table = new QTableWidget(0, 8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    // Hidden until the server has answered: "no printers" must not flash while loading.
    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->hide();
    m_test = button();
    connect(m_test, &QPushButton::clicked, this, &PrintersPage::testSelected);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addStretch();
    content()->addWidget(m_table, 1);
    content()->addWidget(m_empty, 1);
    content()->addLayout(buttons);
    connect(session->sync(), &SyncEngine::eventApplied, this, [this](const StaffEvent &event) {
        if (event.type() == StaffEventType::PrinterStatus && isVisible())
            reload();
    });
    retranslate();
}

void PrintersPage::retranslate()
{
    setWindowTitle(tr("Printers"));
    setHeading(tr("Ticket and bill printers"));
    m_table->setHorizontalHeaderLabels({tr("Printer"), tr("Address"), tr("Station"),
                                        tr("Code page"), tr("Paper"), tr("Prints"), tr("State"),
                                        tr("Queue")});
    m_test->setText(tr("Test print"));
    // The server reads its printers when it starts; the page reloads after the restart (the
    // reconnect's snapshot), so "when they are" needs no action here.
    m_empty->setText(
        tr("No printers are set up. Ticket and bill printers are set in the server's config "
           "file (server.conf), one group per printer: printers/<name>/address, "
           "printers/<name>/station, printers/<name>/width … — see the manual (Printing). "
           "The server reads them when it starts; this page shows them once it has restarted."));
}

void PrintersPage::reload()
{
    send("GET", QStringLiteral("/api/admin/printers"), {}, [this](const QJsonObject &body) {
        m_printers = body.value(QStringLiteral("printers")).toArray();
        fill();
    });
}

void PrintersPage::fill()
{
    const auto stateText = [](const QString &state) {
        if (state == u"ok")
            return tr("ready");
        if (state == u"offline")
            return tr("offline");
        if (state == u"paper_out")
            return tr("out of paper");
        if (state == u"error")
            return tr("error");
        return tr("not checked yet");
    };
    const auto whenText = [](const QString &when) {
        if (when == u"new-order")
            return tr("new orders");
        if (when == u"start")
            return tr("when started");
        if (when == u"late")
            return tr("late orders");
        return tr("bills and reprints");
    };
    m_table->setRowCount(int(m_printers.size()));
    m_table->setVisible(!m_printers.isEmpty());
    m_empty->setVisible(m_printers.isEmpty());
    m_test->setEnabled(!m_printers.isEmpty());
    for (int row = 0; row < m_printers.size(); ++row) {
        const QJsonObject p = m_printers.at(row).toObject();
        const QJsonObject jobs = p.value(QStringLiteral("jobs")).toObject();
        QString queue = tr("%n waiting", nullptr, jobs.value(QStringLiteral("queued")).toInt());
        if (const int uncertain = jobs.value(QStringLiteral("uncertain")).toInt())
            queue += u", " + tr("%n uncertain (reprint if missing)", nullptr, uncertain);
        const QStringList cells {p.value(QStringLiteral("name")).toString(),
                                 p.value(QStringLiteral("address")).toString(),
                                 p.value(QStringLiteral("station")).toString(),
                                 p.value(QStringLiteral("codePage")).toString(),
                                 tr("%1 mm").arg(p.value(QStringLiteral("width")).toInt()),
                                 whenText(p.value(QStringLiteral("when")).toString()),
                                 stateText(p.value(QStringLiteral("state")).toString()),
                                 queue};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 6)
                item->setToolTip(p.value(QStringLiteral("message")).toString());
            m_table->setItem(row, column, item);
        }
    }
    // Addresses and states are longer than the default column width ("127.0.0.…"); the last
    // column stretches over what is left.
    m_table->resizeColumnsToContents();
}

void PrintersPage::testSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_printers.size()) {
        setStatus(tr("Choose a printer first."), true);
        return;
    }
    const QString name = m_printers.at(row).toObject().value(QStringLiteral("name")).toString();
    setStatus(tr("Printing a test page on %1 …").arg(name));
    send("POST",
         QStringLiteral("/api/admin/printers/%1/test")
             .arg(QString::fromUtf8(QUrl::toPercentEncoding(name))),
         {}, [this, name](const QJsonObject &body) {
             const bool printed = body.value(QStringLiteral("printed")).toBool();
             setStatus(printed ? tr("%1 printed the test page: %2")
                                     .arg(name, body.value(QStringLiteral("message")).toString())
                               : tr("%1 did not print: %2")
                                     .arg(name, body.value(QStringLiteral("message")).toString()),
                       !printed);
             reload();
         });
}

} // namespace tableside::dashboard
