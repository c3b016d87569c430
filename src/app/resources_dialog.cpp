#include "app/resources_dialog.h"
#include "app/tones.h"
#include "app/form_loading.h"
#include "app/wx_text.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/translations.h"
#include "core/errors.h"
#include "ops/resource_ops.h"
#include "core/text_list.h"

namespace fn::app {
namespace {

wxString category_name(ResourceCategory c) {
    switch (c) {
        case ResourceCategory::Food:
            return _("Food");
        case ResourceCategory::Housing:
            return _("Housing");
        case ResourceCategory::Health:
            return _("Health");
        case ResourceCategory::AdultEducation:
            return _("Adult education");
        case ResourceCategory::LegalAid:
            return _("Legal aid");
        case ResourceCategory::LanguageClasses:
            return _("English and language classes");
        case ResourceCategory::Other:
            return _("Other help");
    }
    return {};
}

const ResourceCost kCosts[] = {ResourceCost::Free, ResourceCost::LowCost, ResourceCost::SlidingScale,
                               ResourceCost::Fee};

wxString cost_name(ResourceCost c) {
    switch (c) {
        case ResourceCost::Free:
            return _("Free");
        case ResourceCost::LowCost:
            return _("Low cost");
        case ResourceCost::SlidingScale:
            return _("Sliding scale");
        case ResourceCost::Fee:
            return _("Fee");
    }
    return {};
}

}  // namespace

ResourcesDialog::ResourcesDialog(wxWindow* parent, store::Database& db) : db_(db) {
    load_dialog(this, parent, "ResourcesDialog");  // forms/resources_dialog.xrc
    list_ = XRCCTRL(*this, "resources", wxListCtrl);
    category_ = XRCCTRL(*this, "category", wxChoice);
    cost_ = XRCCTRL(*this, "cost", wxChoice);
    message_ = XRCCTRL(*this, "message", wxStaticText);
    for (auto c : resource_categories()) category_->Append(category_name(c));
    category_->SetSelection(0);
    for (auto c : kCosts) cost_->Append(cost_name(c));
    cost_->SetSelection(0);
    list_->AppendColumn(_("Category"), wxLIST_FORMAT_LEFT, FromDIP(150));
    list_->AppendColumn(_("Name"), wxLIST_FORMAT_LEFT, FromDIP(220));
    list_->AppendColumn(_("Hours"), wxLIST_FORMAT_LEFT, FromDIP(130));
    list_->AppendColumn(_("Phone"), wxLIST_FORMAT_LEFT, FromDIP(110));
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { show_resource(e.GetIndex()); });
    XRCCTRL(*this, "add", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add(); });
    XRCCTRL(*this, "save", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_changes(); });
    XRCCTRL(*this, "remove", wxButton)->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { remove(); });
    show_list();
    say(_("Where families can be pointed to. Choose one to change it, or fill in the fields and add it as new. "
          "Print > Community resources handout prints it for families in their languages."),
        false);
    Fit();
    SetMinSize(GetSize());
    field("name")->SetFocus();
}

wxTextCtrl* ResourcesDialog::field(const char* name) const { return XRCCTRL(*this, name, wxTextCtrl); }
wxString ResourcesDialog::message_text() const { return message_->GetLabel(); }

void ResourcesDialog::show_list(Id select) {
    list_->DeleteAllItems();
    resources_ = ops::list_resources(db_);
    for (const auto& r : resources_) {
        long row = list_->InsertItem(list_->GetItemCount(), category_name(r.category));
        list_->SetItem(row, 1, u(r.name));
        list_->SetItem(row, 2, u(r.hours));
        list_->SetItem(row, 3, u(r.phone));
        if (r.id == select) list_->SetItemState(row, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    }
}

void ResourcesDialog::show_resource(long row) {
    if (row < 0 || row >= static_cast<long>(resources_.size())) return;
    const auto& r = resources_[static_cast<std::size_t>(row)];
    const auto& categories = resource_categories();
    category_->SetSelection(
        static_cast<int>(std::find(categories.begin(), categories.end(), r.category) - categories.begin()));
    for (std::size_t i = 0; i < std::size(kCosts); ++i)
        if (kCosts[i] == r.cost) cost_->SetSelection(static_cast<int>(i));
    field("name")->ChangeValue(u(r.name));
    field("address")->ChangeValue(u(r.address));
    field("hours")->ChangeValue(u(r.hours));
    field("phone")->ChangeValue(u(r.phone));
    field("languages")->ChangeValue(u(join_words(r.languages)));
    field("notes")->ChangeValue(u(r.notes));
}

CommunityResource ResourcesDialog::typed() const {
    CommunityResource r;
    r.category = resource_categories().at(static_cast<std::size_t>(std::max(0, category_->GetSelection())));
    r.cost = kCosts[std::max(0, cost_->GetSelection())];
    r.name = field("name")->GetValue().utf8_string();
    r.address = field("address")->GetValue().utf8_string();
    r.hours = field("hours")->GetValue().utf8_string();
    r.phone = field("phone")->GetValue().utf8_string();
    r.languages = split_words(field("languages")->GetValue().utf8_string());
    r.notes = field("notes")->GetValue().utf8_string();
    return r;
}

bool ResourcesDialog::add() {
    try {
        Id id = ops::add_resource(db_, typed());
        show_list(id);
        say(wxString::Format(_("Added %s to the directory."), field("name")->GetValue()), false);
        return true;
    } catch (const Error& e) {
        say(translated(e), true);  // the fields stay as typed
        return false;
    }
}

bool ResourcesDialog::save_changes() {
    long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0) {
        say(_("Choose the resource to change in the list first, or add this one as new."), true);
        return false;
    }
    auto r = typed();
    r.id = resources_[static_cast<std::size_t>(row)].id;
    try {
        ops::update_resource(db_, r);
        show_list(r.id);
        say(wxString::Format(_("Saved the changes to %s."), field("name")->GetValue()), false);
        return true;
    } catch (const Error& e) {
        say(translated(e), true);
        return false;
    }
}

bool ResourcesDialog::remove() {
    long row = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (row < 0) {
        say(_("Choose the resource to remove in the list first."), true);
        return false;
    }
    const auto r = resources_[static_cast<std::size_t>(row)];
    try {
        ops::remove_resource(db_, r.id);
        show_list();
        say(wxString::Format(_("Removed %s from the directory."), u(r.name)), false);
        return true;
    } catch (const Error& e) {
        say(translated(e), true);
        return false;
    }
}

void ResourcesDialog::say(const wxString& text, bool problem) {
    if (problem)
        show_tone(message_, Tone::Problem);
    else
        message_->SetForegroundColour(GetForegroundColour());
    message_->SetLabel(text);
    message_->Wrap(std::max(300, list_->GetSize().x));
    Layout();
}

}  // namespace fn::app
