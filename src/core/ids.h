#pragma once

namespace fn {
// Row ids are 64-bit everywhere (SOCI throws when a bigint overflows an int).
using Id = long long;
}  // namespace fn
