#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/sheets.h"
#include "reports/paper.h"
#include "reports/unprinted.h"

namespace fn::reports {

// A PDF holds at most this many flyers: libharu keeps a whole document in
// memory until it is saved (about 4 KB a page), so a district's mail is
// written in parts, each saved and freed before the next.
inline constexpr std::size_t kFlyersPerPart = 5000;

struct BackpackFiles {
    std::vector<std::string> files;  // `path` first, then "<stem>-2.pdf", ...
    UnprintedTexts unprinted;
};

// Per homeroom a cover page saying how many flyers to hand out, then that
// homeroom's personalised flyers; one PDF, or parts of at most
// `flyers_per_part` flyers: whole homerooms while they fit, a larger one
// split with a cover page for each stretch ("Flyers 5001-10000 of ...").
BackpackFiles write_backpack_mail(const BackpackMail& mail, PaperSize paper, const std::string& path,
                                  std::size_t flyers_per_part = kFlyersPerPart);

}  // namespace fn::reports
