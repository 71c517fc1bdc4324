#include "errorcatalogue.h"

#include <iterator>

namespace tableside::server {

namespace {

struct Entry
{
    const char *name;
    int status;
};

// In the order of ErrorCatalogue::Code, one a line.
// clang-format off
constexpr Entry Entries[] = {
    {"invalid_request", 400},
    {"invalid_json", 400},
    {"invalid_socket_id", 400},
    {"invalid_channel", 400},
    {"bad_request", 400},
    {"unauthorized", 401},
    {"invalid_pin", 401},
    {"forbidden", 403},
    {"channel_not_authorizable", 403},
    {"unknown_socket", 403},
    {"tls_required", 403},
    {"table_link_required", 403},
    {"table_link_invalid", 403},
    {"not_found", 404},
    {"unknown_app", 404},
    {"method_not_allowed", 405},
    {"request_timeout", 408},
    {"gone", 410},
    {"payload_too_large", 413},
    {"unsupported_media_type", 415},
    {"invalid_transition", 409},
    {"already_acknowledged", 409},
    {"already_completed", 409},
    {"unknown_table", 422},
    {"table_inactive", 422},
    {"unknown_product", 422},
    {"product_unavailable", 422},
    {"idempotency_key_reused", 422},
    {"invalid_image", 422},
    {"last_manager", 409},
    {"duplicate_table", 409},
    {"table_in_use", 409},
    {"service_paused", 423},
    {"tab_empty", 409},
    {"already_paid", 409},
    {"split_conflict", 409},
    {"split_in_progress", 409},
    {"already_voided", 409},
    {"payment_invalid", 422},
    {"upgrade_required", 426},
    {"rate_limited", 429},
    {"too_many_attempts", 429},
    {"headers_too_large", 431},
    {"storage_unavailable", 503},
    {"too_many_connections", 503},
};
// clang-format on
static_assert(std::size(Entries) == int(ErrorCatalogue::Code::TooManyConnections) + 1,
              "one entry per ErrorCatalogue::Code");

} // namespace

QString ErrorCatalogue::name(Code code)
{
    return QString::fromLatin1(Entries[int(code)].name);
}

int ErrorCatalogue::status(Code code)
{
    return Entries[int(code)].status;
}

} // namespace tableside::server
