#pragma once

#include "ticketdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace tableside::server {

/// What each kind of print job looks like on paper: a station ticket, the bill ("not a fiscal
/// receipt"), a test page and a call slip, laid out for 32 or 48 columns from the job's
/// payload (frozen when it was queued).
class TicketLayout
{
    Q_DECLARE_TR_FUNCTIONS(TicketLayout)

public:
    /// The mark on reprints and on tickets that may have been cut off: both languages, whatever
    /// the server's locale, so every cook reads it.
    static QString copyMark() { return QStringLiteral("*** КОПИЕ / COPY ***"); }
    /// The bill's legal line (Bulgarian first: the tax authority reads that one).
    static QString notFiscalBg() { return QStringLiteral("НЕ Е ФИСКАЛЕН БОН"); }
    static QString notFiscalEn() { return QStringLiteral("NOT A FISCAL RECEIPT"); }

    /// @p kind "ticket", "bill", "test" or "call"; @p payload as queued; @p at the print time.
    static TicketDocument layout(const QString &kind, const QJsonObject &payload, bool copy,
                                 int columns, const QDateTime &at);

    static TicketDocument stationTicket(const QJsonObject &order, bool copy, int columns,
                                        const QDateTime &at);
    /// @p bill {"tableNumber","lines":[{"name","quantity","lineTotalEurCents"}],
    /// "totalEurCents","totalBgnCents","paidEurCents"}
    static TicketDocument bill(const QJsonObject &bill, bool copy, int columns,
                               const QDateTime &at);
    /// @p test {"printer","codePage","codeTable","width"}: which setting this page proves.
    static TicketDocument testPage(const QJsonObject &test, int columns, const QDateTime &at);
    /// @p call {"tableNumber","callType","message","waitingSeconds"}
    static TicketDocument callSlip(const QJsonObject &call, int columns, const QDateTime &at);

    /// Cents as "12.50".
    static QString money(qint64 cents);
    /// Word-wraps @p text to @p width columns (long words are cut).
    static QStringList wrap(const QString &text, int width);
};

} // namespace tableside::server
