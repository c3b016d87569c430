#include "reports/libharu_internals.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <fmt/format.h>

#include <string>

namespace fn::reports {
namespace {

// The identity from two-byte codes to UTF-16, as bfranges (a range may
// vary only in its last byte, so one per high byte; none for the surrogates).
std::string identity_cmap() {
    std::string ranges;
    int count = 0;
    std::string body;
    auto flush = [&] {
        if (count == 0) return;
        body += fmt::format("{} beginbfrange\n{}endbfrange\n", count, ranges);
        ranges.clear();
        count = 0;
    };
    for (int high = 0; high <= 0xFF; ++high) {
        if (high >= 0xD8 && high <= 0xDF) continue;
        ranges += fmt::format("<{0:02X}00> <{0:02X}FF> <{0:02X}00>\n", high);
        if (++count == 100) flush();  // at most 100 entries a block
    }
    flush();
    return "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
           body + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

}  // namespace

HPDF_STATUS UnicodeMap::give_to(HPDF_Font font) {
    if (!stream_) {
        stream_ = HPDF_DictStream_New(doc_->mmgr, doc_->xref);
        if (!stream_) return HPDF_FAILD_TO_ALLOC_MEM;
        stream_->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
        if (HPDF_STATUS status = HPDF_Stream_WriteStr(stream_->stream, identity_cmap().c_str()); status != HPDF_OK)
            return status;
    }
    return HPDF_Dict_Add(font, "ToUnicode", stream_);
}

HPDF_STATUS place_shared_stream(HPDF_Page page, HPDF_Dict shared) {
    auto* attr = static_cast<HPDF_PageAttr>(page->attr);
    HPDF_Array contents = HPDF_Array_New(page->mmgr);
    if (!contents) return HPDF_FAILD_TO_ALLOC_MEM;
    if (HPDF_STATUS status = HPDF_Array_Add(contents, attr->contents); status != HPDF_OK) return status;
    if (HPDF_STATUS status = HPDF_Array_Add(contents, shared); status != HPDF_OK) return status;
    return HPDF_Dict_Add(page, "Contents", contents);
}

}  // namespace fn::reports
