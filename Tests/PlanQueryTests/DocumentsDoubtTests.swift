import Foundation
import Testing
@testable import PlanQuery

/// The doubts about a table's reading (`TableDoubt`): each sign, where it must fire and where it
/// must not, and where users meet it (the import listing, its summary, a warning on loading).
@Suite("Tables that may be misread")
struct DocumentsDoubtTests {
    func table(_ header: [String], _ rows: [[String]], encoding: ExtractedTable.Encoding = .tab, headerLost: Bool = false,
               section: String = "1. Budget") -> ExtractedTable {
        ExtractedTable(header: header, headerRows: [header], headerLines: [], rows: rows.enumerated().map {
            ExtractedRow(cells: $0.element, lines: (10 + $0.offset)...(10 + $0.offset), sourceLines: [10 + $0.offset])
        }, firstLine: 9, lastLine: 9 + rows.count, unit: "", directorate: "", section: section, caption: "",
           encoding: encoding, headerLost: headerLost)
    }

    func doubts(_ t: ExtractedTable, lines: [Substring] = []) -> [TableDoubt] { tableDoubts(t, lines: lines) }

    let budget = ["Service", "Budget £000", "Forecast £000"]

    @Test func totalsThatAddUpRaiseNoDoubt() {
        #expect(doubts(table(budget, [["Adult care", "1,200", "1,260"], ["Children", "800", "790"], ["Total", "2,000", "2,050"]])) == [])
        // a group of one line, income bracketed in its total, subtotals summed by a grand total
        #expect(doubts(table(budget, [
            ["EMPLOYEES", "", ""], ["Pay", "500", "510"], ["Agency", "40", "60"], ["Total employees", "540", "570"],
            ["INCOME", "", ""], ["Fees and charges", "120", "110"], ["Total income", "(120)", "(110)"],
            ["Total", "660", "680"],
        ])) == [])
        // rounded figures: a total within rounding of its lines
        #expect(doubts(table(["Team", "FTE"], [["A", "9.41"], ["B", "4.99"], ["C", "25.27"], ["Total", "39.68"]])) == [])
        // lines that hold unmarked subtotals of their own sum to twice the total
        #expect(doubts(table(["Type", "Count"], [["Primary fires", "10"], ["Secondary fires", "5"], ["All fires", "15"],
                                                  ["False alarms", "7"], ["All false alarms", "7"], ["Total incidents", "22"]])) == [])
    }

    @Test func aTotalThatDoesNotAddUpIsADoubt() {
        #expect(doubts(table(budget, [["Adult care", "1,200", "1,260"], ["Children", "800", "790"], ["Total", "2,000", "2,150"]]))
                == [.totalDoesNotAdd])
        // a column of figures shifted under the wrong heading leaves the total off
        #expect(doubts(table(budget, [["Adult care", "1,200", ""], ["Children", "", "800"], ["Highways", "400", "410"], ["Total", "2,400", "2,460"]]))
                == [.totalDoesNotAdd])
    }

    @Test func ratesNumberingAndNamedLinesAreNotSummed() {
        // a percentage column, box numbers rising row by row, a line of an accounting statement marked with its sign
        #expect(doubts(table(["Service", "Budget", "Variance %"], [["A", "100", "2.0"], ["B", "200", "3.5"], ["Total", "300", "2.9"]])) == [])
        #expect(doubts(table(["Box", "Statement", "£"], [["1", "Brought forward", "100"], ["2", "(+) Precept", "50"],
                                                          ["3", "(+) Total other receipts", "7"], ["4", "(=) Carried forward", "157"]])) == [])
    }

    @Test func headingsThatCannotBeRight() {
        #expect(doubts(table(["column 1", "column 2"], [["a", "1"]], headerLost: true)) == [.headerLost])
        #expect(doubts(table(["Service", "", "Forecast"], [["A", "1", "2"]])) == [.unheadedColumn])
        // an empty heading over an empty column, or over the row labels, is no sign
        #expect(doubts(table(["", "Budget", "Q4"], [["A", "1", ""]])) == [])
        #expect(doubts(table(["Service", "2024/25", "2024/25"], [["A", "1", "2"]])) == [.repeatedHeading])
    }

    @Test func cellsAndRowsThatCannotBeRight() {
        #expect(doubts(table(["Service", "Budget"], [["A", "1,204 1,310"]])) == [.figuresInOneCell])
        #expect(doubts(table(["Stage", "On time"], [["Stage 1", "206 (88.0%)"], ["Stage 2", "31 March 2026"]])) == [])
        #expect(doubts(table(["Measure", "Value"], [["Adults receiving self-directed", "24.1%"], ["support by direct payment", ""]]))
                == [.fragmentRow])
        #expect(doubts(table(["Measure", "Value"], [["Adults", "24.1%"], ["Children's services", ""]])) == [])
        #expect(doubts(table(["Measure", "Value"], [["A", "1"]], section: "2.1 Emissions {#_Toc2083}")) == [.sectionMarkup])
    }

    @Test func textTheReadingLeftOut() {
        let lines: [Substring] = Array(repeating: "", count: 9) + ["Service\tBudget", "Adult care\t1,200\tsee note", "Children\t800"]
        var t = table(["Service", "Budget"], [["Adult care", "1,200"], ["Children", "800"]])
        t.headerLines = [10]
        t.rows[0].sourceLines = [11]; t.rows[1].sourceLines = [12]
        #expect(doubts(t, lines: lines) == [.textLeftOut])
        // markup and page labels are not text
        let marked: [Substring] = Array(repeating: "", count: 9) + ["Service\tBudget", "<u>Adult care</u>\t1,200 Page 7", "Children\t800"]
        #expect(doubts(t, lines: marked) == [])
    }

    @Test func aCapitalLineJoinedInWordText() {
        let lines: [Substring] = Array(repeating: "", count: 10) + ["Short certificate\tStatutory\t12.50", "Certificates issued later"]
        var t = table(["Service", "Type", "Fee"], [["Short certificate Certificates issued later", "Statutory", "12.50"]])
        t.rows[0].sourceLines = [11, 12]
        #expect(doubts(t, lines: lines) == [.capitalLineJoined])
        let wrapped: [Substring] = Array(repeating: "", count: 10) + ["Short certificate\tStatutory\t12.50", "issued later (NALC)"]
        t.rows[0].cells[0] = "Short certificate issued later (NALC)"
        #expect(doubts(t, lines: wrapped) == [])
    }

    // MARK: where users meet them

    static let paper = "1. Revenue forecast\n\nThe forecast at month 6 is below.\n\nService\tBudget £000\tForecast £000\n"
        + "Adult care\t1,200\t1,260\nChildren\t800\t790\nHighways\t400\t410\nTotal\t2,400\t2,560\n\nThe overspend is small.\n"

    @Test func theImportNamesTheTable() {
        let doc = importDocument(name: "m6.txt", text: Self.paper)
        #expect(doc.tables.map(\.doubts) == [[.totalDoesNotAdd]])
        #expect(doc.summary.hasSuffix("; 1 table may be misread (#1: check against the document)"))
        let listing = DataFiles.contents(doc)
        #expect(listing.columnNames.last == "doubts")
        #expect(listing.columns.last?[0] == .text("a total that does not add up"))
        let right = importDocument(name: "m6.txt", text: Self.paper.replacing("2,560", with: "2,460"))
        #expect(right.tables.map(\.doubts) == [[]])
        #expect(!right.summary.contains("misread"))
        #expect(DataFiles.contents(right).columns.last?[0] == .null)
    }

    @Test func loadingTheTableWarns() throws {
        let dir = testScratch.appendingPathComponent("doubts-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.paper.write(to: dir.appendingPathComponent("m6.txt"), atomically: true, encoding: .utf8)
        let cli = CLITests()
        let r = try cli.planq(["--format", "csv", "-c", "from \"m6.txt#1\" | select Service"], cwd: dir)
        #expect(r.status == 0)
        #expect(r.out == "Service\nAdult care\nChildren\nHighways\nTotal\n")
        #expect(r.err.contains("warning: m6.txt#1 may be misread (a total that does not add up): check it against lines 5–9 of the document"))
        let imported = try cli.planq(["import", "m6.txt"], cwd: dir)
        #expect(imported.status == 0)
        #expect(imported.out.contains("a total that does not add up"))
        #expect(imported.err.contains("m6.txt: 11 lines, 0 plans, 1 tables, 4 rows; 0 table lines rejected; 0 page labels removed; 1 table may be misread (#1: check against the document)"))
    }

    /// A body row taken for the header (a table cut into pieces) heads its columns with sentences;
    /// the sign is a heading of nine words or more on a table beside another of its width.
    @Test func aHeadingThatReadsAsARow() {
        let cut = [table(["Quarter 2 performance and budget monitoring 2025/26",
                          "Review Place directorate performance and the forecast revenue outturn", "PM", "This meeting"],
                         [["Corporate risk register", "Review the directorate’s risks", "PM", "This meeting"]]),
                   table(["Leisure centres contract – year 2 performance",
                          "Review the operator’s performance against the contract key performance indicators", "PM", "Scheduled"],
                         [["Annual scrutiny report 2025/26", "Agree the committee’s section of the annual scrutiny report", "WP", "Scheduled"]])]
        #expect(cut.map { doubts($0) } == [[], []])
        var marked = cut
        markSplitNeighbours(&marked)
        #expect(marked.map(\.doubts) == [[.sentenceAsHeading], [.sentenceAsHeading]])
        // a long heading on a table alone in its section is common (`What we want to find out and how
        // we will use the information`), and so is one beside a table of another width
        var alone = [cut[1], table(["Indicator", "Target"], [["NI 192", "38%"]])]
        markSplitNeighbours(&alone)
        #expect(alone.allSatisfy { $0.doubts.isEmpty })
        // long headings of a spanning heading and its sub-heading are no sign: only a cell as printed counts
        let spanned = table(["Band", "Monday to Saturday, 8am to 6pm Up to 1 hour"], [["A", "1.20"]])
        var pair = [ExtractedTable(header: spanned.header, headerRows: [["Band", "Monday to Saturday, 8am to 6pm"], ["", "Up to 1 hour"]],
                                   headerLines: [], rows: spanned.rows, firstLine: 9, lastLine: 10, unit: "", directorate: "",
                                   section: "1. Budget", caption: "", encoding: .tab, headerLost: false),
                    table(["Band", "Sunday"], [["A", "0.80"]])]
        markSplitNeighbours(&pair)
        #expect(pair.allSatisfy { $0.doubts.isEmpty })
    }

    /// In rows led by codes, a row of words with no code is the wrapped lines of the row above read as a row.
    @Test func aRowWithoutACodeAmongCodedRows() {
        let header = ["Ref", "Milestone", "Status", "Commentary"]
        #expect(doubts(table(header, [
            ["M1.1", "Demolition of the former Crossgates shopping precinct completed", "Complete", "Asbestos removal added eight weeks."],
            ["M1.2", "Development partner appointed for", "Complete", "Contract signed on"],
            ["", "the Crossgates site", "", "24 March 2025."],
            ["M1.3", "Outline planning application submitted", "On track", "Consultation closed."],
        ])) == [.rowWithoutCode])
        // a group name in the code column, and a row of figures without a code (a sum), are no sign
        #expect(doubts(table(["Code", "Indicator", "2022/23", "2023/24"], [
            ["", "Waste", "", ""],
            ["ENV1a", "Net cost of waste collection per premises", "71.40", "74.85"],
            ["ENV2a", "Net cost of waste disposal per premises", "102.65", "99.10"],
            ["", "Net cost of waste management per premises", "174.05", "173.95"],
            ["ENV3a", "Net cost of street cleaning", "11940.00", "12385.00"],
        ])) == [])
    }
}

