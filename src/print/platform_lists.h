#pragma once
// The families who prefer a text message, as a list a school's messaging
// platform imports (ParentSquare, Remind, TalkingPoints, SchoolMessenger):
// the platform's column names, each number in E.164, the family's language
// as the platform names it, and the family's own message in its language
// beside it (for a platform that sends a column's text, or to paste). A
// platform that sends one message to a whole list gets one list per
// language. Each family listed is logged and in its contact log.
#include <string>
#include <vector>

#include "core/family_message.h"
#include "io/table.h"
#include "ops/message_ops.h"

namespace fn::printing {

struct PlatformFormat {
    std::string name;   // "parentsquare"
    std::string shown;  // "ParentSquare"
    // Columns in order; "" where the platform has no such column.
    std::string first_name, last_name, phone, email, language, student, message;
    bool list_per_language = false;
    bool language_as_code = false;  // "es", else "Spanish"
};
const std::vector<PlatformFormat>& platform_formats();
// Throws ValidationError naming the platforms when `name` is none of them.
const PlatformFormat& platform_format(const std::string& name);

struct PlatformExport {
    std::vector<std::string> files;
    int families = 0;
    // Families who prefer a text but whose number cannot be put in E.164
    // ("555-2041" without its area code): named, never guessed.
    std::vector<std::string> not_dialable;
};

// The lists for the event's `kind` of message: one file, or one per
// language beside `path` ("reminder.csv" -> "reminder-es.csv"; an .xlsx
// workbook holds one sheet per language instead).
PlatformExport export_platform_list(store::Database& db, Id event_id, MessageKind kind, const std::string& platform,
                                    const std::string& path);

}  // namespace fn::printing
