#include "commandlinebasics.h"

#include "qrcardwriter.h"
#include "tableselection.h"

#include <QCommandLineParser>

namespace tableside::server {

std::optional<TableCardOptions> TableCardOptions::read(const QCommandLineParser &parser,
                                                       const QCommandLineOption &baseUrl,
                                                       const QCommandLineOption &tables,
                                                       QString *error)
{
    TableCardOptions options;
    if (parser.isSet(baseUrl)) {
        options.baseUrl
            = QrCardWriter::normalizedBaseUrl(QUrl(parser.value(baseUrl), QUrl::StrictMode), error);
        if (!options.baseUrl)
            return std::nullopt;
    }
    if (parser.isSet(tables)) {
        QString reason;
        const std::optional<TableSelection> selection
            = TableSelection::parse(parser.value(tables), &reason);
        if (!selection) {
            *error = CommandLine::tr("--tables: %1").arg(reason);
            return std::nullopt;
        }
        options.tables = selection->tables();
    }
    return options;
}

} // namespace tableside::server
