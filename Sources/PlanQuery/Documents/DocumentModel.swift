/// The result of importing one plan document: its tables with provenance, the plans
/// (units) it contains, and every table-looking line that did not become a row.

/// A unit business plan (or a directorate introduction) found in a document.
package struct PlanSpan: Sendable, Equatable {
    package enum Kind: String, Sendable { case plan, directorateIntroduction = "directorate introduction" }
    package var kind: Kind
    /// Unit / division name as titled (`Libraries & Archives`, `Corporate Finance`); empty
    /// for a directorate introduction.
    package var unit: String
    /// Canonical directorate name (`Communities`, `Kent Adult Social Services`, …), or empty.
    package var directorate: String
    /// Plan year as written in the title block, canonical (`2008/09`), or empty.
    package var year: String
    /// The title block's first line and the plan's last line (1-based, inclusive).
    package var firstLine: Int
    package var lastLine: Int
    /// The line of the `Annual … Plan` title, for reference.
    package var titleLine: Int

    package init(kind: Kind, unit: String, directorate: String, year: String, firstLine: Int, lastLine: Int, titleLine: Int) {
        self.kind = kind
        self.unit = unit
        self.directorate = directorate
        self.year = year
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.titleLine = titleLine
    }
}

/// One data row of an extracted table.
package struct ExtractedRow: Sendable, Equatable {
    /// Clean cell texts, padded to the table width.
    package var cells: [String]
    /// First–last source line of the row (a row continued after a page break spans lines).
    package var lines: ClosedRange<Int>
    /// Every source line that contributed to this row.
    package var sourceLines: [Int]
    /// True when the row was stitched together from a continuation line.
    package var continued: Bool

    package init(cells: [String], lines: ClosedRange<Int>, sourceLines: [Int], continued: Bool = false) {
        self.cells = cells
        self.lines = lines
        self.sourceLines = sourceLines
        self.continued = continued
    }
}

/// A table found in a document, with its place in the plan structure.
package struct ExtractedTable: Sendable, Equatable {
    /// `ruled`: drawn with rules, as pandoc writes grid tables (`+---+` borders) and multiline tables
    /// (column extents from dashed rules).
    package enum Encoding: String, Sendable { case tab, pipe, html, spaces, ruled }
    /// Column headings (multi-line headers merged cell-wise); `column N` when the header was lost.
    package var header: [String]
    /// The raw header rows (cleaned cells) before merging, top to bottom.
    package var headerRows: [[String]]
    /// Lines holding header rows and title rows (including headers repeated after page breaks
    /// that were merged away are NOT here; they are in the rejects as `repeatedHeader`).
    package var headerLines: [Int]
    package var rows: [ExtractedRow]
    package var firstLine: Int
    package var lastLine: Int
    /// Plan attribution (empty outside any plan).
    package var unit: String
    package var directorate: String
    /// Nearest section heading above the table (e.g. `KEY PERFORMANCE INDICATORS`).
    package var section: String
    /// The nearest short prose line just above the table (a table title such as
    /// `ADULTS (OLDER PERSONS) - Budget & Services` or `ABS`), or a single-cell title row.
    package var caption: String
    package var encoding: Encoding
    /// True when no header row was found and `header` is synthetic.
    package var headerLost: Bool
    /// Signs that the table may be misread (`TableDoubt`); empty when none.
    package var doubts: [TableDoubt] = []

    package init(header: [String], headerRows: [[String]], headerLines: [Int], rows: [ExtractedRow],
                firstLine: Int, lastLine: Int, unit: String, directorate: String, section: String,
                caption: String, encoding: Encoding, headerLost: Bool) {
        self.header = header
        self.headerRows = headerRows
        self.headerLines = headerLines
        self.rows = rows
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.unit = unit
        self.directorate = directorate
        self.section = section
        self.caption = caption
        self.encoding = encoding
        self.headerLost = headerLost
    }
}

