// Generated from stdlib/*.planq by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension StandardLibrary {
    /// Each file's name and its text, exactly as in the file.
    static let files: [(name: String, text: StaticString)] = [
        ("finance.planq", finance_planq),
        ("general.planq", general_planq),
        ("performance.planq", performance_planq),
        ("prelude.planq", prelude_planq),
    ]
}