@Suite("Tables that may be misread: headings and neighbours")
struct DocumentsDoubtNeighbourTests {
    @Test func aFigureReadAsAHeading() {
        let t = ExtractedTable(header: ["Households on the register", "2,871"], headerRows: [["Households on the register", "2,871"]], headerLines: [3],
                               rows: [ExtractedRow(cells: ["New applications", "1,978"], lines: 4...4, sourceLines: [4])], firstLine: 3, lastLine: 4,
                               unit: "", directorate: "", section: "", caption: "", encoding: .tab, headerLost: false)
        #expect(tableDoubts(t, lines: []) == [.figureAsHeading])
        var years = t
        years.header = ["Measure", "2025"]
        #expect(tableDoubts(years, lines: []) == [])
    }

    func part(_ header: [String], _ rows: [[String]], at line: Int, headerLost: Bool = false, section: String = "4.2 Indicators") -> ExtractedTable {
        ExtractedTable(header: header, headerRows: headerLost ? [] : [header], headerLines: headerLost ? [] : [line],
                       rows: rows.enumerated().map { ExtractedRow(cells: $0.element, lines: (line + 1 + $0.offset)...(line + 1 + $0.offset), sourceLines: [line + 1 + $0.offset]) },
                       firstLine: line, lastLine: line + rows.count, unit: "", directorate: "", section: section, caption: "",
                       encoding: .spaces, headerLost: headerLost)
    }

