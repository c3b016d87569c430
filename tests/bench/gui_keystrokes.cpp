// Search-as-you-type in the desktop app, keystroke by keystroke, on a
// district-size database: the time from a changed search text to the list
// showing its results (handler and list refresh), for the door and the
// families directory. Run under a display: xvfb-run build/tests/fn_gui_bench DB
#include <wx/app.h>
#include <wx/frame.h>
#include <wx/textctrl.h>
#include <wx/uilocale.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "app/door_panel.h"
#include "app/families_panel.h"
#include "ops/household_ops.h"
#include "store/database.h"

namespace {

template <typename Panel>
void measure(const char* what, Panel* panel, const std::vector<std::string>& names) {
    std::vector<double> ms;
    for (const auto& name : names) {
        std::string typed;
        for (char c : name) {
            typed.push_back(c);
            if ((static_cast<unsigned char>(c) & 0xC0) == 0x80) continue;  // finish UTF-8 sequences first
            auto t0 = std::chrono::steady_clock::now();
            panel->search_box()->SetValue(wxString::FromUTF8(typed));
            wxTheApp->Yield();  // let the list repaint
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        }
        panel->search_box()->SetValue("");
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-18s %zu keystrokes: p50 %.2f ms, p99 %.2f ms, max %.2f ms (target: one frame, 16 ms)\n", what,
                ms.size(), ms[ms.size() / 2], ms[ms.size() * 99 / 100], ms.back());
}

class BenchApp : public wxApp {
public:
    bool OnInit() override {
        wxUILocale::UseDefault();
        if (argc < 2) {
            std::fprintf(stderr, "usage: fn_gui_bench DATABASE\n");
            return false;
        }
        auto db = fn::store::Database::open(argv[1].utf8_string());
        std::vector<std::string> names;
        auto some = fn::ops::list_households(db, 60, 0);
        for (std::size_t i = 0; i < some.size(); i += 3)
            if (!some[i].guardians.empty()) names.push_back(some[i].guardians[0].name);
        auto* frame = new wxFrame(nullptr, wxID_ANY, "bench", wxDefaultPosition, wxSize(1280, 800));
        auto* door = new fn::app::DoorPanel(frame, db, 5);
        frame->Show();
        Yield();
        measure("door search", door, names);
        door->Destroy();
        auto* families = new fn::app::FamiliesPanel(frame, db);
        families->ensure_loaded();
        frame->Layout();
        Yield();
        measure("families search", families, names);
        std::ifstream status("/proc/self/status");
        for (std::string line; std::getline(status, line);)
            if (line.rfind("VmRSS:", 0) == 0) std::printf("memory with the directory loaded:%s\n", line.substr(6).c_str());
        frame->Destroy();
        return false;  // done: do not enter the main loop
    }
};

}  // namespace

wxIMPLEMENT_APP(BenchApp);
