#pragma once
// Builds a statement from a query and any number of into()/use() bindings,
// for helpers that pass bindings through a parameter pack. Run once (a
// one-time query): on PostgreSQL one round trip, where a named prepared
// statement costs three (prepare, execute, deallocate) over the network.
#include <soci/soci.h>

#include <string>
#include <vector>

namespace fn::store {

template <typename... Bindings>
soci::statement prepared(soci::session& sql, const std::string& query, const Bindings&... bindings) {
    soci::statement st(sql);
    (st.exchange(bindings), ...);
    st.alloc();
    st.prepare(query, soci::details::st_one_time_query);
    st.define_and_bind();
    return st;
}

// The same with one use() per id after the other bindings, for queries
// ending in an IN list of that many placeholders.
template <typename... Bindings>
soci::statement prepared_with_ids(soci::session& sql, const std::string& query, const std::vector<long long>& ids,
                                  const Bindings&... bindings) {
    soci::statement st(sql);
    (st.exchange(bindings), ...);
    for (const long long& id : ids) st.exchange(soci::use(id));
    st.alloc();
    st.prepare(query, soci::details::st_one_time_query);
    st.define_and_bind();
    return st;
}

}  // namespace fn::store
