#include "core/labels.h"

#include "core/document_texts.h"
#include "core/errors.h"

#include <algorithm>
#include <set>

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
        // Haitian Creole: not yet reviewed by a speaker (labels_reviewed).
        {"ht",
         {{"free_dinner", "Dine gratis pou tout fanmi an"},
          {"childcare", "Gadri gratis pou timoun {min} a {max} an"},
          {"workshops", "Atelye pou paran yo"},
          {"round", "Seyans {n}"},
          {"rsvp_by", "Tanpri remèt fich sa a anvan {date}"},
          {"cut_here", "Koupe isit la epi remèt li bay pwofesè pitit ou a"},
          {"slip_title", "Repons"},
          {"family_name", "Non fanmi an"},
          {"adults", "Granmoun"},
          {"children", "Timoun"},
          {"ages", "Laj"},
          {"childcare_needed", "Laj timoun ki bezwen gadri"},
          {"student", "Non elèv la ak pwofesè li"},
          {"meals", "Manje"},
          {"regular", "Nòmal"},
          {"vegetarian", "Vejetaryen"},
          {"halal", "Halal"},
          {"kosher", "Kachè"},
          {"allergy", "Alèji"},
          {"interpreter", "Mwen bezwen yon entèprèt nan (lang)"},
          {"family_code", "Kòd fanmi"},
          {"presented_by", "avèk"}}},
        // Somali: not yet reviewed by a speaker (labels_reviewed).
        {"so",
         {{"free_dinner", "Casho bilaash ah oo loogu talagalay qoyska oo dhan"},
          {"childcare", "Daryeel carruur oo bilaash ah da'da {min} ilaa {max}"},
          {"workshops", "Aqoon-isweydaarsiyo waalidiinta"},
          {"round", "Wareegga {n}"},
          {"rsvp_by", "Fadlan soo celi warqaddan ka hor {date}"},
          {"cut_here", "Halkan ka jar oo u dhiib macallinka ilmahaaga"},
          {"slip_title", "Jawaab"},
          {"family_name", "Magaca qoyska"},
          {"adults", "Dadka waaweyn"},
          {"children", "Carruurta"},
          {"ages", "Da'da"},
          {"childcare_needed", "Da'da carruurta u baahan daryeel"},
          {"student", "Magaca ardayga iyo macallinka"},
          {"meals", "Cuntada"},
          {"regular", "Caadi"},
          {"vegetarian", "Khudaar"},
          {"halal", "Xalaal"},
          {"kosher", "Kosher"},
          {"allergy", "Xasaasiyad"},
          {"interpreter", "Waxaan u baahanahay turjubaan (luqadda)"},
          {"family_code", "Koodhka qoyska"},
          {"presented_by", "waxaa bixiya"}}},
        // Tagalog: not yet reviewed by a speaker (labels_reviewed).
        {"tl",
         {{"free_dinner", "Libreng hapunan para sa buong pamilya"},
          {"childcare", "Libreng pag-aalaga ng bata para sa edad {min} hanggang {max}"},
          {"workshops", "Mga workshop para sa mga magulang"},
          {"round", "Sesyon {n}"},
          {"rsvp_by", "Pakibalik ang papel na ito bago ang {date}"},
          {"cut_here", "Gupitin dito at ibigay sa guro ng inyong anak"},
          {"slip_title", "Tugon"},
          {"family_name", "Apelyido ng pamilya"},
          {"adults", "Matatanda"},
          {"children", "Mga bata"},
          {"ages", "Edad"},
          {"childcare_needed", "Edad ng mga batang kailangang alagaan"},
          {"student", "Pangalan ng estudyante at guro"},
          {"meals", "Pagkain"},
          {"regular", "Karaniwan"},
          {"vegetarian", "Vegetarian"},
          {"halal", "Halal"},
          {"kosher", "Kosher"},
          {"allergy", "Allergy"},
          {"interpreter", "Kailangan ng tagasalin sa (wika)"},
          {"family_code", "Code ng pamilya"},
          {"presented_by", "kasama si"}}},
        // Arabic: not yet reviewed by a speaker (labels_reviewed).
        {"ar",
         {{"free_dinner", "عشاء مجاني لكل أفراد الأسرة"},
          {"childcare", "رعاية مجانية للأطفال من عمر {min} إلى {max} سنة"},
          {"workshops", "ورش عمل لأولياء الأمور"},
          {"round", "الجولة {n}"},
          {"rsvp_by", "يرجى إعادة هذه القسيمة قبل {date}"},
          {"cut_here", "اقطع هنا وأعدها إلى معلم طفلك"},
          {"slip_title", "تأكيد الحضور"},
          {"family_name", "اسم العائلة"},
          {"adults", "البالغون"},
          {"children", "الأطفال"},
          {"ages", "الأعمار"},
          {"childcare_needed", "أعمار الأطفال الذين يحتاجون إلى رعاية"},
          {"student", "اسم الطالب والمعلم"},
          {"meals", "الوجبات"},
          {"regular", "عادية"},
          {"vegetarian", "نباتية"},
          {"halal", "حلال"},
          {"kosher", "كوشر"},
          {"allergy", "حساسية"},
          {"interpreter", "أحتاج إلى مترجم (اللغة)"},
          {"family_code", "رمز العائلة"},
          {"presented_by", "مع"}}},
        // Korean: not yet reviewed by a speaker (labels_reviewed).
        {"ko",
         {{"free_dinner", "온 가족을 위한 무료 저녁 식사"},
          {"childcare", "{min}세부터 {max}세까지 무료 아이 돌봄"},
          {"workshops", "학부모 워크숍"},
          {"round", "{n}부"},
          {"rsvp_by", "{date}까지 이 회신서를 보내 주세요"},
          {"cut_here", "여기를 잘라 자녀의 담임 선생님께 드리세요"},
          {"slip_title", "참석 회신"},
          {"family_name", "가족 성"},
          {"adults", "성인"},
          {"children", "어린이"},
          {"ages", "나이"},
          {"childcare_needed", "돌봄이 필요한 자녀의 나이"},
          {"student", "학생 이름과 담임 선생님"},
          {"meals", "식사"},
          {"regular", "일반"},
          {"vegetarian", "채식"},
          {"halal", "할랄"},
          {"kosher", "코셔"},
          {"allergy", "알레르기"},
          {"interpreter", "통역이 필요한 언어"},
          {"family_code", "가족 코드"},
          {"presented_by", "진행"}}},
        // Farsi (also read by Dari speakers): not yet reviewed by a speaker (labels_reviewed).
        {"fa",
         {{"free_dinner", "شام رایگان برای همه اعضای خانواده"},
          {"childcare", "مراقبت رایگان از کودکان {min} تا {max} ساله"},
          {"workshops", "کارگاه‌هایی برای والدین"},
          {"round", "نوبت {n}"},
          {"rsvp_by", "لطفاً این برگه را تا {date} برگردانید"},
          {"cut_here", "از اینجا ببرید و به معلم فرزندتان بدهید"},
          {"slip_title", "پاسخ"},
          {"family_name", "نام خانوادگی"},
          {"adults", "بزرگسالان"},
          {"children", "کودکان"},
          {"ages", "سن"},
          {"childcare_needed", "سن کودکانی که به مراقبت نیاز دارند"},
          {"student", "نام دانش‌آموز و معلم"},
          {"meals", "غذا"},
          {"regular", "معمولی"},
          {"vegetarian", "گیاهی"},
          {"halal", "حلال"},
          {"kosher", "کوشر"},
          {"allergy", "حساسیت"},
          {"interpreter", "به مترجم نیاز دارم (زبان)"},
          {"family_code", "کد خانواده"},
          {"presented_by", "با"}}},
        // Nepali: not yet reviewed by a speaker (labels_reviewed).
        {"ne",
         {{"free_dinner", "पूरै परिवारका लागि निःशुल्क बेलुकाको खाना"},
          {"childcare", "{min} देखि {max} वर्षका बालबालिकाका लागि निःशुल्क हेरचाह"},
          {"workshops", "अभिभावकका लागि कार्यशालाहरू"},
          {"round", "चरण {n}"},
          {"rsvp_by", "कृपया यो पर्ची {date} भित्र फिर्ता गर्नुहोस्"},
          {"cut_here", "यहाँ काटेर आफ्नो बच्चाको शिक्षकलाई दिनुहोस्"},
          {"slip_title", "जवाफ"},
          {"family_name", "परिवारको थर"},
          {"adults", "वयस्कहरू"},
          {"children", "बालबालिका"},
          {"ages", "उमेर"},
          {"childcare_needed", "हेरचाह चाहिने बालबालिकाको उमेर"},
          {"student", "विद्यार्थीको नाम र शिक्षक"},
          {"meals", "खाना"},
          {"regular", "सामान्य"},
          {"vegetarian", "शाकाहारी"},
          {"halal", "हलाल"},
          {"kosher", "कोशर"},
          {"allergy", "एलर्जी"},
          {"interpreter", "दोभाषे चाहिने भाषा"},
          {"family_code", "परिवार कोड"},
          {"presented_by", "सँग"}}},
    };
    return catalogs;
}

