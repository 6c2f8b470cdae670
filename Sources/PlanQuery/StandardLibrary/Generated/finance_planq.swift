// Generated from stdlib/*.planq by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension StandardLibrary {
    static let finance_planq: StaticString = #"""
# Budget and spending helpers. Loaded by the prelude; `import "stdlib/finance"` in a script
# that runs without the prelude.
#
# Sign convention (docs/plan-data-formats.md): a variance is actual − budget, so a positive variance is
# an overspend (or, for an income budget held as a negative number, an income shortfall) and
# a negative variance is an underspend.

## Budget variance: actual − budget (positive = overspend, negative = underspend). Exact for money.
## category: finance
## example: variance(1639.8, 1500)
## result: 139.8
fn variance(actual, budget) = actual - budget

## The variance as a percentage of the budget: (actual − budget) / |budget|; null when the budget is 0 or missing.
## category: finance
## example: variance_pct(1100, 1000)
## result: 0.1
fn variance_pct(actual, budget) = as_percent((actual - budget) / abs(budget))

## The share of the budget spent: actual / budget, as a percentage.
## category: finance
## example: pct_spent(750, 1000)
## result: 0.75
fn pct_spent(actual, budget) = as_percent(actual / budget)

## True when actual is above budget (an overspend); null when either is missing.
## category: finance
## example: is_overspend(1639.8, 1500)
## result: true
fn is_overspend(actual, budget) = if is_null(actual) or is_null(budget) then null else actual > budget

## A £000s figure (tables headed £000's, £'000) in pounds, shown as money. Exact.
## category: finance
## example: from_thousands(1639.8)
## result: 1639800.0
fn from_thousands(x) = as_money(x * 1000)

## A £m figure (tables headed £m) in pounds, shown as money. Exact.
## category: finance
## example: from_millions(-0.562)
## result: -562000.000
fn from_millions(x) = as_money(x * 1_000_000)

"""#
}
