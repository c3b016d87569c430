#pragma once
// Turns a roster CSV into checked rows: one student each, with the guardians
// and address written on that row. No database here.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/errors.h"
#include "core/household.h"
#include "io/roster_columns.h"

namespace fn::io {

struct RosterRow {
    int line = 0;
    Student student;
    std::vector<Guardian> guardians;
    std::string address;
    std::string language;             // code; empty when the roster has none, or one FamilyNight cannot read:
    std::string language_as_written;  // then the value as written ("Other"), for a person to confirm
};

// A student the roster lists as not enrolled (transferred out, graduated):
// not imported.
struct NotEnrolled {
    int line = 0;
    std::string student;  // "Diego Pérez"
    std::string status;   // as the file writes it ("2"); empty when an exit date has passed
    std::string left_on;  // that exit date (YYYY-MM-DD)
};

struct RosterFile {
    std::vector<RosterRow> rows;
    std::vector<std::string> unused_headers;
    std::string preset;  // the SIS whose export this is, if recognised (io/roster_columns.h)
    std::vector<NotEnrolled> not_enrolled;
    std::vector<std::string> guessed_columns;  // io/roster_columns.h ColumnPlan::guessed
};

// A roster's language cells read into its rows: the code for the row and
// its guardians, or the value kept as written to confirm ("Other",
// "Unknown": never a reason to refuse the file). A roster repeats a few
// spellings thousands of times: each is looked up once.
class LanguageCells {
public:
    explicit LanguageCells(bool calpads_numbers = false) : calpads_numbers_(calpads_numbers) {}
    void read_into(const std::string& value, RosterRow& row);

private:
    bool calpads_numbers_;
    std::unordered_map<std::string, std::optional<std::string>> code_of_;
};

struct RowProblem {
    int line = 0;
    int column = 0;  // 1-based; 0 when the whole row is at fault
    std::string column_name;
    Text reason;  // translated where it is shown
};

// Every problem found (up to a limit), so one round of fixes suffices.
class RosterError : public Error {
public:
    RosterError(std::string file, std::vector<RowProblem> problems);
    const std::vector<RowProblem>& problems() const { return problems_; }

private:
    std::vector<RowProblem> problems_;
};

// A CSV file, or a OneRoster export (a folder or a .zip; io/oneroster_reader.h).
// `preset` forces an SIS export's reading (io/roster_columns.h plan_columns).
RosterFile read_roster(const std::string& path, const ColumnMapping& mapping, const std::string& preset = "");
// `today` (YYYY-MM-DD; empty: the computer's date) decides whether an exit
// date has passed.
RosterFile parse_roster(const std::string& csv_text, const std::string& file, const ColumnMapping& mapping,
                        const std::string& today = "", const std::string& preset = "");

}  // namespace fn::io
