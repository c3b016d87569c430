#include "reports/human_dates.h"
#include "reports/backpack_mail.h"

#include <fmt/format.h>

#include <map>

#include "reports/flyer_layout.h"
#include "reports/resources_handout.h"

namespace fn::reports {

UnprintedTexts write_backpack_mail(const BackpackMail& mail, PaperSize paper, const std::string& path) {
    PdfDocument pdf(paper, "Backpack flyers: " + mail.event_title + " " + staff_date(mail.date));
    std::map<std::string, FlyerFit> fits;
    // One working copy per invitation, personalised flyer by flyer.
    std::map<std::string, Flyer> working = mail.invitations;
    for (const auto& bundle : mail.bundles) {
        HPDF_Page cover = pdf.add_page();
        double x = 72, top = pdf.page_height() - 144, w = pdf.page_width() - 144;
        pdf.draw_fitted(cover, x, top, w, mail.event_title + "  \xC2\xB7  " + staff_date(mail.date), 14, 8);
        pdf.draw_fitted(cover, x, top - 60, w,
                        "Homeroom: " + (bundle.homeroom.empty() ? std::string("(none)") : bundle.homeroom), 28, 12,
                        true);
        pdf.draw_text(cover, x, top - 110,
                      fmt::format("{} flyer{} to hand out", bundle.flyers.size(), bundle.flyers.size() == 1 ? "" : "s"),
                      22);
        pdf.draw_fitted(cover, x, top - 150, w,
                        "Each flyer carries the family's name: please give it to the student it is sorted under.", 11,
                        7);
        for (const auto& personal : bundle.flyers) {
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

}  // namespace fn::reports
