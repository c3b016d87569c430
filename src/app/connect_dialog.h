#pragma once
// File > Connect to a shared database: server, port, database, user and an
// optional password (never saved). Connecting is the form's save: a refusal
// (no server, wrong password, not a FamilyNight database) shows in the form's
// red line and everything typed stays.
#include <functional>
#include <string>

#include "app/form_dialog.h"

namespace fn::app {

class ConnectDialog : public FormDialog {
public:
    // `connect` opens the connection string or throws fn::Error.
    ConnectDialog(wxWindow* parent, std::function<void(const std::string&)> connect);

private:
    void do_save() override;
    std::function<void(const std::string&)> connect_;
};

}  // namespace fn::app