/// A table-looking line that is not part of any extracted row or header, and why.
package struct RejectedLine: Sendable, Equatable {
    package enum Reason: String, Sendable, CaseIterable {
        /// `Page 298` debris occupying a table line.
        case pageDebris = "page debris"
        /// `----- ⇥ -----` or a Markdown `|---|` rule.
        case separator
        /// A header row repeated after a page break (the continuation was merged).
        case repeatedHeader = "repeated header"
        /// A table line whose cells are all empty.
        case emptyRow = "empty row"
        /// Lines laid out with TABs or bars that hold no table: labelled values
        /// (`Directorate:⇥Resources`, a two-column `| Document control | |` block), a contents
        /// list with page numbers, or a signature block of names over dates.
        case notATable = "not a table"
    }
    package var line: Int
    package var reason: Reason
    package var text: String

    package init(line: Int, reason: Reason, text: String) {
        self.line = line
        self.reason = reason
        self.text = text
    }
}

package struct DocumentImport: Sendable {
    package var name: String
    package var lineCount: Int
    package var tables: [ExtractedTable]
    package var rejects: [RejectedLine]
    package var plans: [PlanSpan]
    /// Lines from which a `Page NNN` label was removed (whole line or inside a cell).
    package var pageDebrisLines: [Int]
    /// Every line that looked like part of a table (TAB-separated or a pipe-table line).
    package var tableLines: [Int]

    package init(name: String, lineCount: Int, tables: [ExtractedTable], rejects: [RejectedLine],
                plans: [PlanSpan], pageDebrisLines: [Int], tableLines: [Int]) {
        self.name = name
        self.lineCount = lineCount
        self.tables = tables
        self.rejects = rejects
        self.plans = plans
        self.pageDebrisLines = pageDebrisLines
        self.tableLines = tableLines
    }

    package var rowCount: Int { tables.reduce(0) { $0 + $1.rows.count } }

    /// The tables (1-based numbers) with doubts about their reading.
    package var doubtfulTables: [Int] { tables.indices.filter { !tables[$0].doubts.isEmpty }.map { $0 + 1 } }

    /// One-paragraph summary for the CLI's stderr:
    /// `F001: 52 plans, 812 tables, 7,654 rows; 321 rejected lines (…); 102 page labels removed`.
    /// (Tables that may be misread are named, so that a reader checks them before using them.)
    package var summary: String {
        var byReason: [String] = []
        for reason in RejectedLine.Reason.allCases {
            let n = rejects.filter { $0.reason == reason }.count
            if n > 0 { byReason.append("\(n) \(reason.rawValue)") }
        }
        let planCount = plans.filter { $0.kind == .plan }.count
        var s = "\(name): \(lineCount) lines, \(planCount) plans, \(tables.count) tables, \(rowCount) rows"
        s += "; \(rejects.count) table lines rejected"
        if !byReason.isEmpty { s += " (" + byReason.joined(separator: ", ") + ")" }
        s += "; \(pageDebrisLines.count) page labels removed"
        let doubtful = doubtfulTables
        if !doubtful.isEmpty {
            s += "; \(doubtful.count) " + (doubtful.count == 1 ? "table" : "tables") + " may be misread ("
                + doubtful.map { "#\($0)" }.joined(separator: ", ") + ": check against the document)"
        }
        return s
    }

    /// Table lines that are in no header, no row and no reject (must be empty).
    package var unaccountedTableLines: [Int] {
        var covered = Set<Int>()
        for t in tables {
            covered.formUnion(t.headerLines)
            for r in t.rows { covered.formUnion(r.sourceLines) }
        }
        for r in rejects { covered.insert(r.line) }
        return tableLines.filter { !covered.contains($0) }
    }

    /// The plan or introduction containing `line`, if any.
    package func plan(containing line: Int) -> PlanSpan? {
        var lo = 0, hi = plans.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let p = plans[mid]
            if line < p.firstLine { hi = mid - 1 } else if line > p.lastLine { lo = mid + 1 } else { return p }
        }
        return nil
    }
}
