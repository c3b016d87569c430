#pragma once
// Type-ahead for a drop-down (a wxChoice, a GtkComboBox that GTK lets a
// person search only by scrolling): letters typed while it has the focus
// choose the first item with a word that starts with them, accents and case
// ignored ("lop" chooses "Ms. López"); a pause of a second starts over.
// Every XRC form's drop-downs get it (app/form_loading.h).
class wxChoice;
class wxString;
class wxArrayString;

namespace fn::app {

void make_searchable(wxChoice* choice);

// The item `typed` chooses among `items` (-1 for none): the first whose
// name, or a word of it, starts with it once both are folded.
int item_for_typed(const wxArrayString& items, const wxString& typed);

}  // namespace fn::app
