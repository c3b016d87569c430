#pragma once
// The few GTK 3 calls the app needs beyond wx, found in the libgtk-3 that
// wx has loaded into the process (Debian's wx development package brings
// no GTK headers). Each is GTK 3's stable API; a missing one is nullptr and
// its feature quietly does nothing.
namespace fn::app::gtk {

using Widget = void;  // GtkWidget, as wxWindow::GetHandle() gives it

// gtk_widget_get_toplevel, gtk_window_get_focus, gtk_widget_is_ancestor
Widget* toplevel(Widget* widget);
Widget* focus_of_window(Widget* window);
bool is_ancestor(Widget* widget, Widget* ancestor);
// gtk_label_set_mnemonic_widget / get: a label tied to the field it names
// (its access key focuses the field; AT-SPI reads the label as the field's
// name). False when GTK's call is not there or `label` is no GtkLabel.
bool tie_label(Widget* label, Widget* field);
Widget* field_of_label(Widget* label);
// The name a screen reader says for `widget` (its ATK object's name), for a
// field no label names, such as a search box with only a hint.
void name_for_screen_readers(Widget* widget, const char* utf8_name);
const char* name_for_screen_readers(Widget* widget);

}  // namespace fn::app::gtk
