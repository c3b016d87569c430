#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/errors.h"

namespace fn::io {
namespace fs = std::filesystem;

namespace {
std::string reason(int error) { return std::strerror(error); }
}  // namespace

void check_output_path(const std::string& path) {
    if (path.empty()) throw ValidationError(tr("output file"), tr("no file name given"));
    fs::path p(path);
    fs::path folder = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw Error(tr("cannot write {0}: the folder {1} does not exist", {path, folder.string()}));
    auto status = fs::status(p, ec);
    if (fs::exists(status)) {
        if (fs::is_directory(status))
            throw Error(tr("cannot write {0}: that is a folder; give a file name inside it", {path}));
        // Renaming over a device or a pipe would replace it with a plain file.
        if (!fs::is_regular_file(status))
            throw Error(
                tr("cannot write {0}: it is not a regular file (a device or a pipe); give a file name", {path}));
    }
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)), temp_(path_ + ".part") { check_output_path(path_); }

AtomicFile::~AtomicFile() {
    if (committed_) return;
    std::error_code ignored;
    fs::remove(temp_, ignored);
}

void AtomicFile::fail(int error) const {
    Text said = tr("writing {0} failed: {1}; the file was not changed", {path_, reason(error)});
    if (error == ENOSPC || error == EDQUOT) throw DiskFullError(said);
    throw Error(said);
}

void AtomicFile::commit() {
    int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail(errno);
    if (::fsync(fd) != 0) {
        int error = errno;
        ::close(fd);
        fail(error);
    }
    ::close(fd);
    check_output_path(path_);  // still not a folder or a device
    if (std::rename(temp_.c_str(), path_.c_str()) != 0) fail(errno);
    committed_ = true;
}

void write_file_atomically(const std::string& path, std::string_view contents) {
    AtomicFile file(path);
    int fd = ::open(file.temp_path().c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) file.fail(errno);
    for (std::size_t done = 0; done < contents.size();) {
        ssize_t n = ::write(fd, contents.data() + done, contents.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            int error = errno;
            ::close(fd);
            file.fail(error);
        }
        done += static_cast<std::size_t>(n);
    }
    if (::close(fd) != 0) file.fail(errno);
    file.commit();
}

}  // namespace fn::io
