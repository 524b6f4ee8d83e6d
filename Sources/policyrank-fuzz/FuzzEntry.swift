#if FUZZING
/// libFuzzer entry point. Built only with `-DFUZZING -sanitize=fuzzer,address
/// -parse-as-library`; libFuzzer's runtime supplies `main`. See docs/fuzzing.md.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzInput.run(fuzzerInput: UnsafeBufferPointer(start: size > 0 ? data : nil, count: size))
    return 0
}
#endif
