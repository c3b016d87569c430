#include "core/record_texts.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/errors.h"

namespace fn {
namespace {

using Catalog = std::map<std::string, std::string>;

const std::map<std::string, Catalog>& catalogs() {
    static const std::map<std::string, Catalog> all{
        {"en",
         {{"title", "Family record"},
          {"intro", "Everything our school keeps about your family in FamilyNight, as of {when}."},
          {"nothing", "Nothing kept."},
          {"also",
           "Search words made from these names, so that the family can be found at the door (listed in the JSON file of this copy)."},
          {"maybe", "Maybe"},
          {"by.phone", "Phone call"},
          {"by.text", "Text message"},
          {"by.email", "E-mail"},
          {"by.paper", "Paper"},
          {"by.in-person", "In person"},
          {"page_of", "Page {n} of {total}"},
          {"also_heading", "Also kept"},
          {"yes", "Yes"},
          {"no", "No"},
          {"page", "Family record: {name}"},
          {"section.households", "Your family"},
          {"section.guardians", "Parents and guardians"},
          {"section.students", "Students"},
          {"section.rsvps", "Answers to invitations"},
          {"section.rsvp_meals", "Meals asked for"},
          {"section.rsvp_picks", "Workshops chosen"},
          {"section.checkins", "Arrivals at events"},
          {"section.workshop_attendance", "Workshops attended"},
          {"section.childcare_dropoffs", "Childcare at events"},
          {"section.door_log", "What happened at the door"},
          {"section.audit_log", "Changes to this record"},
          {"section.contacts", "Contacts with the school"},
          {"section.home_visits", "Home visits"},
          {"section.privacy_ledger", "Copies and erasures of this record"},
          {"section.people", "As a volunteer"},
          {"field.family_name", "Family name"},
          {"field.code", "Family code"},
          {"field.address", "Address"},
          {"field.language", "Language"},
          {"field.language_to_confirm", "Language to confirm (as the roster wrote it)"},
          {"field.notes", "Notes"},
          {"field.walk_in", "Came without an invitation"},
          {"field.active", "At the school"},
          {"field.erased_on", "Erased on"},
          {"field.name", "Name"},
          {"field.phone", "Phone"},
          {"field.email", "E-mail"},
          {"field.preferred_contact", "Contact by"},
          {"field.first_name", "First name"},
          {"field.last_name", "Last name"},
          {"field.grade", "Grade"},
          {"field.homeroom", "Homeroom"},
          {"field.student_number", "Student number"},
          {"field.left_on", "Left the school on"},
          {"field.event_id", "Event"},
          {"field.status", "Answer"},
          {"field.adults", "Adults"},
          {"field.children", "Children"},
          {"field.before_adults", "Adults before"},
          {"field.before_children", "Children before"},
          {"field.child_ages", "Children's ages"},
          {"field.childcare_ages", "Ages for childcare"},
          {"field.interpreter_language", "Interpreter"},
          {"field.interpreter", "Interpreter"},
          {"field.source", "Answered by"},
          {"field.recorded_at", "Written down"},
          {"field.checked_in_at", "Arrived"},
          {"field.station", "Table"},
          {"field.workshop_id", "Workshop"},
          {"field.need", "Meal"},
          {"field.count", "How many"},
          {"field.note", "Note"},
          {"field.pickup_code", "Pickup code"},
          {"field.dropped_at", "Dropped off"},
          {"field.picked_up_at", "Picked up"},
          {"field.action", "What"},
          {"field.at", "When"},
          {"field.detail", "Detail"},
          {"field.contacted_on", "Date"},
          {"field.staff", "Staff"},
          {"field.second_staff", "Second visitor"},
          {"field.channel", "By"},
          {"field.kind", "Kind"},
          {"field.offered_on", "Offered on"},
          {"field.offered_by", "Offered by"},
          {"field.answer", "Answer"},
          {"field.consent_on", "Agreed on"},
          {"field.visit_on", "Visit on"},
          {"field.minutes", "Minutes"},
          {"field.made", "Made"},
          {"field.reflection", "Reflection"},
          {"field.operation", "Change"},
          {"field.actor", "By"},
          {"field.field", "Field"},
          {"field.label", "About"},
          {"field.before_value", "Before"},
          {"field.after_value", "After"},
          {"field.reason", "Reason"},
          {"field.role", "Role"},
          {"field.languages", "Languages"}}},
        {"es",
         {{"title", "Registro de la familia"},
          {"intro", "Todo lo que nuestra escuela guarda sobre su familia en FamilyNight, a fecha de {when}."},
          {"nothing", "No hay nada guardado."},
          {"also",
           "Palabras de búsqueda hechas con estos nombres, para encontrar a la familia en la entrada (están en el archivo JSON de esta copia)."},
          {"maybe", "Tal vez"},
          {"by.phone", "Llamada"},
          {"by.text", "Mensaje de texto"},
          {"by.email", "Correo electrónico"},
          {"by.paper", "Papel"},
          {"by.in-person", "En persona"},
          {"page_of", "Página {n} de {total}"},
          {"also_heading", "También se guarda"},
          {"yes", "Sí"},
          {"no", "No"},
          {"page", "Registro de la familia: {name}"},
          {"section.households", "Su familia"},
          {"section.guardians", "Padres y tutores"},
          {"section.students", "Estudiantes"},
          {"section.rsvps", "Respuestas a las invitaciones"},
          {"section.rsvp_meals", "Comidas pedidas"},
          {"section.rsvp_picks", "Talleres elegidos"},
          {"section.checkins", "Llegadas a los eventos"},
          {"section.workshop_attendance", "Talleres a los que asistieron"},
          {"section.childcare_dropoffs", "Cuidado de niños en los eventos"},
          {"section.door_log", "Lo que pasó en la entrada"},
          {"section.audit_log", "Cambios en este registro"},
          {"section.contacts", "Contactos con la escuela"},
          {"section.home_visits", "Visitas al hogar"},
          {"section.privacy_ledger", "Copias y borrados de este registro"},
          {"section.people", "Como voluntario"},
          {"field.family_name", "Apellido de la familia"},
          {"field.code", "Código de la familia"},
          {"field.address", "Dirección"},
          {"field.language", "Idioma"},
          {"field.language_to_confirm", "Idioma por confirmar (como lo escribió la lista)"},
          {"field.notes", "Notas"},
          {"field.walk_in", "Llegó sin invitación"},
          {"field.active", "En la escuela"},
          {"field.erased_on", "Borrado el"},
          {"field.name", "Nombre"},
          {"field.phone", "Teléfono"},
          {"field.email", "Correo electrónico"},
          {"field.preferred_contact", "Contactar por"},
          {"field.first_name", "Nombre"},
          {"field.last_name", "Apellido"},
          {"field.grade", "Grado"},
          {"field.homeroom", "Salón"},
          {"field.student_number", "Número de estudiante"},
          {"field.left_on", "Dejó la escuela el"},
          {"field.event_id", "Evento"},
          {"field.status", "Respuesta"},
          {"field.adults", "Adultos"},
          {"field.children", "Niños"},
          {"field.before_adults", "Adultos antes"},
          {"field.before_children", "Niños antes"},
          {"field.child_ages", "Edades de los niños"},
          {"field.childcare_ages", "Edades para el cuidado de niños"},
          {"field.interpreter_language", "Intérprete"},
          {"field.interpreter", "Intérprete"},
          {"field.source", "Respondió por"},
          {"field.recorded_at", "Anotado"},
          {"field.checked_in_at", "Llegó"},
          {"field.station", "Mesa"},
          {"field.workshop_id", "Taller"},
          {"field.need", "Comida"},
          {"field.count", "Cuántas"},
          {"field.note", "Nota"},
          {"field.pickup_code", "Código de recogida"},
          {"field.dropped_at", "Dejados"},
          {"field.picked_up_at", "Recogidos"},
          {"field.action", "Qué"},
          {"field.at", "Cuándo"},
          {"field.detail", "Detalle"},
          {"field.contacted_on", "Fecha"},
          {"field.staff", "Personal"},
          {"field.second_staff", "Segundo visitante"},
          {"field.channel", "Por"},
          {"field.kind", "Tipo"},
          {"field.offered_on", "Ofrecida el"},
          {"field.offered_by", "Ofrecida por"},
          {"field.answer", "Respuesta"},
          {"field.consent_on", "Aceptada el"},
          {"field.visit_on", "Visita el"},
          {"field.minutes", "Minutos"},
          {"field.made", "Realizada"},
          {"field.reflection", "Reflexión"},
          {"field.operation", "Cambio"},
          {"field.actor", "Por"},
          {"field.field", "Campo"},
          {"field.label", "Sobre"},
          {"field.before_value", "Antes"},
          {"field.after_value", "Después"},
          {"field.reason", "Motivo"},
          {"field.role", "Función"},
          {"field.languages", "Idiomas"}}},
    };
    return all;
}

// Kept to link one row to another or to find the family quickly: the JSON
// file has them; a reader's page does not need them.
bool linking_column(const std::string& column) {
    static const std::set<std::string> linking{"id",
                                               "household_id",
                                               "rsvp_id",
                                               "round_id",
                                               "position",
                                               "seq",
                                               "requested_seq",
                                               "operation_id",
                                               "target_id",
                                               "reverted_by",
                                               "author",
                                               "recorded_by",
                                               "door_guardians",
                                               "door_students",
                                               "family_code",
                                               "login",
                                               "subject",
                                               "term"};
    return linking.count(column) > 0;
}

}  // namespace

bool has_record_texts(const std::string& language) { return catalogs().count(language) > 0; }

std::string record_language(const std::string& family_language) {
    return has_record_texts(family_language) ? family_language : "en";
}

std::string record_text(const std::string& language, const std::string& key) {
    if (auto own = catalogs().find(language); own != catalogs().end())
        if (auto text = own->second.find(key); text != own->second.end()) return text->second;
    auto english = catalogs().at("en").find(key);
    if (english == catalogs().at("en").end()) throw Error("no record text '" + key + "'");
    return english->second;
}

bool has_record_text(const std::string& key) { return catalogs().at("en").count(key) > 0; }

std::string record_section(const std::string& language, const std::string& table) {
    return catalogs().at("en").count("section." + table) ? record_text(language, "section." + table) : table;
}

std::optional<std::string> record_field(const std::string& language, const std::string& column) {
    if (linking_column(column)) return std::nullopt;
    if (catalogs().at("en").count("field." + column)) return record_text(language, "field." + column);
    std::string named = column;
    std::replace(named.begin(), named.end(), '_', ' ');
    return named;
}

}  // namespace fn