    /// A table split where a page break was not read as one: the part after it has no header, or
    /// its header again; both parts are named. A part closed by its total is whole, and tables of
    /// other sections or widths are not parts of one.
    @Test func partsOfOneTableSplitAtAPageBreak() {
        let header = ["Ref", "Indicator", "2024/25", "2025/26"]
        var split = [part(header, [["TP01", "Claimants", "4.6%", "4.3%"]], at: 10),
                     part(["column 1", "column 2", "column 3", "column 4"], [["CY01", "Assessments", "81.4%", "86.9%"]], at: 20, headerLost: true),
                     part(header, [["HI01", "Admissions", "431.2", "448.0"]], at: 30)]
        markSplitNeighbours(&split)
        #expect(split.map { $0.doubts } == [[.maySplitFromNeighbour], [.maySplitFromNeighbour], [.maySplitFromNeighbour]])
        let budget = ["Service", "Budget", "Forecast"]
        var closed = [part(budget, [["Parks", "1,200", "1,150"], ["Total", "1,200", "1,150"]], at: 10),
                      part(budget, [["Libraries", "800", "820"], ["Total", "800", "820"]], at: 20)]
        markSplitNeighbours(&closed)
        #expect(closed.allSatisfy { $0.doubts.isEmpty })
        var apart = [part(header, [["TP01", "Claimants", "4.6%", "4.3%"]], at: 10),
                     part(header, [["CY01", "Assessments", "81.4%", "86.9%"]], at: 20, section: "4.3 Children"),
                     part(["A", "B", "C"], [["x", "1", "2"]], at: 30, headerLost: true)]
        markSplitNeighbours(&apart)
        #expect(apart.allSatisfy { $0.doubts.isEmpty })
    }

