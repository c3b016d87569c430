#include "reports/backpack_mail.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "reports/flyer_layout.h"
#include "reports/human_dates.h"
#include "reports/resources_handout.h"

namespace fn::reports {
namespace {

// "bp.pdf" part 3 -> "bp-3.pdf"; the first part keeps the name asked for.
std::string part_path(const std::string& path, std::size_t part) {
    if (part == 1) return path;
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    const bool has_extension = dot != std::string::npos && (slash == std::string::npos || dot > slash);
    const std::string stem = has_extension ? path.substr(0, dot) : path;
    return stem + "-" + std::to_string(part) + (has_extension ? path.substr(dot) : "");
}

// A homeroom's flyers in one part: all of them, or a stretch of a homeroom
// larger than a part.
struct Piece {
    const BackpackBundle* bundle = nullptr;
    std::size_t first = 0, end = 0;  // flyers [first, end)
};

// Whole homerooms per part while they fit, at most `limit` flyers a part.
std::vector<std::vector<Piece>> parts_of(const BackpackMail& mail, std::size_t limit) {
    std::vector<std::vector<Piece>> parts(1);
    std::size_t in_part = 0;
    for (const auto& bundle : mail.bundles) {
        const std::size_t n = bundle.flyers.size();
        if (in_part > 0 && in_part + n > limit) {
            parts.emplace_back();
            in_part = 0;
        }
        for (std::size_t first = 0; first < n || (n == 0 && first == 0);) {
            const std::size_t end = std::min(n, first + limit - in_part);
            parts.back().push_back({&bundle, first, end});
            in_part += end - first;
            if (end == n) break;
            parts.emplace_back();
            in_part = 0;
            first = end;
        }
    }
    return parts;
}

UnprintedTexts write_part(const BackpackMail& mail, const std::vector<Piece>& pieces, PaperSize paper,
                          const std::string& path, const std::string& title) {
    PdfDocument pdf(paper, title);
    std::map<std::string, FlyerFit> fits;
    // One working copy per invitation, personalised flyer by flyer.
    std::map<std::string, Flyer> working = mail.invitations;
    for (const auto& piece : pieces) {
        const auto& bundle = *piece.bundle;
        const std::size_t count = piece.end - piece.first;
        const bool whole = count == bundle.flyers.size();
        HPDF_Page cover = pdf.add_page();
        double x = 72, top = pdf.page_height() - 144, w = pdf.page_width() - 144;
        pdf.draw_fitted(cover, x, top, w, mail.event_title + "  \xC2\xB7  " + staff_date(mail.date), 14, 8);
        pdf.draw_fitted(cover, x, top - 60, w,
                        "Homeroom: " + (bundle.homeroom.empty() ? std::string("(none)") : bundle.homeroom), 28, 12,
                        true);
        pdf.draw_text(cover, x, top - 110,
                      whole ? fmt::format("{} flyer{} to hand out", count, count == 1 ? "" : "s")
                            : fmt::format("Flyers {}-{} of the homeroom's {} to hand out", piece.first + 1, piece.end,
                                          bundle.flyers.size()),
                      22);
        pdf.draw_fitted(cover, x, top - 150, w,
                        "Each flyer carries the family's name: please give it to the student it is sorted under.", 11,
                        7);
        for (std::size_t i = piece.first; i < piece.end; ++i) {
            const auto& personal = bundle.flyers[i];
            // Flyers of one invitation fit the same way: measured once.
            Flyer& flyer = working.at(personal.invitation);
            flyer.family_name = personal.family_name;
            flyer.student = personal.student;
            flyer.family_code = personal.family_code;
            bool measured = fits.count(personal.invitation) > 0;
            draw_flyer(pdf, flyer, &fits[personal.invitation], measured);
            // The family-night packet: where to find help, in the flyer's language.
            if (auto handout = mail.resources.find(flyer.sides.front().language); handout != mail.resources.end())
                draw_resources_handout(pdf, handout->second);
        }
    }
    return pdf.save(path);
}

}  // namespace

BackpackFiles write_backpack_mail(const BackpackMail& mail, PaperSize paper, const std::string& path,
                                  std::size_t flyers_per_part) {
    const auto parts = parts_of(mail, std::max<std::size_t>(flyers_per_part, 1));
    BackpackFiles written;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        std::string title = "Backpack flyers: " + mail.event_title + " " + staff_date(mail.date);
        if (parts.size() > 1) title += fmt::format(" ({} of {})", p + 1, parts.size());
        written.files.push_back(part_path(path, p + 1));
        for (auto& text : write_part(mail, parts[p], paper, written.files.back(), title))
            if (std::find(written.unprinted.begin(), written.unprinted.end(), text) == written.unprinted.end())
                written.unprinted.push_back(std::move(text));
    }
    return written;
}

}  // namespace fn::reports
