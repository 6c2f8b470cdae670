// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "planq",
    products: [
        // The language, data I/O and rendering: no terminal or libedit code.
        .library(name: "PlanQuery", targets: ["PlanQuery"]),
        .executable(name: "planq", targets: ["planq"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "PlanQuery"),
        // Lowers a resolved plan to SQL for SQLite, DuckDB, PostgreSQL and Spark (no Foundation).
        .target(name: "PlanQuerySQL", dependencies: ["PlanQuery"]),
        // Runs lowered SQL through each engine's client program (sqlite3, duckdb, psql, pyspark).
        .target(name: "PlanQueryEngines", dependencies: ["PlanQuery", "PlanQuerySQL"]),
        // Debian's libedit-dev; the README's commands and .ci/run install it when missing.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        // The REPL loop, meta-commands, statement detection and completion, written against the
        // LineReader protocol: no libedit here, so it is testable with a scripted reader.
        .target(name: "PlanqShell", dependencies: ["PlanQuery"]),
        .executableTarget(
            name: "planq",
            dependencies: [
                "PlanQuery",
                "PlanqShell",
                "PlanQuerySQL",
                "PlanQueryEngines",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlanQueryTests",
            dependencies: ["PlanQuery"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlanQuerySQLTests",
            dependencies: ["PlanQuerySQL", "PlanQueryEngines", "PlanQuery"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlanqShellTests",
            dependencies: ["PlanqShell", "PlanQuery"],
            exclude: ["pty"]
        ),
    ]
)
