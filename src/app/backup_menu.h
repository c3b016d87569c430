#pragma once
// File > Back up now / Restore from a backup: the same operations as
// "familynight-cli db backup|restore" (store/sqlite_backup.h). A restore asks
// first, says where the replaced contents were kept, and the open views
// refresh through the database's commit listener.
#include <string>

class wxFrame;
class wxMenu;

namespace fn::store {
class Database;
}

namespace fn::app {

class BackupMenu {
public:
    BackupMenu(wxFrame* frame, store::Database& db);
    // Adds the two items to `file` at `position` and binds them.
    void add_to(wxMenu* file, std::size_t position);
    // What the items do once a file was chosen (tests call these with one);
    // each returns the message shown.
    std::string back_up_now();
    std::string restore_from(const std::string& backup);

    // Asked before a restore replaces everything (tests answer).
    bool (*confirm)(wxFrame* frame, const std::string& question) = nullptr;

private:
    void choose_and_restore();
    wxFrame* frame_;
    store::Database& db_;
};

}  // namespace fn::app
