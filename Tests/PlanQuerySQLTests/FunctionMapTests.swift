import PlanQuery
import Testing
@testable import PlanQuerySQL

/// Every built-in function is either written for each dialect or refused there with a reason.
@Test("every function is mapped or refused for every dialect")
func everyFunctionIsMapped() {
    let registry = FunctionRegistry.builtins
    for name in registry.order {
        for dialect in SQLDialect.allCases {
            guard let spec = FunctionMap.sql(for: name, in: dialect) else {
                Issue.record("`\(name)` has no SQL entry for \(dialect.displayName) (FunctionMap.swift)")
                continue
            }
            if case .refused(let reason) = spec { #expect(!reason.isEmpty, "`\(name)` on \(dialect.displayName) is refused without a reason") }
        }
    }
    // And nothing is mapped that is not a function.
    for name in FunctionMap.names { #expect(registry.lookup(name) != nil, "FunctionMap has `\(name)`, which is not a built-in function") }
}
