#pragma once
// libharu 2.3.0 gives every UTF-8 font a ToUnicode map written as a CID
// map ("begincidrange"), which a ToUnicode map may not contain: poppler warns
// on every page and other readers may copy wrong text. Its character codes
// are the Unicode values themselves (two bytes, CID = code point), so the
// right map is the identity; this writes it once per document and gives it
// to each font.
#include <hpdf.h>

namespace fn::reports {

class UnicodeMap {
public:
    explicit UnicodeMap(HPDF_Doc doc) : doc_(doc) {}
    // Replaces `font`'s ToUnicode map; returns libharu's status.
    HPDF_STATUS give_to(HPDF_Font font);

private:
    HPDF_Doc doc_;
    HPDF_Dict stream_ = nullptr;  // made on first use, shared by every font
};

}  // namespace fn::reports
