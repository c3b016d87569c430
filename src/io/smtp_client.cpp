#include "io/smtp_client.h"

#include <curl/curl.h>

#include <cstring>

namespace fn::io {

struct SmtpClient::Handle {
    CURL* curl = nullptr;
    char error[CURL_ERROR_SIZE] = {};
    std::string last_reply;  // the server's last refusal, as it said it
    ~Handle() {
        if (curl) curl_easy_cleanup(curl);
    }
};

namespace {

struct Reading {
    const std::string* text;
    std::size_t at = 0;
};

std::size_t read_message(char* buffer, std::size_t size, std::size_t count, void* user) {
    auto* reading = static_cast<Reading*>(user);
    const std::size_t n = std::min(size * count, reading->text->size() - reading->at);
    std::memcpy(buffer, reading->text->data() + reading->at, n);
    reading->at += n;
    return n;
}

// Keeps the server's refusals (what libcurl calls incoming headers on SMTP),
// so a refusal is said in the server's own words.
int keep_reply(CURL*, curl_infotype type, char* data, std::size_t size, void* user) {
    if (type != CURLINFO_HEADER_IN) return 0;
    std::string line(data, size);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    // Only a refusal (4xx, 5xx): the "221 Bye" that follows says nothing.
    if (!line.empty() && (line[0] == '4' || line[0] == '5')) static_cast<std::string*>(user)->assign(line);
    return 0;
}

int default_port(const SmtpServer& s) { return s.tls == "tls" ? 465 : s.tls == "starttls" ? 587 : 25; }

// Errors of the connection or the login, not of one message.
bool server_failed(CURLcode code) {
    switch (code) {
        case CURLE_COULDNT_RESOLVE_HOST:
        case CURLE_COULDNT_CONNECT:
        case CURLE_OPERATION_TIMEDOUT:
        case CURLE_LOGIN_DENIED:
        case CURLE_USE_SSL_FAILED:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_AUTH_ERROR:
        case CURLE_GOT_NOTHING:
        case CURLE_RECV_ERROR:
        case CURLE_WEIRD_SERVER_REPLY:
            return true;
        default:
            return false;
    }
}

}  // namespace

std::string smtp_url(const SmtpServer& s) {
    return std::string(s.tls == "tls" ? "smtps://" : "smtp://") + s.host + ":" +
           std::to_string(s.port ? s.port : default_port(s));
}

SmtpClient::SmtpClient(SmtpServer server) : server_(std::move(server)), handle_(std::make_unique<Handle>()) {
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!initialised || !(handle_->curl = curl_easy_init())) throw SmtpUnavailableError("libcurl could not start");
}

SmtpClient::~SmtpClient() = default;

SmtpAnswer SmtpClient::send(const std::string& from, const std::string& to, const std::string& message_text) {
    CURL* curl = handle_->curl;
    const std::string url = smtp_url(server_), mail_from = "<" + from + ">", rcpt = "<" + to + ">";
    curl_slist* recipients = curl_slist_append(nullptr, rcpt.c_str());
    Reading reading{&message_text};
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_USE_SSL, server_.tls == "none" ? CURLUSESSL_NONE : CURLUSESSL_ALL);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mail_from.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_message);
    curl_easy_setopt(curl, CURLOPT_READDATA, &reading);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, handle_->error);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(server_.timeout_seconds));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(server_.timeout_seconds) * 2);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, keep_reply);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &handle_->last_reply);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L);  // for the debug function only: nothing is printed
    if (!server_.user.empty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, server_.user.c_str());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, server_.password.c_str());
    }
    handle_->error[0] = '\0';
    handle_->last_reply.clear();
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    if (code == CURLE_OK) return {true, ""};
    long response = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response);
    const std::string said = handle_->error[0] ? handle_->error : curl_easy_strerror(code);
    // A refusal of this message or address (4xx for now, 5xx for good) is
    // the message's; anything else, or a refused login, is the server's.
    if (!server_failed(code) && response >= 400 && response != 530 && response != 535)
        return {false, handle_->last_reply.empty() ? std::to_string(response) + " " + said : handle_->last_reply};
    throw SmtpUnavailableError(url + ": " + said);
}

}  // namespace fn::io
