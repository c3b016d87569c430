#include "core/rules/slip_owner.h"

namespace fn {

void SlipOwner::typed(Id chosen) {
    if (!typed_for_) typed_for_ = chosen;  // the first key decides; later keys add to the same slip
}

void SlipOwner::cleared() {
    typed_for_.reset();
    asked_for_.reset();
}

SlipOwner::OnEnter SlipOwner::enter(Id chosen) {
    if (!carried_to(chosen)) return OnEnter::Save;
    if (asked_for_ == chosen) {
        typed_for_ = chosen;  // confirmed: the answers are this family's now
        asked_for_.reset();
        return OnEnter::Save;
    }
    asked_for_ = chosen;
    return OnEnter::AskFirst;
}

}  // namespace fn
