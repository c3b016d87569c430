#include "ops/demo_names.h"

namespace fn::ops::demo {

const std::vector<NamePool>& name_pools() {
    static const std::vector<NamePool> pools{
        {"en",
         38,
         {"James", "Olivia", "Jamal", "Emma", "Noah", "Ava", "Tyrone", "Grace", "Ethan", "Keisha", "Liam", "Hannah"},
         {"Carter", "Johnson", "Smith", "Williams", "Brown", "O'Brien", "Miller", "Davis", "Washington", "Taylor"}},
        {"es",
         26,
         {"María", "José", "Lucía", "Sofía", "Juan", "Ana", "Luis", "Camila", "Diego", "Valentina", "Ximena", "Ángel"},
         {"García", "Núñez", "Rodríguez", "López", "Hernández", "Martínez", "Pérez", "Gómez", "Muñoz", "Peña"}},
        {"vi",
         9,
         {"Minh", "Lan", "Bảo", "Hùng", "Mai", "Thảo", "Tuấn", "Linh", "Quốc", "Ngọc"},
         {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Võ", "Bùi"}},
        {"zh",
         7,
         {"美玲", "小明", "伟", "芳", "俊杰", "丽", "浩然", "静"},
         {"王", "李", "张", "刘", "陈", "杨", "黄", "赵"}},
        {"ht",
         5,
         {"Jean", "Marie", "Wesline", "Fritznel", "Nadège", "Ricardo"},
         {"Pierre", "Joseph", "Louis", "Jean-Baptiste", "Charles"}},
        {"so",
         5,
         {"Hodan", "Ayaan", "Abdi", "Fadumo", "Mahad", "Hibo"},
         {"Warsame", "Hassan", "Farah", "Abdullahi", "Mohamed"}},
        {"pt",
         4,
         {"João", "Beatriz", "Thiago", "Larissa", "Gonçalo"},
         {"Silva", "Santos", "Conceição", "Araújo", "Simões"}},
        {"ru", 3, {"Анна", "Дмитрий", "Ольга", "Иван", "Наталья"}, {"Иванова", "Смирнов", "Кузнецова", "Попов"}},
        {"tl",
         3,
         {"Maricel", "Jomar", "Rhea", "Paolo", "Liezl"},
         {"Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza"}},
    };
    return pools;
}

std::vector<DemoEventText> literacy_night_texts() {
    return {{"en", "Family Literacy Night", "Free dinner, reading workshops for parents, and childcare in the gym."},
            {"es", "Noche Familiar de Lectura",
             "Cena gratis, talleres de lectura para padres y cuidado de niños en el gimnasio."},
            {"vi", "Đêm Đọc Sách Gia Đình",
             "Bữa tối miễn phí, hội thảo đọc sách cho phụ huynh và giữ trẻ tại phòng thể dục."},
            {"zh", "家庭阅读之夜", "免费晚餐，家长阅读讲座，体育馆提供儿童看护。"}};
}

std::vector<DemoEventText> math_night_texts() {
    return {
        {"en", "Family Math Night", "Dinner, hands-on math games to play at home, and childcare."},
        {"es", "Noche Familiar de Matemáticas", "Cena, juegos de matemáticas para jugar en casa y cuidado de niños."},
        {"vi", "Đêm Toán Học Gia Đình", "Bữa tối, trò chơi toán học để chơi ở nhà và giữ trẻ."},
        {"zh", "家庭数学之夜", "晚餐，在家可玩的数学游戏，并提供儿童看护。"}};
}

const std::vector<std::string>& workshop_titles() {
    static const std::vector<std::string> titles{"Reading Together at Bedtime",   "Asking Questions About Stories",
                                                 "Phonics Games for Little Ones", "Writing Letters to Family",
                                                 "Math in the Kitchen",           "Card Games for Number Sense",
                                                 "Fractions with Pizza",          "Talking With Your Child's Teacher",
                                                 "Library Cards and E-books",     "Homework Routines That Work"};
    return titles;
}

const std::vector<std::string>& teacher_names() {
    static const std::vector<std::string> names{"Ms. Rivera", "Mr. Okafor",   "Ms. Chen",   "Mrs. Nguyễn",
                                                "Mr. Park",   "Ms. Dubois",   "Mr. Haddad", "Ms. Johnson",
                                                "Sra. Peña",  "Mr. Kowalski", "Ms. Abdi",   "Mrs. Santos"};
    return names;
}

const std::vector<std::string>& streets() {
    static const std::vector<std::string> s{"Elm St", "Oak Ave", "Maple Dr", "Cedar Ln",      "Lincoln Blvd",
                                            "5th St", "Pine Rd", "River Rd", "Jefferson Ave", "Park Pl"};
    return s;
}

}  // namespace fn::ops::demo
