// Generated from stdlib/*.planq by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension StandardLibrary {
    /// The modules `import "stdlib/prelude"` loads, in the order it loads them.
    static let preludeModules: [String] = [
        "stdlib/prelude.planq",
        "stdlib/general.planq",
        "stdlib/finance.planq",
        "stdlib/performance.planq",
    ]

    /// Each function the prelude defines (a name's last definition, as loading keeps it):
    /// the module and the byte range of its `fn` statement there, in definition order.
    static let preludeFunctions: [(name: String, module: String, start: Int, end: Int)] = [
        ("range", "general", 662, 691),
        ("variance", "finance", 542, 587),
        ("variance_pct", "finance", 779, 856),
        ("pct_spent", "finance", 996, 1054),
        ("is_overspend", "finance", 1213, 1315),
        ("from_thousands", "finance", 1479, 1520),
        ("from_millions", "finance", 1670, 1715),
        ("rag", "performance", 508, 920),
        ("direction_of_travel", "performance", 1235, 1556),
        ("target_met", "performance", 1758, 1942),
        ("gap_to_target", "performance", 2124, 2245),
        ("per_head", "prelude", 657, 718),
        ("completeness", "prelude", 934, 985),
    ]

    /// Whether the prelude only imports modules and defines functions; when it does more
    /// (a `let`, a query), every engine loads it whole at start.
    static let preludeIsOnlyFunctions = true
}
