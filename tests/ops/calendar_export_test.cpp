// Calendar files that update: the school's own UIDs, its time zone, and a
// SEQUENCE that grows when what a calendar shows changes; the feed file.
#include <gtest/gtest.h>
#include <libical/ical.h>

#include <memory>

#include "core/errors.h"
#include "io/csv_reader.h"
#include "ops/event_ops.h"
#include "ops/export_ops.h"
#include "ops/settings_ops.h"
#include "support/fixtures.h"
#include "support/pinned_today.h"

using namespace fn;
using fn::testing::DbTest;

namespace {

using Calendar = std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)>;

class CalendarExport : public DbTest {
protected:
    Calendar exported(const std::string& language = "en", bool feed = false) {
        const auto path = dir.file("events.ics");
        ops::export_events_ics(db, 0, path, language, feed);
        text = io::read_text_file(path);
        return Calendar(icalparser_parse_string(text.c_str()), &icalcomponent_free);
    }
    static icalcomponent* first_event(const Calendar& cal) {
        return icalcomponent_get_first_component(cal.get(), ICAL_VEVENT_COMPONENT);
    }
    static int sequence(const Calendar& cal) { return icalcomponent_get_sequence(first_event(cal)); }
    std::string text;
};

TEST_F(CalendarExport, EntriesCarryTheSchoolsIdItsTimeZoneAndARevisionThatGrowsWithEachChange) {
    auto settings = ops::load_settings(db);
    ASSERT_EQ(settings.school_id.size(), 24u) << "made with the database";
    settings.time_zone = "America/Chicago";
    ops::save_settings(db, settings);
    Id ev = ops::create_event(db, fn::testing::sample_event());
    auto cal = exported("es");
    ASSERT_TRUE(cal);
    icalcomponent* vevent = first_event(cal);
    ASSERT_NE(vevent, nullptr);
    EXPECT_STREQ(icalcomponent_get_summary(vevent), "Noche de Lectura");
    EXPECT_EQ(std::string(icalcomponent_get_uid(vevent)),
              "event-" + std::to_string(ev) + "-" + settings.school_id + "@familynight");
    icalproperty* start = icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY);
    icalparameter* tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
    ASSERT_NE(tzid, nullptr);
    EXPECT_STREQ(icalparameter_get_tzid(tzid), "America/Chicago");
    EXPECT_EQ(icalproperty_get_dtstart(start).hour, 17);
    icalcomponent* vtz = icalcomponent_get_first_component(cal.get(), ICAL_VTIMEZONE_COMPONENT);
    ASSERT_NE(vtz, nullptr);
    EXPECT_STREQ(icalproperty_get_tzid(icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY)), "America/Chicago");
    EXPECT_LT(text.size(), 6000u) << "the zone's rules from the year before the events, not since 1883";
    EXPECT_EQ(sequence(cal), 0);
    EXPECT_NE(icalcomponent_get_first_property(vevent, ICAL_LASTMODIFIED_PROPERTY), nullptr);

    // A new time: the calendar takes it.
    Event e = ops::load_event_plan(db, ev).event;
    e.start_time = "18:00";
    ops::update_event(db, e);
    EXPECT_EQ(sequence(exported()), 1);
    ops::update_event(db, e);  // saved again unchanged
    EXPECT_EQ(sequence(exported()), 1) << "nothing a calendar shows changed";
    e.texts["es"].title = "Noche de Lectura Familiar";
    ops::update_event(db, e);
    EXPECT_EQ(sequence(exported()), 2);
    // Cancelled: still in the file, so subscribed calendars cross it out.
    ops::set_event_status(db, ev, EventStatus::Cancelled);
    cal = exported();
    EXPECT_EQ(sequence(cal), 3);
    EXPECT_EQ(icalcomponent_get_status(first_event(cal)), ICAL_STATUS_CANCELLED);
}

TEST_F(CalendarExport, TwoSchoolsNeverShareAnEventsUid) {
    fn::testing::TempDir other_dir;
    fn::testing::TestDatabase other_place{other_dir};
    auto other = store::Database::open(other_place.connection());
    const auto ours = ops::load_settings(db).school_id, theirs = ops::load_settings(other).school_id;
    EXPECT_FALSE(ours.empty());
    EXPECT_NE(ours, theirs);
    auto settings = ops::load_settings(db);
    settings.name = "Lincoln Elementary";
    ops::save_settings(db, settings);
    EXPECT_EQ(ops::load_settings(db).school_id, ours) << "never changed by saving the settings";
}

TEST_F(CalendarExport, AnUnknownTimeZoneIsRefusedWithTheFormItTakes) {
    auto settings = ops::load_settings(db);
    settings.time_zone = "Central Time";
    try {
        ops::save_settings(db, settings);
        FAIL() << "an unknown time zone was saved";
    } catch (const ValidationError& e) {
        EXPECT_NE(std::string(e.what()).find("America/Chicago"), std::string::npos) << e.what();
    }
    EXPECT_EQ(ops::load_settings(db).time_zone, "");
}

TEST_F(CalendarExport, TheFeedHoldsAnnouncedEventsFromTodayOnAndTellsCalendarsToLookAgain) {
    ops::create_event(db, fn::testing::sample_event("2026-11-05"));
    ops::create_event(db, fn::testing::sample_event("2026-12-10"));
    auto draft = fn::testing::sample_event("2026-12-17");
    draft.status = EventStatus::Draft;
    ops::create_event(db, draft);
    fn::test::TodayIs today("2026-12-01");
    auto cal = exported("en", true);
    ASSERT_TRUE(cal);
    int events = 0;
    for (auto* v = first_event(cal); v; v = icalcomponent_get_next_component(cal.get(), ICAL_VEVENT_COMPONENT)) {
        ++events;
        EXPECT_EQ(icalcomponent_get_dtstart(v).month, 12);
    }
    EXPECT_EQ(events, 1) << "November's night is past; the draft is not announced";
    EXPECT_NE(text.find("REFRESH-INTERVAL"), std::string::npos) << text;
    EXPECT_NE(text.find("X-PUBLISHED-TTL:PT6H"), std::string::npos);
    EXPECT_EQ(exported("en", false) ? text.find("REFRESH-INTERVAL") : 0, std::string::npos) << "a plain file has none";
}

}  // namespace
