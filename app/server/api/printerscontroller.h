#pragma once

#include "apicontext.h"

#include <QObject>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;
class PrintSpooler;

/// Printers: the manager's list with each printer's state and queue, a test print that answers
/// with the printer's real reply, a ticket's reprint (marked COPY) and a tab's bill on paper.
class PrintersController : public QObject
{
    Q_OBJECT
public:
    PrintersController(ApiContext context, PrintSpooler &spooler, QObject *parent = nullptr);
    void registerRoutes(ApiRouter &router);

private:
    void list(ApiResponder reply);
    void test(const ApiRequest &request, ApiResponder reply);
    void reprint(const ApiRequest &request, ApiResponder reply);
    void printBill(const ApiRequest &request, ApiResponder reply);
    ApiContext m_context;
    PrintSpooler &m_spooler;
};

} // namespace tableside::server
