#pragma once

#include "httperror.h"

#include <QHttpServerResponse>

namespace tableside::server {

/// An HttpError as a QHttpServerResponse, for the routes that return one (guest pages, Pusher
/// auth and HTTP API): the catalogue's status, the compact JSON body, the error's headers.
class ErrorResponse
{
public:
    static QHttpServerResponse from(const HttpError &error);
};

} // namespace tableside::server
