// Generated from examples/data/*.csv by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension BundledPlanData {
    /// Each file's name and its text, exactly as in the file.
    static let files: [(name: String, text: StaticString)] = [
        ("budgets.csv", budgets_csv),
        ("consultations.csv", consultations_csv),
        ("kpis.csv", kpis_csv),
        ("monitoring.csv", monitoring_csv),
        ("plans.csv", plans_csv),
        ("projects.csv", projects_csv),
        ("staffing.csv", staffing_csv),
        ("targets.csv", targets_csv),
    ]
}
