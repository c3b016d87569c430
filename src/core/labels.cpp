#include "core/labels.h"

#include "core/errors.h"

namespace fn {
namespace {

const std::map<std::string, LabelCatalog>& builtin() {
    static const std::map<std::string, LabelCatalog> catalogs{
        {"en",
         {{"free_dinner", "Free dinner for the whole family"},
          {"childcare", "Free childcare for ages {min} to {max}"},
          {"workshops", "Workshops for parents"},
          {"round", "Round {n}"},
          {"rsvp_by", "Please return this slip by {date}"},
          {"cut_here", "Cut here and return to your child's teacher"},
          {"slip_title", "RSVP"},
          {"family_name", "Family name"},
          {"adults", "Adults"},
          {"children", "Children"},
          {"ages", "Ages"},
          {"childcare_needed", "Ages of the children who need childcare"},
          {"student", "Student's name and teacher"},
          {"meals", "Meals"},
          {"regular", "Regular"},
          {"vegetarian", "Vegetarian"},
          {"halal", "Halal"},
          {"kosher", "Kosher"},
          {"allergy", "Allergy"},
          {"interpreter", "Interpreter needed in (language)"},
          {"family_code", "Family code"},
          {"presented_by", "with"}}},
        {"es",
         {{"free_dinner", "Cena gratis para toda la familia"},
          {"childcare", "Cuidado de niños gratis de {min} a {max} años"},
          {"workshops", "Talleres para padres"},
          {"round", "Turno {n}"},
          {"rsvp_by", "Por favor devuelva este talón antes del {date}"},
          {"cut_here", "Corte aquí y entréguelo al maestro de su hijo"},
          {"slip_title", "Confirmación"},
          {"family_name", "Apellido de la familia"},
          {"adults", "Adultos"},
          {"children", "Niños"},
          {"ages", "Edades"},
          {"childcare_needed", "Edades de los niños que necesitan cuidado"},
          {"student", "Nombre del estudiante y maestro(a)"},
          {"meals", "Comidas"},
          {"regular", "Normal"},
          {"vegetarian", "Vegetariana"},
          {"halal", "Halal"},
          {"kosher", "Kosher"},
          {"allergy", "Alergia"},
          {"interpreter", "Necesito intérprete en (idioma)"},
          {"family_code", "Código de familia"},
          {"presented_by", "con"}}},
        {"vi",
         {{"free_dinner", "Bữa tối miễn phí cho cả gia đình"},
          {"childcare", "Giữ trẻ miễn phí cho trẻ từ {min} đến {max} tuổi"},
          {"workshops", "Hội thảo dành cho phụ huynh"},
          {"round", "Phiên {n}"},
          {"rsvp_by", "Vui lòng gửi lại phiếu này trước ngày {date}"},
          {"cut_here", "Cắt theo đường này và gửi cho giáo viên của con"},
          {"slip_title", "Phiếu trả lời"},
          {"family_name", "Họ của gia đình"},
          {"adults", "Người lớn"},
          {"children", "Trẻ em"},
          {"ages", "Tuổi"},
          {"childcare_needed", "Tuổi của các cháu cần giữ trẻ"},
          {"student", "Tên học sinh và giáo viên"},
          {"meals", "Bữa ăn"},
          {"regular", "Thường"},
          {"vegetarian", "Chay"},
          {"halal", "Halal"},
          {"kosher", "Kosher"},
          {"allergy", "Dị ứng"},
          {"interpreter", "Cần thông dịch viên tiếng"},
          {"family_code", "Mã gia đình"},
          {"presented_by", "cùng"}}},
        {"zh",
         {{"free_dinner", "全家免费晚餐"},
          {"childcare", "为{min}至{max}岁儿童提供免费看护"},
          {"workshops", "家长讲座"},
          {"round", "第{n}场"},
          {"rsvp_by", "请于{date}前交回此回执"},
          {"cut_here", "沿此线剪下，交给孩子的老师"},
          {"slip_title", "回执"},
          {"family_name", "家庭姓氏"},
          {"adults", "成人"},
          {"children", "儿童"},
          {"ages", "年龄"},
          {"childcare_needed", "需要看护的儿童年龄"},
          {"student", "学生姓名和老师"},
          {"meals", "餐食"},
          {"regular", "普通"},
          {"vegetarian", "素食"},
          {"halal", "清真"},
          {"kosher", "犹太洁食"},
          {"allergy", "过敏"},
          {"interpreter", "需要翻译（语言）"},
          {"family_code", "家庭代码"},
          {"presented_by", "主讲"}}},
        {"pt",
         {{"free_dinner", "Jantar gratuito para toda a família"},
          {"childcare", "Cuidado infantil gratuito para crianças de {min} a {max} anos"},
          {"workshops", "Oficinas para pais"},
          {"round", "Sessão {n}"},
          {"rsvp_by", "Por favor, devolva este talão até {date}"},
          {"cut_here", "Recorte aqui e entregue ao professor do seu filho"},
          {"slip_title", "Confirmação de presença"},
          {"family_name", "Sobrenome da família"},
          {"adults", "Adultos"},
          {"children", "Crianças"},
          {"ages", "Idades"},
          {"childcare_needed", "Idades das crianças que precisam de cuidado"},
          {"student", "Nome do aluno e professor(a)"},
          {"meals", "Refeições"},
          {"regular", "Normal"},
          {"vegetarian", "Vegetariana"},
          {"halal", "Halal"},
          {"kosher", "Kosher"},
          {"allergy", "Alergia"},
          {"interpreter", "Preciso de intérprete em (idioma)"},
          {"family_code", "Código da família"},
          {"presented_by", "com"}}},
        {"ru",
         {{"free_dinner", "Бесплатный ужин для всей семьи"},
          {"childcare", "Бесплатный присмотр за детьми от {min} до {max} лет"},
          {"workshops", "Занятия для родителей"},
          {"round", "Часть {n}"},
          {"rsvp_by", "Пожалуйста, верните этот талон до {date}"},
          {"cut_here", "Отрежьте здесь и передайте учителю вашего ребёнка"},
          {"slip_title", "Ответ"},
          {"family_name", "Фамилия семьи"},
          {"adults", "Взрослые"},
          {"children", "Дети"},
          {"ages", "Возраст"},
          {"childcare_needed", "Возраст детей, которым нужен присмотр"},
          {"student", "Имя ученика и учитель"},
          {"meals", "Питание"},
          {"regular", "Обычное"},
          {"vegetarian", "Вегетарианское"},
          {"halal", "Халяль"},
          {"kosher", "Кошер"},
          {"allergy", "Аллергия"},
          {"interpreter", "Нужен переводчик (язык)"},
          {"family_code", "Код семьи"},
          {"presented_by", "ведёт"}}},
    };
    return catalogs;
}

}  // namespace

const std::vector<std::string>& label_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const auto& [key, text] : builtin().at("en")) k.push_back(key);
        return k;
    }();
    return keys;
}

