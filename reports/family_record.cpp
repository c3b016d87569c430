#include "reports/family_record.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "core/labels.h"
#include "core/languages.h"
#include "core/record_texts.h"
#include "reports/human_dates.h"
#include "reports/pdf_document.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 54;
constexpr double kSize = 9.5;
constexpr double kLine = 13;

// The order people read a family's data in; tables not named here follow.
int reading_order(const std::string& table) {
    static const std::vector<std::string> order{"households",         "guardians",  "students", "rsvps",
                                                "rsvp_meals",         "rsvp_picks", "checkins", "workshop_attendance",
                                                "childcare_dropoffs", "door_log",   "audit_log"};
    auto it = std::find(order.begin(), order.end(), table);
    return static_cast<int>(it - order.begin());
}

// Kept only to find the family quickly (search words, the door's copy of
// its names): in the JSON file, not worth a reader's page.
bool derived(const std::string& table, const std::string& column = "") {
    return table == "search_terms" || table == "expected_terms" || column == "door_guardians" ||
           column == "door_students";
}

bool is_date(const std::string& v) {
    return v.size() == 10 && v[4] == '-' && v[7] == '-' &&
           std::all_of(v.begin(), v.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
}

// A stored value as the family reads it, in the record's language: dates
// and times said in words, yes or no for a flag, a language by its name,
// an event or workshop by its title. Anything else as stored.
std::string readable(const FamilyRecord& r, const std::string& language, const std::string& column,
                     const std::string& value) {
    if (column == "event_id") {
        auto e = r.events.find(value);
        if (e == r.events.end()) return value;
        const std::string& stored = e->second;  // "2026-12-03 Literacy Night"
        if (stored.size() < 12 || !is_date(stored.substr(0, 10))) return stored;
        return stored.substr(11) + ", " + human_date(stored.substr(0, 10), language, true);
    }
    if (column == "workshop_id") {
        auto w = r.workshops.find(value);
        return w == r.workshops.end() ? value : w->second;
    }
    static const std::set<std::string> flags{"walk_in", "active", "made"};
    if (flags.count(column) && (value == "0" || value == "1"))
        return record_text(language, value == "1" ? "yes" : "no");
    if ((column == "status" || column == "answer") && (value == "yes" || value == "no" || value == "maybe"))
        return record_text(language, value);
    if (column == "preferred_contact" || column == "source" || column == "channel")
        if (has_record_text("by." + value)) return record_text(language, "by." + value);
    if (column == "child_ages" || column == "childcare_ages") {  // "5,2" as "5, 2"
        std::string spaced;
        for (char c : value) spaced += c == ',' ? std::string(", ") : std::string(1, c);
        return spaced;
    }
    if ((column == "language" || column == "interpreter_language" || column == "interpreter") &&
        is_language_code(value))
        return language_name_in(value, language);
    if (is_date(value)) return human_date(value, language, true);
    // A stored moment, "2026-12-03 17:35:00": its day and time in words.
    if (value.size() >= 16 && is_date(value.substr(0, 10)) && (value[10] == ' ' || value[10] == 'T') &&
        value[13] == ':')
        return human_date(value.substr(0, 10), language, true) + ", " + human_time(value.substr(11, 5), language);
    return value;
}

class RecordPages {
public:
    RecordPages(PdfDocument& pdf, const FamilyRecord& r, std::string language)
        : pdf_(pdf), r_(r), language_(std::move(language)) {
        page();
    }

    void heading(const std::string& text) {
        room_for(3 * kLine);
        y_ -= 8;
        pdf_.draw_text(page_, kMargin, y_ - 12, text, 12, true);
        y_ -= 20;
    }

    void text(const std::string& line, double indent = 0, bool bold = false) {
        const double width = pdf_.page_width() - 2 * kMargin - indent;
        for (const auto& part : pdf_.wrap(page_, line, width, kSize, bold)) {
            const double height = std::max(kLine, pdf_.line_height(part, kSize, bold));  // a Myanmar name's room
            room_for(height);
            pdf_.draw_text(page_, kMargin + indent, y_ - 10 - (height - kLine) / 2, part, kSize, bold);
            y_ -= height;
        }
    }

    void gap() { y_ -= 5; }

private:
    void room_for(double height) {
        if (y_ - height < kMargin + 16) page();
    }
    void page() {
        page_ = pdf_.add_page();
        y_ = pdf_.page_height() - kMargin;
        pdf_.draw_fitted(page_, kMargin, y_ - 16, pdf_.page_width() - 2 * kMargin,
                         fill_label(record_text(language_, "page"), "name", r_.family_name) + " (" + r_.code + ")", 16,
                         9, true);
        y_ -= 26;
        if (pdf_.pages().size() == 1) {  // said once, wrapped in the family's language
            const std::string when = readable(r_, language_, "at", r_.exported_at.substr(0, 16));
            text(fill_label(record_text(language_, "intro"), "when", when));
            y_ -= 8;
        }
    }

    PdfDocument& pdf_;
    const FamilyRecord& r_;
    std::string language_;
    HPDF_Page page_ = nullptr;
    double y_ = 0;
};

}  // namespace

UnprintedTexts write_family_record(const FamilyRecord& record, PaperSize paper, const std::string& path) {
    const std::string language = record_language(record.language);
    const std::string running_title = fill_label(record_text(language, "page"), "name", record.family_name);
    PdfDocument pdf(paper, running_title);
    RecordPages pages(pdf, record, language);
    std::vector<const RecordTable*> tables;
    for (const auto& t : record.tables)
        if (!derived(t.table)) tables.push_back(&t);
    std::stable_sort(tables.begin(), tables.end(), [](const RecordTable* a, const RecordTable* b) {
        return reading_order(a->table) < reading_order(b->table);
    });
    for (const RecordTable* table : tables) {
        const auto& t = *table;
        pages.heading(record_section(language, t.table));
        if (t.rows.empty()) {
            pages.text(record_text(language, "nothing"));
            continue;
        }
        int n = 0;
        for (const auto& row : t.rows) {
            if (t.rows.size() > 1) pages.text(std::to_string(++n) + ".", 0, true);
            for (const auto& [column, value] : row.columns) {
                auto field = record_field(language, column);
                if (value.empty() || !field || derived(t.table, column)) continue;
                pages.text(*field + ": " + readable(record, language, column, value), 12);
            }
            pages.gap();
        }
    }
    pages.heading(record_text(language, "also_heading"));
    pages.text(record_text(language, "also"));
    pdf.number_pages(0, running_title, kMargin - 24, record_text(language, "page_of"), 9);
    return pdf.save(path);
}

}  // namespace fn::reports