// The catalogs that shipped checked; the others were written for this
// release and say so in the settings until a speaker has read them.
const std::set<std::string>& reviewed() {
    static const std::set<std::string> languages{"en", "es", "vi", "zh", "pt", "ru"};
    return languages;
}

}  // namespace

bool labels_reviewed(const std::string& language) { return reviewed().count(language) > 0; }

std::vector<std::string> printable_languages(
    const std::map<std::string, std::map<std::string, std::string>>& overrides) {
    std::set<std::string> languages;
    for (const auto& [lang, catalog] : builtin()) languages.insert(lang);
    for (const auto& [lang, typed] : overrides) {
        bool complete = true;
        for (const auto& key : label_keys()) {
            auto it = typed.find(key);
            complete = complete && it != typed.end() && !it->second.empty();
        }
        if (complete) languages.insert(lang);
    }
    return {languages.begin(), languages.end()};
}

std::string paper_language(const std::string& language, const std::vector<std::string>& printable) {
    auto can = [&](const std::string& l) {
        return std::find(printable.begin(), printable.end(), l) != printable.end();
    };
    if (can(language)) return language;
    // Languages FamilyNight stores under their own code whose readers read
    // a printed macrolanguage: Dari and Iranian Persian read Persian.
    static const std::map<std::string, std::string> kReadsAs{{"prs", "fa"}, {"pes", "fa"}};
    if (auto it = kReadsAs.find(language); it != kReadsAs.end() && can(it->second)) return it->second;
    // BCP 47 lookup: the tag shortened from the end ("zh-hant" -> "zh").
    for (std::string tag = language; tag.find('-') != std::string::npos;) {
        tag = tag.substr(0, tag.rfind('-'));
        if (can(tag)) return tag;
    }
    return "en";
}

