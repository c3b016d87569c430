#include "core/family_message.h"

#include <gtest/gtest.h>

#include "core/document_texts.h"
#include "core/errors.h"
#include "core/labels.h"

using namespace fn;

namespace {

MessageFacts facts() {
    MessageFacts f;
    f.family = "Núñez family";
    f.event = "Math Night";
    f.date = "Thursday, December 10";
    f.time = "5:30 – 7:30 PM";
    f.place = "Cafeteria";
    f.school = "Lincoln Elementary";
    return f;
}

Guardian guardian(std::string name, ContactMethod how, std::string phone, std::string email) {
    Guardian g;
    g.name = std::move(name);
    g.preferred_contact = how;
    g.phone = std::move(phone);
    g.email = std::move(email);
    return g;
}

}  // namespace

TEST(FamilyMessage, EveryKindHasItsWordsInEveryFlyerLanguage) {
    for (const auto& language : languages_with_labels())
        for (MessageKind kind : message_kinds()) {
            auto m = compose_family_message(kind, language, facts(), document_texts_for(language));
            EXPECT_NE(m.subject.find("Math Night"), std::string::npos) << language << " " << to_string(kind);
            EXPECT_NE(m.body.find("Lincoln Elementary"), std::string::npos) << language << " " << to_string(kind);
            EXPECT_EQ(m.body.find('{'), std::string::npos) << "no place left unfilled: " << language;
        }
}

// A paragraph whose only place is empty says nothing and is left out: no
// "Your workshops:" without workshops, no empty childcare line.
TEST(FamilyMessage, AParagraphWithNothingToSayIsLeftOut) {
    auto f = facts();
    auto m = compose_family_message(MessageKind::Reminder, "en", f, document_texts_for("en"));
    EXPECT_EQ(m.body.find("Your workshops"), std::string::npos) << m.body;
    EXPECT_EQ(m.body.find("\n\n\n"), std::string::npos) << m.body;
    f.workshops = "Fractions with LEGO (Library)";
    f.childcare = document_text("en", "message_childcare");
    m = compose_family_message(MessageKind::Reminder, "en", f, document_texts_for("en"));
    EXPECT_NE(m.body.find("Your workshops: Fractions with LEGO (Library)\n\nFree childcare"), std::string::npos)
        << m.body;
    EXPECT_EQ(m.subject, "See you soon: Math Night, Thursday, December 10");
}

TEST(FamilyMessage, TheSchoolsOwnWordingIsUsedAndPlacesStayTyped) {
    auto texts = document_texts_for("es", {{"message_reminder_subject", "¡No falten! {event} {unknown}"}});
    auto m = compose_family_message(MessageKind::Reminder, "es", facts(), texts);
    EXPECT_EQ(m.subject, "¡No falten! Math Night {unknown}");
    EXPECT_EQ(parse_message_kind("place-opened"), MessageKind::PlaceOpened);
    EXPECT_THROW(parse_message_kind("spam"), ValidationError);
}

// The first guardian whose preferred way can be used; paper when none.
TEST(FamilyMessage, AFamilyIsReachedByTheFirstGuardianWhoseWayWorks) {
    Household h;
    h.guardians = {guardian("Rosa", ContactMethod::Email, "", "not-an-address"),
                   guardian("Luis", ContactMethod::Text, "(312) 555-2041", "")};
    auto reach = family_reach(h);
    EXPECT_EQ(reach.method, ContactMethod::Text);
    EXPECT_EQ(reach.guardian, "Luis");
    h.guardians[1].phone = "000-000-0000";  // "no number" in the school's records
    EXPECT_EQ(family_reach(h).method, ContactMethod::Paper);
    h.guardians[0].email = "rosa@example.org";
    reach = family_reach(h);
    EXPECT_EQ(reach.method, ContactMethod::Email);
    EXPECT_EQ(reach.address, "rosa@example.org");
}

TEST(FamilyMessage, PhoneNumbersInE164OrNotAtAll) {
    EXPECT_EQ(phone_e164("(312) 555-2041"), "+13125552041");
    EXPECT_EQ(phone_e164("1-312-555-2041"), "+13125552041");
    EXPECT_EQ(phone_e164("+1 312 555 2041"), "+13125552041");
    EXPECT_EQ(phone_e164("+52 55 1234 5678"), "+525512345678");
    EXPECT_EQ(phone_e164("+44 20 7946 0958"), "+442079460958");
    EXPECT_EQ(phone_e164("555-2041"), "") << "seven digits: no area code, never guessed";
    EXPECT_EQ(phone_e164("(012) 555-2041"), "") << "no area code starts with 0";
    EXPECT_EQ(phone_e164("312 555 2041 ext 12"), "");
    EXPECT_EQ(phone_e164(""), "");
    EXPECT_TRUE(looks_like_email("rosa.nunez@example.org"));
    EXPECT_FALSE(looks_like_email("rosa@localhost"));
    EXPECT_FALSE(looks_like_email("rosa @example.org"));
    EXPECT_FALSE(looks_like_email("a@b@example.org"));
}
