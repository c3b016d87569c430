#include "io/roster_columns.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

#include "core/errors.h"
#include "core/text.h"

namespace fn::io {
namespace {

struct FieldInfo {
    RosterField field;
    const char* name;
    std::vector<const char*> aliases;  // normalized header spellings
};

const std::vector<FieldInfo>& fields() {
    static const std::vector<FieldInfo> table{
        {RosterField::StudentNumber,
         "student_number",
         {"studentnumber", "studentid", "studentno", "studentnum", "stuid", "stunumber", "localid", "sisid", "id",
          "studentidnumber", "permid", "permnumber", "numero", "numerodeestudiante", "numeroestudiante", "matricula"}},
        {RosterField::FirstName,
         "first_name",
         {"firstname", "studentfirstname", "first", "givenname", "studentfirst", "nombre", "nombres",
          "nombredelestudiante"}},
        {RosterField::LastName,
         "last_name",
         {"lastname", "studentlastname", "last", "surname", "familyname", "studentlast", "apellido", "apellidos"}},
        {RosterField::StudentName, "student_name", {"studentname", "name", "fullname", "studentfullname"}},
        {RosterField::Grade, "grade", {"grade", "gradelevel", "gr", "grd", "currentgrade", "grado"}},
        {RosterField::Homeroom,
         "homeroom",
         {"homeroom", "homeroomteacher", "teacher", "hr", "homeroomname", "classroom", "maestro", "maestra", "salon",
          "salondeclase", "aula"}},
        {RosterField::Guardian1Name,
         "guardian1_name",
         {"guardianname",
          "parentname",
          "guardian",
          "parent",
          "parentguardian",
          "parentguardianname",
          "guardian1name",
          "parent1name",
          "guardian1",
          "parent1",
          "contact1name",
          "primarycontact",
          "primaryguardian",
          "padre",
          "madre",
          "tutor",
          "nombredeltutor",
          "padremadretutor",
          "padremadre",
          "madrepadre",
          "padreomadre",
          "padremadreotutor",
          "nombredelpadre",
          "nombredelamadre",
          "nombredelpadreomadre",
          "tutorlegal",
          "contactname"}},
        {RosterField::Guardian1First,
         "guardian1_first",
         {"guardianfirstname", "parentfirstname", "guardian1firstname", "parent1firstname", "contact1firstname",
          "contactfirstname", "nombredeltutor1", "nombredelcontacto"}},
        {RosterField::Guardian1Last,
         "guardian1_last",
         {"guardianlastname", "parentlastname", "guardian1lastname", "parent1lastname", "contact1lastname",
          "contactlastname", "apellidodelcontacto"}},
        {RosterField::Guardian1Phone,
         "guardian1_phone",
         {"phone", "guardianphone", "parentphone", "homephone", "guardian1phone", "parent1phone", "primaryphone",
          "cellphone", "contact1phone", "phonenumber", "telephone", "telefono", "celular", "telefonodecasa",
          "numerodetelefono", "contactphone", "contactcellphone"}},
        {RosterField::Guardian1Email,
         "guardian1_email",
         {"email", "guardianemail", "parentemail", "guardian1email", "parent1email", "contact1email", "emailaddress",
          "correo", "correoelectronico", "contactemail"}},
        {RosterField::Guardian2Name,
         "guardian2_name",
         {"guardian2name", "parent2name", "guardian2", "parent2", "contact2name", "secondaryguardian", "padremadre2",
          "tutor2", "segundotutor", "padremadreotutor2"}},
        {RosterField::Guardian2First,
         "guardian2_first",
         {"guardian2firstname", "parent2firstname", "contact2firstname"}},
        {RosterField::Guardian2Last, "guardian2_last", {"guardian2lastname", "parent2lastname", "contact2lastname"}},
        {RosterField::Guardian2Phone,
         "guardian2_phone",
         {"guardian2phone", "parent2phone", "contact2phone", "secondaryphone", "telefono2", "telefonodeltutor2"}},
        {RosterField::Guardian2Email,
         "guardian2_email",
         {"guardian2email", "parent2email", "contact2email", "correo2", "correoelectronico2"}},
        {RosterField::Address,
         "address",
         {"address", "street", "streetaddress", "homeaddress", "address1", "mailingaddress", "residenceaddress",
          "direccion"}},
        {RosterField::City, "city", {"city", "town", "ciudad"}},
        {RosterField::State, "state", {"state", "province", "st"}},
        {RosterField::Zip, "zip", {"zip", "zipcode", "postalcode", "postcode", "codigopostal"}},
        {RosterField::Language,
         "language",
         {"language", "homelanguage", "primarylanguage", "languagespoken", "preferredlanguage", "parentlanguage",
          "familylanguage", "languageofhome", "correspondencelanguage", "idioma", "idiomadelhogar"}},
        {RosterField::EnrollStatus, "enroll_status", {"enrollstatus", "enrollmentstatus", "enrolmentstatus"}},
        {RosterField::ExitDate,
         "exit_date",
         {"exitdate", "withdrawaldate", "withdrawdate", "leavedate", "enddate", "leftdate", "enrollmentenddate",
          "fechadebaja", "fechadesalida", "fechaderetiro"}},
        {RosterField::Guardian1Priority,
         "guardian1_priority",
         {"guardian1priority", "parent1priority", "contact1priority", "priority1", "contactpriority1"}},
        {RosterField::Guardian2Priority,
         "guardian2_priority",
         {"guardian2priority", "parent2priority", "contact2priority", "priority2", "contactpriority2"}},
        {RosterField::HouseholdPhone, "household_phone", {"householdphone", "familyphone"}},
        {RosterField::Guardian3Name, "guardian3_name", {"guardian3name", "parent3name", "contact3name"}},
        {RosterField::Guardian3First,
         "guardian3_first",
         {"guardian3firstname", "parent3firstname", "contact3firstname"}},
        {RosterField::Guardian3Last, "guardian3_last", {"guardian3lastname", "parent3lastname", "contact3lastname"}},
        {RosterField::Guardian3Phone, "guardian3_phone", {"guardian3phone", "parent3phone", "contact3phone"}},
        {RosterField::Guardian3Email, "guardian3_email", {"guardian3email", "parent3email", "contact3email"}},
        // Contact-row exports: "contacts.seq" reads "contactsseq".
        {RosterField::ContactSequence,
         "contact_sequence",
         {"contactsequence", "contactseq", "contactsseq", "contactssequence", "sequence", "seq", "contactorder",
          "emergencysequence", "secuencia"}},
        {RosterField::ContactRelationship,
         "contact_relationship",
         {"contactrelationship", "contactsrelationship", "relationship", "relation", "relationtostudent",
          "relationshiptostudent", "parentesco", "relacion"}},
        {RosterField::ContactIsGuardian,
         "contact_is_guardian",
         {"contactguardian", "contactsguardian", "isguardian", "guardianflag", "legalguardian", "custody", "hascustody",
          "contactscustody"}},
        {RosterField::Ignore, "ignore", {}},
    };
    return table;
}

// Student information systems' standard exports, recognised by columns only
// they write. Their columns are read as listed (before the general
// spellings above, after --map); the rest as usual.
struct Preset {
    const char* name;
    std::vector<const char*> signature;  // normalized headers that must all be present
    std::vector<std::pair<const char*, RosterField>> columns;
    bool guardian_names_last_first = false;
    bool calpads_language_numbers = false;
    bool contact_rows = false;
};

const std::vector<Preset>& presets() {
    static const std::vector<Preset> table{
        // PowerSchool's student export: Student_Number, LastFirst, First_Name,
        // Middle_Name, Last_Name, Grade_Level, Home_Room, Mother_First, Mother,
        // Mother_Email, Father_First, Father, Father_Email, Home_Phone, Street,
        // City, State, Zip, Enroll_Status. Mother and Father hold the parents'
        // last names; the family's phone is the mother's (first guardian's).
        // Mother and Father may hold a whole name written "Last, First"
        // (turned around on reading). Guardian_FN and Guardian_LN name a
        // guardian who is neither, often a grandparent; Home_Phone is the
        // home's, for the first guardian without a number of their own. The
        // Quick Export (tab-separated) may have no Enroll_Status.
        {"PowerSchool",
         {"studentnumber", "lastfirst"},
         {{"lastfirst", RosterField::StudentName},  // First_Name and Last_Name, when there, say it
          {"middlename", RosterField::Ignore},
          {"motherfirst", RosterField::Guardian1First},
          {"mother", RosterField::Guardian1Last},
          {"motheremail", RosterField::Guardian1Email},
          {"mothercell", RosterField::Guardian1Phone},
          {"fatherfirst", RosterField::Guardian2First},
          {"father", RosterField::Guardian2Last},
          {"fatheremail", RosterField::Guardian2Email},
          {"fathercell", RosterField::Guardian2Phone},
          {"guardianfn", RosterField::Guardian3First},
          {"guardianln", RosterField::Guardian3Last},
          {"guardianmn", RosterField::Ignore},
          {"guardianemail", RosterField::Guardian3Email},
          {"homephone", RosterField::HouseholdPhone},
          {"enrollstatus", RosterField::EnrollStatus}}},
        // Infinite Campus's contact export: one row per student and contact
        // (student.studentNumber, student.lastName, ..., contacts.seq,
        // contacts.lastName, contacts.firstName, contacts.relationship,
        // contacts.guardian, contacts.cellPhone, contacts.homePhone,
        // contacts.email). A student's rows are gathered, contacts in
        // sequence order, guardians only where the guardian column says so.
        {"Infinite Campus contacts",
         {"studentstudentnumber", "contactsseq"},
         {{"studentstudentnumber", RosterField::StudentNumber},
          {"studentlastname", RosterField::LastName},
          {"studentfirstname", RosterField::FirstName},
          {"studentgrade", RosterField::Grade},
          {"studenthomeroomteacher", RosterField::Homeroom},
          {"studentaddressline1", RosterField::Address},
          {"studentcity", RosterField::City},
          {"studentstate", RosterField::State},
          {"studentzip", RosterField::Zip},
          {"studenthomeprimarylanguage", RosterField::Language},
          {"studentenddate", RosterField::ExitDate},
          {"contactsseq", RosterField::ContactSequence},
          {"contactslastname", RosterField::Guardian1Last},
          {"contactsfirstname", RosterField::Guardian1First},
          {"contactsrelationship", RosterField::ContactRelationship},
          {"contactsguardian", RosterField::ContactIsGuardian},
          {"contactscellphone", RosterField::Guardian1Phone},
          {"contactshomephone", RosterField::HouseholdPhone},
          {"contactsemail", RosterField::Guardian1Email}},
         false,
         false,
         true},
        // Infinite Campus, an ad hoc export of students with their first two
        // contacts: studentNumber, lastName, firstName, grade,
        // homeroomTeacher, contact1LastName, contact1FirstName,
        // contact1Relationship, contact1Priority, contact1CellPhone,
        // contact1Email, contact2... (the same), householdPhone, addressLine1,
        // city, state, zip, homePrimaryLanguage, endDate, endStatus. Contacts
        // come in the order of their priority; a contact without a cell phone
        // gets the household's.
        {"Infinite Campus",
         {"studentnumber", "contact1priority"},
         {{"contact1lastname", RosterField::Guardian1Last},
          {"contact1firstname", RosterField::Guardian1First},
          {"contact1priority", RosterField::Guardian1Priority},
          {"contact1cellphone", RosterField::Guardian1Phone},
          {"contact1email", RosterField::Guardian1Email},
          {"contact1relationship", RosterField::Ignore},
          {"contact2lastname", RosterField::Guardian2Last},
          {"contact2firstname", RosterField::Guardian2First},
          {"contact2priority", RosterField::Guardian2Priority},
          {"contact2cellphone", RosterField::Guardian2Phone},
          {"contact2email", RosterField::Guardian2Email},
          {"contact2relationship", RosterField::Ignore},
          {"householdphone", RosterField::HouseholdPhone},
          {"addressline1", RosterField::Address},
          {"homeprimarylanguage", RosterField::Language},
          {"enddate", RosterField::ExitDate},
          {"endstatus", RosterField::Ignore}}},
        // Skyward's student export with families: Other ID, Name (Last,
        // First), Grade, Homeroom Teacher, Status, Withdrawal Date, Family 1
        // Guardian 1 Name / Phone / Email, Family 1 Guardian 2 Name / Phone /
        // Email, Family 1 Address, City, State, Zip, Language. Guardians'
        // names are written "Last, First".
        {"Skyward",
         {"family1guardian1name"},
         {{"otherid", RosterField::StudentNumber},
          {"name(last,first)", RosterField::StudentName},
          {"status", RosterField::EnrollStatus},
          {"family1guardian1name", RosterField::Guardian1Name},
          {"family1guardian1phone", RosterField::Guardian1Phone},
          {"family1guardian1email", RosterField::Guardian1Email},
          {"family1guardian2name", RosterField::Guardian2Name},
          {"family1guardian2phone", RosterField::Guardian2Phone},
          {"family1guardian2email", RosterField::Guardian2Email},
          {"family1address", RosterField::Address},
          {"family1city", RosterField::City},
          {"family1state", RosterField::State},
          {"family1zip", RosterField::Zip}},
         true},
        // Aeries' student query: Perm ID, Last Name, First Name, Grade,
        // Teacher Name, Mother/Guardian First Name, Mother/Guardian Last Name,
        // Father/Guardian First Name, Father/Guardian Last Name, Home Phone,
        // Parent Email, Mailing Address, City, State, Zip Code, Home Language,
        // Leave Date.
        {"Aeries",
         {"permid", "leavedate"},
         {{"permid", RosterField::StudentNumber},
          {"teachername", RosterField::Homeroom},
          {"motherguardianfirstname", RosterField::Guardian1First},
          {"motherguardianlastname", RosterField::Guardian1Last},
          {"fatherguardianfirstname", RosterField::Guardian2First},
          {"fatherguardianlastname", RosterField::Guardian2Last},
          {"homephone", RosterField::Guardian1Phone},
          {"parentemail", RosterField::Guardian1Email},
          {"mailingaddress", RosterField::Address},
          {"leavedate", RosterField::ExitDate}},
         false,
         true},
        // Synergy's student query: SIS Number, Last Name, First Name, Grade,
        // Homeroom Teacher, Status, Parent/Guardian 1 First Name, Last Name,
        // Phone, Email, Contact Priority 1, the same for Parent/Guardian 2,
        // Address, City, State, Zip, Home Language, Leave Date.
        {"Synergy",
         {"sisnumber", "parentguardian1firstname"},
         {{"sisnumber", RosterField::StudentNumber},
          {"status", RosterField::EnrollStatus},
          {"parentguardian1firstname", RosterField::Guardian1First},
          {"parentguardian1lastname", RosterField::Guardian1Last},
          {"parentguardian1phone", RosterField::Guardian1Phone},
          {"parentguardian1email", RosterField::Guardian1Email},
          {"parentguardian2firstname", RosterField::Guardian2First},
          {"parentguardian2lastname", RosterField::Guardian2Last},
          {"parentguardian2phone", RosterField::Guardian2Phone},
          {"parentguardian2email", RosterField::Guardian2Email},
          {"leavedate", RosterField::ExitDate}}},
    };
    return table;
}

}  // namespace

std::string field_name(RosterField f) {
    for (const auto& info : fields())
        if (info.field == f) return info.name;
    return "?";
}

std::optional<RosterField> field_from_name(const std::string& name) {
    for (const auto& info : fields())
        if (name == info.name) return info.field;
    return std::nullopt;
}

std::string all_field_names() {
    std::string out;
    for (const auto& info : fields()) out += (out.empty() ? "" : ", ") + std::string(info.name);
    return out;
}

std::string normalize_header(const std::string& header) {
    std::string out;
    // Accents and case folded first: "Número" reads as "numero".
    for (unsigned char c : is_valid_utf8(header) ? fold_for_search(header) : header) {
        if (c == '#')
            out += "number";
        else if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '/' || c == '\t')
            continue;
        else
            out.push_back(static_cast<char>(c));
    }
    return out;
}