void PapersInstead::count(const std::string& language, const std::string& printed) {
    if (printed == language) return;
    if (printed == "en") {
        ++english[language];
    } else {
        auto& n = nearest[language];
        n.printed = printed;
        ++n.households;
    }
}

const std::map<std::string, std::string>& school_wording(
    const std::map<std::string, std::map<std::string, std::string>>& overrides, const std::string& language) {
    static const std::map<std::string, std::string> none;
    auto it = overrides.find(language);
    return it == overrides.end() ? none : it->second;
}

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

std::string fill_label(std::string text, const std::string& key, const std::string& value) {
    auto at = text.find("{" + key + "}");
    if (at != std::string::npos) text.replace(at, key.size() + 2, value);
    return text;
}

LabelCatalog built_in_labels(const std::string& language) {
    auto it = builtin().find(language);
    return it == builtin().end() ? LabelCatalog{} : it->second;
}

void set_label_override(std::map<std::string, std::string>& overrides, const std::string& language,
                        const std::string& key, const std::string& text) {
    // The built-in wording: a flyer label's, or the other papers' words
    // (core/document_texts) in a language that has them.
    auto built_in = built_in_labels(language);
    std::string built_in_text;
    if (auto it = built_in.find(key); it != built_in.end())
        built_in_text = it->second;
    else if (is_document_text_key(key) && has_document_texts(language))
        built_in_text = document_text(language, key);
    if (text.empty() || text == built_in_text)
        overrides.erase(key);
    else
        overrides[key] = text;
}

LabelCatalog labels_for(const std::string& language, const std::map<std::string, std::string>& overrides) {
    LabelCatalog catalog;
    if (auto it = builtin().find(language); it != builtin().end()) catalog = it->second;
    // Only the flyer's labels: the school's wording of the other papers is
    // core/document_texts' (document_texts_for).
    for (const auto& [key, text] : overrides)
        if (!text.empty() && !is_document_text_key(key)) catalog[key] = text;
    std::string missing;
    for (const auto& key : label_keys())
        if (!catalog.count(key)) missing += (missing.empty() ? "" : ", ") + key;
    if (!missing.empty())
        throw ValidationError(
            tr("printed labels"),
            tr("there are no printed labels in {0} yet; add them in the school settings (missing: {1})",
               {quoted(language), missing}));
    return catalog;
}

}  // namespace fn
