/// Resolution, display formats: a format spec (`"£m 1dp"`) is a constant text checked here,
/// at the spec's span, against the type it will show.
extension Resolver {
    mutating func displayFormat(_ spec: Expr, applyingTo format: ValueFormat, type: DataType, what: String) throws -> ValueFormat {
        let v = try constantValue(spec)
        guard case .text(let text) = v else {
            throw error(.type, "a format is text such as \"£m 1dp\", not \(v.type.displayName)", spec.span,
                        hints: ["format words: " + DisplayStyle.vocabulary])
        }
        return try Resolver.displayFormat(text, applyingTo: format, type: type, what: what, span: spec.span)
    }

    /// Parses and checks a spec; errors carry `span` and list the words a spec may use.
    static func displayFormat(_ text: String, applyingTo format: ValueFormat, type: DataType, what: String,
                              span: Span?) throws -> ValueFormat {
        switch DisplayStyle.parse(text) {
        case .failure(let e):
            var hints = ["format words: " + DisplayStyle.vocabulary]
            if let near = closestNames(to: e.word.lowercased(), in: DisplayStyle.words).first { hints.insert("did you mean `\(near)`?", at: 0) }
            throw PlanQueryError(.error(.type, e.message + " in the format \"\(text)\"", at: span, hints: hints))
        case .success(let style):
            if let problem = style.problem(showing: type) {
                throw PlanQueryError(.error(.type, "cannot show \(what) with this format: " + problem, at: span))
            }
            return format.applying(style)
        }
    }
}