    /// A row whose lines make one row only together (Word broke it by paragraphs in its cells: its first line is
    /// short of its TABs) is no line joined by mistake, nor is a line of a table typed to tab stops.
    @Test func rowsBrokenByParagraphsAreNoLineJoinedByMistake() {
        let doc = importDocument(name: "t", text: [
            "Archetype\tMeasure package\tHomes\tCompleted", // 1
            "Solid wall houses\tExternal wall insulation", // 2
            "Loft insulation top-up\t38\t31", // 3
            "Cavity wall houses\tWindows and doors", // 4
            "Loft insulation top-up", // 5
            "Mechanical extract ventilation\t46\t39", // 6
        ].joined(separator: "\n") + "\n")
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.last?.cells == ["Cavity wall houses", "Windows and doors Loft insulation top-up Mechanical extract ventilation", "46", "39"])
        #expect(doc.tables.first.map { !$0.doubts.contains(.capitalLineJoined) } ?? false)
        let typed = importDocument(name: "t", text: [
            "Box\t\t\t2023/24\t2024/25\tVariance\tExplanation",
            "2 Precept\t\t38,500\t40,400\t1,900\t4.9\tUnder 15%.",
            "3 Other receipts\t6,912\t9,355\t2,443\t35.3\tFirst CIL receipt",
            "\t\t\t\t\t\t\tFoundation grant towards",
            "4 Staff costs\t\t14,880\t15,620\t740\t5.0\tUnder 15%.",
        ].joined(separator: "\n") + "\n")
        #expect(typed.tables.first?.rows.count == 3)
        #expect(typed.tables.first.map { !$0.doubts.contains(.capitalLineJoined) } ?? false)
    }
}
