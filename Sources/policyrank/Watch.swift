import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// `--watch`: run once, then again whenever a file of the study changes — debounced, so an
/// editor's burst of writes gives one run; blocking on inotify, so there is no busy loop;
/// Ctrl-C stops it cleanly with status 0.
enum Watch {
    /// The directories whose files make up a study: itself, criteria/ and policies/.
    static func directories(of study: String) -> [String] {
        [study, study + "/criteria", study + "/policies"].filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Quiet time after a change before the rerun, in milliseconds.
    static let debounce: Int32 = 200

    static func run(study: String, _ body: () -> Void) -> Never {
        // _exit, not exit: only async-signal-safe calls belong in a handler (exit's flushing
        // could wait on a lock the interrupted thread holds). Output is flushed after each run.
        signal(SIGINT) { _ in _exit(0) }
        signal(SIGTERM) { _ in _exit(0) }
        // A parent that blocks signals in its threads (a test runner, a Dispatch worker) passes
        // the mask on to us; unblock the two that stop the loop.
        var stopping = sigset_t()
        sigemptyset(&stopping)
        sigaddset(&stopping, SIGINT)
        sigaddset(&stopping, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &stopping, nil)
        Terminal.printError("watching \(study) for changes (Ctrl-C to stop)")
        func run() {
            body()
            fflush(nil)  // every output stream: print buffers fully when stdout is a file
        }
        run()
        #if canImport(Glibc)
            let events = inotify_init1(Int32(IN_CLOEXEC))
            if events >= 0 {
                let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_MOVED_FROM)
                for directory in directories(of: study) { _ = inotify_add_watch(events, directory, mask) }
                var buffer = [UInt8](repeating: 0, count: 64 * 1024)
                while true {
                    // Block until something changes, then drain events until it has been quiet.
                    // Only a YAML file's change reruns: a report written into the study folder
                    // (`--output ranking.md`) must not trigger the next run, and the next.
                    let count = read(events, &buffer, buffer.count)
                    guard count > 0, touchesYAML(buffer, count) else { continue }
                    var quiet = pollfd(fd: events, events: Int16(POLLIN), revents: 0)
                    while poll(&quiet, 1, debounce) > 0 { _ = read(events, &buffer, buffer.count) }
                    run()
                }
            }
        #endif
        // Without inotify: compare modification times twice a second.
        var last = stamp(study)
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let now = stamp(study)
            if now != last {
                Thread.sleep(forTimeInterval: Double(debounce) / 1000)
                last = stamp(study)
                run()
            }
        }
    }

    /// Whether any inotify event in the first `count` bytes names a .yaml or .yml file. Each
    /// event is a 16-byte header (wd, mask, cookie, len) followed by `len` bytes of name.
    static func touchesYAML(_ buffer: [UInt8], _ count: Int) -> Bool {
        var offset = 0
        while offset + 16 <= count {
            let length = Int(buffer[offset + 12]) | Int(buffer[offset + 13]) << 8 | Int(buffer[offset + 14]) << 16 | Int(buffer[offset + 15]) << 24
            let start = offset + 16, end = min(start + length, count)
            let name = String(decoding: buffer[start..<end].prefix { $0 != 0 }, as: UTF8.self)
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") { return true }
            offset = start + length
        }
        return false
    }

    /// Every study file's path and modification time, for the polling fallback.
    private static func stamp(_ study: String) -> [String: Date] {
        var result: [String: Date] = [:]
        for directory in directories(of: study) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.hasSuffix(".yaml") {
                let path = directory + "/" + name
                result[path] = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
            }
        }
        return result
    }
}
