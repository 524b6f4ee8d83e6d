// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "policyrank",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "policyrank", targets: ["policyrank"]),
        .library(name: "PolicyRankKit", targets: ["PolicyRankKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "PolicyRankKit",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "policyrank",
            dependencies: [
                "PolicyRankKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target for the loader; see docs/fuzzing.md.
        .executableTarget(name: "policyrank-fuzz", dependencies: ["PolicyRankKit"]),
        // Benchmarks that print a table; see the README.
        .executableTarget(name: "policyrank-bench", dependencies: ["PolicyRankKit"]),
        .testTarget(name: "PolicyRankKitTests", dependencies: ["PolicyRankKit"], exclude: ["Fixtures", "Golden"]),
        // Depends on the executable so `swift test` always builds the binary it runs.
        .testTarget(name: "policyrankTests", dependencies: ["PolicyRankKit", "policyrank"], exclude: ["Golden", "sarif-schema-2.1.0.json"]),
    ],
    swiftLanguageModes: [.v6]
)
