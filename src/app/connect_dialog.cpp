#include "app/connect_dialog.h"

#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "core/errors.h"
#include "store/connection_string.h"

namespace fn::app {

ConnectDialog::ConnectDialog(wxWindow* parent, std::function<void(const std::string&)> connect)
    : FormDialog(parent, "ConnectDialog"), connect_(std::move(connect)) {
    XRCCTRL(*this, "server", wxTextCtrl)->SetFocus();
    Fit();
}

void ConnectDialog::do_save() {
    const std::string server = field("server"), database = field("database"), port_text = field("port");
    if (server.empty()) throw ValidationError(tr("Server"), tr("give the server's name or address"));
    if (database.empty()) throw ValidationError(tr("Database"), tr("give the database's name"));
    int port = 0;
    if (!port_text.empty()) {
        std::size_t used = 0;
        try {
            port = std::stoi(port_text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != port_text.size() || port < 1 || port > 65535)
            throw ValidationError(tr("Port"), tr("{0} is not a port number (1 to 65535)", {quoted(port_text)}));
    }
    std::string connection = store::postgresql_connection(server, port, database, field("user"));
    // Not trimmed: spaces may belong to a password.
    std::string password = XRCCTRL(*this, "password", wxTextCtrl)->GetValue().utf8_string();
    connect_(password.empty() ? connection : store::with_password(connection, password));
}

}  // namespace fn::app
