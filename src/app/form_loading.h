#pragma once
// Every form and panel of the app is loaded from forms/*.xrc through here,
// so each is made usable by keyboard and screen reader the same way: each
// label tied to the field it names (its access key focuses the field, and
// AT-SPI, which Orca reads, names the field by it), a field with only a
// hint named by the hint, its drop-downs searchable by typing
// (app/choice_search.h), and its error line in a red that reads on the
// theme in use.
class wxDialog;
class wxPanel;
class wxWindow;

namespace fn::app {

void load_dialog(wxDialog* dialog, wxWindow* parent, const char* xrc_name);
void load_panel(wxPanel* panel, wxWindow* parent, const char* xrc_name);
// The same for a form or part of one laid out in code (and again after a
// part is rebuilt): walks the sizers, a label and the field after it.
void tie_labels(wxWindow* form);

}  // namespace fn::app
