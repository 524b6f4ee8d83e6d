import Dispatch

/// Runs independent pieces of work on the cores and returns their results in the order given,
/// so that whatever is made of them does not depend on the number of threads. For a few
/// coarse pieces (rule families, lints), not for loops over options.
func inParallel<T: Sendable>(_ work: [@Sendable () -> T]) -> [T] {
    var results = [T?](repeating: nil, count: work.count)
    results.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let out = buffer
        DispatchQueue.concurrentPerform(iterations: work.count) { k in out[k] = work[k]() }
    }
    return results.compactMap { $0 }
}
