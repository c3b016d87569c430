#pragma once
// The door's two forms (forms/walkin_dialog.xrc): register a walk-in family
// and hand children to childcare. Each saves through the door's desk
// (ops/door_desk.h): the database, or this station's file and outbox.
#include <functional>
#include <vector>

#include "app/form_dialog.h"
#include "core/childcare_dropoff.h"
#include "ops/door_desk.h"

namespace fn::app {

// A new family in a few fields: guardian, optional student, language, how
// many adults and children are here. Saving registers and checks it in;
// when the directory probably has the family already (same name once
// accents are set aside, same phone), it is offered first.
class WalkInDialog : public FormDialog {
public:
    WalkInDialog(wxWindow* parent, ops::DoorDesk& desk);
    const ops::WalkIn& saved() const { return saved_; }
    // True when the volunteer took a family already in the directory.
    bool took_existing() const { return took_existing_; }
    // Asked with the likely matches: the index of the family to check in,
    // kNewFamily to register a new one, kKeepEditing to go back to the form.
    static constexpr int kNewFamily = -1, kKeepEditing = -2;
    std::function<int(const std::vector<Household>&)> choose_existing;
    void set_count(const char* name, int value);  // "adults" or "children"
    bool choose_language(const wxString& code);

private:
    void do_save() override;
    ops::DoorDesk& desk_;
    ops::WalkIn saved_;
    bool took_existing_ = false;
    // One per form: pressing OK twice registers the family once.
    std::string operation_id_;
};

// Children leave childcare with the code on the guardian's stub; the form
// lists who is in care (families, how many, since when), never their codes.
class PickupDialog : public FormDialog {
public:
    PickupDialog(wxWindow* parent, ops::DoorDesk& desk);
    const ChildcareDropOff& saved() const { return saved_; }
    std::size_t families_in_care() const { return in_care_; }

private:
    void do_save() override;
    ops::DoorDesk& desk_;
    std::size_t in_care_ = 0;
    ChildcareDropOff saved_;
};

// Children of a checked-in family go to childcare; the guardian gets the code.
class ChildcareDialog : public FormDialog {
public:
    ChildcareDialog(wxWindow* parent, ops::DoorDesk& desk, const Household& family, int children);
    const ChildcareDropOff& saved() const { return saved_; }
    void set_children(int value);

private:
    void do_save() override;
    ops::DoorDesk& desk_;
    Id household_id_;
    ChildcareDropOff saved_;
};

}  // namespace fn::app
