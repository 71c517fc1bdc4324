#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace tableside::server {

/// Writes printable QR table cards to an A4 PDF: six cards per page, each with the QR code of
/// the table's link (<base-url>/t/<n>?k=<token> when signed, see setTableTokens), the table
/// number and "Scan to order" in bg and en.
class QrCardWriter
{
    Q_DECLARE_TR_FUNCTIONS(QrCardWriter)

public:
    static constexpr int Columns = 2;
    static constexpr int Rows = 3;
    static constexpr int CardsPerPage = Columns * Rows;

    /// @p baseUrl is where guests reach the server, e.g. http://192.168.1.20:8080.
    explicit QrCardWriter(QUrl baseUrl);

    /// Checks that @p url is an absolute http(s) URL with a host and no query or fragment;
    /// returns it without a trailing slash, or nullopt with a one-line reason in @p error.
    static std::optional<QUrl> normalizedBaseUrl(const QUrl &url, QString *error = nullptr);
    /// <base-url>/t/<n>: the short link the QR code of table @p tableNumber points to.
    static QUrl tableUrl(const QUrl &baseUrl, int tableNumber);
    /// <base-url>/t/<n>?k=<token>: the signed link (tableUrl() when @p token is empty).
    static QUrl signedTableUrl(const QUrl &baseUrl, int tableNumber, const QByteArray &token);

    /// The tables' link tokens (Store::tableLinkToken): their cards carry signed links. A table
    /// without a token gets the unsigned short link.
    void setTableTokens(QHash<int, QByteArray> tokens) { m_tokens = std::move(tokens); }

    /// Writes one card per table to @p pdfPath (overwriting it). Needs a QGuiApplication.
    /// Returns false with a one-line reason in @p error when the file cannot be written.
    bool write(const QString &pdfPath, const QList<int> &tableNumbers,
               QString *error = nullptr) const;

    /// Pages a PDF for @p cardCount cards has.
    static int pageCount(int cardCount) { return (cardCount + CardsPerPage - 1) / CardsPerPage; }

private:
    QUrl m_baseUrl;
    QHash<int, QByteArray> m_tokens;
};

} // namespace tableside::server
