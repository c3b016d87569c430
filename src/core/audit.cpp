#include "core/audit.h"

#include <algorithm>

#include "core/enum_names.h"

namespace fn {
namespace {

constexpr EnumNames<AuditSubject, 4> kSubjects{{{AuditSubject::Household, "household"},
                                                {AuditSubject::Guardian, "guardian"},
                                                {AuditSubject::Student, "student"},
                                                {AuditSubject::Rsvp, "rsvp"}}};
constexpr EnumNames<AuditOperation, 8> kOperations{{{AuditOperation::AddFamily, "add-family"},
                                                    {AuditOperation::EditFamily, "edit-family"},
                                                    {AuditOperation::RosterImport, "roster-import"},
                                                    {AuditOperation::MarkLeft, "mark-left"},
                                                    {AuditOperation::Rollover, "rollover"},
                                                    {AuditOperation::WalkIn, "walk-in"},
                                                    {AuditOperation::RecordRsvp, "rsvp"},
                                                    {AuditOperation::CancelRsvp, "cancel-rsvp"}}};

void compare(std::vector<FieldChange>& out, AuditSubject subject, const std::string& label, const char* field,
             const std::string& before, const std::string& after) {
    if (before != after) out.push_back({subject, label, field, before, after});
}

std::string flag(bool b) { return b ? "yes" : "no"; }

std::string summary(const Guardian& g) {
    std::string s = g.name;
    for (const auto* part : {&g.phone, &g.email})
        if (!part->empty()) s += ", " + *part;
    return s;
}

std::string summary(const Student& s) {
    std::string out = s.first_name + " " + s.last_name;
    if (!s.student_number.empty()) out += " #" + s.student_number;
    if (!s.grade.empty()) out += ", " + s.grade;
    if (!s.homeroom.empty()) out += ", " + s.homeroom;
    return out;
}

std::string full_name(const Student& s) { return s.first_name + " " + s.last_name; }

void guardian_changes(std::vector<FieldChange>& out, const Guardian& a, const Guardian& b) {
    const auto& label = a.name;
    compare(out, AuditSubject::Guardian, label, "name", a.name, b.name);
    compare(out, AuditSubject::Guardian, label, "phone", a.phone, b.phone);
    compare(out, AuditSubject::Guardian, label, "email", a.email, b.email);
    compare(out, AuditSubject::Guardian, label, "preferred_contact", to_string(a.preferred_contact),
            to_string(b.preferred_contact));
    compare(out, AuditSubject::Guardian, label, "language", a.language, b.language);
}

void student_changes(std::vector<FieldChange>& out, const Student& a, const Student& b) {
    const auto label = full_name(a);
    compare(out, AuditSubject::Student, label, "student_number", a.student_number, b.student_number);
    compare(out, AuditSubject::Student, label, "first_name", a.first_name, b.first_name);
    compare(out, AuditSubject::Student, label, "last_name", a.last_name, b.last_name);
    compare(out, AuditSubject::Student, label, "grade", a.grade, b.grade);
    compare(out, AuditSubject::Student, label, "homeroom", a.homeroom, b.homeroom);
    compare(out, AuditSubject::Student, label, "left_on", a.left_on, b.left_on);
}

bool same_student(const Student& a, const Student& b) {
    if (a.id && b.id) return a.id == b.id;
    if (!a.student_number.empty()) return a.student_number == b.student_number;
    return full_name(a) == full_name(b);
}

std::string ints(const std::vector<int>& v) {
    auto sorted = v;
    std::sort(sorted.begin(), sorted.end());
    std::string s;
    for (int x : sorted) s += (s.empty() ? "" : ", ") + std::to_string(x);
    return s;
}

std::string picks(const Rsvp& r) {
    std::vector<Id> ids;
    for (const auto& p : r.picks) ids.push_back(p.workshop_id);
    std::sort(ids.begin(), ids.end());
    std::string s;
    for (Id id : ids) s += (s.empty() ? "#" : ", #") + std::to_string(id);
    return s;
}

std::string meals(const Rsvp& r) {
    std::string s;
    for (const auto& m : r.meals) {
        s += (s.empty() ? "" : ", ") + std::to_string(m.count) + " " + to_string(m.need);
        if (!m.note.empty()) s += " (" + m.note + ")";
    }
    return s;
}

}  // namespace

std::string to_string(AuditSubject v) { return enum_to_string(kSubjects, v); }
AuditSubject parse_audit_subject(const std::string& s) { return enum_from_string(kSubjects, s, "audit subject"); }
std::string to_string(AuditOperation v) { return enum_to_string(kOperations, v); }
AuditOperation parse_audit_operation(const std::string& s) {
    return enum_from_string(kOperations, s, "audit operation");
}

namespace {
template <typename E, std::size_t N>
std::vector<std::string> names_of(const EnumNames<E, N>& table) {
    std::vector<std::string> names;
    for (const auto& [value, name] : table) names.emplace_back(name);
    return names;
}
}  // namespace

std::vector<std::string> audit_subject_names() { return names_of(kSubjects); }
std::vector<std::string> audit_operation_names() { return names_of(kOperations); }

std::vector<FieldChange> household_changes(const Household& a, const Household& b) {
    std::vector<FieldChange> out;
    const auto h = AuditSubject::Household;
    compare(out, h, "", "code", a.code, b.code);
    compare(out, h, "", "family_name", a.family_name_as_written, b.family_name_as_written);
    compare(out, h, "", "address", a.address, b.address);
    compare(out, h, "", "language", a.language, b.language);
    compare(out, h, "", "notes", a.notes, b.notes);
    compare(out, h, "", "walk_in", flag(a.walk_in), flag(b.walk_in));
    const std::size_t common = std::min(a.guardians.size(), b.guardians.size());
    for (std::size_t i = 0; i < common; ++i) guardian_changes(out, a.guardians[i], b.guardians[i]);
    for (std::size_t i = common; i < a.guardians.size(); ++i)
        out.push_back({AuditSubject::Guardian, a.guardians[i].name, "removed", summary(a.guardians[i]), ""});
    for (std::size_t i = common; i < b.guardians.size(); ++i)
        out.push_back({AuditSubject::Guardian, b.guardians[i].name, "added", "", summary(b.guardians[i])});
    std::vector<bool> matched(b.students.size(), false);
    for (const auto& s : a.students) {
        auto it =
            std::find_if(b.students.begin(), b.students.end(), [&](const Student& t) { return same_student(s, t); });
        if (it == b.students.end()) {
            out.push_back({AuditSubject::Student, full_name(s), "removed", summary(s), ""});
            continue;
        }
        matched[static_cast<std::size_t>(it - b.students.begin())] = true;
        student_changes(out, s, *it);
    }
    for (std::size_t i = 0; i < b.students.size(); ++i)
        if (!matched[i])
            out.push_back({AuditSubject::Student, full_name(b.students[i]), "added", "", summary(b.students[i])});
    return out;
}

std::vector<FieldChange> household_added(const Household& h) {
    std::string members;
    for (const auto& g : h.guardians) members += (members.empty() ? "" : "; ") + summary(g);
    for (const auto& s : h.students) members += (members.empty() ? "" : "; ") + summary(s);
    return {{AuditSubject::Household, "", "added", "",
             h.code + " " + h.family_name() + (members.empty() ? "" : ": " + members)}};
}

std::vector<FieldChange> rsvp_changes(const Rsvp* before, const Rsvp& after, const std::string& event_label) {
    Rsvp none;
    none.adults = 0;
    const Rsvp& a = before ? *before : none;
    std::vector<FieldChange> out;
    auto put = [&](const char* field, const std::string& x, const std::string& y) {
        if (!before || x != y) out.push_back({AuditSubject::Rsvp, event_label, field, before ? x : "", y});
    };
    put("status", to_string(a.status), to_string(after.status));
    put("adults", std::to_string(a.adults), std::to_string(after.adults));
    put("child_ages", ints(a.child_ages), ints(after.child_ages));
    put("childcare_ages", ints(a.childcare_ages), ints(after.childcare_ages));
    put("picks", picks(a), picks(after));
    put("meals", meals(a), meals(after));
    put("interpreter", a.interpreter_language, after.interpreter_language);
    put("source", to_string(a.source), to_string(after.source));
    if (!before)  // a new RSVP: its empty fields say nothing
        std::erase_if(out, [](const FieldChange& c) { return c.after.empty(); });
    return out;
}

}  // namespace fn
