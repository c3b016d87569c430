#pragma once
// Which part of a person's name is the family name. A school files and
// prints families by it, so "Dela Cruz" must not become "Cruz" nor
// "Nguyễn Thị Hương" become "Hương". When the family name is known (a
// roster's last-name column, or typed in the family form) it is used as
// given; these rules only guess when it is not.
#include <string>

namespace fn {

struct NameParts {
    std::string given;
    std::string family;
};

// Splits "Ana Dela Cruz" into {"Ana", "Dela Cruz"} (a family name keeps its
// particles: de, del, de la, dela, van, von, da, dos, di, le, la, al, el,
// bin, ibn, st.); a Vietnamese name written family name first ("Nguyễn Thị
// Hương": one of the common Vietnamese family names leads) is split at the
// front. A one-word name is the family name.
NameParts split_name(const std::string& full_name);

// Whether `full_name` carries `family` as its family name: its last words
// ("Ricardo Dela Cruz" carries "Dela Cruz"), or its first word when the
// name is written family name first ("Nguyễn Thị Hương" carries "Nguyễn").
bool carries_family_name(const std::string& full_name, const std::string& family);

// The first word of a name: what a person is called by where names are a
// given name followed by their father's (and grandfather's) ("Tesfaye" in
// "Tesfaye Bekele", "Hodan" in "Hodan Ali Farah").
std::string first_word(const std::string& full_name);

// Languages of families whose names are a given name and the father's given
// name, with no family name handed down: Amharic, Tigrinya, Oromo, Somali,
// Tamil, Malay, Icelandic, Mongolian.
bool patronymic_naming_language(const std::string& language_code);
// Languages whose names are written family name first: Chinese, Korean,
// Japanese, Vietnamese, Hungarian, Khmer.
bool family_name_first_language(const std::string& language_code);

}  // namespace fn
