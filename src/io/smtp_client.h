#pragma once
// Sending mail through the school's own mail server (SMTP, with libcurl):
// plain, STARTTLS or TLS from the first byte, with a login when the server
// asks for one. One connection is kept for a whole run of messages.
#include <memory>
#include <string>

#include "core/errors.h"

namespace fn::io {

struct SmtpServer {
    std::string host;
    int port = 0;                  // 0: 587 for STARTTLS, 465 for TLS, 25 without
    std::string tls = "starttls";  // "none", "starttls" or "tls"
    std::string user;              // "" sends without logging in
    std::string password;          // never stored: asked for, or from the keyring
    int timeout_seconds = 30;
};

// How the server took one message.
struct SmtpAnswer {
    bool sent = false;
    std::string detail;  // when not sent: the server's answer ("550 5.1.1 no such user")
};

// The server could not be reached, refused the login or the secure
// connection: nothing more can be sent in this run.
class SmtpUnavailableError : public Error {
public:
    using Error::Error;
};

class SmtpClient {
public:
    explicit SmtpClient(SmtpServer server);
    ~SmtpClient();
    SmtpClient(const SmtpClient&) = delete;
    SmtpClient& operator=(const SmtpClient&) = delete;

    // Sends `message_text` (io/mail_message.h) from `from` to `to`. An
    // address the server refuses comes back not sent, with its answer;
    // throws SmtpUnavailableError when the server itself fails.
    SmtpAnswer send(const std::string& from, const std::string& to, const std::string& message_text);

private:
    struct Handle;
    SmtpServer server_;
    std::unique_ptr<Handle> handle_;
};

// The server as a URL ("smtp://mail.school.org:587"), for saying where.
std::string smtp_url(const SmtpServer& server);

}  // namespace fn::io
