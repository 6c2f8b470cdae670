// Generated from stdlib/*.planq by Tests/PlanQueryTests/BundledSourcesTests.swift: do not edit.
// After changing those files run: PLANQ_BLESS=1 swift test --filter BundledSources

extension StandardLibrary {
    static let prelude_planq: StaticString = #"""
# The planq-written part of the standard library, loaded when planq starts.
# Functions here are ordinary `fn` definitions: each is expanded inline where it is called,
# so a function made of aggregates is itself an aggregate. The `##` lines above a `fn` are
# its help entry (`help NAME`) and its entry in docs/functions.md; the test suite runs every
# `## example:` and checks it against `## result:`.

import "general"
import "finance"
import "performance"

## A rate per `per` people (per 1,000 unless given): x / population × per; null when the population is 0 or missing.
## category: plan
## example: per_head(350, 1_400_000, 100_000)
## result: 25
fn per_head(x, population, per = 1000) = x / population * per

## Share of rows where x is present (not null), as a percentage: a data-completeness check. An aggregate.
## category: plan
## example: from [1, null, 3, 4] | summarize filled = completeness(value)
## result: 0.75
fn completeness(x) = as_percent(count(x) / count())

"""#
}
