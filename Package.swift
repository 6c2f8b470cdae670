// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "planq",
    products: [
        // The language, data I/O and rendering: no terminal or libedit code.
        .library(name: "PlanQuery", targets: ["PlanQuery"]),
        // Excel workbooks in and out; plugs into PlanQuery's `Workbooks` registry.
        .library(name: "PlanQueryExcel", targets: ["PlanQueryExcel"]),
        .executable(name: "planq", targets: ["planq"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // ZIP with deflate (through the system zlib) for .xlsx; needs Foundation, so it is kept
        // out of the core library, in PlanQueryExcel.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .target(name: "PlanQuery"),
        .target(name: "PlanQueryExcel", dependencies: ["PlanQuery", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
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
                "PlanQueryExcel",
                "PlanqShell",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlanQueryTests",
            dependencies: ["PlanQuery", "PlanQueryExcel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PlanqShellTests",
            dependencies: ["PlanqShell", "PlanQuery"],
            exclude: ["pty"]
        ),
    ]
)
