// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "planq",
    products: [
        // The language, data I/O and rendering: no terminal or libedit code.
        .library(name: "PlanQuery", targets: ["PlanQuery"]),
        // Excel workbooks in and out; plugs into PlanQuery's `Workbooks` registry.
        .library(name: "PlanQueryExcel", targets: ["PlanQueryExcel"]),
        // The bundled 2008/09 plan tables, for hosts that want planq's sample data.
        .library(name: "BundledPlanData", targets: ["BundledPlanData"]),
        .executable(name: "planq", targets: ["planq"]),
        // The C API of include/planq.h: libplanqc.so (SwiftPM names a library after its
        // product, and `planq` is the command line's).
        .library(name: "planqc", type: .dynamic, targets: ["PlanqC"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // ZIP with deflate (through the system zlib) for .xlsx; needs Foundation, so it is kept
        // out of the core library, in PlanQueryExcel.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // Test only: property-based checks (PlanQueryPropertyTests) and the big-number reference for
        // exact decimals. No product depends on them.
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/attaswift/BigInt", exact: "6.0.1"),
    ],
    targets: [
        .target(name: "PlanQuery"),
        // Lowers a resolved plan to SQL for SQLite, DuckDB, PostgreSQL and Spark (no Foundation).
        .target(name: "PlanQuerySQL", dependencies: ["PlanQuery"]),
        // Runs lowered SQL through each engine's client program (sqlite3, duckdb, psql, pyspark).
        .target(name: "PlanQueryEngines", dependencies: ["PlanQuery", "PlanQuerySQL"]),
        .target(name: "PlanQueryExcel", dependencies: ["PlanQuery", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The bundled 2008/09 plan dataset, compiled in (examples/data/*.csv as generated Swift).
        .target(name: "BundledPlanData", dependencies: ["PlanQuery"]),
        // @_cdecl exports over the public API, for C, Python (ctypes) and other languages.
        .target(name: "PlanqC", dependencies: ["PlanQuery"]),
        // Debian's libedit-dev; the README's commands and .ci/run install it when missing.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        // The REPL loop, meta-commands, statement detection and completion, written against the
        // LineReader protocol: no libedit here, so it is testable with a scripted reader.
        .target(name: "PlanqShell", dependencies: ["PlanQuery", "BundledPlanData"]),
        .executableTarget(
            name: "planq",
            dependencies: [
                "PlanQuery",
                "PlanQueryExcel",
                "PlanqShell",
                "PlanQuerySQL",
                "PlanQueryEngines",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["RecordGitCommit"]
        ),
        // Writes the git commit being built into the executable (`planq --version`).
        .plugin(name: "RecordGitCommit", capability: .buildTool()),
        // Generated tables and planq/SQL query pairs for the differential tests (planq against
        // DuckDB, and the SQL lowering against its engines); test support, not a product.
        .target(name: "QueryPairs", dependencies: ["PlanQuery"], path: "Tests/QueryPairs", exclude: ["run_duckdb.py"]),
        .testTarget(
            name: "PlanQueryTests",
            dependencies: ["PlanQuery", "PlanQueryExcel", "BundledPlanData", "QueryPairs"],
            resources: [.copy("Fixtures")]
        ),
        // Property tests, in a target of their own: swift-property-based adds a non-mutating
        // `Sequence.append(_:)` that every file of a target using it would see.
        .testTarget(
            name: "PlanQueryPropertyTests",
            dependencies: [
                "PlanQuery", "QueryPairs",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "BigInt", package: "BigInt"),
            ]
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
