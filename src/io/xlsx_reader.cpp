#include "io/xlsx_reader.h"

#include <expat.h>
#include <zip.h>

#include <functional>
#include <map>
#include <memory>

#include "core/errors.h"
#include "core/text_message.h"

namespace fn::io {
namespace {

using Attributes = std::map<std::string, std::string>;

// One XML part, walked by expat: each element's start (with its
// attributes), its text, its end. Namespace prefixes are dropped.
struct XmlWalk {
    std::function<void(const std::string&, const Attributes&)> start;
    std::function<void(const std::string&)> end;
    std::function<void(const std::string&)> text;
};

std::string local_name(const char* name) {
    std::string n(name);
    auto colon = n.rfind(':');
    return colon == std::string::npos ? n : n.substr(colon + 1);
}

void walk(const std::string& xml, XmlWalk& w, const std::string& what) {
    std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"), XML_ParserFree);
    XML_SetUserData(parser.get(), &w);
    XML_SetElementHandler(
        parser.get(),
        [](void* data, const XML_Char* name, const XML_Char** attributes) {
            auto* walk = static_cast<XmlWalk*>(data);
            if (!walk->start) return;
            Attributes a;
            for (int i = 0; attributes[i]; i += 2) a[local_name(attributes[i])] = attributes[i + 1];
            walk->start(local_name(name), a);
        },
        [](void* data, const XML_Char* name) {
            auto* walk = static_cast<XmlWalk*>(data);
            if (walk->end) walk->end(local_name(name));
        });
    XML_SetCharacterDataHandler(parser.get(), [](void* data, const XML_Char* s, int length) {
        auto* walk = static_cast<XmlWalk*>(data);
        if (walk->text) walk->text(std::string(s, static_cast<std::size_t>(length)));
    });
    if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_ERROR)
        throw Error(
            tr("{0} cannot be read: {1}", {what, std::string(XML_ErrorString(XML_GetErrorCode(parser.get())))}));
}

class Workbook {
public:
    explicit Workbook(const std::string& path) : path_(path) {
        int error = 0;
        archive_ = zip_open(path.c_str(), ZIP_RDONLY, &error);
        if (!archive_) throw Error(tr("{0} cannot be opened as an XLSX workbook", {path}));
    }
    ~Workbook() { zip_close(archive_); }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    // The part's text, or "" when the workbook has no such part.
    std::string part(const std::string& name) const {
        zip_stat_t st;
        if (zip_stat(archive_, name.c_str(), 0, &st) != 0) return "";
        zip_file_t* file = zip_fopen(archive_, name.c_str(), 0);
        if (!file) return "";
        std::string text(static_cast<std::size_t>(st.size), '\0');
        const zip_int64_t got = zip_fread(file, text.data(), st.size);
        zip_fclose(file);
        if (got != static_cast<zip_int64_t>(st.size))
            throw Error(tr("{0}: {1} inside it cannot be read; the workbook may be damaged", {path_, name}));
        return text;
    }
    const std::string& path() const { return path_; }

private:
    std::string path_;
    zip_t* archive_ = nullptr;
};

// The first sheet's part, through the workbook's list of sheets and its
// relationships ("rId1" -> "worksheets/sheet1.xml").
std::string first_sheet_part(const Workbook& book) {
    std::string first_id;
    XmlWalk sheets;
    sheets.start = [&](const std::string& name, const Attributes& a) {
        if (name == "sheet" && first_id.empty() && a.count("id")) first_id = a.at("id");
    };
    walk(book.part("xl/workbook.xml"), sheets, book.path());
    std::string target;
    XmlWalk relations;
    relations.start = [&](const std::string& name, const Attributes& a) {
        if (name == "Relationship" && a.count("Id") && a.at("Id") == first_id && a.count("Target"))
            target = a.at("Target");
    };
    walk(book.part("xl/_rels/workbook.xml.rels"), relations, book.path());
    if (target.empty()) throw Error(tr("{0} has no sheet", {book.path()}));
    return target[0] == '/' ? target.substr(1) : "xl/" + target;
}

std::vector<std::string> shared_strings(const Workbook& book) {
    std::vector<std::string> strings;
    bool in_text = false;
    XmlWalk w;
    w.start = [&](const std::string& name, const Attributes&) {
        if (name == "si") strings.emplace_back();
        // Phonetic guides (<rPh>) are readings, not the cell's text.
        if (name == "t") in_text = true;
        if (name == "rPh") in_text = false;
    };
    w.end = [&](const std::string& name) {
        if (name == "t") in_text = false;
    };
    w.text = [&](const std::string& s) {
        if (in_text && !strings.empty()) strings.back() += s;
    };
    const std::string xml = book.part("xl/sharedStrings.xml");
    if (!xml.empty()) walk(xml, w, book.path());
    return strings;
}

// "C12" -> 2 (the column, from 0).
std::size_t column_of(const std::string& reference) {
    std::size_t column = 0;
    for (char c : reference) {
        if (c < 'A' || c > 'Z') break;
        column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
    }
    return column == 0 ? 0 : column - 1;
}

}  // namespace

std::vector<CsvRecord> read_xlsx_first_sheet(const std::string& path) {
    Workbook book(path);
    if (book.part("xl/workbook.xml").empty()) throw Error(tr("{0} is not an XLSX workbook", {path}));
    const auto strings = shared_strings(book);
    std::vector<CsvRecord> rows;
    std::string type, value;
    std::size_t column = 0, next_column = 0;
    bool in_value = false;
    XmlWalk w;
    w.start = [&](const std::string& name, const Attributes& a) {
        if (name == "row") {
            rows.push_back({a.count("r") ? std::stoi(a.at("r")) : static_cast<int>(rows.size()) + 1, {}});
            next_column = 0;
        } else if (name == "c") {
            type = a.count("t") ? a.at("t") : "n";
            column = a.count("r") ? column_of(a.at("r")) : next_column;
            value.clear();
        } else if (name == "v" || name == "t") {
            in_value = true;
        }
    };
    w.end = [&](const std::string& name) {
        if (name == "v" || name == "t") in_value = false;
        if (name != "c" || rows.empty()) return;
        std::string cell = value;
        if (type == "s") {
            const auto index = static_cast<std::size_t>(std::strtoul(value.c_str(), nullptr, 10));
            cell = index < strings.size() ? strings[index] : "";
        } else if (type == "b") {
            cell = value == "1" ? "TRUE" : "FALSE";
        }
        auto& fields = rows.back().fields;
        if (fields.size() <= column) fields.resize(column + 1);
        fields[column] = cell;
        next_column = column + 1;
    };
    w.text = [&](const std::string& s) {
        if (in_value) value += s;
    };
    walk(book.part(first_sheet_part(book)), w, path);
    return rows;
}

}  // namespace fn::io
