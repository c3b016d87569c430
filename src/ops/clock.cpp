#include "ops/clock.h"

#include <cstdlib>
#include <ctime>

#include "core/calendar.h"
#include "core/text_message.h"

namespace fn::ops {

std::string now_timestamp() {
    std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S", &local);
    return buf;
}

std::string clock_date() { return now_timestamp().substr(0, 10); }

std::string today() {
    if (const char* pinned = std::getenv("FAMILYNIGHT_TODAY"); pinned && *pinned) {
        check_date(Text(std::string("FAMILYNIGHT_TODAY")), pinned);
        return pinned;
    }
    return clock_date();
}

}  // namespace fn::ops
