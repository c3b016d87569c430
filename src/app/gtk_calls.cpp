#include "app/gtk_calls.h"

#include <dlfcn.h>

namespace fn::app::gtk {
namespace {

template <typename Function>
Function found(const char* name) {
    return reinterpret_cast<Function>(dlsym(RTLD_DEFAULT, name));
}

using Unary = Widget* (*)(Widget*);
using Binary = int (*)(Widget*, Widget*);
using SetLabel = void (*)(Widget*, Widget*);
using TypeOf = unsigned long (*)();
using IsA = int (*)(void*, unsigned long);

struct Calls {
    Unary toplevel = found<Unary>("gtk_widget_get_toplevel");
    Unary window_focus = found<Unary>("gtk_window_get_focus");
    Binary is_ancestor = found<Binary>("gtk_widget_is_ancestor");
    SetLabel set_mnemonic = found<SetLabel>("gtk_label_set_mnemonic_widget");
    Unary get_mnemonic = found<Unary>("gtk_label_get_mnemonic_widget");
    TypeOf label_type = found<TypeOf>("gtk_label_get_type");
    IsA is_a = found<IsA>("g_type_check_instance_is_a");
    Unary accessible = found<Unary>("gtk_widget_get_accessible");
    void (*set_atk_name)(void*, const char*) = found<void (*)(void*, const char*)>("atk_object_set_name");
    const char* (*get_atk_name)(void*) = found<const char* (*)(void*)>("atk_object_get_name");
};
const Calls& calls() {
    static const Calls c;
    return c;
}

bool is_label(Widget* widget) {
    return widget && calls().label_type && calls().is_a && calls().is_a(widget, calls().label_type());
}

}  // namespace

Widget* toplevel(Widget* widget) { return widget && calls().toplevel ? calls().toplevel(widget) : nullptr; }
Widget* focus_of_window(Widget* window) {
    return window && calls().window_focus ? calls().window_focus(window) : nullptr;
}
bool is_ancestor(Widget* widget, Widget* ancestor) {
    return widget && ancestor && calls().is_ancestor && calls().is_ancestor(widget, ancestor);
}
bool tie_label(Widget* label, Widget* field) {
    if (!field || !calls().set_mnemonic || !is_label(label)) return false;
    calls().set_mnemonic(label, field);
    return true;
}
Widget* field_of_label(Widget* label) {
    return is_label(label) && calls().get_mnemonic ? calls().get_mnemonic(label) : nullptr;
}

void name_for_screen_readers(Widget* widget, const char* utf8_name) {
    if (!widget || !calls().accessible || !calls().set_atk_name) return;
    if (void* atk = calls().accessible(widget)) calls().set_atk_name(atk, utf8_name);
}

const char* name_for_screen_readers(Widget* widget) {
    if (!widget || !calls().accessible || !calls().get_atk_name) return nullptr;
    void* atk = calls().accessible(widget);
    return atk ? calls().get_atk_name(atk) : nullptr;
}

}  // namespace fn::app::gtk
