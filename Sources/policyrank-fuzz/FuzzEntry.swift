// The libFuzzer build of this target: compiled only with -DFUZZING; see docs/fuzzing.md.
//
//   swift build --scratch-path .build-fuzz -c debug --product policyrank-fuzz \
//     -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
//     -Xcc -fsanitize=fuzzer-no-link,address
//
// libFuzzer's own `main` cannot be used: SwiftPM compiles an executable target with
// `-entry-point-function-name policyrank_fuzz_main` and links it with
// `--defsym main=policyrank_fuzz_main`, so the module must define that entry point. It is
// the `@main` below, which hands control to libFuzzer through `LLVMFuzzerRunDriver` (the
// runtime's documented replacement for its `main`), passing it every command-line flag.
#if FUZZING
    import Foundation

    /// Called by libFuzzer for every input; must never trap (a trap is a finding).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        FuzzInput.run(fuzzerInput: UnsafeBufferPointer(start: size > 0 ? data : nil, count: size))
        return 0
    }

    /// `int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *, size_t))`
    /// from libclang_rt.fuzzer, declared by symbol name because this target has no C module.
    @_silgen_name("LLVMFuzzerRunDriver")
    func llvmFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    @main
    enum FuzzMain {
        static func main() {
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(llvmFuzzerRunDriver(&argc, &argv, fuzzTestOneInput))
        }
    }
#endif
