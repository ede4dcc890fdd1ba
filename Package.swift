// swift-tools-version: 6.2
import PackageDescription

let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "Onsite",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "onsite", targets: ["onsite"]),
        .library(name: "OnsiteCore", targets: ["OnsiteCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.57.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Ink.git", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        .target(name: "OnsiteCore", swiftSettings: upcoming),
        .target(
            name: "OnsiteContent",
            dependencies: [
                "OnsiteCore",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Ink", package: "Ink"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "OnsiteJudge",
            dependencies: ["OnsiteCore"],
            resources: [.copy("Harness")],
            swiftSettings: upcoming
        ),
        .target(
            name: "OnsiteStore",
            dependencies: [
                "OnsiteCore",
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQL", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        // A feature's use cases, over the store, the judge and the bank: what the web and the CLI call.
        .target(
            name: "OnsiteServices",
            dependencies: [
                "OnsiteCore", "OnsiteContent", "OnsiteStore", "OnsiteJudge",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "OnsiteWeb",
            dependencies: [
                "OnsiteCore", "OnsiteContent", "OnsiteServices", "OnsiteJudge",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Templates"), .copy("Static")],
            swiftSettings: upcoming
        ),
        .target(
            name: "OnsiteTestSupport",
            dependencies: ["OnsiteCore", "OnsiteContent", "OnsiteStore", "OnsiteJudge", "OnsiteServices"],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "onsite",
            dependencies: [
                "OnsiteCore", "OnsiteContent", "OnsiteServices", "OnsiteWeb", "OnsiteJudge", "OnsiteStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        // The peer the benchmarks measure against (bench/run.py); not part of the product.
        .executableTarget(
            name: "bench-hello",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            path: "bench/hello",
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "bench-judge",
            dependencies: ["OnsiteJudge", "OnsiteContent", "OnsiteCore"],
            path: "bench/judge",
            swiftSettings: upcoming
        ),
        .testTarget(name: "OnsiteCoreTests", dependencies: ["OnsiteCore"], exclude: ["Vectors"], swiftSettings: upcoming),
        .testTarget(name: "OnsiteContentTests", dependencies: ["OnsiteContent", "OnsiteTestSupport"], swiftSettings: upcoming),
        .testTarget(name: "OnsiteJudgeTests", dependencies: ["OnsiteJudge", "OnsiteTestSupport"], swiftSettings: upcoming),
        .testTarget(name: "OnsiteStoreTests", dependencies: ["OnsiteStore", "OnsiteTestSupport"], exclude: ["Fixtures"], swiftSettings: upcoming),
        .testTarget(name: "OnsiteServicesTests", dependencies: ["OnsiteServices", "OnsiteJudge", "OnsiteTestSupport"], swiftSettings: upcoming),
        .testTarget(
            name: "OnsiteWebTests",
            dependencies: [
                "OnsiteWeb", "OnsiteServices", "OnsiteJudge", "OnsiteTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: upcoming
        ),
    ]
)
