#pragma once
// Every menu and toolbar command id of the app, in one place so no two
// commands can share an id (print items once shared ids with View items).
#include <wx/defs.h>

namespace fn::app {

enum CommandId : int {
    kCopyEvent = wxID_HIGHEST + 1,
    kEditEvent,
    kShowTimetable,
    kShowVolunteers,
    kShowRsvps,
    kShowDoor,
    kShowFamilies,
    kDoorMode,
    kNewDatabase,
    kOpenDatabase,
    kConnectDatabase,
    kBackUpNow,
    kRestoreBackup,
    kLanguage,
    kSchoolSettings,
    kNewSchoolYear,
    kPurgeExpired,
    kEvaluationForms,
    kContactLog,
    kResources,
    kSendMessages,
    kStatusFirst,                         // + fn::EventStatus (4 ids)
    kFirstPrintId = kStatusFirst + 4,     // + index in printing::document_catalog()
    kFirstExportId = kFirstPrintId + 50,  // + ExportKind
    kChoosePrint = kFirstExportId + 10,   // Print > Print a document... (Ctrl+P)
    kLastCommandId,
};

}  // namespace fn::app
