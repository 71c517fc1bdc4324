#include "printerstatusline.h"

#include "apiresult.h"
#include "staffapi.h"
#include "syncengine.h"

#include <QJsonArray>

namespace tableside::dashboard {

PrinterStatusLine::PrinterStatusLine(StaffApi *api, SyncEngine *sync, QWidget *parent)
    : QLabel(parent)
    , m_api(api)
{
    setObjectName(QStringLiteral("PrinterAlert"));
    setTextFormat(Qt::PlainText); // printer names and the server's messages, as they are
    setWordWrap(true);
    setStyleSheet(
        QStringLiteral("#PrinterAlert { background: #e65100; color: white; padding: 6px 12px; }"));
    hide();
    connect(sync, &SyncEngine::eventApplied, this, [this](const StaffEvent &event) {
        if (event.type() == StaffEventType::PrinterStatus)
            apply(event.data().value(QStringLiteral("printer")).toString(),
                  event.data().value(QStringLiteral("state")).toString(),
                  event.data().value(QStringLiteral("message")).toString());
    });
    // A new snapshot (sign-in, reconnect after a gap): ask again, the events may be gone.
    connect(sync, &SyncEngine::snapshotApplied, this, &PrinterStatusLine::refetch);
    if (sync->lastSeq() >= 0)
        refetch();
}

void PrinterStatusLine::refetch()
{
    m_api->staffJson("GET", QStringLiteral("/api/printers/status"), {},
                     [this](const ApiResult &result) {
                         if (!result.isSuccess())
                             return; // an older server without printers: nothing to show
                         m_states.clear();
                         m_messages.clear();
                         for (const QJsonValue &value :
                              result.body.value(QStringLiteral("printers")).toArray()) {
                             const QJsonObject p = value.toObject();
                             m_states.insert(p.value(QStringLiteral("printer")).toString(),
                                             p.value(QStringLiteral("state")).toString());
                             m_messages.insert(p.value(QStringLiteral("printer")).toString(),
                                               p.value(QStringLiteral("message")).toString());
                         }
                         refresh();
                     });
}

void PrinterStatusLine::apply(const QString &printer, const QString &state, const QString &message)
{
    m_states.insert(printer, state);
    m_messages.insert(printer, message);
    refresh();
}

void PrinterStatusLine::refresh()
{
    QStringList lines;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        QString what;
        if (it.value() == u"offline")
            what = tr("offline");
        else if (it.value() == u"paper_out")
            what = tr("out of paper");
        else if (it.value() == u"error")
            what = tr("error");
        else
            continue; // ok, or not known yet
        lines.append(tr("Printer %1: %2").arg(it.key(), what));
    }
    setText(QStringLiteral("🖨 ") + lines.join(QStringLiteral(" · ")));
    setToolTip(QStringList(m_messages.values()).join(u'\n'));
    setVisible(!lines.isEmpty());
}

} // namespace tableside::dashboard