std::vector<std::string> languages_with_labels() {
    std::vector<std::string> langs;
    for (const auto& [lang, catalog] : builtin()) langs.push_back(lang);
    return langs;
}

LabelCatalog built_in_labels(const std::string& language) {
    auto it = builtin().find(language);
    return it == builtin().end() ? LabelCatalog{} : it->second;
}

void set_label_override(std::map<std::string, std::string>& overrides, const std::string& language,
                        const std::string& key, const std::string& text) {
    auto built_in = built_in_labels(language);
    auto it = built_in.find(key);
    if (text.empty() || (it != built_in.end() && it->second == text)) overrides.erase(key);
    else overrides[key] = text;
}

LabelCatalog labels_for(const std::string& language, const std::map<std::string, std::string>& overrides) {
    LabelCatalog catalog;
    if (auto it = builtin().find(language); it != builtin().end()) catalog = it->second;
    for (const auto& [key, text] : overrides)
        if (!text.empty()) catalog[key] = text;
    std::string missing;
    for (const auto& key : label_keys())
        if (!catalog.count(key)) missing += (missing.empty() ? "" : ", ") + key;
    if (!missing.empty())
        throw ValidationError(tr("printed labels"),
                              tr("there are no printed labels in {0} yet; add them in the school settings (missing: {1})",
                                 {quoted(language), missing}));
    return catalog;
}

}  // namespace fn
