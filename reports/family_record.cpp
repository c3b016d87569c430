#include "reports/family_record.h"

#include <algorithm>
#include <map>
#include <vector>

#include "reports/pdf_document.h"

namespace fn::reports {
namespace {

constexpr double kMargin = 54;
constexpr double kSize = 9.5;
constexpr double kLine = 13;

// The order people read a family's data in; tables not named here follow.
int reading_order(const std::string& table) {
    static const std::vector<std::string> order{"households",  "guardians", "students",  "rsvps",
                                                "rsvp_meals",  "rsvp_picks", "checkins",  "workshop_attendance",
                                                "childcare_dropoffs", "door_log", "audit_log"};
    auto it = std::find(order.begin(), order.end(), table);
    return static_cast<int>(it - order.begin());
}

// Kept only to find the family quickly (search words, the door's copy of
// its names): in the JSON file, not worth a reader's page.
bool derived(const std::string& table, const std::string& column = "") {
    return table == "search_terms" || table == "expected_terms" || column == "door_guardians" ||
           column == "door_students";
}

std::string section_title(const std::string& table) {
    static const std::map<std::string, std::string> titles{
        {"households", "The family"},
        {"guardians", "Parents and guardians"},
        {"students", "Students"},
        {"rsvps", "RSVPs to events"},
        {"rsvp_meals", "Meals asked for on the RSVPs"},
        {"rsvp_picks", "Workshops chosen on the RSVPs"},
        {"checkins", "Check-ins at events"},
        {"workshop_attendance", "Workshops attended"},
        {"childcare_dropoffs", "Childcare at events"},
        {"door_log", "What happened at the door"},
        {"audit_log", "History of changes to this record"},
        {"search_terms", "Search words (made from the names, for finding the family)"},
        {"expected_terms", "Search words of the events the family was expected at"}};
    auto it = titles.find(table);
    return it == titles.end() ? table : it->second;
}

class RecordPages {
public:
    RecordPages(PdfDocument& pdf, const FamilyRecord& r) : pdf_(pdf), r_(r) { page(); }

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
                         "Family record: " + r_.family_name + " (" + r_.code + ")", 16, 9, true);
        pdf_.draw_text(page_, kMargin, y_ - 32,
                       "Everything FamilyNight stores about this family, as of " + r_.exported_at + ".", kSize);
        y_ -= 48;
    }

    PdfDocument& pdf_;
    const FamilyRecord& r_;
    HPDF_Page page_ = nullptr;
    double y_ = 0;
};

}  // namespace

UnprintedTexts write_family_record(const FamilyRecord& record, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Family record: " + record.family_name);
    RecordPages pages(pdf, record);
    std::vector<const RecordTable*> tables;
    for (const auto& t : record.tables)
        if (!derived(t.table)) tables.push_back(&t);
    std::stable_sort(tables.begin(), tables.end(), [](const RecordTable* a, const RecordTable* b) {
        return reading_order(a->table) < reading_order(b->table);
    });
    for (const RecordTable* table : tables) {
        const auto& t = *table;
        pages.heading(section_title(t.table));
        if (t.rows.empty()) {
            pages.text("Nothing stored.");
            continue;
        }
        int n = 0;
        for (const auto& row : t.rows) {
            if (t.rows.size() > 1) pages.text(std::to_string(++n) + ".", 0, true);
            for (const auto& [column, value] : row.columns) {
                if (value.empty() || derived(t.table, column)) continue;
                auto event = column == "event_id" ? record.events.find(value) : record.events.end();
                pages.text(column + ": " + value + (event != record.events.end() ? " (" + event->second + ")" : ""), 12);
            }
            pages.gap();
        }
    }
    pages.heading("Also stored");
    pages.text("Search words made from these names, so the family can be found at the door and in the directory "
               "(listed in the JSON file of this export).");
    pdf.number_pages(0, "Family record: " + record.family_name, kMargin - 24);
    return pdf.save(path);
}

}  // namespace fn::reports
