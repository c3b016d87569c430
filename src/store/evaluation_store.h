#pragma once
// Rows of typed evaluation forms and barrier slips (core/evaluation.h).
// Callers own the transaction.
#include <vector>

#include "core/evaluation.h"

namespace soci {
class session;
}

namespace fn::store {

Id insert_evaluation(soci::session& sql, const Evaluation& e);
// An event's forms and slips in the order they were typed.
std::vector<Evaluation> evaluations_of(soci::session& sql, Id event_id);
// Every form and slip of the events from `first_date` to `last_date`
// (YYYY-MM-DD, both included), by event date then typing order.
std::vector<Evaluation> evaluations_between(soci::session& sql, const std::string& first_date,
                                            const std::string& last_date);
// False when there is no such row.
bool delete_evaluation(soci::session& sql, Id id);

}  // namespace fn::store
