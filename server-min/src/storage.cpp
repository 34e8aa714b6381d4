// storage.cpp — choosing the storage backend from the --database value (storage.hpp).
#include "storage.hpp"

namespace dbi::server {

bool is_postgres_uri(const std::string& database) {
    return database.rfind("postgresql://", 0) == 0 || database.rfind("postgres://", 0) == 0;
}

std::string redact_database(const std::string& database) {
    if (!is_postgres_uri(database)) return database;
    std::string out = database;
    // postgresql://user:password@host…: the password sits between the first ':' of the user
    // information and the last '@' before the path or the query.
    const std::size_t start = out.find("://") + 3;
    std::size_t end = out.find_first_of("/?", start);
    if (end == std::string::npos) end = out.size();
    const std::size_t at = out.rfind('@', end);
    if (at != std::string::npos && at >= start) {
        const std::size_t colon = out.find(':', start);
        if (colon < at) out.replace(colon + 1, at - colon - 1, "***");
    }
    // …?password=…&…
    std::size_t q = out.find('?');
    while (q != std::string::npos) {
        const std::size_t value_end = out.find('&', q + 1);
        if (out.compare(q + 1, 9, "password=") == 0) {
            const std::size_t value = q + 10;
            out.replace(value, (value_end == std::string::npos ? out.size() : value_end) - value,
                        "***");
        }
        q = out.find('&', q + 1);
    }
    return out;
}

std::unique_ptr<Storage> open_storage(const std::string& database, const SqliteOptions& opts,
                                      std::string* error) {
    if (is_postgres_uri(database)) return open_postgres_storage(database, error);
    return open_sqlite_storage(database, opts, error);
}

}  // namespace dbi::server
