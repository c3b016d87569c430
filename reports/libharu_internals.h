#pragma once
// The two places FamilyNight reaches past libharu 2.3's public calls into its
// document objects (hpdf_objects.h and friends, which Debian's libhpdf-dev
// installs and hpdf.h itself includes), each for a need no public call
// meets. Only libharu_internals.cpp includes those headers
// (tests/support/layering_check.sh); the PDF read-back tests (pdftotext on
// every script, page counts and sizes) fail if a libharu update moves them.

#include <hpdf.h>

namespace fn::reports {

// libharu 2.3.0 gives every UTF-8 font a ToUnicode map written as a CID
// map ("begincidrange"), which a ToUnicode map may not contain: poppler warns
// on every page and other readers (a screen reader, copy and paste) may get
// wrong text. Its character codes are the Unicode values themselves (two
// bytes, CID = code point), so the right map is the identity; this writes it
// once per document and gives it to each font.
class UnicodeMap {
public:
    explicit UnicodeMap(HPDF_Doc doc) : doc_(doc) {}
    // Replaces `font`'s ToUnicode map; returns libharu's status.
    HPDF_STATUS give_to(HPDF_Font font);

private:
    HPDF_Doc doc_;
    HPDF_Dict stream_ = nullptr;  // made on first use, shared by every font
};

// Makes `page`'s contents [its own stream, `shared`]: what
// HPDF_Page_Insert_Shared_Content_Stream does, without the empty stream it
// opens after the shared one for drawing that never comes (1 KB a page, which
// a district's 100,000 backpack flyers cannot afford). Returns libharu's status.
HPDF_STATUS place_shared_stream(HPDF_Page page, HPDF_Dict shared);

}  // namespace fn::reports
