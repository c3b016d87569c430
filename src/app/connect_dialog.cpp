#include "app/connect_dialog.h"

#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "store/connection_string.h"

namespace fn::app {

ConnectDialog::ConnectDialog(wxWindow* parent, std::function<void(const std::string&)> connect)
    : FormDialog(parent, "ConnectDialog"), connect_(std::move(connect)) {
    XRCCTRL(*this, "server", wxTextCtrl)->SetFocus();
    Fit();
}

void ConnectDialog::do_save() {
    std::string connection =
        store::postgresql_connection(field("server"), field("port"), field("database"), field("user"));
    // Not trimmed: spaces may belong to a password.
    std::string password = XRCCTRL(*this, "password", wxTextCtrl)->GetValue().utf8_string();
    connect_(password.empty() ? connection : store::with_password(connection, password));
}

}  // namespace fn::app
