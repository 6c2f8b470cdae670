// Generated from stdlib/*.planq by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension StandardLibrary {
    static let general_planq: StaticString = #"""
# General-purpose functions that are other functions combined: the built-ins they use are in
# Swift, these are planq. Loaded by the prelude; `import "stdlib/general"` in a script that
# runs without it. Each is expanded where it is called, so `range` is an aggregate like the
# `max` and `min` it is made of. A candidate stays in Swift when the planq form is slower:
# `left` and `right` written with `substring` took about seven times the instructions per row.

## max(x) − min(x): the spread of the values (days between dates, years between financial years).
## category: aggregate
## example: from [3, 10, 4] | summarize spread = range(value)
## result: 7
fn range(x) = max(x) - min(x)

"""#
}
