// Generated from stdlib/*.planq by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension StandardLibrary {
    static let general_planq: StaticString = #"""
# General-purpose functions that are other functions combined: the built-ins they use are in
# Swift, these are planq. Loaded by the prelude; `import "stdlib/general"` in a script that
# runs without it. Each is expanded where it is called, so `range` is an aggregate like the
# `max` and `min` it is made of.

## max(x) − min(x): the spread of the values (days between dates, years between financial years).
## category: aggregate
## example: from [3, 10, 4] | summarize spread = range(value)
## result: 7
fn range(x) = max(x) - min(x)

## The first n characters of text ("" when n is 0 or less).
## category: text
## example: left("KCC-2008", 3)
## result: KCC
fn left(text, n) = if n < 0 then "" else substring(text, 1, n)

## The last n characters of text ("" when n is 0 or less).
## category: text
## example: right("KCC-2008", 4)
## result: 2008
fn right(text, n) = substring(text, length(text) - n + 1)

"""#
}
