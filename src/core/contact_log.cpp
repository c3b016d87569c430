#include "core/contact_log.h"

#include "core/enum_names.h"

namespace fn {
namespace {

constexpr EnumNames<ContactKind, 5> kKinds{{{ContactKind::GoodNews, "good-news"},
                                            {ContactKind::Invitation, "invitation"},
                                            {ContactKind::LunchInvitation, "lunch-invitation"},
                                            {ContactKind::FollowUp, "follow-up"},
                                            {ContactKind::Conference, "conference"}}};
constexpr EnumNames<ContactChannel, 5> kChannels{{{ContactChannel::Phone, "phone"},
                                                  {ContactChannel::Text, "text"},
                                                  {ContactChannel::Email, "email"},
                                                  {ContactChannel::Note, "note"},
                                                  {ContactChannel::InPerson, "in-person"}}};

}  // namespace

std::string to_string(ContactKind v) { return enum_to_string(kKinds, v); }
ContactKind parse_contact_kind(const std::string& s) { return enum_from_string(kKinds, s, "contact kind"); }
std::string to_string(ContactChannel v) { return enum_to_string(kChannels, v); }
ContactChannel parse_contact_channel(const std::string& s) { return enum_from_string(kChannels, s, "channel"); }

}  // namespace fn
