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
        // Debian's libedit-dev; the README's commands and .ci/run install it when missing.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        .executableTarget(
            name: "planq",
            dependencies: [
                "PlanQuery",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlanQueryTests",
            dependencies: ["PlanQuery"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
