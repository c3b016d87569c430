// GUI tests: real wx windows under Xvfb (ctest runs this binary through
// xvfb-run). A minimal wxApp is started once for all tests.
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/uilocale.h>
#include <wx/xrc/xmlres.h>

void InitXmlResource();

namespace {
class TestApp : public wxApp {
public:
    bool OnInit() override {
        wxUILocale::UseDefault();
        wxXmlResource::Get()->InitAllHandlers();
        InitXmlResource();
        return true;
    }
    // A wx assertion fails the test instead of opening a modal dialog that
    // would wait for a click that never comes under Xvfb.
    void OnAssertFailure(const wxChar* file, int line, const wxChar* func, const wxChar* cond,
                         const wxChar* msg) override {
        ADD_FAILURE() << "wx assertion failed at " << wxString(file) << ":" << line << " in " << wxString(func) << ": "
                      << wxString(cond) << " " << wxString(msg);
    }
};
}  // namespace

wxIMPLEMENT_APP_NO_MAIN(TestApp);

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    wxApp::SetInstance(new TestApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) return 2;  // no display
    int rc = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return rc;
}
