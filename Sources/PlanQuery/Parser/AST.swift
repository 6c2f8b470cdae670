/// The syntax tree. Every node carries the span of source it came from.

package struct Expr: Sendable {
    package indirect enum Kind: Sendable {
        case literal(Value, ValueFormat)
        /// A bare name: a column, a `let` constant or a parameter.
        case name(String)
        /// `t.col`, `left.col`, `right.col`.
        case qualified(String, String)
        case unary(UnaryOp, Expr)
        case binary(BinaryOp, Expr, Expr)
        /// `f(x, y = 2)`, optionally `sum(x) where cond`.
        case call(String, [CallArgument], filter: Expr?)
        case list([Expr])
        case ifThenElse(Expr, Expr, Expr?)
        case caseWhen([(Expr, Expr)], Expr?)
        case inList(Expr, Expr, negated: Bool)
        case between(Expr, Expr, Expr, negated: Bool)
    }
    package var kind: Kind { didSet { height = Expr.height(of: kind) } }
    package var span: Span
    /// Levels in this tree (a literal is 1): the parser refuses trees deeper than
    /// the nesting limit, since every later stage walks them recursively.
    package private(set) var height: Int
    package init(_ kind: Kind, _ span: Span) { self.kind = kind; self.span = span; self.height = Expr.height(of: kind) }

    static func height(of kind: Kind) -> Int {
        func most(_ es: [Expr]) -> Int { es.reduce(0) { max($0, $1.height) } }
        switch kind {
        case .literal, .name, .qualified: return 1
        case .unary(_, let a): return 1 + a.height
        case .binary(_, let a, let b), .inList(let a, let b, _): return 1 + max(a.height, b.height)
        case .call(_, let args, let filter): return 1 + max(most(args.map(\.value)), filter?.height ?? 0)
        case .list(let items): return 1 + most(items)
        case .ifThenElse(let a, let b, let c): return 1 + max(a.height, b.height, c?.height ?? 0)
        case .caseWhen(let arms, let other): return 1 + max(most(arms.map(\.0) + arms.map(\.1)), other?.height ?? 0)
        case .between(let a, let b, let c, _): return 1 + max(a.height, b.height, c.height)
        }
    }
}

package struct CallArgument: Sendable {
    package var name: String?
    package var value: Expr
}

package enum UnaryOp: String, Sendable { case negate = "-", plus = "+", not }

package enum BinaryOp: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%"
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case and, or
    case coalesce = "??"
    case regexMatch = "~="

    package var isComparison: Bool { [.eq, .ne, .lt, .le, .gt, .ge].contains(self) }
    package var isArithmetic: Bool { [.add, .subtract, .multiply, .divide, .modulo].contains(self) }
}

/// `name = expr` or a bare `expr` whose name is derived from it.
package struct NamedExpr: Sendable {
    package var name: String?
    package var nameSpan: Span?
    package var expr: Expr
}

package struct SortKey: Sendable {
    package var expr: Expr
    package var descending: Bool
}

package enum JoinKind: String, Sendable, CaseIterable { case inner, left, full, anti, semi }

package enum JoinCondition: Sendable {
    /// `on unit, year`: columns of the same name on both sides.
    case using([(String, Span)])
    /// `on left.code == right.code and ...`
    case expression(Expr)
}

package indirect enum Relation: Sendable {
    case named(String, Span)
    case file(String, Span)
    case pipeline(Pipeline)
    /// `from [1, 2, 3]` (a column `value`) or `from [[1, "a"], [2, "b"]]` (columns `value1`, `value2`).
    case values(Expr)
    /// `from read("data.txt", format = "csv", delimiter = ";", header = false)`: a file with reading options.
    case read(Expr)

    package var span: Span {
        switch self {
        case .named(_, let s), .file(_, let s): return s
        case .pipeline(let p): return p.span
        case .values(let e), .read(let e): return e.span
        }
    }
}

package struct Transform: Sendable {
    package indirect enum Kind: Sendable {
        case filter(Expr)
        case select([NamedExpr])
        case derive([NamedExpr])
        case sort([SortKey])
        case take(Expr)
        case summarize([NamedExpr], by: [NamedExpr])
        case join(JoinKind, Relation, alias: String?, JoinCondition)
        case distinct([NamedExpr])
        case append(Relation)
        case rename([(new: String, newSpan: Span, old: String, oldSpan: Span)])
        case pivot(key: Expr, value: Expr, by: [NamedExpr])
        case unpivot(columns: [(String, Span)], keyName: String, valueName: String)
        case group([NamedExpr], [Transform])
        case total(label: Expr?, by: [NamedExpr])
        case describe
        /// `format gross = "£m 1dp", rag = "rag"`: how columns are shown (values unchanged).
        case format([(name: String, nameSpan: Span, spec: Expr)])
    }
    package var kind: Kind
    /// The transform keyword's span (used to point at a failing step).
    package var keywordSpan: Span
    package var span: Span
}

package struct Pipeline: Sendable {
    package var source: Relation
    package var transforms: [Transform]
    package var span: Span
}

package struct Parameter: Sendable {
    package var name: String
    package var span: Span
    package var defaultValue: Expr?
}

package struct Statement: Sendable {
    package enum Kind: Sendable {
        case letValue(String, Expr)
        case letTable(String, Pipeline)
        case function(String, [Parameter], Expr)
        case importModule(String)
        case param(String, Expr)
        case query(Pipeline)
        case expression(Expr)
        case help(String?)
        // Report statements (docs/reports.md).
        case title(Template)
        /// Opens a section; `endSection` (the word `end`) closes it.
        case section(Template)
        case endSection
        case text(Template)
        case table(caption: Template?, Pipeline)
        case chart(ChartKind, title: Template?, Pipeline)
        case note(Template)
        /// `source "text"` or `source from ...` (the documents and lines of the query's rows).
        case source(Template?, Pipeline?)
        case pageBreak
    }
    package var kind: Kind
    package var nameSpan: Span?
    package var span: Span
}

/// A report string: text with `{expression}` or `{expression:format}` holes, filled when the
/// statement runs (`"{n} indicators are off target"`, `"{total:£m}"`).
package struct Template: Sendable {
    package enum Piece: Sendable {
        case text(String)
        case hole(Expr, format: String?, formatSpan: Span?)
    }
    package var pieces: [Piece]
    package var span: Span
}

/// The kinds of `chart`: `bar`, `stacked` (stacked bars), `line` (over financial years).
package enum ChartKind: String, Sendable, CaseIterable { case bar, stacked, line }

package struct Program: Sendable {
    package var file: SourceFile
    package var statements: [Statement]
}
