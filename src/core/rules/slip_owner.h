#pragma once
// Whose answers a paper RSVP slip's form holds. A coordinator types slips
// from a pile: answers typed for one family (or before any family was
// found) must never be saved into another family's RSVP by an Enter meant
// for the next slip. Answers carried to another family are saved for it
// only when the coordinator confirms (a second Enter on that family).
#include <optional>

#include "core/ids.h"

namespace fn {

class SlipOwner {
public:
    static constexpr Id kNoFamily = 0;  // nothing chosen yet

    // A key on the slip's answers while `chosen` is the family shown.
    void typed(Id chosen);
    // A new slip, or a family's stored answers shown: nobody's typing.
    void cleared();

    enum class OnEnter { Save, AskFirst };
    // Enter with `chosen` shown: Save when the answers are this family's (or
    // none were typed), or when the coordinator was asked about them for
    // this family and pressed Enter again; else AskFirst, which says so.
    OnEnter enter(Id chosen);

    // The family the answers on the slip were typed for (kNoFamily: before
    // one was chosen); nothing when no answer was typed.
    std::optional<Id> typed_for() const { return typed_for_; }
    // Answers typed for someone else are on the slip while `chosen` is shown.
    bool carried_to(Id chosen) const { return typed_for_ && *typed_for_ != chosen; }

private:
    std::optional<Id> typed_for_;
    std::optional<Id> asked_for_;  // the family the coordinator was asked about
};

}  // namespace fn
