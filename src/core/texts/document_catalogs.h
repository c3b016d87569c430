#pragma once
// The built-in words of the papers families read besides the flyer, one file
// per paper; core/document_texts.cpp puts them together and answers lookups.
// A language's catalog in one file has every key that file's English has.
#include <map>
#include <string>

namespace fn::texts {

using Catalog = std::map<std::string, std::string>;  // key -> text
using Catalogs = std::map<std::string, Catalog>;     // language -> its catalog

const Catalogs& door_texts();        // sign-in sheet headings, childcare pickup tags
const Catalogs& evaluation_texts();  // evaluation form and barrier slip
const Catalogs& resources_texts();   // community resources handout
const Catalogs& message_texts();     // messages to families: e-mail, texts, the phone tree's script

}  // namespace fn::texts
