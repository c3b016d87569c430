// Writes a realistic student roster CSV for import benchmarks:
//   fn_roster_gen STUDENTS FILE
// Siblings share a guardian row; names come from the demo school's pools.
#include <cstdio>
#include <fstream>
#include <random>
#include <string>

#include "ops/demo_names.h"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: fn_roster_gen STUDENTS FILE\n");
        return 2;
    }
    int students = std::stoi(argv[1]);
    std::ofstream out(argv[2], std::ios::binary);
    std::mt19937 rng(7);
    auto roll = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const auto& pools = fn::ops::demo::name_pools();
    const char* grades[] = {"K", "1", "2", "3", "4", "5"};
    out << "\xEF\xBB\xBFStudent ID,Last Name,First Name,Grade,Homeroom,Parent/Guardian Name,Home Phone,Email,"
           "Street Address,City,State,Zip,Home Language\r\n";
    int written = 0, family = 0;
    while (written < students) {
        const auto& pool = pools[static_cast<std::size_t>(roll(0, static_cast<int>(pools.size()) - 1))];
        std::string last = pool.family[static_cast<std::size_t>(roll(0, static_cast<int>(pool.family.size()) - 1))];
        std::string guardian =
            pool.given[static_cast<std::size_t>(roll(0, static_cast<int>(pool.given.size()) - 1))] + " " + last;
        std::string phone =
            "(555) " + std::to_string(200 + family / 10000) + "-" + std::to_string(10000 + family % 10000).substr(1);
        // One address per family, as in a real roster: a random house number
        // from a small range made 60,000 families of a 100,000-student roster
        // share addresses, and the import rightly joined them into households
        // of up to sixteen children.
        std::string street = std::to_string(10 + family % 9990) + " " +
                             fn::ops::demo::streets()[static_cast<std::size_t>(family / 9990 % 10)] +
                             (family >= 99900 ? " Apt " + std::to_string(family / 99900) : "");
        int kids = roll(1, 100) <= 60 ? 1 : 2;
        for (int k = 0; k < kids && written < students; ++k, ++written) {
            std::string first = pool.given[static_cast<std::size_t>(roll(0, static_cast<int>(pool.given.size()) - 1))];
            out << (300000 + written) << ",\"" << last << "\"," << first << "," << grades[roll(0, 5)] << ",Room "
                << roll(100, 130) << ",\"" << guardian << "\"," << phone << ",family" << family << "@example.org,\""
                << street << "\",Springfield,IL,62701," << pool.language << "\r\n";
        }
        ++family;
    }
    return 0;
}