bool is_enrolled_status(const std::string& status) {
    const std::string t = trim(status);
    if (t.empty() || t == "0" || t == "-1") return true;  // PowerSchool: active, pre-registered
    std::string word;
    for (unsigned char c : t)
        if (std::isalpha(c)) word.push_back(static_cast<char>(std::tolower(c)));
    static const char* enrolled[] = {"active", "enrolled", "a", "e", "preregistered", "preenrolled", "current"};
    return std::any_of(std::begin(enrolled), std::end(enrolled), [&](const char* e) { return word == e; });
}

ColumnMapping parse_mappings(const std::vector<std::string>& specs) {
    ColumnMapping map;
    for (const auto& spec : specs) {
        auto eq = spec.rfind('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == spec.size())
            throw Error(
                tr("--map {0}: write it as COLUMN=FIELD, for example \"Tutor=guardian1_name\"", {quoted(spec)}));
        auto field = field_from_name(spec.substr(eq + 1));
        if (!field)
            throw Error(tr("--map {0}: {1} is not a roster field; use one of: {2}",
                           {quoted(spec), quoted(spec.substr(eq + 1)), all_field_names()}));
        map[normalize_header(spec.substr(0, eq))] = *field;
    }
    return map;
}

std::vector<std::string> preset_names() {
    std::vector<std::string> names;
    for (const auto& p : presets()) names.emplace_back(p.name);
    return names;
}

ColumnPlan plan_columns(const std::vector<std::string>& headers, const ColumnMapping& explicit_map,
                        const std::string& file, const std::string& forced) {
    ColumnPlan plan;
    plan.fields.resize(headers.size());
    std::map<std::string, std::size_t> by_normal;
    for (std::size_t i = 0; i < headers.size(); ++i) by_normal.emplace(normalize_header(headers[i]), i);
    for (const auto& [normal, field] : explicit_map)
        if (!by_normal.count(normal))
            throw Error(tr("{0}: --map names a column {1} that the header line does not have", {file, quoted(normal)}));

    const Preset* preset = nullptr;
    if (!forced.empty()) {
        for (const auto& p : presets())
            if (normalize_header(p.name) == normalize_header(forced)) preset = &p;
        if (!preset) {
            std::string known;
            for (const auto& p : presets()) known += (known.empty() ? "" : ", ") + std::string(p.name);
            throw Error(tr("--preset {0}: not an export FamilyNight knows; use one of: {1}", {quoted(forced), known}));
        }
    }
    for (const auto& p : presets())
        if (forced.empty() &&
            std::all_of(p.signature.begin(), p.signature.end(), [&](const char* h) { return by_normal.count(h) > 0; }))
            preset = &p;
    if (preset) {
        plan.preset = preset->name;
        plan.guardian_names_last_first = preset->guardian_names_last_first;
        plan.calpads_language_numbers = preset->calpads_language_numbers;
        plan.contact_rows = preset->contact_rows;
    }

    std::map<RosterField, std::size_t> taken;
    for (std::size_t i = 0; i < headers.size(); ++i) {
        std::string normal = normalize_header(headers[i]);
        std::optional<RosterField> field;
        const std::pair<const char*, RosterField>* preset_column = nullptr;
        if (preset)
            for (const auto& c : preset->columns)
                if (normal == c.first) preset_column = &c;
        if (auto it = explicit_map.find(normal); it != explicit_map.end()) {
            field = it->second;
        } else if (preset_column) {
            field = preset_column->second;
        } else {
            for (const auto& info : fields())
                for (const char* alias : info.aliases)
                    if (normal == alias) field = info.field;
            // Headers that could be anyone's: the student's or a parent's name, any id.
            static const char* weak[] = {"name", "fullname", "id", "first", "last", "parent", "guardian"};
            if (field && std::find(std::begin(weak), std::end(weak), normal) != std::end(weak))
                plan.guessed.push_back(headers[i] + " \u2192 " + field_name(*field));
        }
        if (!field || *field == RosterField::Ignore) {
            if (!field || preset_column) plan.unused_headers.push_back(headers[i]);
            continue;
        }
        if (auto prev = taken.find(*field); prev != taken.end())
            throw Error(
                tr("{0} line 1: columns {1} ({2}) and {3} ({4}) both look like {5}; use --map \"{4}=ignore\" or map "
                   "one of them to another field",
                   {file, static_cast<long long>(prev->second + 1), headers[prev->second],
                    static_cast<long long>(i + 1), headers[i], field_name(*field)}));
        taken[*field] = i;
        plan.fields[i] = field;
    }
    // Any export with a contact sequence column lists one contact per row;
    // there a plain "Guardian" column is the contact's yes/no, not a name.
    if (taken.count(RosterField::ContactSequence)) {
        plan.contact_rows = true;
        if (auto g = taken.find(RosterField::Guardian1Name);
            g != taken.end() && normalize_header(headers[g->second]) == "guardian" &&
            !taken.count(RosterField::ContactIsGuardian) && !explicit_map.count("guardian")) {
            plan.fields[g->second] = RosterField::ContactIsGuardian;
            std::erase(plan.guessed, headers[g->second] + " \u2192 " + field_name(RosterField::Guardian1Name));
            taken.erase(g);
        }
    }
    if (!taken.count(RosterField::StudentNumber))
        throw Error(
            tr("{0} line 1: no student number column found (re-imports are matched by it); name it with"
               " --map \"YOUR COLUMN=student_number\"",
               {file}));
    bool has_name = taken.count(RosterField::StudentName) || taken.count(RosterField::FirstName) ||
                    taken.count(RosterField::LastName);
    if (!has_name)
        throw Error(
            tr("{0} line 1: no student name column found; name it with --map \"YOUR COLUMN=last_name\"", {file}));
    return plan;
}

}  // namespace fn::io
