// server_process.hpp — one real dbi-server (the binary, DBI_SERVER_BINARY) as a child process,
// for the tests that need separate processes: several instances on one database
// (multi_instance.cpp) and SIGKILL at random moments (crash.cpp).
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "server_fixture.hpp"

extern char** environ;

namespace dbi::test {

// One dbi-server child process; its stdout and stderr go to files in `folder`.
class ServerProcess {
public:
    ServerProcess(const std::string& folder, const std::vector<std::string>& args)
        : out_(folder + "/stdout.log"), err_(folder + "/stderr.log") {
        std::vector<std::string> words{DBI_SERVER_BINARY};
        words.insert(words.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& w : words) argv.push_back(w.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t files;
        posix_spawn_file_actions_init(&files);
        const int flags = O_WRONLY | O_CREAT | O_TRUNC;
        posix_spawn_file_actions_addopen(&files, 1, out_.c_str(), flags, 0644);
        posix_spawn_file_actions_addopen(&files, 2, err_.c_str(), flags, 0644);
        const int rc = posix_spawn(&pid_, DBI_SERVER_BINARY, &files, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&files);
        REQUIRE_MESSAGE(rc == 0, "cannot start " << DBI_SERVER_BINARY);
    }
    ~ServerProcess() {
        if (pid_ > 0) stop();
    }
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // The port from its first line, "DBI Kit: http://127.0.0.1:PORT/". Fails the test if the
    // process exits first or says nothing for 60 s.
    int wait_port() {
        const std::string marker = "DBI Kit: http://127.0.0.1:";
        for (int i = 0; i < 600; ++i) {
            const std::string out = server::read_file(out_, 1 << 16).value_or("");
            if (auto at = out.find(marker); at != std::string::npos) {
                const std::size_t end = out.find('/', at + marker.size());
                if (end != std::string::npos)
                    return std::stoi(out.substr(at + marker.size(), end - at - marker.size()));
            }
            int status = 0;
            REQUIRE_MESSAGE(::waitpid(pid_, &status, WNOHANG) == 0,
                            "dbi-server exited before listening: " << stderr_text());
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        FAIL("dbi-server did not start within 60 s: " << stderr_text());
        return 0;
    }
    // Waits up to `seconds` for it to exit by itself: its exit code, or -1.
    int wait_exit(int seconds) {
        for (int i = 0; i < seconds * 10; ++i) {
            int status = 0;
            if (::waitpid(pid_, &status, WNOHANG) == pid_) {
                pid_ = 0;
                return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return -1;
    }
    // SIGKILL: the process dies at once, mid-request or mid-commit; nothing of it runs.
    void kill_hard() {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = 0;
    }
    // SIGTERM, as an operator stops it: graceful. Its exit code (SIGKILL after 30 s: -1).
    int stop() {
        ::kill(pid_, SIGTERM);
        int code = wait_exit(30);
        if (code < 0) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
            pid_ = 0;
        }
        return code;
    }
    std::string stderr_text() const { return server::read_file(err_, 1 << 16).value_or(""); }

private:
    std::string out_, err_;
    pid_t pid_ = 0;
};

// The programme's pinned root key and trust list no. 1 as files in `dir`, for --root/--trust.
struct TrustFiles {
    std::string root, trust;
};
inline TrustFiles write_trust_files(const TempDir& dir, const TestKeys& keys) {
    std::string err;
    TrustFiles f{dir / "root.pub.json", dir / "trust.json"};
    REQUIRE(server::write_file_atomic(
        f.root, server::public_key_json("root", "test root", keys.root.public_key), 0644, &err));
    REQUIRE(server::write_file_atomic(f.trust, crypto::sign_trust_list(keys.list(1), keys.root),
                                      0644, &err));
    return f;
}

}  // namespace dbi::test
