#pragma once
// Builds a prepared statement from a query and any number of into()/use()
// bindings, for helpers that pass bindings through a parameter pack.
#include <soci/soci.h>

#include <string>

namespace fn::store {

template <typename... Bindings>
soci::statement prepared(soci::session& sql, const std::string& query, const Bindings&... bindings) {
    soci::statement st(sql);
    (st.exchange(bindings), ...);
    st.alloc();
    st.prepare(query);
    st.define_and_bind();
    return st;
}

}  // namespace fn::store
