/// What there is to know about one transform apart from how it is parsed, bound and run: its
/// syntax, what it does, an example and its result, and the words other languages use for it.
///
/// `TransformSpec.all` is the one table of them. From it come the transform keywords
/// (`Keywords.transforms`), `help NAME`, the parser's "did you mean" for another language's
/// word (`filter` → `where`) and the transform table of docs/language.md; the tests run every
/// example and check every other-language word gets its hint and the grammar names every
/// transform. Adding a transform: a row here, then its parsing, binding and execution
/// (ARCHITECTURE.md).
package struct TransformSpec: Sendable {
    /// One way of writing it: the syntax line and what that form does.
    package struct Form: Sendable {
        package var syntax: String
        package var meaning: String
    }

    package var name: String
    package var forms: [Form]
    /// What it never changes ("columns", "row count", "rows"), or "" when there is no such promise.
    package var keeps: String
    /// A self-contained example (it may start with `let` lines) and its result text, as
    /// `FunctionDocs.resultText` gives it: a row's values joined by `,`, rows by a line feed.
    package var example: String
    package var result: String
    /// The words SQL, PRQL, KQL, dplyr and pandas use for it (two words for SQL's `group by`).
    package var otherLanguages: [String] = []
    /// Misspellings common enough to answer with this transform ("fitler").
    package var misspellings: [String] = []

    /// The transform another language's word (or a common misspelling) stands for.
    package static func named(byOtherName word: String) -> TransformSpec? {
        let w = word.lowercased()
        return all.first { $0.otherLanguages.contains(w) || $0.misspellings.contains(w) }
    }

    package static func named(_ name: String) -> TransformSpec? {
        all.first { $0.name == name }
    }

    package static let all: [TransformSpec] = [
        TransformSpec(
            name: "from",
            forms: [
                Form(syntax: "from T", meaning: "starts a query: a loaded table, a `let` table, a file `from \"budgets.csv\"`, a sub-query `from (from ...)`, or a list `from [1, 2, 3]` (column `value`) / `from [[1, \"a\"], [2, \"b\"]]` (columns `value1`, `value2`)"),
                Form(syntax: "from read(\"f.txt\", ...)", meaning: "a file with reading options: `format = \"csv\"` (csv, tsv, json, jsonl), `delimiter = \";\"`, `header = false` (columns `column1…`), `table = 3` (a plan document's third table)"),
            ],
            keeps: "",
            example: "from [[1, \"a\"], [2, \"b\"]]",
            result: "1,a\n2,b"),
        TransformSpec(
            name: "where",
            forms: [Form(syntax: "where CONDITION", meaning: "rows where CONDITION is true (null counts as false)")],
            keeps: "columns",
            example: "from [1, 2, 3] | where value > 1",
            result: "2\n3",
            otherLanguages: ["filter"],
            misspellings: ["fitler", "filer"]),
        TransformSpec(
            name: "select",
            forms: [Form(syntax: "select a, b, name = expr", meaning: "these columns, in this order; `name = expr` computes or renames one")],
            keeps: "row count",
            example: "from [[1, \"a\"]] | select b = value2, value1",
            result: "a,1",
            otherLanguages: ["project", "keep"]),
        TransformSpec(
            name: "derive",
            forms: [Form(syntax: "derive name = expr, ...", meaning: "adds columns, or replaces a column of the same name; later items see earlier ones")],
            keeps: "row count",
            example: "from [1, 2] | derive double = value * 2",
            result: "1,2\n2,4",
            otherLanguages: ["mutate", "extend", "assign"]),
        TransformSpec(
            name: "sort",
            forms: [Form(syntax: "sort a, -b", meaning: "orders rows; `-` is descending; stable (ties keep their order); nulls last in both directions")],
            keeps: "rows",
            example: "from [[1, \"b\"], [2, \"a\"], [3, null]] | sort -value2",
            result: "1,b\n2,a\n3,",
            otherLanguages: ["order", "orderby", "order_by", "order by", "arrange", "sort_by"]),
        TransformSpec(
            name: "take",
            forms: [Form(syntax: "take N", meaning: "the first N rows")],
            keeps: "columns",
            example: "from [5, 6, 7] | take 2",
            result: "5\n6",
            otherLanguages: ["limit", "head", "top"]),
        TransformSpec(
            name: "summarize",
            forms: [Form(syntax: "summarize n = count(), s = sum(x) by k1, k2", meaning: "one row per group, keys first; with no `by`, one row (even over no rows)")],
            keeps: "",
            example: "from [[\"a\", 1], [\"a\", 2], [\"b\", 5]] | summarize n = count(), s = sum(value2) by value1",
            result: "a,2,3\nb,1,5",
            otherLanguages: ["aggregate", "summarise", "groupby", "group_by", "group by", "agg"]),
        TransformSpec(
            name: "join",
            forms: [
                Form(syntax: "join [inner|left|full|anti|semi] T on k1, k2", meaning: "combines rows whose keys are equal; `inner` is the default"),
                Form(syntax: "join T on left.a == right.b and ...", meaning: "keys with different names, plus any other condition"),
            ],
            keeps: "",
            example: "let names = from [[\"a\", \"Alpha\"]] | rename code = value1, name = value2\nfrom [[\"a\", 1], [\"b\", 2]] | rename code = value1, n = value2 | join left names on code",
            result: "a,1,Alpha\nb,2,",
            otherLanguages: ["merge", "lookup"]),
        TransformSpec(
            name: "distinct",
            forms: [Form(syntax: "distinct [a, b]", meaning: "unique rows; with columns, the unique combinations of those columns (only those columns)")],
            keeps: "",
            example: "from [1, 1, 2] | distinct",
            result: "1\n2",
            otherLanguages: ["uniq", "unique", "drop_duplicates"]),
        TransformSpec(
            name: "append",
            forms: [Form(syntax: "append T", meaning: "T's rows after these; columns match by name, missing ones are null")],
            keeps: "",
            example: "from [1] | append (from [2])",
            result: "1\n2",
            otherLanguages: ["union", "concat", "bind_rows"]),
        TransformSpec(
            name: "rename",
            forms: [Form(syntax: "rename new = old, ...", meaning: "renames columns")],
            keeps: "rows",
            example: "from [[1, 2]] | rename a = value1",
            result: "1,2"),
        TransformSpec(
            name: "pivot",
            forms: [Form(syntax: "pivot K using AGG [by k1, ...]", meaning: "one column per value of K (sorted), each cell AGG over its rows; `by` defaults to every other column")],
            keeps: "",
            example: "from [[\"a\", \"x\", 1], [\"a\", \"y\", 2]] | pivot value2 using sum(value3) by value1",
            result: "a,1,2",
            otherLanguages: ["spread", "crosstab", "pivot_wider"]),
        TransformSpec(
            name: "unpivot",
            forms: [Form(syntax: "unpivot a, b into key, value", meaning: "those columns become rows; names that read as financial years (`2007/08`) give a financial-year key")],
            keeps: "",
            example: "from [[1, 2]] | unpivot value1, value2 into k, v",
            result: "value1,1\nvalue2,2",
            otherLanguages: ["melt", "pivot_longer", "gather"]),
        TransformSpec(
            name: "group",
            forms: [Form(syntax: "group k (transforms)", meaning: "runs the transforms once per group of k: top-N per unit, ranks, running totals; keys are added in front if the transforms drop them")],
            keeps: "",
            example: "from [[\"a\", 1], [\"a\", 3], [\"b\", 2]] | group value1 (sort -value2 | take 1)",
            result: "a,3\nb,2"),
        TransformSpec(
            name: "total",
            forms: [Form(syntax: "total [by k1, k2] [as \"label\"]", meaning: "appends a grand-total row: numeric columns summed, the first text column labelled `Total`; with `by`, rows are regrouped by the keys (nested, in order of first appearance) and a subtotal row follows each group: key columns keep the group's values, the first other text column reads `Subtotal` (or, if there is none, the first text key reads `<keys> subtotal`); key columns are never summed; a column with no values in the rows totalled totals to null (a total over no rows is 0)")],
            keeps: "",
            example: "from [[\"a\", 1], [\"b\", 2]] | total",
            result: "a,1\nb,2\nTotal,3",
            otherLanguages: ["rollup"]),
        TransformSpec(
            name: "describe",
            forms: [Form(syntax: "describe", meaning: "one row per column: type, format, nulls, distinct values, unparsed cells (text a loader could not type, kept verbatim), min, max, an example")],
            keeps: "",
            example: "from [1, 2, null] | describe",
            result: "value,int,plain,1,2,0,1,2,1",
            otherLanguages: ["summary", "info"]),
        TransformSpec(
            name: "format",
            forms: [Form(syntax: "format col = \"£m 1dp\", ...", meaning: "how columns are shown: money units (`£`, `£k`, `£m`), places (`1dp`), `%`, `brackets`, `signed`, dates, `rag` badges, `arrow`s, alignment; values unchanged (docs/reports.md)")],
            keeps: "rows",
            example: "from [[1639.8, 0.657]] | format value1 = \"£k\", value2 = \"% 0dp\"",
            result: "1639.8,0.657",
            otherLanguages: ["style"]),
    ]

    /// `help NAME` for a transform.
    package var helpText: String {
        var s = "\(name)  — transform\n"
        for form in forms { s += "\(form.syntax)\n  \(form.meaning)\n" }
        if !keeps.isEmpty { s += "keeps: the \(keeps)\n" }
        if !otherLanguages.isEmpty { s += "in other languages: " + otherLanguages.joined(separator: ", ") + "\n" }
        s += "example: \(example.replacing("\n", with: "\n         "))\n"
        s += "result:  \(result.replacing("\n", with: " | "))"
        return s
    }
}
