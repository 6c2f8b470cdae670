/// A table's cells as people read them, shared by the terminal, Markdown and HTML renderers:
/// each value in its format, decimals to the column's places so points line up, badges for
/// RAG and direction-of-travel columns, and which rows are totals.
struct TableCells {
    var headers: [String]
    /// `rows[r][c]`: the cell's text (nulls are `nullText`).
    var rows: [[String]]
    var badges: [[Badge?]]
    var nulls: [[Bool]]
    var alignments: [DisplayStyle.Alignment]
    var numeric: [Bool]
    var roles: [RowRole]
    /// Extra width after a right-aligned number so the decimal points of a column line up
    /// (`65,735` over `837,251.9` gets two).
    var tailPadding: [[Int]]
    var sparklines: [[[Double]]?]

    init(_ t: Table, rowLimit: Int? = nil, nullText: String) {
        let shown = rowLimit.map { min($0, t.rowCount) } ?? t.rowCount
        headers = t.schema.map(\.name)
        let n = t.schema.count
        rows = Array(repeating: [], count: shown)
        badges = Array(repeating: Array(repeating: nil, count: n), count: shown)
        nulls = Array(repeating: Array(repeating: false, count: n), count: shown)
        tailPadding = Array(repeating: Array(repeating: 0, count: n), count: shown)
        sparklines = Array(repeating: nil, count: n)
        roles = t.rowRoles.map { Array($0.prefix(shown)) } ?? Array(repeating: .detail, count: shown)
        numeric = t.schema.map { info in
            switch info.format.style?.shape {
            case .rag?, .date?, .isoDate?, .month?, .fiscalYear?, .sparkline?: return false
            case .arrow?: return info.type.isNumeric
            default: return info.type.isNumeric
            }
        }
        alignments = zip(t.schema, numeric).map { info, isNumber in
            info.format.style?.align ?? (isNumber ? .right : .left)
        }
        for r in 0..<shown { rows[r].reserveCapacity(n) }
        for c in 0..<n {
            let column = t.columns[c]
            let format = t.schema[c].format
            let places = numeric[c] ? Display.columnPlaces((0..<shown).lazy.map { column[$0] }, format: format) : nil
            let perRow = numeric[c] ? TableCells.rowFormats(of: c, in: t, rows: shown) : nil
            if format.style?.shape == .sparkline { sparklines[c] = [] }
            for r in 0..<shown {
                let v = column[r]
                if v.isNull {
                    // A total row leaves the columns it does not sum empty rather than marking them missing.
                    rows[r].append(roles[r] == .detail ? nullText : "")
                    nulls[r][c] = true
                    if sparklines[c] != nil { sparklines[c]!.append([]) }
                    continue
                }
                let (cellFormat, cellPlaces) = perRow.map { ($0.formats[r], $0.places[r]) } ?? (format, places)
                var s = Display.text(v, format: cellFormat, places: cellPlaces)
                if s.contains("\n") { s = s.replacing("\n", with: " ") }
                rows[r].append(s)
                badges[r][c] = Badge.of(v, format: cellFormat, places: cellPlaces)
                if sparklines[c] != nil {
                    if case .list(let items) = v { sparklines[c]!.append(items.compactMap(\.doubleValue)) } else { sparklines[c]!.append([]) }
                }
            }
            // Points line up within one format; a column of mixed formats is right-aligned only.
            if numeric[c], alignments[c] == .right, perRow == nil {
                let tails = (0..<shown).map { nulls[$0][c] ? 0 : TableCells.tailWidth(rows[$0][c]) }
                let most = tails.max() ?? 0
                for r in 0..<shown where !nulls[r][c] { tailPadding[r][c] = most - tails[r] }
            }
        }
    }

    var rowCount: Int { rows.count }

    /// Each row's format for a plain number column `x` shown beside a text column `x_format`
    /// that names it per row (`percent`, `money`, `plain`), as the plans' indicator values do:
    /// one column holds counts, percentages and money, and `value_format` says which each is
    /// (`0.9394` reads `93.94%`). Places line up within each format. Nil when the column has
    /// a format of its own or no such neighbour.
    static func rowFormats(of c: Int, in t: Table, rows shown: Int) -> (formats: [ValueFormat], places: [Int?])? {
        guard t.schema[c].format.isPlain,
              let f = t.schema.firstIndex(where: { $0.name == t.schema[c].name + "_format" }),
              t.schema[f].type == .text else { return nil }
        let named = t.columns[f]
        let formats: [ValueFormat] = (0..<shown).map { r in
            guard case .text(let name) = named[r] else { return .plain }
            switch name.lowercased() {
            case "percent": return .percent
            case "money": return .money
            default: return .plain
            }
        }
        var placesByKind: [ValueFormat.Kind: Int?] = [:]
        for kind in Set(formats.map(\.kind)) {
            let values = (0..<shown).lazy.filter { formats[$0].kind == kind }.map { t.columns[c][$0] }
            placesByKind[kind] = Display.columnPlaces(values, format: ValueFormat(kind: kind))
        }
        return (formats, formats.map { placesByKind[$0.kind] ?? nil })
    }

    /// Characters from the decimal point to the end (`.8k` in `£1,639.8k`), or the trailing
    /// non-digits when there is no point (`%`, `k`, `)`).
    static func tailWidth(_ s: String) -> Int {
        let scalars = Array(s.unicodeScalars)
        var i = scalars.count
        while i > 0, !("0"..."9").contains(scalars[i - 1]) { i -= 1 }
        let trailing = scalars.count - i
        var j = i
        while j > 0, ("0"..."9").contains(scalars[j - 1]) { j -= 1 }
        if j > 0, scalars[j - 1] == "." { return scalars.count - (j - 1) }
        return trailing
    }
}
