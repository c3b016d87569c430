// GUI tests: real wx windows under Xvfb (ctest runs this binary through
// xvfb-run). A minimal wxApp is started once for all tests.
#include <glib.h>
#include <gtest/gtest-spi.h>
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

namespace {
// A GTK critical or warning is a window drawn wrong (a spin button's "+"
// cut, a size GTK refused): the test that caused it fails, naming it.
void fail_on_gtk_complaint(const gchar* domain, GLogLevelFlags level, const gchar* message, gpointer) {
    ADD_FAILURE() << (domain ? domain : "GLib") << ((level & G_LOG_LEVEL_CRITICAL) ? " critical: " : " warning: ")
                  << message;
}
}  // namespace

// The check itself: a critical from GTK fails the test that caused it.
TEST(GtkComplaints, ACriticalFromGtkFailsTheTest) {
    EXPECT_NONFATAL_FAILURE(g_log("Gtk", G_LOG_LEVEL_CRITICAL, "gtk_spin_button_set_size: assertion failed"),
                            "Gtk critical: gtk_spin_button_set_size");
}

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    wxApp::SetInstance(new TestApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) return 2;  // no display
    for (const char* domain : {"Gtk", "Gdk", "GLib-GObject"})
        g_log_set_handler(domain, static_cast<GLogLevelFlags>(G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING),
                          fail_on_gtk_complaint, nullptr);
    int rc = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return rc;
}
