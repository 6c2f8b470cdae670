// Generated from stdlib/*.planq by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension StandardLibrary {
    static let performance_planq: StaticString = #"""
# Performance-indicator helpers: RAG status against targets and direction of travel.
# Loaded by the prelude; `import "stdlib/performance"` in a script that runs without it.

## RAG status of actual against target: "green" when the target is met, "amber" when within amber_band of it (a fraction of |target|, 5% unless given), otherwise "red"; null when either is missing. For indicators where lower is better pass higher_is_better = false.
## category: performance
## example: rag(96, 100)
## result: amber
fn rag(actual, target, higher_is_better = true, amber_band = 5%) =
    case
        when is_null(actual) or is_null(target) then null
        when (if higher_is_better then actual >= target else actual <= target) then "green"
        when (if higher_is_better then actual >= target - abs(target) * amber_band
              else actual <= target + abs(target) * amber_band) then "amber"
        else "red"
    end

## Direction of travel from before to now: "improving", "maintaining" (a change within tolerance of |before|, 5% unless given, as the council's performance reports judge it) or "not improving"; null when either is missing.
## category: performance
## example: direction_of_travel(62.7, 60)
## result: maintaining
fn direction_of_travel(now, before, higher_is_better = true, tolerance = 5%) =
    case
        when is_null(now) or is_null(before) then null
        when abs(now - before) <= abs(before) * tolerance then "maintaining"
        when (now > before) == higher_is_better then "improving"
        else "not improving"
    end

## True when actual meets the target (≥, or ≤ when lower is better); null when either is missing.
## category: performance
## example: target_met(12, 15, higher_is_better = false)
## result: true
fn target_met(actual, target, higher_is_better = true) = (
    if is_null(actual) or is_null(target) then null
    else if higher_is_better then actual >= target else actual <= target)

## How far actual falls short of the target (positive = short, negative = ahead), in the indicator's units.
## category: performance
## example: gap_to_target(92, 95)
## result: 3
fn gap_to_target(actual, target, higher_is_better = true) = if higher_is_better then target - actual else actual - target

"""#
}
