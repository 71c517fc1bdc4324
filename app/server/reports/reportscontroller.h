#pragma once

#include "apicontext.h"

#include <QObject>
#include <QThreadPool>

namespace tableside::server {

class ApiRouter;
struct ApiRequest;
class ApiResponder;

/// The managers' report routes: GET /api/reports (JSON), /api/reports/csv?table=NAME (one
/// table as CSV) and /api/reports/pdf?lang=bg|en, each with ?day=YYYY-MM-DD or
/// ?from=…&to=…. The figures are computed on a worker thread through ReportQuery's own
/// read-only connection (service goes on meanwhile); the PDF is painted by the server's own
/// binary (`tableside-server report`, a GUI application for the fonts) as a child process.
class ReportsController : public QObject
{
    Q_OBJECT
public:
    explicit ReportsController(ApiContext context, QObject *parent = nullptr);
    ~ReportsController() override;
    void registerRoutes(ApiRouter &router);
    /// The tableside-server binary the PDF route runs (tests and the assembly set it; default:
    /// this process's own executable).
    void setServerBinary(const QString &path) { m_binary = path; }

private:
    enum class Format { Json, Csv };
    void answer(const ApiRequest &request, ApiResponder reply, Format format);
    void answerPdf(const ApiRequest &request, ApiResponder reply);

    ApiContext m_context;
    QThreadPool m_pool; ///< one report at a time; others wait their turn
    QString m_binary;
};

} // namespace tableside::server
