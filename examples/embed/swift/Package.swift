// swift-tools-version: 6.1
// An example host: a Swift tool that lets its users ask planq questions of its own data.
// Build it with `swift build --package-path examples/embed/swift` from the planq checkout.
import PackageDescription

let package = Package(
    name: "spend-report",
    dependencies: [
        // In your own tool: .package(url: "https://github.com/<owner>/planq", branch: "main")
        .package(name: "planq", path: "../../.."),
    ],
    targets: [
        .executableTarget(name: "spend-report", dependencies: [.product(name: "PlanQuery", package: "planq")]),
    ]
)
