#pragma once
// How every file FamilyNight writes (PDF, CSV, iCalendar, backups aside) is
// written: the target checked first (its folder exists; it is not a folder
// or a device), the contents written to a temporary name beside it, flushed
// to disk, then renamed over the target, so a reader never sees half a file
// and a failure leaves the old file and no debris. Failures name the file
// and the reason in plain words ("no space left on device").
#include <string>
#include <string_view>

namespace fn::io {

// Throws fn::Error when `path` cannot be an output file.
void check_output_path(const std::string& path);

class AtomicFile {
public:
    explicit AtomicFile(std::string path);  // checks the path
    ~AtomicFile();                          // removes the temporary file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Where to write the contents (a library may write it by name).
    const std::string& temp_path() const { return temp_; }
    // Flushes the temporary file to disk and renames it over the target.
    void commit();
    // A write that failed with `error` (an errno): throws the plain message.
    [[noreturn]] void fail(int error) const;

private:
    std::string path_, temp_;
    bool committed_ = false;
};

void write_file_atomically(const std::string& path, std::string_view contents);

}  // namespace fn::io
