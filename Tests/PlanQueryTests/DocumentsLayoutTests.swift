import Foundation
import Testing
@testable import PlanQuery

/// The layout rules added for the sixth round of unseen papers, each on a small document.
@Suite("Document importer layouts")
struct DocumentsLayoutTests {
    func imported(_ lines: [String]) -> DocumentImport {
        let doc = importDocument(name: "t", text: lines.joined(separator: "\n") + "\n")
        #expect(doc.unaccountedTableLines.isEmpty, "table lines in no row, header or reject")
        return doc
    }

    func row(_ t: ExtractedTable, line: Int) -> [String]? { t.rows.first { $0.lines.lowerBound == line }?.cells }

    // MARK: HTML

    @Test func htmlTableWithSpanningHeadingsFootAndMultiLineRows() {
        let doc = imported([
            "<p>Budget</p>",                                                                       // 1
            "<table>",                                                                              // 2
            "  <caption>Table 1: Net budget (&pound;000)</caption>",                                // 3
            "  <thead>",                                                                            // 4
            "    <tr><th rowspan=\"2\">Service area</th><th colspan=\"2\">2024/25</th><th>2025/26</th></tr>", // 5
            "    <tr><th>Original<br>budget</th><th>Forecast</th><th>Proposed</th></tr>",         // 6
            "  </thead>",                                                                           // 7
            "  <tbody>",                                                                            // 8
            "    <tr><th scope=\"row\">Parks &amp; open spaces</th><td>2,366</td><td>2,340</td><td>2,451</td></tr>", // 9
            "    <tr>",                                                                             // 10
            "      <td>Arts<br>and <abbr title=\"x\">VIC</abbr></td>",                              // 11
            "      <td>418</td><td>431</td>",                                                       // 12
            "      <td>(16)</td>",                                                                  // 13
            "    </tr>",                                                                            // 14
            "    <tr><td></td><td></td></tr>",                                                      // 15
            "  </tbody>",                                                                           // 16
            "  <tfoot><tr><th>Total</th><td>2,784</td><td>2,771</td><td>2,435</td></tr></tfoot>", // 17
            "</table>",                                                                             // 18
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.encoding == .html)
        #expect(t.caption == "Table 1: Net budget (£000)")
        #expect(t.header == ["Service area", "2024/25 Original budget", "2024/25 Forecast", "2025/26 Proposed"])
        #expect(row(t, line: 9) == ["Parks & open spaces", "2,366", "2,340", "2,451"])
        #expect(row(t, line: 10) == ["Arts and VIC", "418", "431", "(16)"])
        #expect(t.rows.first { $0.lines.lowerBound == 10 }?.sourceLines == [10, 11, 12, 13, 14])
        #expect(row(t, line: 17) == ["Total", "2,784", "2,771", "2,435"])
        #expect(t.rows.count == 3)
        #expect(doc.rejects.contains { $0.line == 15 && $0.reason == .emptyRow })
    }

    @Test func htmlLabelledValuesAreNotATable() {
        let doc = imported([
            "<table>",
            "<tr><th>Service</th><td>Leisure</td></tr>",
            "<tr><th>Head of service</th><td>B. Rowlands</td></tr>",
            "</table>",
        ])
        #expect(doc.tables.isEmpty)
        #expect(doc.rejects.filter { $0.reason == .notATable }.map { $0.line } == [2, 3])
        // on a page (an XML declaration first), its labels name the unit
        let page = imported([
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<html><body>",
            "<table>",
            "<tr><th>Service</th><td>Leisure &amp; Culture</td></tr>",
            "</table>",
            "<h2>2. Budget</h2>",
            "<table><tr><th>Area</th><th>Budget</th></tr><tr><td>Parks</td><td>1,200</td></tr></table>",
            "</body></html>",
        ])
        #expect(page.tables.map { $0.unit } == ["Leisure & Culture"])
        #expect(page.tables.map { $0.section } == ["2. Budget"])
    }

    @Test func htmlGridSpans() {
        let head = HTMLRow(lines: [1], cells: [HTMLCell(text: "Ref", header: true, colspan: 1, rowspan: 2),
                                               HTMLCell(text: "Saving", header: true, colspan: 3, rowspan: 1),
                                               HTMLCell(text: "Risk", header: true, colspan: 1, rowspan: 2)], part: .head)
        let sub = HTMLRow(lines: [2], cells: ["25/26", "26/27", "27/28"].map { HTMLCell(text: $0, header: true, colspan: 1, rowspan: 1) },
                          part: .head)
        let body = HTMLRow(lines: [3], cells: [HTMLCell(text: "Total", header: true, colspan: 2, rowspan: 1),
                                               HTMLCell(text: "9", header: false, colspan: 1, rowspan: 1)], part: .foot)
        let grid = htmlGrid([head, sub, body], headerRows: 2)
        #expect(grid[0] == ["Ref", "Saving", "Saving", "Saving", "Risk"])
        #expect(grid[1] == ["", "25/26", "26/27", "27/28", ""])
        // outside the header a cell spanning columns leaves the columns after it empty
        #expect(grid[2] == ["Total", "", "9"])
    }

    @Test func htmlPageHeadingsAndTermsNameSectionAndUnit() {
        let doc = imported([
            "<!DOCTYPE html>",                                             // 1
            "<html><head>",                                                // 2
            "<title>Service plan</title>",                                 // 3
            "</head><body>",                                               // 4
            "<dl>",                                                        // 5
            "  <dt>Service</dt>",                                          // 6
            "  <dd>Leisure &amp; Culture</dd>",                            // 7
            "</dl>",                                                       // 8
            "<p>This page sets out what the Leisure service plans to do, the budget.</p>", // 9
            "<h2 id=\"budget\">2. Revenue budget</h2>",                   // 10
            "<table><tr><th>Area</th><th>Budget</th></tr>",               // 11
            "<tr><td>Parks</td><td>1,200</td></tr>",                      // 12
            "<tr><td>Museums</td><td>600</td></tr></table>",              // 13
            "</body></html>",                                              // 14
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.unit == "Leisure & Culture")
        #expect(t.section == "2. Revenue budget")
        #expect(t.header == ["Area", "Budget"])
        #expect(row(t, line: 12) == ["Parks", "1,200"])
        #expect(row(t, line: 13) == ["Museums", "600"])
        // a sentence that mentions a plan names no unit
        #expect(namedUnit("This page sets out what the Leisure & Culture service plans to deliver in 2025/26, the") == nil)
        #expect(namedUnit("Children's Services Business Plan 2024/25") == "Children's Services")
    }

    @Test func htmlCellEntities() {
        #expect(htmlText("Replace printed <em>What&rsquo;s On</em> guide<br>now") == "Replace printed What’s On guide now")
        #expect(htmlText("per&nbsp;session &ndash; &#x2191; &#163;5") == "per session – ↑ £5")
        #expect(cleanCell("Tourism &amp; <abbr title=\"Visitor Information Centre\">VIC</abbr>").text == "Tourism & VIC")
    }

    // MARK: space-aligned

    @Test func spaceAlignedTableWithTwoLineHeaderAndWrappedCells() {
        let doc = imported([
            "Service: Waste",                                                                           // 1
            "",                                                                                         // 2
            "                                  Q2 2024/25   Q2 2024/25                         Not",  // 3
            "Ref     Indicator                 Target       Actual          Status           rated",  // 4
            "PL01    Residual waste per        105 kg       101 kg          Green                1",  // 5
            "        household",                                                                         // 6
            "PL02    Missed bins per 100,000   40           36              Green                2",  // 7
            "        collections¹",                                                                      // 8
            "PL03    Average days to process   19.4         17.2            Amber                0",  // 9
            "        new claims",                                                                        // 10
            "",                                                                                         // 11
            "¹ Provisional figure.",                                                                     // 12
            "",                                                                                         // 13
            "Green:          on target or better",                                                       // 14
            "Amber:          below target by 5% or less",                                                // 15
            "",                                                                                         // 16
            "Measure                                Q2 2023/24      Q2 2024/25",                         // 17
            "Council tax collected (%)              56.2%           55.8%",                              // 18
            "Average days to process new            19.4            17.2",                               // 19
            "Housing Benefit claims",                                                                    // 20
            "Average days to process changes of     8.1             9.0",                                // 21
            "circumstances",                                                                             // 22
        ])
        #expect(doc.tables.count == 2)
        guard let t = doc.tables.first else { return }
        #expect(t.encoding == .spaces)
        #expect(t.header == ["Ref", "Indicator", "Q2 2024/25 Target", "Q2 2024/25 Actual", "Status", "Not rated"])
        #expect(row(t, line: 5) == ["PL01", "Residual waste per household", "105 kg", "101 kg", "Green", "1"])
        #expect(row(t, line: 7) == ["PL02", "Missed bins per 100,000 collections¹", "40", "36", "Green", "2"])
        #expect(row(t, line: 9) == ["PL03", "Average days to process new claims", "19.4", "17.2", "Amber", "0"])
        #expect(t.rows.count == 3)
        #expect(t.unit == "Waste")
        // a label wrapped from the first column, in capitals or not
        guard doc.tables.count == 2 else { return }
        let u = doc.tables[1]
        #expect(u.header == ["Measure", "Q2 2023/24", "Q2 2024/25"])
        #expect(row(u, line: 19) == ["Average days to process new Housing Benefit claims", "19.4", "17.2"])
        #expect(row(u, line: 21) == ["Average days to process changes of circumstances", "8.1", "9.0"])
        #expect(u.rows.count == 3)
    }

    @Test func spaceAlignedRowsABlankLineApartAndLabelsWrappedAboveTheirFigures() {
        let doc = imported([
            "Scheme                        2025/26     2026/27",   // 1
            "                              £000        £000",      // 2
            "",                                                   // 3
            "Leisure centre roof           850         120",       // 4
            "",                                                   // 5
            "Play area renewal at Weir",                           // 6
            "  gardens                     180         -",         // 7
            "",                                                   // 8
            "Castle Museum works           95          210",       // 9
            "",                                                   // 10
            "The programme is funded by borrowing.",               // 11
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Scheme", "2025/26 £000", "2026/27 £000"])
        #expect(t.rows.map { $0.lines.lowerBound } == [4, 6, 9])
        // the label's head stands above the line with the figures, which goes on in lower case
        #expect(row(t, line: 6) == ["Play area renewal at Weir gardens", "180", "-"])
        #expect(row(t, line: 9) == ["Castle Museum works", "95", "210"])
    }

    @Test func htmlTableWithoutHeaderCells() {
        let doc = imported([
            "<table>",
            "<tr><td>Measure</td><td>2023/24</td><td>2024/25</td></tr>",
            "<tr><td>Visits</td><td>612</td><td>648</td></tr>",
            "</table>",
        ])
        #expect(doc.tables.first?.header == ["Measure", "2023/24", "2024/25"])
        #expect(doc.tables.first?.rows.count == 1)
    }

    @Test func spaceAlignedRulesAndHeadingsBetweenDashes() {
        let doc = imported([
            "                    ----- 2024/25 -----",            // 1
            "Service             Budget      Forecast",           // 2
            "-------             ------      --------",           // 3
            "Libraries           1,200       1,150",              // 4
            "Museums               600         640",              // 5
            "                    ------      --------",           // 6
            "Total               1,800       1,790",              // 7
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Service", "2024/25 Budget", "2024/25 Forecast"])
        #expect(t.rows.map { $0.lines.lowerBound } == [4, 5, 7])
        #expect(row(t, line: 7) == ["Total", "1,800", "1,790"])
        #expect(doc.rejects.filter { $0.reason == .separator }.map { $0.line } == [3, 6])
    }

    @Test func htmlTableWithTwoHeaderRowsOfPlainCells() {
        let doc = imported([
            "<table>",
            "<tr><td></td><td colspan=\"2\">2024/25</td></tr>",
            "<tr><td>Service</td><td>Budget</td><td>Forecast</td></tr>",
            "<tr><td>Parks</td><td>2,366</td><td>2,340</td></tr>",
            "</table>",
        ])
        #expect(doc.tables.first?.header == ["Service", "2024/25 Budget", "2024/25 Forecast"])
        #expect(doc.tables.first?.rows.map { $0.lines.lowerBound } == [4])
    }

    @Test func spaceAlignedGroupRows() {
        let doc = imported([
            "Indicator                         Target    Actual",   // 1
            "Adults",                                                // 2
            "Permanent admissions (65+)        560       548",       // 3
            "Delayed transfers of care from    12        14",        // 4
            "hospital",                                              // 5
            "Children",                                              // 6
            "Looked after children             410       402",       // 7
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Indicator", "Target", "Actual"])
        #expect(t.rows.map { $0.lines.lowerBound } == [2, 3, 4, 6, 7])
        #expect(row(t, line: 2) == ["Adults", "", ""])
        #expect(row(t, line: 4) == ["Delayed transfers of care from hospital", "12", "14"])
        #expect(row(t, line: 6) == ["Children", "", ""])
    }

    @Test func proseWithDoubleSpacesIsNoTable() {
        let doc = imported([
            "The scheme finished in March 2024.  12 new homes were let in the first month.",
            "Rents were set in line with policy.  45 households were on the waiting list in May.",
            "The board noted the report.  3 members asked for a further update in the autumn.",
        ])
        #expect(doc.tables.isEmpty)
    }

    @Test func spacedFieldsAndColumns() {
        let f = spacedFields("  Council tax collected (%)     56.2%  (0.4%)")
        #expect(f.map { $0.text } == ["Council tax collected (%)", "56.2%", "(0.4%)"])
        #expect(f.map { $0.start } == [2, 32, 39])
        let columns = spacedColumns([spacedFields("Major     9    100.0%"), spacedFields("Minor   112     87.8%")])
        #expect(columns.count == 3)
        // a heading over no figures goes to the nearest column
        #expect(spacedColumnsOf(SpacedField(start: 7, end: 8, text: "x"), in: columns) == [1])
        #expect(spacedColumnsOf(SpacedField(start: 3, end: 12, text: "x"), in: columns) == [0, 1])
    }

    @Test func spaceAlignedTableContinuedAfterAFormFeed() {
        let head = "Harrowfield District Council                          Quarterly Report"
        let doc = imported([
            head,                                                                    // 1
            "",                                                                      // 2
            "2. Place",                                                              // 3
            "",                                                                      // 4
            "Ref      Indicator                   Target     Actual",               // 5
            "PL01     Residual waste              105        101",                  // 6
            "PL02     Missed bins                 40         36",                   // 7
            "",                                                                      // 8
            "OFFICIAL                                                   Page 1 of 2", // 9
            "\u{0C}" + head,                                                         // 10
            "",                                                                      // 11
            "Table 2 (continued): Place indicators",                                 // 12
            "",                                                                      // 13
            "Ref      Indicator                   Target     Actual",               // 14
            "PL03     Fly-tipping cleared         95%        97.1%",                // 15
            "",                                                                      // 16
            "OFFICIAL                                                   Page 2 of 2", // 17
            "\u{0C}",                                                                // 18
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.lines.lowerBound } == [6, 7, 15])
        #expect(row(t, line: 15) == ["PL03", "Fly-tipping cleared", "95%", "97.1%"])
        #expect(doc.pageDebrisLines.contains(9) && doc.pageDebrisLines.contains(17))
        #expect(doc.rejects.contains { $0.line == 14 && $0.reason == .repeatedHeader })
    }

    // MARK: TAB blocks, units and headings

    @Test func labelledValuesOneBlankLineFromATableAreNotJoinedToIt() {
        let doc = imported([
            "Meeting:\tFull Council",                  // 1
            "Date:\t13 January 2025",                  // 2
            "",                                        // 3
            "Band\t2024/25\t2025/26",                  // 4
            "A\t£36.11\t£37.25",                       // 5
            "B\t£42.12\t£43.45",                       // 6
            "",                                        // 7
            "Prepared by:\tClerk",                     // 8
            "Date:\t3 Jan 2025",                       // 9
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Band", "2024/25", "2025/26"])
        #expect(t.rows.map { $0.lines.lowerBound } == [5, 6])
        for l in [1, 2, 8, 9] { #expect(doc.rejects.contains { $0.line == l && $0.reason == .notATable }) }
    }

    @Test func aLabelledUnitStartsWhereItIsNamedAndEndsAtTheNextHeadingOfItsLevel() {
        let doc = imported([
            "# Quarterly report",                      // 1
            "",                                        // 2
            "## 1. Summary",                           // 3
            "",                                        // 4
            "| Directorate | Green |",                 // 5
            "|---|---|",                               // 6
            "| Place | 7 |",                           // 7
            "",                                        // 8
            "## 2. Place",                             // 9
            "",                                        // 10
            "### 2.1 Waste",                           // 11
            "",                                        // 12
            "**Service:** Waste",                      // 13
            "",                                        // 14
            "| Ref | Value |",                         // 15
            "|---|---|",                               // 16
            "| PL01 | 105 |",                          // 17
            "",                                        // 18
            "### 2.2 Planning notes",                  // 19
            "",                                        // 20
            "| Ref | Value |",                         // 21
            "|---|---|",                               // 22
            "| PL09 | 9 |",                            // 23
            "",                                        // 24
            "Appendix A – Fees 2025/26",               // 25
            "",                                        // 26
            "| Fee | Charge |",                        // 27
            "|---|---|",                               // 28
            "| Burial | £620 |",                       // 29
        ])
        #expect(doc.tables.map { $0.unit } == ["", "Waste", "", ""])
        #expect(doc.tables.map { $0.section } == ["1. Summary", "2.1 Waste", "2.2 Planning notes", "Appendix A – Fees 2025/26"])
        // a unit named in the title block, under the paper's own title, covers the paper
        let titled = imported([
            "# Police and Crime Panel",                // 1
            "**Service area:** Policing",              // 2
            "## 1. Purpose",                           // 3
            "| Measure | Value |",                     // 4
            "|---|---|",                               // 5
            "| Crime | 12 |",                          // 6
        ])
        #expect(titled.tables.map { $0.unit } == ["Policing"])
        #expect(headingCloses("## 3. Finance", under: "### 2.1 Waste"))
        #expect(!headingCloses("#### 2.1.1 Detail", under: "### 2.1 Waste"))
        #expect(headingCloses("4. Financial summary", under: "3.2 Customer Services"))
        // (an appendix closes the body's numbered sections and the appendix before it; a heading without a number does not)
        #expect(headingCloses("Appendix A", under: "3.2 Customer Services"))
        #expect(headingCloses("APPENDIX B – DETAILED BUDGET", under: "APPENDIX A – CHARGES"))
        #expect(!headingCloses("Key achievements", under: "3.2 Customer Services"))
        #expect(isHeading("Appendix A – Burial ground fees 2025/26", plainPapers: true) == "Appendix A – Burial ground fees 2025/26")
        #expect(isHeading("Appendix A sets out the fees.", plainPapers: true) == nil)
    }

    // MARK: Markdown

    @Test func pipeTablesWithoutOuterBarsKeepARowThatStopsShort() {
        let doc = imported([
            "Programme | Budget | Spend | RAG | Comment",  // 1
            "--- | ---: | ---: | --- | ---",               // 2
            "Adult Skills | 62.4 | 44.1 | Green | On profile", // 3
            "**Total** | **93.2** | **63.9** |  |",         // 4
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 4) == ["Total", "93.2", "63.9", "", ""])
    }

    @Test func theLastSpanningHeadingSpansAsManyColumnsAsTheOneBeforeIt() {
        let x = Extractor(name: "t", lines: [])
        let header = x.mergeHeader([["", "Q3", "", "Year to date", "", ""],
                                    ["Measure", "Target", "Actual", "Target", "Actual", "RAG"]], width: 6)
        #expect(header == ["Measure", "Q3 Target", "Q3 Actual", "Year to date Target", "Year to date Actual", "RAG"])
        // without the repeat the heading still spans to the end
        let open = x.mergeHeader([["", "Q3", "", "Year to date", "", ""],
                                  ["Measure", "Target", "Actual", "Budget", "Forecast", "Variance"]], width: 6)
        #expect(open[5] == "Year to date Variance")
    }

    @Test func aVersionHistoryIsNotPlanDataAndItalicFootersArePageBreaks() {
        let doc = imported([
            "## 5. Homes",                                     // 1
            "",                                                // 2
            "| District | Homes |",                            // 3
            "|---|---|",                                       // 4
            "| Aldcastle | 1,450 |",                           // 5
            "",                                                // 6
            "*West Pennine CA – Scorecard – Page 4 of 5*",     // 7
            "",                                                // 8
            "---",                                             // 9
            "",                                                // 10
            "*West Pennine CA – Scorecard*",                   // 11
            "",                                                // 12
            "| District | Homes |",                            // 13
            "|---|---|",                                       // 14
            "| Brinley | 820 |",                               // 15
            "",                                                // 16
            "*West Pennine CA – Scorecard – Page 5 of 5*",     // 17
            "",                                                // 18
            "---",                                             // 19
            "",                                                // 20
            "*West Pennine CA – Scorecard*",                   // 21
            "",                                                // 22
            "## Document control",                             // 23
            "",                                                // 24
            "| Version | Date | Author | Change |",            // 25
            "|---|---|---|---|",                               // 26
            "| 0.1 | 20/01/2025 | S. Varga | First draft |",   // 27
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.map { $0.lines.lowerBound } == [5, 15])
        #expect(doc.pageDebrisLines.contains(7) && doc.pageDebrisLines.contains(17))
        #expect(doc.rejects.contains { $0.line == 27 && $0.reason == .notATable })
    }

    // MARK: round 7

    @Test func wordTableTagsOverTwoLinesBoldHeaderRowAndHeadingOverTwoLines() {
        let doc = imported([
            "<html>",                                                                                   // 1
            "<body>",                                                                                   // 2
            "<table class=MsoTableGrid border=1",                                                       // 3
            " style='border-collapse:collapse'>",                                                      // 4
            "<tr><td><p class=MsoNormal><b>Version<o:p></o:p></b></p></td><td><p class=MsoNormal>1.3</p></td></tr>", // 5
            "<tr><td><b>Author</b></td><td>P. Mendonca</td></tr>",                                     // 6
            "</table>",                                                                                 // 7
            "<h2><a name=\"_Toc1\"><span style='mso-list:Ignore'>3.2<span>&nbsp;&nbsp;",              // 8
            "</span></span><span>Improvement actions</span></a><o:p></o:p></h2>",                      // 9
            "<table class=MsoTableGrid",                                                                // 10
            " border=1 cellspacing=0>",                                                                 // 11
            "<tr><td><p class=MsoNormal><b>Ref<o:p></o:p></b></p></td><td><b>Action</b></td><td><strong>Status</strong></td></tr>", // 12
            "<tr><td>WS1</td><td>Weekly food waste collections</td><td>On track</td></tr>",           // 13
            "<tr><td>WS2</td><td>Replace <b>four</b> vehicles</td><td>Delayed</td></tr>",              // 14
            "</table>",                                                                                 // 15
            "</body></html>",                                                                           // 16
        ])
        // the first table holds bold labels and their values: not plan data
        #expect(doc.tables.count == 1)
        #expect(doc.rejects.contains { $0.line == 5 && $0.reason == .notATable })
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Action", "Status"])
        #expect(t.rows.map { $0.lines.lowerBound } == [13, 14])
        #expect(row(t, line: 14) == ["WS2", "Replace four vehicles", "Delayed"])
        #expect(t.section == "3.2 Improvement actions")
    }

    @Test func joiningTagsSplitOverLinesKeepsLineNumbers() {
        let joined = joiningTagsSplitOverLines(["<table class=x", " border=1", " style='a'><tr>", "<td>1</td>"])
        #expect(joined.count == 4)
        #expect(joined[0] == "<table class=x border=1 style='a'>")
        #expect(joined[1] == "" && joined[2] == "<tr>" && joined[3] == "<td>1</td>")
        #expect(isBoldMarkup("<p><b>Ref<o:p></o:p></b></p>"))
        #expect(!isBoldMarkup("Replace <b>four</b> vehicles"))
    }

    @Test func pipeTableOverAPageFooterLaidOutWithNonBreakingSpaces() {
        let doc = imported([
            "| Code | Indicator | Value |",                                              // 1
            "|---|---|---:|",                                                              // 2
            "| CHN1 | Cost per pupil | £7,214 |",                                          // 3
            "",                                                                            // 4
            "*Glenmorven Council – SPI Report* &nbsp;&nbsp;&nbsp;&nbsp; Page 3 of 7",     // 5
            "",                                                                            // 6
            "---",                                                                         // 7
            "",                                                                            // 8
            "*Audit and Scrutiny Committee – 26 March 2025*",                             // 9
            "",                                                                            // 10
            "| Code | Indicator | Value |",                                              // 11
            "|---|---|---:|",                                                              // 12
            "| CHN17 | Children meeting milestones | 82.3% |",                            // 13
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.map { $0.lines.lowerBound } == [3, 13])
        #expect(doc.pageDebrisLines.contains(5))
    }

    @Test func spaceAlignedTableContinuedUnderNotesWithGroupNamesInTheLabelColumn() {
        let doc = imported([
            "Cost                             2024/25      2025/26",     // 1
            "Centre  Description                  Net        Gross",     // 2
            "                                  Budget  Expenditure",     // 3
            "",                                                          // 4
            "        Highway Maintenance",                               // 5
            "HT100   Carriageway maintenance   14,220       15,480",     // 6
            "HT110   Footways                   2,310        2,455",     // 7
            "",                                                          // 8
            "        Transport",                                         // 9
            "HT200   Concessionary fares        8,930        9,120",     // 10
            "",                                                          // 11
            "                                   continued on next page", // 12
            "",                                                          // 13
            "Budget Book 2025/26                       Page 4",          // 14
            "\u{0C}Northshire County Council          Budget Book",      // 15
            "",                                                          // 16
            "Highways - service budget (continued)",                     // 17
            "",                                                          // 18
            "Cost                             2024/25      2025/26",     // 19
            "Centre  Description                  Net        Gross",     // 20
            "                                  Budget  Expenditure",     // 21
            "",                                                          // 22
            "HT220   School transport          18,650       21,340",     // 23
            "        Total Highways            43,110       48,395",     // 24
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Cost Centre", "Description", "2024/25 Net Budget", "2025/26 Gross Expenditure"])
        #expect(t.rows.map { $0.lines.lowerBound } == [5, 6, 7, 9, 10, 23, 24])
        #expect(row(t, line: 5) == ["", "Highway Maintenance", "", ""])
        #expect(row(t, line: 9) == ["", "Transport", "", ""])
    }

    @Test func tabGroupNameUnderATotalAndASpreadsheetQuotedCell() {
        let doc = imported([
            "Directorate\tBudget\tActual",                              // 1
            "Planned Care\t\t",                                         // 2
            "Surgery\t96,400\t98,950",                                  // 3
            "Planned Care total\t96,400\t98,950",                       // 4
            "Unscheduled Care",                                         // 5
            "Emergency Department\t42,600\t45,900",                     // 6
            "",                                                         // 7
            "The savings schemes are below.",                           // 8
            "",                                                         // 9
            "Ref\tScheme\tTarget\tRAG",                                 // 10
            "S01\t\"Theatre productivity –",                            // 11
            "additional sessions\"\t2,400\tAmber",                      // 12
            "S02\tMedicines management\t3,100\tGreen",                  // 13
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        let a = doc.tables[0], b = doc.tables[1]
        #expect(a.rows.map { $0.lines.lowerBound } == [2, 3, 4, 5, 6])
        #expect(row(a, line: 4) == ["Planned Care total", "96,400", "98,950"])
        #expect(row(a, line: 5) == ["Unscheduled Care", "", ""])
        #expect(row(b, line: 11) == ["S01", "Theatre productivity – additional sessions", "2,400", "Amber"])
        #expect(withoutSpreadsheetQuotes("\"a \"\"b\"\" c\"") == "a \"b\" c")
        #expect(withoutSpreadsheetQuotes("\"Foster\" and \"Kin\"") == "\"Foster\" and \"Kin\"")
    }

    // MARK: layouts of converted papers

    @Test func spaceAlignedLabelsWrappedWithTheirFiguresOnTheLastOrAMiddleLine() {
        let doc = imported([
            "Indicator                                   2023/24       Target       RAG",     // 1
            "Number of households in temporary",                                              // 2
            "accommodation at the end of the quarter         412          380       Red",     // 3
            "Average days to re-let council homes             31           28       Amber",   // 4
            "Percentage of homelessness cases where",                                         // 5
            "homelessness was prevented or relieved",                                         // 6
            "within 56 days                                 58.2%        60.0%      Amber",   // 7
            "Affordable homes delivered                       214          200       Green",  // 8
            "Number of private sector homes where",                                           // 9
            "hazards were removed by council                   96           90       Green",  // 10
            "intervention",                                                                   // 11
            "Homes improved                                    40           45       Red",    // 12
            "in the private sector",                                                          // 13
            "Number of rough sleepers",                                                       // 14
            "(snapshot count)                                   9           10       Green",  // 15
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Indicator", "2023/24", "Target", "RAG"])
        #expect(row(t, line: 2) == ["Number of households in temporary accommodation at the end of the quarter", "412", "380", "Red"])
        #expect(row(t, line: 4) == ["Average days to re-let council homes", "31", "28", "Amber"])
        #expect(row(t, line: 5) == ["Percentage of homelessness cases where homelessness was prevented or relieved within 56 days", "58.2%", "60.0%", "Amber"])
        #expect(row(t, line: 9) == ["Number of private sector homes where hazards were removed by council intervention", "96", "90", "Green"])
        #expect(row(t, line: 12) == ["Homes improved in the private sector", "40", "45", "Red"])
        #expect(row(t, line: 14) == ["Number of rough sleepers (snapshot count)", "9", "10", "Green"])
        #expect(t.rows.count == 7)
    }

    @Test func pandocGridTables() {
        let doc = imported([
            "Table 1: Net revenue budget",                                        // 1
            "",                                                                   // 2
            "+------------------------+-----------+----------+",                  // 3
            "| Service                | 2024/25   | Change   |",                  // 4
            "|                        | Budget    | £000     |",                  // 5
            "+========================+===========+==========+",                  // 6
            "| Adult social care and  | 45,210    | 2,670    |",                  // 7
            "| health                 |           |          |",                  // 8
            "+------------------------+-----------+----------+",                  // 9
            "| Libraries &amp; hubs   | 800       | (20)     |",                  // 10
            "+------------------------+-----------+----------+",                  // 11
            "|                        |           |          |",                  // 12
            "+------------------------+-----------+----------+",                  // 13
            "",                                                                   // 14
            "+------+-----------------+",                                         // 15
            "| Ref  | Saving          |",                                         // 16
            "|      +--------+--------+",                                         // 17
            "|      | 25/26  | 26/27  |",                                         // 18
            "+======+========+========+",                                         // 19
            "| S1   | 100    | 50     |",                                         // 20
            "+------+--------+--------+",                                         // 21
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        let t = doc.tables[0]
        #expect(t.encoding == .ruled)
        #expect(t.caption == "Table 1: Net revenue budget")
        #expect(t.header == ["Service", "2024/25 Budget", "Change £000"])
        #expect(row(t, line: 7) == ["Adult social care and health", "45,210", "2,670"])
        #expect(t.rows.first { $0.lines.lowerBound == 7 }?.sourceLines == [7, 8])
        #expect(row(t, line: 10) == ["Libraries & hubs", "800", "(20)"])
        #expect(t.rows.count == 2)
        #expect(doc.rejects.contains { $0.line == 12 && $0.reason == .emptyRow })
        // a heading spanning two columns (a border under it only) stands over each
        let u = doc.tables[1]
        #expect(u.header == ["Ref", "Saving 25/26", "Saving 26/27"])
        #expect(row(u, line: 20) == ["S1", "100", "50"])
        // an unclosed box is no table
        #expect(imported(["+----+----+", "| a  | 1  |"]).tables.allSatisfy { $0.encoding != .ruled })
    }

    @Test func pandocMultilineTables() {
        let doc = imported([
            "-------------------------------------------------------------",   // 1
            " Indicator              2023/24     2024/25   Comment",            // 2
            "                         Actual      Target",                      // 3
            "----------------------- --------- ---------- ----------------",    // 4
            " Households in             412        380    Rising demand",       // 5
            " temporary                                   from evictions",      // 6
            " accommodation",                                                   // 7
            "",                                                                 // 8
            " Affordable homes          214        200    On track",            // 9
            "-------------------------------------------------------------",   // 10
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.encoding == .ruled)
        #expect(t.header == ["Indicator", "2023/24 Actual", "2024/25 Target", "Comment"])
        #expect(row(t, line: 5) == ["Households in temporary accommodation", "412", "380", "Rising demand from evictions"])
        #expect(row(t, line: 9) == ["Affordable homes", "214", "200", "On track"])
        #expect(t.rows.count == 2)
        #expect(t.headerLines == [2, 3])
    }

    @Test func converterPageCommentsAndAnHTMLTableInMarkdown() {
        let doc = imported([
            "## 2. Key indicators",                                  // 1
            "",                                                      // 2
            "| Indicator | Q1 | Q2 |",                                // 3
            "|---|---|---|",                                         // 4
            "| Calls answered | 78% | 81% |",                        // 5
            "",                                                      // 6
            "<!-- PageFooter=\"Cabinet – 12 March 2025\" -->",       // 7
            "<!-- PageNumber=\"4\" -->",                             // 8
            "<!-- PageBreak -->",                                    // 9
            "<!-- PageHeader=\"Borough Council\" -->",               // 10
            "",                                                      // 11
            "| Indicator | Q1 | Q2 |",                                // 12
            "|---|---|---|",                                         // 13
            "| Missed bins | 41 | 39 |",                             // 14
            "",                                                      // 15
            "<table>",                                               // 16
            "<tr><th>Service</th><th>Budget £000</th></tr>",         // 17
            "<tr><td>Libraries &amp; archives</td><td>800</td></tr>", // 18
            "</table>",                                              // 19
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].rows.map { $0.cells } == [["Calls answered", "78%", "81%"], ["Missed bins", "41", "39"]])
        #expect(doc.tables[1].header == ["Service", "Budget £000"])
        #expect(row(doc.tables[1], line: 18) == ["Libraries & archives", "800"])
    }

    @Test func spaceAlignedValuesDriftingUnderTheirHeading() {
        let doc = imported([
            "Measure                         Q1 2024/25   Q2 2024/25   Direction",   // 1
            "Calls answered in 60 seconds       78%          81%          ↑",        // 2
            "Complaints answered in time       92.5%        90.1%        ↓",         // 3
            "Missed bins per 100,000             41           39           ↑",       // 4
            "Days lost to sickness per FTE        2.1          2.4         ↓",       // 5
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Measure", "Q1 2024/25", "Q2 2024/25", "Direction"])
        #expect(t.rows.map { $0.cells.last ?? "" } == ["↑", "↓", "↑", "↓"])
        #expect(row(t, line: 3) == ["Complaints answered in time", "92.5%", "90.1%", "↓"])
        // marks in columns of their own under headings of their own stay apart
        let marks = imported([
            "Indicator          Target      G   A   R",
            "Calls answered        80%      x",
            "Complaints            90%          x",
            "Missed bins           40               x",
        ])
        #expect(marks.tables.first?.header == ["Indicator", "Target", "G", "A", "R"])
    }

    @Test func htmlTableNestedInALayoutTable() {
        let doc = imported([
            "<html><body>",                                                  // 1
            "<table width=\"100%\"><tr><td>",                                // 2
            "<p>Table 1: Net budget</p>",                                    // 3
            "<table border=\"1\">",                                          // 4
            "<tr><th>Service</th><th>Budget</th></tr>",                      // 5
            "<tr><td>Parks</td><td>1,200</td></tr>",                         // 6
            "</table>",                                                      // 7
            "</td><td>",                                                     // 8
            "<table><tr><th>Measure</th><th>Actual</th></tr>",               // 9
            "<tr><td>Visits</td><td>12,000</td></tr></table>",               // 10
            "</td></tr></table>",                                            // 11
            "</body></html>",                                                // 12
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].header == ["Service", "Budget"])
        #expect(row(doc.tables[0], line: 6) == ["Parks", "1,200"])
        #expect(doc.tables[0].caption == "Table 1: Net budget")
        #expect(doc.tables[1].header == ["Measure", "Actual"])
        #expect(row(doc.tables[1], line: 10) == ["Visits", "12,000"])
    }

    // MARK: round 9

    @Test func spreadsheetSavedAsHTMLWithTitleAndNoteRowsAndAHiddenComment() {
        let doc = imported([
            "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">",                         // 1
            "<html><body>",                                                                             // 2
            "<A NAME=\"table0\"><h1>Sheet 1: <em>Budget</em></h1></A>",                                 // 3
            "<table cellspacing=\"0\" border=\"0\">",                                                    // 4
            "<colgroup width=\"262\"></colgroup>",                                                       // 5
            "<tr><td colspan=3><b><font size=4>Parish Council</font></b></td></tr>",                    // 6
            "<tr><td colspan=3>Budget 2025/26 as approved</td></tr>",                                   // 7
            "<tr><td><b><br></b></td><td colspan=2 align=center><b>2024/25</b></td></tr>",             // 8
            "<tr><td><b>Heading</b></td><td><b>Budget &pound;</b></td><td><b>Forecast &pound;</b></td></tr>", // 9
            "<tr><td><b>Income</b></td><td><br></td><td><br></td></tr>",                               // 10
            "<tr><td>Precept</td><td sdval=\"48500\">48,500</td><td sdval=\"3960\"><a class=\"comment-indicator\"></a>", // 11
            "<comment><p>Clerk:<br>includes a new swing seat</p></comment>",                            // 12
            "3,960</td></tr>",                                                                          // 13
            "<tr><td><br></td><td><br></td><td><br></td></tr>",                                         // 14
            "<tr><td colspan=3>1. Forecast to 31 December.</td></tr>",                                  // 15
            "</table>",                                                                                 // 16
            "</body></html>",                                                                           // 17
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Heading", "2024/25 Budget £", "2024/25 Forecast £"])
        #expect(t.rows.map { $0.lines.lowerBound } == [10, 11])
        #expect(row(t, line: 10) == ["Income", "", ""])
        #expect(row(t, line: 11) == ["Precept", "48,500", "3,960"])
        #expect(t.section == "Sheet 1: Budget")
        #expect(t.caption == "Budget 2025/26 as approved")
        #expect(doc.rejects.contains { $0.line == 15 && $0.reason == .notATable })
    }

    @Test func wordPlainTextCellsOverSeveralLinesNumberedParagraphsAndListItems() {
        let doc = imported([
            "Brackenshire Trust Board",                          // 1
            "",                                                  // 2
            "3.\tActivity and performance",                      // 3
            "3.1\tAdult services",                               // 4
            "3.1.1\tThe plan has been built with divisional teams.", // 5
            "•\timproving access to urgent care;",               // 6
            "•\treducing waiting lists.",                        // 7
            "Table 1: Planned activity",                         // 8
            "Service line\t2024/25",                             // 9
            "forecast\t2025/26",                                 // 10
            "plan\tChange",                                      // 11
            "District nursing contacts\t412,600\t418,800\t1.5%", // 12
            "Urgent community response",                         // 13
            "(2-hour) referrals\t9,120\t10,400\t14.0%",          // 14
            "Virtual ward admissions\t2,310\t3,000\t29.9%",      // 15
            "",                                                  // 16
            "4.\tFinance",                                       // 17
            "Table 2: Income",                                   // 18
            "\t2024/25",                                         // 19
            "forecast",                                          // 20
            "£000\t2025/26",                                     // 21
            "plan",                                              // 22
            "Income\t\t",                                        // 23
            "Grants\t268,450\t279,310",                          // 24
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        let t = doc.tables[0]
        #expect(t.section == "3.1 Adult services")
        #expect(t.header == ["Service line", "2024/25 forecast", "2025/26 plan", "Change"])
        #expect(t.rows.map { $0.lines.lowerBound } == [12, 13, 15])
        #expect(row(t, line: 13) == ["Urgent community response (2-hour) referrals", "9,120", "10,400", "14.0%"])
        let u = doc.tables[1]
        #expect(u.section == "4. Finance")
        #expect(u.header == ["", "2024/25 forecast £000", "2025/26 plan"])
        #expect(u.rows.map { $0.lines.lowerBound } == [23, 24])
        #expect(row(u, line: 24) == ["Grants", "268,450", "279,310"])
    }

    @Test func aCoverSheetOfDetailsAboveTheFirstHeadingIsNotATable() {
        let doc = imported([
            "Trust Board – Part 1",              // 1
            "",                                  // 2
            "Meeting\tTrust Board",              // 3
            "Date of meeting\t3 April 2025",     // 4
            "Agenda item\t14",                   // 5
            "Report author\tP Natarajan",        // 6
            "",                                  // 7
            "1.\tSummary",                       // 8
            "Activity is as planned.",           // 9
            "Measure\t2024/25\t2025/26",         // 10
            "Contacts\t412,600\t418,800",        // 11
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.section == "1. Summary")
        #expect(doc.rejects.filter { $0.reason == .notATable }.map { $0.line } == [3, 4, 5, 6])
        // codes and their names are a table, even above any heading
        let codes = imported(["Code\tLabel", "41A\tKCC Residential", "41B\tInd Sector Res Care"])
        #expect(codes.tables.count == 1)
    }

    @Test func pipeTableSplitAtABarePageNumberBetweenMarkingsAndDecoyPipeTables() {
        let doc = imported([
            "# **Contents**",                                  // 1
            "",                                                // 2
            "| 1. Foreword                | 2 |",              // 3
            "|----------------------------|---|",              // 4
            "| 2. Performance             | 3 |",              // 5
            "| Appendix A: Glossary       | 9 |",              // 6
            "",                                                // 7
            "## **3.1 Performance measures**",                 // 8
            "",                                                // 9
            "| Measure | 2023/24 | 2024/25 |",                 // 10
            "|---|---|---|",                                   // 11
            "| Calls answered (%) | 86.2 | 91.4 |",            // 12
            "| Urban attendance (mins) | 11:42 | 12:18 |",     // 13
            "",                                                // 14
            "OFFICIAL",                                        // 15
            "",                                                // 16
            "4",                                               // 17
            "",                                                // 18
            "OFFICIAL",                                        // 19
            "",                                                // 20
            "| Rural attendance (mins) | 17:55 | 17:31 |",     // 21
            "|---|---|---|",                                   // 22
            "| Drink driving arrests | 1,104 | 1,221 |",       // 23
            "",                                                // 24
            "OFFICIAL",                                        // 25
            "",                                                // 26
            "5",                                               // 27
            "",                                                // 28
            "OFFICIAL",                                        // 29
            "",                                                // 30
            "## **Appendix A: Glossary**",                     // 31
            "",                                                // 32
            "| Term | Meaning |",                              // 33
            "|------|---------|",                              // 34
            "| ANPR | Automatic number plate recognition |",    // 35
            "| FTE | Full-time equivalent |",                   // 36
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Measure", "2023/24", "2024/25"])
        #expect(t.rows.map { $0.lines.lowerBound } == [12, 13, 21, 23])
        #expect(row(t, line: 21) == ["Rural attendance (mins)", "17:55", "17:31"])
        #expect(doc.rejects.contains { $0.line == 3 && $0.reason == .notATable })
        #expect(doc.rejects.contains { $0.line == 35 && $0.reason == .notATable })
    }

    @Test func fixedWidthLedgerWithABannerOnEveryPageGroupNamesUnderTheRuleAndDatesInTheHeader() {
        let doc = imported([
            "NORTHSHIRE FIRE AUTHORITY                                   Page:    1",  // 1
            "Ledger Reporting                                  Date: 14/01/2025",      // 2
            "==================================================================",      // 3
            "",                                                                        // 4
            "2.1 SERVICE DELIVERY",                                                    // 5
            "",                                                                        // 6
            "Directorate     : Service Delivery",                                      // 7
            "",                                                                        // 8
            "                                    Annual      Actual    Variance",      // 9
            "Subjective                          Budget     to Date",                  // 10
            "                                      £000        £000        £000",      // 11
            "------------------------------------------------------------------",      // 12
            "EMPLOYEES",                                                               // 13
            "  Firefighters                      18,920      14,506         316",      // 14
            "  Control staff                      1,486       1,131          16",      // 15
            "\u{0C}NORTHSHIRE FIRE AUTHORITY                                   Page:    2", // 16
            "Ledger Reporting                                  Date: 14/01/2025",      // 17
            "==================================================================",      // 18
            "",                                                                        // 19
            "Directorate     : Service Delivery",                                      // 20
            "",                                                                        // 21
            "                                    Annual      Actual    Variance",      // 22
            "Subjective                          Budget     to Date",                  // 23
            "                                      £000        £000        £000",      // 24
            "------------------------------------------------------------------",      // 25
            "INCOME",                                                                  // 26
            "  Fees and charges                   (402)       (258)          44",      // 27
            "                                    ======      ======      ======",      // 28
            "NET EXPENDITURE                     20,004      15,379         376",      // 29
            "",                                                                        // 30
            "3. EARMARKED RESERVES",                                                   // 31
            "---------------------",                                                   // 32
            "",                                                                        // 33
            "                                   Balance     Planned    Forecast",      // 34
            "Reserve                         01/04/2024         Use     Balance",      // 35
            "                                      £000        £000  31/03/2025",      // 36
            "------------------------------------------------------------------",      // 37
            "Insurance reserve                      650        (85)         565",      // 38
            "Capital reserve                      3,400     (1,100)       2,300",      // 39
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        let t = doc.tables[0]
        #expect(t.header == ["Subjective", "Annual Budget £000", "Actual to Date £000", "Variance £000"])
        #expect(t.rows.map { $0.lines.lowerBound } == [13, 14, 15, 26, 27, 29])
        #expect(row(t, line: 13) == ["EMPLOYEES", "", "", ""])
        #expect(row(t, line: 27) == ["Fees and charges", "(402)", "(258)", "44"])
        #expect(t.unit == "Service Delivery")
        #expect(t.section == "2.1 SERVICE DELIVERY")
        let u = doc.tables[1]
        #expect(u.header == ["Reserve", "Balance 01/04/2024 £000", "Planned Use £000", "Forecast Balance 31/03/2025"])
        #expect(row(u, line: 38) == ["Insurance reserve", "650", "(85)", "565"])
        #expect(u.section == "3. EARMARKED RESERVES")
        #expect(u.unit == "")
    }

    @Test func spaceAlignedHeadingsThatDoNotLineUpWithTheirFigures() {
        // headings printed one space apart over two columns; a year centred over two sub-headings
        let doc = imported([
            "Service area            Original budget Revised budget   Forecast",   // 1
            "Adult social care               45,210         45,900      46,010",   // 2
            "Public health                    4,100          4,100       4,050",   // 3
            "",                                                                   // 4
            "                             2024/25                2025/26",         // 5
            "Service                Budget     Forecast     Budget     Change",    // 6
            "Parks                   1,200        1,150      1,250         50",    // 7
            "Libraries                 800          820        790        (10)",   // 8
            "",                                                                   // 9
            "Directorate          Budget   Spend to date   Projected",            // 10
            "                     £000     £000            £000",                 // 11
            "Place                12,400   6,100           12,650",               // 12
            "People               40,115  20,400           41,000",               // 13
            "",                                                                   // 14
            "Ref    Indicator          2023/24 Outturn  2024/25 Target   RAG",     // 15
            "PL01   Residual waste          512 kg         490 kg       Amber",    // 16
            "PL02   Recycling rate           46.8%          50.0%       Red",      // 17
        ])
        #expect(doc.tables.count == 4)
        guard doc.tables.count == 4 else { return }
        #expect(doc.tables[0].header == ["Service area", "Original budget", "Revised budget", "Forecast"])
        #expect(row(doc.tables[0], line: 2) == ["Adult social care", "45,210", "45,900", "46,010"])
        #expect(doc.tables[1].header == ["Service", "2024/25 Budget", "2024/25 Forecast", "2025/26 Budget", "2025/26 Change"])
        // a heading wider than its column, left-aligned, spans nothing
        #expect(doc.tables[2].header == ["Directorate", "Budget £000", "Spend to date £000", "Projected £000"])
        // a heading that starts with a year is no figure
        #expect(doc.tables[3].header == ["Ref", "Indicator", "2023/24 Outturn", "2024/25 Target", "RAG"])
        #expect(row(doc.tables[3], line: 16) == ["PL01", "Residual waste", "512 kg", "490 kg", "Amber"])
    }

    @Test func pandocSimpleTableOfTextOnly() {
        let doc = imported([
            "## 2. Services",                                         // 1
            "",                                                       // 2
            "  Service          Status        Lead officer",          // 3
            "  ---------------- ------------- ----------------",      // 4
            "  Libraries        Open          J. Smith",              // 5
            "  Parks            Under review  K. Jones",              // 6
            "",                                                       // 7
            "Some prose follows.",                                    // 8
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.encoding == .ruled)
        #expect(t.header == ["Service", "Status", "Lead officer"])
        #expect(row(t, line: 6) == ["Parks", "Under review", "K. Jones"])
        #expect(t.section == "2. Services")
        #expect(t.rows.count == 2)
    }

    // MARK: round 8

    @Test func spaceAlignedBilingualLabelsWrappedAfterASlashOrAJoiningWord() {
        // a label whose head ends with `/` or `and` goes on on the next line, though that starts with a
        // capital; a group name over the first row's head, a blank line under a header whose last
        // lines hold one heading each
        let doc = imported([
            "                                 Cyllideb     Alldro a",      // 1
            "Gwasanaeth                       Budget       ragwelir",      // 2
            "Service                          £'000        Forecast",      // 3
            "                                              £'000",         // 4
            "",                                                             // 5
            "Addysg / Education",                                           // 6
            "Ysgolion cynradd /",                                           // 7
            "Primary schools                  20,100       20,350",        // 8
            "Cludiant / Home to               4,860        5,512",         // 9
            "school transport",                                             // 10
            "Is-gyfanswm Addysg / Education",                               // 11
            "subtotal                         24,960       25,862",        // 12
            "Tai / Housing and",                                            // 13
            "Homelessness                     4,210        5,030",         // 14
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Gwasanaeth Service", "Cyllideb Budget £'000", "Alldro a ragwelir Forecast £'000"])
        #expect(t.rows.map { $0.lines.lowerBound } == [6, 7, 9, 11, 13])
        #expect(row(t, line: 6) == ["Addysg / Education", "", ""])
        #expect(row(t, line: 7) == ["Ysgolion cynradd / Primary schools", "20,100", "20,350"])
        #expect(row(t, line: 9) == ["Cludiant / Home to school transport", "4,860", "5,512"])
        #expect(row(t, line: 13) == ["Tai / Housing and Homelessness", "4,210", "5,030"])
    }

    @Test func spaceAlignedTableOverABilingualPageLabelAndCodeCarriedByAHead() {
        // `Tudalen 1 o 2 / Page 1 of 2` is a page label; the header repeated after it continues the table;
        // a head line holding the row's code goes with the figures under it
        let doc = imported([
            "Cyngor Sir / County Council",                                        // 1
            "",                                                                   // 2
            "Adroddiad / Report: Savings delivery",                               // 3
            "",                                                                   // 4
            "1.   Cefndir / Background",                                          // 5
            "",                                                                   // 6
            "1.1  Savings of £1.8m were approved for the year and progress is",   // 7
            "     reported to Cabinet each quarter.",                             // 8
            "",                                                                   // 9
            "2.   Arbedion / Savings",                                            // 10
            "Tabl 1 / Table 1: Savings",                                          // 11
            "",                                                                   // 12
            "Ref       Proposal                         Target    RAG",          // 13
            "                                           £'000",                  // 14
            "",                                                                   // 15
            "S1        Retender transport /                350    Red",          // 16
            "          Aildendro cludiant",                                      // 17
            "S2        Lleihau lleoliadau y tu allan /",                         // 18
            "          Reduce out-of-area placements       600    Amber",        // 19
            "",                                                                   // 20
            "                    Tudalen 1 o 2 / Page 1 of 2",                   // 21
            "\u{0C}Cyngor Sir / County Council",                                  // 22
            "",                                                                   // 23
            "Tabl 1 (parhad) / Table 1 (continued)",                              // 24
            "",                                                                   // 25
            "Ref       Proposal                         Target    RAG",          // 26
            "                                           £'000",                  // 27
            "",                                                                   // 28
            "S3        Garden waste charge                 480    Green",        // 29
            "S4        Office moves                        220    Green",        // 30
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Proposal", "Target £'000", "RAG"])
        #expect(t.rows.map { $0.lines.lowerBound } == [16, 18, 29, 30])
        #expect(row(t, line: 18) == ["S2", "Lleihau lleoliadau y tu allan / Reduce out-of-area placements", "600", "Amber"])
    }

    @Test func spaceAlignedHeadingsStackedLeftOverFiguresRightAndBracketedWords() {
        // `(Tach/Nov)` is a heading, not a bracketed figure; `M7–M8` run into it one space apart starts
        // where the heading above the next column starts; `FTE` over no column stands where the heading
        // above it starts
        let doc = imported([
            "                        Mis 7      Mis 8      Symudiad",          // 1
            "Directorate             Month 7    Month 8    Movement",          // 2
            "                        (Hyd/Oct)  (Tach/Nov) M7–M8",             // 3
            "",                                                                 // 4
            "Education                   941      1,005         64",           // 5
            "Social Services           4,010      4,153        143",           // 6
            "",                                                                 // 7
            "Grade               Establishment  Vacant posts    Agency staff",  // 8
            "                    FTE            FTE             FTE",           // 9
            "",                                                                 // 10
            "Grades 1–4               1,284.5             83.5            42.0", // 11
            "Grades 5–8               1,126.0             67.5            31.5", // 12
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].header == ["Directorate", "Mis 7 Month 7 (Hyd/Oct)", "Mis 8 Month 8 (Tach/Nov)", "Symudiad Movement M7–M8"])
        #expect(doc.tables[0].rows.map { $0.lines.lowerBound } == [5, 6])
        #expect(doc.tables[1].header == ["Grade", "Establishment FTE", "Vacant posts FTE", "Agency staff FTE"])
    }

    @Test func aBilingualUnitLabel() {
        #expect(namedUnit("Cyfarwyddiaeth / Directorate:         Adnoddau / Resources") == "Adnoddau / Resources")
        #expect(namedUnit("Awdur / Author:   Rhian Pritchard") == nil)
    }

    @Test func htmlBodyCellSpanningRowsFillsDownAndALegendIsNotATable() {
        let doc = imported([
            "<table>",                                                                          // 1
            "<thead><tr><th>Theme</th><th>Indicator</th><th>Actual</th></tr></thead>",           // 2
            "<tbody>",                                                                          // 3
            "<tr><td rowspan=\"2\">Housing</td><th scope=\"row\">Homes built</th><td>120</td></tr>", // 4
            "<tr><th scope=\"row\">Empty homes</th><td>35</td></tr>",                              // 5
            "<tr><td>Environment</td><th scope=\"row\">Recycling</th><td>48%</td></tr>",           // 6
            "</tbody>",                                                                         // 7
            "</table>",                                                                         // 8
            "<h2>Key</h2>",                                                                     // 9
            "<table>",                                                                          // 10
            "<thead><tr><th>Status</th><th>Meaning</th></tr></thead>",                          // 11
            "<tr><td>Green</td><td>On target</td></tr>",                                        // 12
            "<tr><td>Amber</td><td>Within tolerance</td></tr>",                                 // 13
            "<tr><td>Red</td><td>Off target</td></tr>",                                         // 14
            "</table>",                                                                         // 15
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 4) == ["Housing", "Homes built", "120"])
        #expect(row(t, line: 5) == ["Housing", "Empty homes", "35"])
        #expect(row(t, line: 6) == ["Environment", "Recycling", "48%"])
        #expect(doc.rejects.contains { $0.line == 12 && $0.reason == .notATable })
    }

    @Test func converterMarkdownCoverDetailsAContinuationHeadedByACodedRowAndANumberedPlanHeading() {
        // a pipe table of report details above the first numbered heading is no table; `4.1 Delivery
        // plan actions` names no unit (a section number is none); a continuation's row above its rule
        // whose code is of the series of the rows under it is data
        let doc = imported([
            "# Fire and Rescue Authority",                                     // 1
            "",                                                                // 2
            "| Report to       | Fire Authority     |",                       // 3
            "|-----------------|--------------------|",                       // 4
            "| Date of meeting | 20 February 2025   |",                       // 5
            "| Agenda item     | 9                  |",                       // 6
            "",                                                                // 7
            "## 4 Prevention",                                                 // 8
            "",                                                                // 9
            "Department: Prevention and Protection",                           // 10
            "",                                                                // 11
            "## 4.1 Delivery plan actions 2025/26",                            // 12
            "",                                                                // 13
            "| Ref | Action             | Due        |",                       // 14
            "|-----|--------------------|------------|",                       // 15
            "| PP1 | Safe and Well      | March 2026 |",                       // 16
            "| PP2 | Inspections        | March 2026 |",                       // 17
            "",                                                                // 18
            "<!-- PageNumber=\"4\" -->",                                       // 19
            "",                                                                // 20
            "<!-- PageBreak -->",                                              // 21
            "",                                                                // 22
            "| PP3 | Youth programme    | July 2025  |",                       // 23
            "|-----|--------------------|------------|",                       // 24
            "| PP4 | Road safety        | May 2025   |",                       // 25
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Action", "Due"])
        #expect(t.rows.map { $0.lines.lowerBound } == [16, 17, 23, 25])
        #expect(row(t, line: 23) == ["PP3", "Youth programme", "July 2025"])
        #expect(t.unit == "Prevention and Protection")
        #expect(doc.rejects.contains { $0.line == 5 && $0.reason == .notATable })
        #expect(namedUnit("1.1 This service plan sets out how the Waste service will") == nil)
        #expect(namedUnit("4.1 Delivery plan actions 2025/26") == nil)
    }

    @Test func pandocBookmarkSpansEscapesAndAHeaderlessDetailsGrid() {
        let doc = imported([
            "**Service:** Waste and Recycling",                                   // 1
            "",                                                                   // 2
            "+:-----------------+:-------------------+",                          // 3
            "| Head of Service  | Martin Oduya       |",                          // 4
            "+------------------+--------------------+",                          // 5
            "| Plan period      | 1 April 2025 to 31 |",                          // 6
            "|                  | March 2026         |",                          // 7
            "+------------------+--------------------+",                          // 8
            "| Next review      | September 2025     |",                          // 9
            "+------------------+--------------------+",                          // 10
            "",                                                                   // 11
            "## []{#_Toc190415206 .anchor}3.1 Key performance indicators",        // 12
            "",                                                                   // 13
            "+------------------+-----------+",                                   // 14
            "| Indicator        | Actual    |",                                   // 15
            "+:=================+==========:+",                                   // 16
            "| Recycling rate   | 48.9%\\*   |",                                  // 17
            "+------------------+-----------+",                                   // 18
            "| Missed bins      | 38        |",                                   // 19
            "+------------------+-----------+",                                   // 20
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.section == "3.1 Key performance indicators")
        #expect(t.unit == "Waste and Recycling")
        #expect(row(t, line: 17) == ["Recycling rate", "48.9%*"])
        #expect(doc.rejects.contains { $0.line == 4 && $0.reason == .notATable })
        #expect(markdownUnescaped("a\\*b\\") == "a*b\\")
        #expect(withoutEmptySpans("[]{#a .anchor}2.1 Budget []{unclosed") == "2.1 Budget []{unclosed")
    }

    // MARK: round 10 (typical converted papers)

    @Test func aConvertersFooterOfRunningTextAndAPageNumberJoinsATable() {
        let doc = imported([
            "## 2.2 Indicators",                                                          // 1
            "",                                                                           // 2
            "| Ref | Indicator | 2024/25<br>Forecast |",                                  // 3
            "|---|---|---|",                                                              // 4
            "| PP1 | Dwelling fires | 9.1 |",                                             // 5
            "| PP2 | Fire deaths | 2 |",                                                  // 6
            "",                                                                           // 7
            "Hartsmere Fire and Rescue Service – Directorate Plan 2025/26 3",             // 8
            "",                                                                           // 9
            "OFFICIAL",                                                                   // 10
            "",                                                                           // 11
            "| Ref | Indicator | 2024/25<br>Forecast |",                                  // 12
            "|---|---|---|",                                                              // 13
            "| PR1 | Fire safety audits | 1,090 |",                                       // 14
            "",                                                                           // 15
            "Hartsmere Fire and Rescue Service – Directorate Plan 2025/26 4",             // 16
            "",                                                                           // 17
            "OFFICIAL",                                                                   // 18
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.lines.lowerBound } == [5, 6, 14])
        #expect(doc.pageDebrisLines.contains(8) && doc.pageDebrisLines.contains(16))
        // a numbered heading in the contents and over its section is no footer (its number does not rise)
        let headings = imported(["1 Introduction and purpose of plan", "", "text", "", "1 Introduction and purpose of plan", ""])
        #expect(headings.pageDebrisLines.isEmpty)
    }

    @Test func statusKeysAndSignatureBlocksAreNotTables() {
        let doc = imported([
            "2.1\tProjects",                                                   // 1
            "",                                                                // 2
            "Ref\tProject\tBudget £\tRAG",                                    // 3
            "P1\tPlay area\t85,000\tGreen",                                   // 4
            "P2\tRoof repairs\t42,500\tAmber",                                // 5
            "",                                                                // 6
            "RAG key",                                                         // 7
            "Green\tOn track",                                                 // 8
            "Amber\tSome delay or cost risk; being managed",                   // 9
            "Red\tDeadline or budget will not be met without action",          // 10
            "",                                                                // 11
            "P2 is rated amber because listed building consent is required.",  // 12
            "",                                                                // 13
            "Signed:\tCouncillor Margaret Doyle\tChair of the Council",        // 14
            "Signed:\tHelen Farrant\tTown Clerk",                              // 15
            "Date:\t20 January 2025",                                          // 16
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.count == 2)
        #expect(Set(doc.rejects.filter { $0.reason == .notATable }.map { $0.line }) == [8, 9, 10, 14, 15, 16])
        // under a title calling it a key, two columns of words are a key whatever the marks
        let keyed = imported(["Direction of travel key", "Up\tBetter than last year", "Flat\tWithin 5% of last year"])
        #expect(keyed.tables.isEmpty)
    }

    @Test func htmlPresentationTablesAndStatusKeysAreNotTables() {
        let doc = imported([
            "<table class=\"rag-key\" role=\"presentation\">",                                   // 1
            "  <tr><td>Green</td><td>On or better than target</td></tr>",                          // 2
            "  <tr><td>Amber</td><td>Within 10% of target</td></tr>",                              // 3
            "</table>",                                                                            // 4
            "<table role=\"presentation\"><tr><td>Email: a@b.c</td><td>Telephone: 01632 960 771</td></tr></table>", // 5
            "<table>",                                                                             // 6
            "  <tr><td>Red</td><td>More than 10% worse than target</td></tr>",                     // 7
            "  <tr><td>Green</td><td>On target</td></tr>",                                         // 8
            "</table>",                                                                            // 9
            "<table role=\"presentation\">",                                                       // 10
            "  <tr><th>Service</th><th>Budget £000</th></tr>",                                     // 11
            "  <tr><td>Waste</td><td>2,940</td></tr>",                                             // 12
            "  <tr><td>Parks</td><td>1,275</td></tr>",                                             // 13
            "</table>",                                                                            // 14
        ])
        // (a presentation table with heading cells is data all the same)
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.header == ["Service", "Budget £000"])
    }

    @Test func spaceAlignedGroupNamesIndentedAndBetweenRows() {
        let doc = imported([
            "   Table 1: Forecast outturn",                                                                   // 1
            "",                                                                                               // 2
            "                                      2024/25       Forecast",                                   // 3
            "   Directorate                        Revised        Outturn      Variance",                     // 4
            "                                       Budget",                                                  // 5
            "                                         £000           £000          £000",                     // 6
            "",                                                                                               // 7
            "   Directorates",                                                                                // 8
            "   Adult Social Care                   98,412        102,986         4,574",                     // 9
            "   Place                               38,760         38,214          (546)",                    // 10
            "   Total directorates                 137,172        141,200         4,028",                     // 11
            "   Corporate budgets",                                                                           // 12
            "   Capital financing                   14,250         13,610          (640)",                    // 13
            "   Funding (council tax, business    (151,422)      (151,422)             0",                    // 14
            "   rates and general grants)",                                                                   // 15
            "   Subtotal Place                      19,550          7,640        (3,170)",                    // 16
            "   Resources",                                                                                   // 17
            "   ICT infrastructure refresh           1,150            540             0",                     // 18
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Directorate", "2024/25 Revised Budget £000", "Forecast Outturn £000", "Variance £000"])
        #expect(t.rows.map { $0.lines.lowerBound } == [8, 9, 10, 11, 12, 13, 14, 16, 17, 18])
        #expect(row(t, line: 8) == ["Directorates", "", "", ""])
        #expect(row(t, line: 12) == ["Corporate budgets", "", "", ""])
        #expect(row(t, line: 14)?.first == "Funding (council tax, business rates and general grants)")
        #expect(row(t, line: 17) == ["Resources", "", "", ""])
    }

    @Test func spaceAlignedHeaderLinesHoldingDates() {
        let doc = imported([
            "                                               Balance at      Forecast      Forecast",      // 1
            "   Reserve                                        1 April   use in year    balance at",      // 2
            "                                                     2024                31 March 2025",     // 3
            "                                                     £000          £000          £000",      // 4
            "   General Fund balance                           12,500       (3,785)         8,715",       // 5
            "   Earmarked reserves",                                                                      // 6
            "   Budget risk reserve                             8,200       (2,000)         6,200",       // 7
            "   Insurance reserve                               4,650             0         4,650",       // 8
            "   Total earmarked reserves                       12,850        (2,000)       10,850",       // 9
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Reserve", "Balance at 1 April 2024 £000", "Forecast use in year £000", "Forecast balance at 31 March 2025 £000"])
        #expect(t.rows.map { $0.lines.lowerBound } == [5, 6, 7, 8, 9])
        #expect(row(t, line: 6) == ["Earmarked reserves", "", "", ""])
    }

    // MARK: round 11

    @Test func spaceAlignedRowsABlankLineApartWithLabelsWrappedAroundTheirCodedLine() {
        let doc = imported([
            "4.1    Adults and Health",                                                                                  // 1
            "",                                                                                                          // 2
            "  Ref    Indicator                                       Good         Q2         Q2    RAG",                 // 3
            "                                                         is       target     actual",                        // 4
            "  ------------------------------------------------------------------------------------------",              // 5
            "         Percentage of adult social care clients",                                                          // 6
            "  AH01   receiving self-directed support by direct       High      25.0%      24.2%    Amber",               // 7
            "         payment",                                                                                          // 8
            "",                                                                                                          // 9
            "         Permanent admissions of older people (aged",                                                       // 10
            "  AH02   65+) to care homes per 100,000 population       Low       290.0      301.7    Amber",               // 11
            "",                                                                                                          // 12
            "         Percentage of new Education, Health and Care",                                                     // 13
            "  CF04   Plans issued within 20 weeks                    High      50.0%      31.2%    Red",                 // 14
            "",                                                                                                          // 15
            "  AH04   Percentage of safeguarding enquiries where      High      90.0%      92.8%    Green",               // 16
            "         the risk was reduced or removed",                                                                  // 17
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Indicator", "Good is", "Q2 target", "Q2 actual", "RAG"])
        #expect(t.rows.map { $0.lines.lowerBound } == [6, 10, 13, 16])
        #expect(row(t, line: 6) == ["AH01", "Percentage of adult social care clients receiving self-directed support by direct payment", "High", "25.0%", "24.2%", "Amber"])
        #expect(row(t, line: 10)?[1] == "Permanent admissions of older people (aged 65+) to care homes per 100,000 population")
        #expect(row(t, line: 13)?[1] == "Percentage of new Education, Health and Care Plans issued within 20 weeks")
        #expect(row(t, line: 16)?[1] == "Percentage of safeguarding enquiries where the risk was reduced or removed")
        #expect(t.section == "4.1 Adults and Health")
    }

    @Test func spaceAlignedHeadingOverARunOfStatusColumnsAndHeadingsStackedLeft() {
        let doc = imported([
            "                                       Q2 2024/25 RAG status",                               // 1
            "                                  Green   Amber    Red    Not       Total",                  // 2
            "       Directorate                                        rated",                            // 3
            "       ------------------------------------------------------------------",                 // 4
            "       Adults and Health             3       3      1       0          7",                   // 5
            "       Children and Families         2       3      2       1          8",                   // 6
            "",                                                                                           // 7
            "",                                                                                           // 8
            "                              FTE at                  Vacant       Leavers    Sickness",      // 9
            "                              30 Sep      Headcount   posts        in Q2      days per",      // 10
            "  Directorate                 2024                    (FTE)                   FTE",           // 11
            "  Adults and Health            1,146.8       1,392         84.5          41         13.2",    // 12
            "  Children and Families        1,288.4       1,521         96.0          57         11.8",    // 13
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].header == ["Directorate", "Q2 2024/25 RAG status Green", "Q2 2024/25 RAG status Amber",
                                         "Q2 2024/25 RAG status Red", "Q2 2024/25 RAG status Not rated", "Total"])
        #expect(doc.tables[1].header == ["Directorate", "FTE at 30 Sep 2024", "Headcount", "Vacant posts (FTE)", "Leavers in Q2", "Sickness days per FTE"])
    }

    @Test func protectiveMarkingsAndRunningHeadsAreNoSections() {
        #expect(isHeading("OFFICIAL", plainPapers: true) == nil)
        #expect(isHeading("OFFICIAL-SENSITIVE", plainPapers: true) == nil)
        #expect(isHeading("FINANCIAL SUMMARY", plainPapers: true) == "FINANCIAL SUMMARY")
        let doc = imported([
            "3.     Overall performance summary",                                     // 1
            "",                                                                      // 2
            "Directorate            Green    Amber",                                 // 3
            "Adults and Health          3        3",                                 // 4
            "Children                   2        3",                                 // 5
            "",                                                                      // 6
            "                                     Page 41",                          // 7
            "                                    OFFICIAL",                          // 8
            "                                    OFFICIAL",                          // 9
            "HARTMOOR COUNCIL CORPORATE PERFORMANCE",                                // 10
            "",                                                                      // 11
            "Directorate            Green    Amber",                                 // 12
            "Place                      4        3",                                 // 13
            "Resources                  1        2",                                 // 14
            "",                                                                      // 15
            "                                     Page 42",                          // 16
            "                                    OFFICIAL",                          // 17
            "HARTMOOR COUNCIL CORPORATE PERFORMANCE",                                // 18
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.section == "3. Overall performance summary")
        #expect(doc.tables.first?.rows.count == 4)
    }

    @Test func aConvertersFooterNamesNoPlanAndAPageAnchorIsBlank() {
        let doc = imported([
            "**Service:** Neighbourhood Services",                                // 1
            "",                                                                   // 2
            "## **5. Action plan 2025/26**",                                      // 3
            "",                                                                   // 4
            "| Ref | Action | Deadline |",                                        // 5
            "|---|---|---|",                                                      // 6
            "| NS01 | Food waste collections | Mar 2026 |",                        // 7
            "",                                                                   // 8
            "Ravensford District Council | Service Plan 2025/26 6",               // 9
            "",                                                                   // 10
            "<span id=\"page-6-0\"></span>",                                      // 11
            "",                                                                   // 12
            "| NS02 | Electric refuse vehicles | Sep 2025 |",                      // 13
            "|---|---|---|",                                                      // 14
            "| NS03 | Round restructure | Jun 2025 |",                             // 15
            "",                                                                   // 16
            "Ravensford District Council | Service Plan 2025/26 7",               // 17
            "",                                                                   // 18
            "| Score | Rating |",                                                 // 19
            "|---|---|",                                                          // 20
            "| 1 – 4 | Low |",                                                     // 21
            "| 5 – 9 | Medium |",                                                 // 22
            "",                                                                   // 23
            "| Ref | Risk | Score |",                                             // 24
            "|---|---|---|",                                                      // 25
            "| R1 | Vehicles delivered late | 12 |",                              // 26
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].rows.map { $0.lines.lowerBound } == [7, 13, 15])
        #expect(doc.tables[0].unit == "Neighbourhood Services")
        #expect(doc.tables[1].header == ["Ref", "Risk", "Score"])
        #expect(doc.rejects.contains { $0.line == 21 && $0.reason == .notATable })
    }

    @Test func wordTextListItemsContactsAndACodedRowOverTwoLines() {
        let doc = imported([
            "2.\tRecommendations",                                                                                // 1
            "a)\tapprove a net revenue budget for 2026/27 of £58.730m, as set out in Table 1;",                  // 2
            "b)\tnote the medium term financial plan.",                                                          // 3
            "",                                                                                                   // 4
            "Ref\tProject\tLead officer\tStart\tCompletion\tStatus",                                         // 5
            "SP01\tReplace the mobilising system",                                                               // 6
            "Joint procurement with a neighbouring service.\tGroup Manager\tApr 2025\tMar 2027\tOn track",    // 7
            "SP02\tRefurbish Hartwell fire station\tHead of Estates\tJun 2026\tSep 2027\tNot started",        // 8
            "",                                                                                                   // 9
            "Contact officers",                                                                                   // 10
            "Andrew Pryce, Treasurer\t01632 960231\tandrew.pryce@example.gov.uk",                               // 11
            "Lisa Harcombe, Head of Performance\t01632 960244\tlisa.harcombe@example.gov.uk",                   // 12
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.lines.lowerBound } == [6, 8])
        #expect(row(t, line: 6) == ["SP01", "Replace the mobilising system Joint procurement with a neighbouring service.",
                                    "Group Manager", "Apr 2025", "Mar 2027", "On track"])
        #expect(doc.rejects.contains { $0.line == 11 && $0.reason == .notATable })
    }

    @Test func spaceAlignedGroupNamesBetweenBlankLinesAndARunningTitleInAPageBreak() {
        let doc = imported([
            "  Ref    Indicator                        Good      Q2         Q2",            // 1
            "                                          is    target     actual",            // 2
            "  ----------------------------------------------------------------",           // 3
            "         Highways and transport",                                              // 4
            "",                                                                             // 5
            "  PE01   Category 1 defects made safe     High   95.0%      96.2%",            // 6
            "",                                                                             // 7
            "  PE02   Street lighting faults repaired  High   90.0%      79.8%",            // 8
            "",                                                                             // 9
            "         Waste and environment",                                               // 10
            "",                                                                             // 11
            "  PE04   Household waste recycled         High   50.0%      49.1%",            // 12
            "",                                                                             // 13
            "                         Committee – 28 November 2024            Page 45",     // 14
            "                                      OFFICIAL",                               // 15
            "",                                                                             // 16
            "Hartmoor Council | Corporate Performance Report Q2 2024/25     Agenda Item 8",  // 17
            "",                                                                             // 18
            "  Ref    Indicator                        Good      Q2         Q2",            // 19
            "                                          is    target     actual",            // 20
            "  ----------------------------------------------------------------",           // 21
            "  PE05   Residual waste per household     Low      250        244",            // 22
            "",                                                                             // 23
            "Hartmoor Council | Corporate Performance Report Q2 2024/25     Agenda Item 8",  // 24
            "",                                                                             // 25
            "Hartmoor Council | Corporate Performance Report Q2 2024/25     Agenda Item 8",  // 26
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.lines.lowerBound } == [4, 6, 8, 10, 12, 22])
        #expect(row(t, line: 10) == ["", "Waste and environment", "", "", ""])
    }

    // MARK: round 12

    @Test func aRunningPageHeaderNamesNoPlanAndGroupNamesInTheCodeColumn() {
        let doc = imported([
            "      Service:                  Environmental Health and Licensing",                                       // 1
            "",                                                                                                       // 2
            "Wyvernmoor District Council                      Environmental Health and Licensing | Service Plan 2025/26", // 3
            "",                                                                                                       // 4
            "3.     Performance",                                                                                     // 5
            "",                                                                                                       // 6
            "Ref   Indicator                               Good is   Outturn    Target",                              // 7
            "--------------------------------------------------------------------------",                             // 8
            "Food safety and health protection",                                                                      // 9
            "EH01  Food businesses rated 3 (generally       High       95.8%     96.0%",                              // 10
            "      satisfactory) or above",                                                                           // 11
            "EH02  Due high-risk food interventions         High         88%      100%",                              // 12
            "Licensing",                                                                                              // 13
            "LI01  Taxi driver applications determined      High         71%       85%",                              // 14
            "",                                                                                                       // 15
            "OFFICIAL                                                                                       Page 5 of 8", // 16
            "Wyvernmoor District Council                      Environmental Health and Licensing | Service Plan 2025/26", // 17
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.unit == "Environmental Health and Licensing")
        #expect(t.rows.map { $0.lines.lowerBound } == [9, 10, 12, 13, 14])
        #expect(row(t, line: 9)?.prefix(2) == ["Food safety and health protection", ""])
        #expect(row(t, line: 13)?.prefix(2) == ["Licensing", ""])
        #expect(row(t, line: 10)?[1] == "Food businesses rated 3 (generally satisfactory) or above")
    }

    @Test func aPandocSimpleTablesRuleCutsItsHeadingsAndNotesUnderAClosingRule() {
        let doc = imported([
            "  Band   Ratio to Band D 2025/26 £  2026/27 £  Increase £",       // 1
            "  ------ --------------- ---------- ---------- ----------",       // 2
            "  A      6/9             56.03      58.21      2.18",             // 3
            "  B      7/9             65.37      67.92      2.55",             // 4
            "",                                                                // 5
            "",                                                                // 6
            "      Code  Measure                     Aim         2024      2025",   // 7
            "      ============================================================",   // 8
            "      M01   Total recorded crime¹       Reduce    38,412    36,905",   // 9
            "      M02   Neighbourhood crime         Reduce     6,118     5,472",   // 10
            "      ============================================================",   // 11
            "      ¹ Provisional: extracted on 6 October 2025.",                    // 12
            "      pp = percentage points.",                                        // 13
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].header == ["Band", "Ratio to Band D", "2025/26 £", "2026/27 £", "Increase £"])
        #expect(row(doc.tables[0], line: 3) == ["A", "6/9", "56.03", "58.21", "2.18"])
        #expect(doc.tables[1].rows.map { $0.lines.lowerBound } == [9, 10])
    }

    @Test func wordTextHeadingsWithoutTheirDotSpanningHeadingsPerCellAndARowOverAParagraphBreak() {
        let doc = imported([
            "Contents",                                                                          // 1
            "1\tIntroduction\t2",                                                                // 2
            "4\tResources\t5",                                                                   // 3
            "4.1\tBudget and staffing by service\t5",                                            // 4
            "",                                                                                  // 5
            "4\tResources",                                                                      // 6
            "4.1\tBudget and staffing by service",                                              // 7
            "Table 2: Net budget and FTE by service",                                            // 8
            "Service\tNet budget £000\tFTE",                                                     // 9
            "\t2024–25\t2025–26\tChange\t2024–25\t2025–26",                                      // 10
            "Assessment and safeguarding\t14,820\t15,460\t640\t188.5\t192.0",                   // 11
            "Children in care – placements\t38,950\t42,310\t3,360\t–\t–",                       // 12
            "",                                                                                  // 13
            "Table 4: Key projects 2025–26",                                                     // 14
            "Project\tWhat it will deliver\tLead officer\tStart\tEnd",                            // 15
            "Family Hubs phase 2\tOpen three further family hubs.",                               // 16
            "Clinics will be co-located in all three hubs.\tHead of Early Help\tApr 2025\tMar 2026", // 17
            "Fostering Hartsholme\tRecruit 30 new households\tFostering Manager\tApr 2025\tMar 2027", // 18
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].section == "4.1 Budget and staffing by service")
        #expect(doc.tables[0].header == ["Service", "Net budget £000 2024–25", "Net budget £000 2025–26", "Net budget £000 Change",
                                         "FTE 2024–25", "FTE 2025–26"])
        #expect(row(doc.tables[1], line: 16) == ["Family Hubs phase 2", "Open three further family hubs. Clinics will be co-located in all three hubs.",
                                                "Head of Early Help", "Apr 2025", "Mar 2026"])
        #expect(doc.rejects.contains { $0.line == 2 && $0.reason == .notATable })
    }

    @Test func spaceAlignedLabelsBottomAlignedBesideACodeAndAHeadingCentredOverThreeColumns() {
        let doc = imported([
            "                                             Year to date (Month 6)             Full year 2025/26", // 1
            "      Code  Budget area                   Budget     Actual   Variance     Budget   Forecast   Variance", // 2
            "                                            £000       £000       £000       £000       £000       £000", // 3
            "      ---------------------------------------------------------------------------------------------", // 4
            "            Police force",                                                                               // 5
            "            Police officer pay and",                                                                     // 6
            "      F100  allowances                    86,225     86,541        316    172,450    173,120        670", // 7
            "      F110  PCSO pay and allowances        4,935      4,602      (333)      9,870      9,215      (655)", // 8
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Code", "Budget area", "Year to date (Month 6) Budget £000", "Year to date (Month 6) Actual £000",
                             "Year to date (Month 6) Variance £000", "Full year 2025/26 Budget £000", "Full year 2025/26 Forecast £000",
                             "Full year 2025/26 Variance £000"])
        #expect(t.rows.map { $0.lines.lowerBound } == [5, 6, 8])
        #expect(row(t, line: 5)?.prefix(2) == ["", "Police force"])
        #expect(row(t, line: 6)?.prefix(3) == ["F100", "Police officer pay and allowances", "86,225"])
    }

    @Test func aFirstColumnNamingEachGroupOnceIsFilledDownInText() {
        let doc = imported([
            "Priority\tRef\tIndicator\t2024–25 actual\t2025–26 target",                     // 1
            "Right help at the right time\tCF01\tRe-referrals within 12 months\t19.8%\t18.0%", // 2
            "\tCF02\tEarly help assessments in time\t84%\t90%",                              // 3
            "Safe from harm\tCF04\tPlans lasting 2 years or more\t2.6%\t3.0%",                 // 4
            "\tCF05\tRepeat child protection plans\t22.7%\t20.0%",                           // 5
            "",                                                                               // 6
            "Table 2: Early help",                                                            // 7
            "Service\tRef\tIndicator\t2024–25 actual\t2025–26 target",                      // 8
            "Early help\tEH01\tFamilies supported\t705\t760",                                 // 9
            "\tEH02\tCases closed\t640\t700",                                                 // 10
            "\tTotal\t\t1,345\t1,460",                                                        // 11
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].rows.map { $0.cells[0] } == ["Right help at the right time", "Right help at the right time", "Safe from harm", "Safe from harm"])
        // (not under a total row: the column may be something else)
        #expect(doc.tables[1].rows.map { $0.cells[0] } == ["Early help", "", ""])
    }

    @Test func spaceAlignedRowsOfWordsLedByACode() {
        let doc = imported([
            "Ref  Action                                        Council Plan    Lead officer            Target date", // 1
            "                                                   priority",                                            // 2
            "________________________________________________________________________________________________",        // 3
            "",                                                                                                       // 4
            "A1   Complete the food hygiene inspection          Healthy         Commercial Team         30 September", // 5
            "     recovery programme                            communities     Manager (R. Osei)       2025",         // 6
            "",                                                                                                       // 7
            "A2   Review the Taxi Licensing Policy              Clean and       Licensing Manager       31 December",  // 8
            "                                                   green                                   2025",         // 9
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Action", "Council Plan priority", "Lead officer", "Target date"])
        #expect(row(t, line: 5) == ["A1", "Complete the food hygiene inspection recovery programme", "Healthy communities",
                                    "Commercial Team Manager (R. Osei)", "30 September 2025"])
        #expect(row(t, line: 8)?[2] == "Clean and green")
    }

    // MARK: round 13 (Word text, pdftotext budget books, marker and pandoc Markdown)

    @Test func wordTextGroupNamesBetweenCodedRowsBulletsLedByAFigureAndALabelGoingOnInBrackets() {
        let doc = imported([
            "2.\tAbout your homes",                                                              // 1
            "At 31 March 2025 we managed:",                                                      // 2
            "•\t5,214 homes (5,236 a year earlier)",                                             // 3
            "•\t286 leasehold flats",                                                            // 4
            "",                                                                                  // 5
            "3.1\tTenant satisfaction measures",                                                 // 6
            "Table 1: Tenant satisfaction measures",                                             // 7
            "Code\tMeasure\tLast year\tThis year\tDid we meet the target?",                      // 8
            "Overall",                                                                           // 9
            "TP01\tOverall satisfaction\t68.4%\t71.2%\tNot met",                                 // 10
            "Keeping properties in good repair",                                                 // 11
            "TP02\tSatisfaction with repairs\t70.1%\t73.5%\tMet",                                // 12
            "",                                                                                  // 13
            "3.2\tOther measures",                                                               // 14
            "Table 2: Other measures",                                                           // 15
            "Measure\tLast year\tThis year\tTarget",                                             // 16
            "RP01 Homes that do not meet the Decent Homes Standard\t3.9%\t2.8%\t2.5%",           // 17
            "RP02(1) Non-emergency repairs completed within target timescale",                   // 18
            "(excludes planned and cyclical works)\t84.1%\t86.7%\t90.0%",                        // 19
            "",                                                                                  // 20
            "Table 3: Key risks",                                                                // 21
            "Ref\tRisk\tScore\tMitigation",                                                      // 22
            "R1\tAgency reduction not delivered\t16\tWeekly approval panel chaired by a director.", // 23
            "Bank rate uplift for hard-to-fill shifts.",                                         // 24
            "R2\tSavings not closed\t12\tMonthly review.",                                       // 25
        ])
        // a bullet whose text starts with a figure is a list item, not a row of a table
        #expect(doc.tables.count == 3)
        guard doc.tables.count == 3 else { return }
        let kpis = doc.tables[0]
        #expect(kpis.header == ["Code", "Measure", "Last year", "This year", "Did we meet the target?"])
        #expect(kpis.rows.map { $0.lines.lowerBound } == [9, 10, 11, 12])
        #expect(row(kpis, line: 9)?.first == "Overall")
        #expect(row(kpis, line: 11)?.first == "Keeping properties in good repair")
        #expect(row(kpis, line: 12) == ["TP02", "Satisfaction with repairs", "70.1%", "73.5%", "Met"])
        // a label going on in a bracketed aside in lower case: the line above is its head
        #expect(row(doc.tables[1], line: 17)?.first == "RP01 Homes that do not meet the Decent Homes Standard")
        #expect(row(doc.tables[1], line: 18) == ["RP02(1) Non-emergency repairs completed within target timescale (excludes planned and cyclical works)",
                                                 "84.1%", "86.7%", "90.0%"])
        // under a row ending in running text, a line of words goes on in that text (no group name)
        #expect(doc.tables[2].rows.map { $0.lines.lowerBound } == [23, 25])
        #expect(row(doc.tables[2], line: 23)?.last == "Weekly approval panel chaired by a director. Bank rate uplift for hard-to-fill shifts.")
    }

    @Test func contentsListsHeadedByTheirPageColumnAreNotTables() {
        let doc = imported([
            "## Contents",                                        // 1
            "",                                                   // 2
            "| Section                 | Page |",                 // 3
            "|-------------------------|------|",                 // 4
            "| 1. Introduction         | 2    |",                 // 5
            "| 2. Performance          | 3    |",                 // 6
            "| Glossary                | 9    |",                 // 7
            "",                                                   // 8
            "## 1. Introduction",                                 // 9
            "",                                                   // 10
            "| Measure | 2024/25 |",                              // 11
            "|---------|---------|",                              // 12
            "| Calls   | 1,204   |",                              // 13
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.firstLine == 11)
        #expect(doc.rejects.filter { $0.reason == .notATable }.map { $0.line } == [3, 5, 6, 7])

        let spaced = imported([
            "  Contents                                      Page",  // 1
            "",                                                     // 2
            "  1. Introduction                                  2",  // 3
            "  2. Portfolio summary                             3",  // 4
            "  3. Service revenue estimates                     4",  // 5
            "",                                                     // 6
            "  1. Introduction",                                    // 7
        ])
        #expect(spaced.tables.isEmpty)
    }

    @Test func aGridTableCellSpanningRowsIsFilledDown() {
        let doc = imported([
            "+-----------+-----+---------------+----------+",  // 1
            "| Priority  | Ref | Action        | Status   |",  // 2
            "+===========+=====+===============+==========+",  // 3
            "| A greener | G1  | Replace the   | On track |",  // 4
            "| Ashcombe  |     | diesel fleet  |          |",  // 5
            "|           +-----+---------------+----------+",  // 6
            "|           | G2  | Plant trees   | At risk  |",  // 7
            "+-----------+-----+---------------+----------+",  // 8
            "| Economy   | E1  | Market Square | Complete |",  // 9
            "+-----------+-----+---------------+----------+",  // 10
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 4) == ["A greener Ashcombe", "G1", "Replace the diesel fleet", "On track"])
        #expect(row(t, line: 7) == ["A greener Ashcombe", "G2", "Plant trees", "At risk"])
        #expect(row(t, line: 9) == ["Economy", "E1", "Market Square", "Complete"])
    }

    @Test func coverDatesPortfoliosAndUnitsNamedAgain() {
        // a date on the cover is no numbered heading, so the directorate named under it covers the paper
        let cover = imported([
            "                 Adult Social Care and Health Scrutiny Committee",  // 1
            "",                                                                  // 2
            "                          13 November 2025",                        // 3
            "",                                                                  // 4
            "  Directorate:            Adult Social Care and Health",            // 5
            "",                                                                  // 6
            "  1. Summary",                                                      // 7
            "",                                                                  // 8
            "  4. Performance",                                                  // 9
            "",                                                                  // 10
            "  Ref    Indicator                       2024/25      2025/26",     // 11
            "  ASC01  Reviews completed                   78%          81%",     // 12
            "  ASC02  Reablement outcomes                 84%          86%",     // 13
        ])
        #expect(cover.tables.first?.unit == "Adult Social Care and Health")

        // a portfolio labelled beside a service is not the unit; a service named again under the next
        // heading of the same level names that part too
        let book = imported([
            "3. Service estimates",                           // 1
            "",                                               // 2
            "3.1 Refuse collection",                          // 3
            "",                                               // 4
            "Service:\tEnvironmental Services",               // 5
            "Portfolio:\tEnvironment and Climate",            // 6
            "",                                               // 7
            "Heading\t2024/25\t2025/26",                      // 8
            "Employees\t1,482,300\t1,598,400",                // 9
            "",                                               // 10
            "3.2 Street cleansing",                           // 11
            "",                                               // 12
            "Service:\tEnvironmental Services",               // 13
            "Portfolio:\tEnvironment and Climate",            // 14
            "",                                               // 15
            "Heading\t2024/25\t2025/26",                      // 16
            "Employees\t842,600\t889,700",                    // 17
            "",                                               // 18
            "3.3 Leisure",                                    // 19
            "",                                               // 20
            "Portfolio:\tLeader of the Council",              // 21
            "",                                               // 22
            "Heading\t2024/25\t2025/26",                      // 23
            "Employees\t48,200\t51,300",                      // 24
        ])
        #expect(book.tables.map { $0.unit } == ["Environmental Services", "Environmental Services", ""])
    }

    @Test func spaceAlignedLabelHeadAtTheLabelsIndentUnderGroupNames() {
        let doc = imported([
            "                                                  Revised    Forecast",   // 1
            "                                                   budget     outturn",   // 2
            "  Service                                            £000        £000",   // 3
            "",                                                                        // 4
            "  Assessment and care management",                                        // 5
            "      Hospital discharge teams                      4,208       4,390",   // 6
            "      Safeguarding and Deprivation of Liberty",                           // 7
            "      Safeguards                                    2,947       3,102",   // 8
            "      Pollution control and air quality             1,100       1,200",   // 9
            "      monitoring",                                                        // 10
            "    Subtotal                                        8,255       8,692",   // 11
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 5)?.first == "Assessment and care management")
        #expect(row(t, line: 7) == ["Safeguarding and Deprivation of Liberty Safeguards", "2,947", "3,102"])
        // (a line in lower case goes on from the row above)
        #expect(row(t, line: 9) == ["Pollution control and air quality monitoring", "1,100", "1,200"])
    }

    // MARK: round 14 (Word text, marker Markdown, pdftotext capital programmes)

    @Test func wordTextSpanningHeadingsOverEmptyCellsAndAMarkerPageSeparator() {
        // Word writes a merged heading cell once: `⇥⇥2025/26⇥2026/27` over five columns, the first
        // year over `Budget £⇥Forecast £`, the second over the `Budget £` where the run starts again
        let word = imported([
            "\t\t2025/26\t2026/27",                          // 1
            "Code\tCost centre\tBudget £\tForecast £\tBudget £", // 2
            "100\tStaff costs\t148,200\t146,900\t156,400",       // 3
            "110\tPremises\t41,000\t43,500\t44,000",             // 4
        ])
        #expect(word.tables.first?.header == ["Code", "Cost centre", "2025/26 Budget £", "2025/26 Forecast £", "2026/27 Budget £"])

        // marker's page separator between the two halves of a table is a page break
        let md = imported([
            "| Measure | Standard | May-25 |",        // 1
            "|---|---|---|",                          // 2
            "| ED seen within 4 hours | 78% | 73.9% |", // 3
            "",                                       // 4
            "{2}------------------------------------------------", // 5
            "",                                       // 6
            "| Measure | Standard | May-25 |",        // 7
            "|---|---|---|",                          // 8
            "| Cancer 62-day | 75% | 66.2% |",        // 9
        ])
        #expect(md.tables.count == 1)
        #expect(md.tables.first?.rows.map { $0.lines.lowerBound } == [3, 9])
        #expect(md.pageDebrisLines.contains(5))
    }

    @Test func spaceAlignedTotalUnderARuleAfterABlankLine() {
        let doc = imported([
            "                                    Budget     Actual   Forecast",   // 1
            "  Scheme                              £000       £000       £000",   // 2
            "",                                                                   // 3
            "  Resources",                                                        // 4
            "  ICT infrastructure refresh         1,400        620      1,400",   // 5
            "  Civic Centre roof                    950         80        600",   // 6
            "  Sub-total                          2,350        700      2,000",   // 7
            "",                                                                   // 8
            "  --------------------------------------------------------------",   // 9
            "  Total capital programme            2,350        700      2,000",   // 10
            "  --------------------------------------------------------------",   // 11
            "",                                                                   // 12
            "  3.1.2 Net forecast slippage is £0.35 million.",                    // 13
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 10) == ["Total capital programme", "2,350", "700", "2,000"])
    }

    // MARK: round 15 (pdftotext capital programme and risk register, Word text, pandoc)

    @Test func spaceAlignedTableGoesOnAfterAPageBreakUnderAGroupNameAndATotalLabelHangsOver() {
        let doc = imported([
            "                                    Approved    Forecast",                  // 1
            "Scheme                           budget £000  outturn £000",                // 2
            "",                                                                          // 3
            "Adult Social Care",                                                         // 4
            "Extra care housing                     4,850         4,310",                // 5
            "Total Adult Social Care                4,850         4,310",                // 6
            "",                                                                          // 7
            "",                                                                          // 8
            "                          Page 2 of 5",                                     // 9
            "\u{0C}Wealdmoor County Council                       Cabinet – 18 November 2025", // 10
            "",                                                                          // 11
            "Environment, Transport and Infrastructure",                                 // 12
            "Highways structural maintenance       24,600        24,950",                // 13
            "Bridges and structures                 3,900         3,900",                // 14
            "Total Environment, Transport and      28,500        28,850",                // 15
            "Infrastructure",                                                            // 16
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.lines.lowerBound } == [4, 5, 6, 12, 13, 14, 15])
        #expect(row(t, line: 12)?.first == "Environment, Transport and Infrastructure")
        #expect(row(t, line: 15) == ["Total Environment, Transport and Infrastructure", "28,500", "28,850"])
    }

    @Test func aLoneUnitsHeadingAndRepeatedSubHeadingRunsAndALabelRunIntoAColumnOfWords() {
        let movement = imported([
            "         Table 1: Movement in the capital budget",                      // 1
            "",                                                                      // 2
            "                                                     £000",             // 3
            "",                                                                      // 4
            "Capital programme approved in February             102,500",            // 5
            "Slippage brought forward                             7,185",            // 6
            "Current approved programme                         109,685",            // 7
        ])
        #expect(movement.tables.first?.header == ["", "£000"])
        #expect(movement.tables.first?.rows.count == 3)

        let risks = imported([
            "                                                                   Inherent       Residual",  // 1
            "Ref   Risk                                 Risk owner                 L   I Score    L   I Score", // 2
            "",                                                                                               // 3
            "CR01  Medium-term financial sustainability Director of Resources      5   5    25    4   4    16", // 4
            "      and the funding gap                  (S151 Officer)",                                      // 5
            "",                                                                                               // 6
            "CR02  Rising demand for temporary          Head of Housing            5   4    20    4   4    16", // 7
            "      accommodation",                                                                            // 8
            "",                                                                                               // 9
            "CR03  Cyber attack                         Head of ICT                4   5    20    3   5    15", // 10
        ])
        guard let t = risks.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Ref", "Risk", "Risk owner", "Inherent L", "Inherent I", "Inherent Score", "Residual L", "Residual I", "Residual Score"])
        #expect(row(t, line: 4)?.prefix(3) == ["CR01", "Medium-term financial sustainability and the funding gap", "Director of Resources (S151 Officer)"])
    }

    @Test func wordTextContactLinesCoverDetailsUnderCapitalsAndFormLinesAreNotTables() {
        let doc = imported([
            "WENDLECOMBE TOWN COUNCIL",                                           // 1
            "Telephone: 01632 960731\tEmail: clerk@wendlecombe-tc.gov.uk",        // 2
            "",                                                                   // 3
            "FULL COUNCIL – WEDNESDAY 11 JUNE 2025",                              // 4
            "",                                                                   // 5
            "Report title\tAnnual Governance and Accountability Return",          // 6
            "Report of\tTown Clerk",                                              // 7
            "Meeting\tFull Council",                                              // 8
            "Date\t11 June 2025",                                                 // 9
            "",                                                                   // 10
            "1.\tIncome and expenditure",                                         // 11
            "Table 1: Income and expenditure",                                    // 12
            "Line\t2023/24 £\t2024/25 £",                                         // 13
            "Precept\t182,400\t191,500",                                          // 14
            "Grants\t4,200\t3,900",                                               // 15
            "",                                                                   // 16
            "Signed: ____________________ (Chair)\tDate: ______________",         // 17
            "Signed: ____________________ (Clerk/RFO)\tDate: ______________",     // 18
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.map { $0.lines.lowerBound } == [14, 15])
    }

    @Test func pandocCellsDashAndBoldBeforeAFootnote() {
        let doc = imported([
            "+----------------------+---------+---------+",   // 1
            "| Scheme               | 2026/27 | 2027/28 |",   // 2
            "+======================+=========+=========+",   // 3
            "| Cladding remediation |   4,100 |       - |",   // 4
            "| (three blocks)       |         |         |",   // 5
            "+----------------------+---------+---------+",   // 6
            "| **All homes**[^2]    |   4,100 |   1,500 |",   // 7
            "+----------------------+---------+---------+",   // 8
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 4) == ["Cladding remediation (three blocks)", "4,100", "-"])
        #expect(row(t, line: 7)?.first == "All homes[^2]")
    }

    // MARK: round 16 (Word fees schedule, pdftotext service plan, pandoc progress report)

    @Test func wordTextGroupNamesAmongRowsOfWordsACellOfTwoParagraphsAndAHeadingMergedOverTwo() {
        let doc = imported([
            "Table 2: Certificate charges",                                                          // 1
            "Certificate or service\tFee type\tCurrent (£)\tProposed (£)",                           // 2
            "Certificates issued at the time of registration",                                       // 3
            "Birth or death certificate\tStatutory\t12.50\t12.50",                                    // 4
            "Short birth certificate\tStatutory\t12.50\t12.50",                                       // 5
            "Certificates issued after registration",                                                // 6
            "Priority certificate\tDiscretionary\t38.00\t40.00",                                      // 7
            "Other services\t\t\t",                                                                   // 8
            "Renewal of vows (Monday to Friday)",                                                     // 9
            "Weekend ceremonies are charged at the approved premises rate for the day.\tDiscretionary\t310.00\t325.00", // 10
            "",                                                                                      // 11
            "Table 5: Room hire",                                                                    // 12
            "Room\tCurrent charge £\tProposed charge 2026/27\tIncrease %",                            // 13
            "\t\tExcl. VAT £\tIncl. VAT £\t",                                                         // 14
            "Standard rate",                                                                         // 15
            "Meeting Room\t24.00\t21.00\t25.20\t5.0%",                                                // 16
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        let fees = doc.tables[0]
        #expect(fees.rows.map { $0.lines.lowerBound } == [3, 4, 5, 6, 7, 8, 9])
        #expect(row(fees, line: 6)?.first == "Certificates issued after registration")
        #expect(row(fees, line: 5)?.first == "Short birth certificate")
        #expect(row(fees, line: 9)?.first == "Renewal of vows (Monday to Friday) Weekend ceremonies are charged at the approved premises rate for the day.")
        let rooms = doc.tables[1]
        #expect(rooms.header == ["Room", "Current charge £", "Proposed charge 2026/27 Excl. VAT £", "Proposed charge 2026/27 Incl. VAT £", "Increase %"])
        #expect(row(rooms, line: 15)?.first == "Standard rate")
    }

    @Test func spaceAlignedTeamsNamedOnceKeyFactsContactsAndAnActionPlanOverAClosingRule() {
        let doc = imported([
            "      2.2 Key facts",                                                                        // 1
            "",                                                                                           // 2
            "          Population of the district (mid-2024 estimate)                 118,600",           // 3
            "          Area of the district                                         412 sq km",           // 4
            "          Conservation areas                                                  19",           // 5
            "",                                                                                           // 6
            "      3.1 Staffing",                                                                         // 7
            "",                                                                                           // 8
            "      Team                            Grade          Posts       FTE",                       // 9
            "      --------------------------------------------------------------",                       // 10
            "      Development Management          Grade 11           1      1.00",                       // 11
            "                                      Grade 10           2      2.00",                       // 12
            "      Planning Policy                 Grade 11           1      1.00",                       // 13
            "                                      Grade 9            3      2.80",                       // 14
            "      --------------------------------------------------------------",                       // 15
            "      Total                                              7      6.80",                       // 16
            "",                                                                                           // 17
            "      7. Contacts",                                                                          // 18
            "",                                                                                           // 19
            "      Harriet Penrose-Lyle, Head of Planning                   01632 960531",                // 20
            "      Gareth Milbourne, Development Manager                    01632 960537",                // 21
            "",                                                                                           // 22
            "      8. Action plan",                                                                       // 23
            "",                                                                                           // 24
            "      Ref    Action                                             Lead officer                Target date", // 25
            "      ----------------------------------------------------------------------------------------------",  // 26
            "      PP1    Submit the Local Plan Review                       Planning Policy Manager     December 2025", // 27
            "",                                                                                           // 28
            "      Service Plan 2025/26                                                              Page 5",  // 29
            "\u{0C}",                                                                                     // 30
            "",                                                                                           // 31
            "      BC1    Launch a marketing campaign for the building       Building Control Manager    June 2025", // 32
            "             control service",                                                                // 33
            "      BC2    Ensure all surveyors hold the registration         Building Control Manager    April 2026", // 34
            "      ----------------------------------------------------------------------------------------------",  // 35
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].rows.map { $0.cells[0] } == ["Development Management", "Development Management", "Planning Policy", "Planning Policy", "Total"])
        // (rows of words over the rule that closes the table, after a page break: the table goes on)
        #expect(doc.tables[1].rows.map { $0.lines.lowerBound } == [27, 32, 34])
        #expect(row(doc.tables[1], line: 32)?.prefix(2) == ["BC1", "Launch a marketing campaign for the building control service"])
    }

    @Test func aHeadingCentredOverARunOfYears() {
        let doc = imported([
            "                                                       Outturn               Target",  // 1
            "Ref     Indicator                          2022/23   2023/24   2024/25    2025/26",    // 2
            "PBC01   Major applications in time             91%       94%       96%        90%",    // 3
            "PBC02   Minor applications in time             84%       88%       91%        85%",    // 4
        ])
        #expect(doc.tables.first?.header == ["Ref", "Indicator", "Outturn 2022/23", "Outturn 2023/24", "Outturn 2024/25", "Target 2025/26"])
    }

    @Test func pandocHeadingAttributesBoldFiguresAStatusKeyAndTextBesideAGridBorder() {
        let doc = imported([
            "## 2.2 District-wide emissions {#_Toc208311404}",                      // 1
            "",                                                                     // 2
            "  Sector                 2020      2021",                              // 3
            "  ------------------- --------- ---------",                            // 4
            "  Industry                 48.2      51.0",                            // 5
            "  Transport               176.3     189.4",                            // 6
            "  **Total**           **224.5** **240.4**",                            // 7
            "",                                                                     // 8
            "  Status        Meaning",                                              // 9
            "  ------------- ----------------------------",                         // 10
            "  Complete      Action delivered",                                     // 11
            "  Delayed       The due date will be missed",                          // 12
            "",                                                                     // 13
            "+-------------+------+----------+",                                    // 14
            "| Theme       | Ref  | Status   |",                                    // 15
            "+=============+======+==========+",                                    // 16
            "| Community   | CP1  | On track |",                                    // 17
            "| and         |      |          |",                                    // 18
            "| partners    +------+----------+",                                    // 19
            "|             | CP2  | Delayed  |",                                    // 20
            "+-------------+------+----------+",                                    // 21
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].section == "2.2 District-wide emissions")
        #expect(row(doc.tables[0], line: 7) == ["Total", "224.5", "240.4"])
        #expect(row(doc.tables[1], line: 17) == ["Community and partners", "CP1", "On track"])
        #expect(row(doc.tables[1], line: 20) == ["Community and partners", "CP2", "Delayed"])
    }

    // MARK: round 17

    @Test func aLongGroupNameBetweenBlankLinesKeepsTheTableGoing() {
        let doc = imported([
            "Ref     Indicator                                  2024/25     2025/26      Target",   // 1
            "",                                                                                        // 2
            "Priority 1: Thriving places",                                                             // 3
            "TP01    Working-age residents claiming benefits       4.6%        4.3%        4.4%",      // 4
            "TP02    Net additional homes delivered                 412         366         450",      // 5
            "",                                                                                        // 6
            "Priority 2: Children and young people get the best start in life",                        // 7
            "CY01    Assessments completed within 45 days         81.4%       86.9%       85.0%",      // 8
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 7) == ["Priority 2: Children and young people get the best start in life", "", "", "", ""])
        #expect(row(t, line: 8) == ["CY01", "Assessments completed within 45 days", "81.4%", "86.9%", "85.0%"])
    }

    @Test func aHeaderLineOfDatesYearsAndASpanOfTime() {
        let doc = imported([
            "                                                      Days lost per FTE by quarter",                        // 1
            "                                       FTE at         Q4         Q1         Q2         Q3     Rolling",     // 2
            "Directorate                         31 Dec 25    2024/25    2025/26    2025/26    2025/26   12 months    Target", // 3
            "",                                                                                                          // 4
            "Adult Social Care and Health          1,184.6       3.41       2.88       3.02       3.53       12.84     11.00", // 5
            "Council-wide                          4,302.7       2.88       2.40       2.56       3.02       10.86      9.50", // 6
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Directorate", "FTE at 31 Dec 25", "Days lost per FTE by quarter Q4 2024/25", "Days lost per FTE by quarter Q1 2025/26",
                             "Days lost per FTE by quarter Q2 2025/26", "Days lost per FTE by quarter Q3 2025/26", "Rolling 12 months", "Target"])
        #expect(row(t, line: 5) == ["Adult Social Care and Health", "1,184.6", "3.41", "2.88", "3.02", "3.53", "12.84", "11.00"])
    }

    @Test func aTableGoesOnAfterAPageBreakUnderALoneGroupName() {
        let doc = imported([
            "                                              2026/27     2027/28",   // 1
            "                                                 £000        £000",   // 2
            "",                                                                     // 3
            "Base budget brought forward                    49,314      51,558",   // 4
            "Net budget requirement                         50,738      52,853",   // 5
            "",                                                                     // 6
            "",                                                                     // 7
            "                                             Page 4",                  // 8
            "\u{0C}FIRE AND RESCUE AUTHORITY                            OFFICIAL",  // 9
            "",                                                                     // 10
            "",                                                                     // 11
            "Funding",                                                              // 12
            "  Settlement funding (RSG and business rates)  11,568      11,799",   // 13
            "  Council tax precept                          38,956      40,521",   // 14
            "Total funding                                  50,524      52,320",   // 15
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["", "2026/27 £000", "2027/28 £000"])
        #expect(row(t, line: 12) == ["Funding", "", ""])
        #expect(row(t, line: 13) == ["Settlement funding (RSG and business rates)", "11,568", "11,799"])
        #expect(row(t, line: 15) == ["Total funding", "50,524", "52,320"])
    }

    @Test func aHeadingCentredOverYearsPrintedOverTheirUnits() {
        let doc = imported([
            "                                                    Forecast balance at 31 March",   // 1
            "Reserve                                     2026       2027       2028       2029       2030", // 2
            "                                            £000       £000       £000       £000       £000", // 3
            "",                                                                                  // 4
            "General reserve                            2,650      2,650      2,650      2,650      2,650", // 5
            "Budget smoothing reserve                   4,180      3,360      2,760      2,360      2,360", // 6
        ])
        #expect(doc.tables.first?.header == ["Reserve"] + (2026...2030).map { "Forecast balance at 31 March \($0) £000" })
    }

    @Test func aLabelTooLongForItsColumnGoesOnBelowNotOverTheNextRow() {
        let doc = imported([
            "Reserve                                     2026       2027",   // 1
            "",                                                              // 2
            "Earmarked reserves",                                            // 3
            "  Budget smoothing reserve                 4,180      3,360",   // 4
            "  Emergency Services Mobile                1,140      1,140",   // 5
            "  Communications Programme reserve",                            // 6
            "  Insurance and legal claims reserve         860        860",   // 7
            "Total earmarked reserves                   6,180      5,360",   // 8
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 5) == ["Emergency Services Mobile Communications Programme reserve", "1,140", "1,140"])
        #expect(row(t, line: 7) == ["Insurance and legal claims reserve", "860", "860"])
    }

    @Test func keyFactsInWordTextAreNoTable() {
        let doc = imported([
            "4.\tKey facts 2024/25",                                         // 1
            "",                                                               // 2
            "Households on the housing register at 31 March 2025\t2,871",     // 3
            "New applications received\t1,978",                              // 4
            "Average wait for a three-bedroom house\t79.8 weeks",            // 5
        ])
        #expect(doc.tables.isEmpty)
        #expect(doc.rejects.map(\.reason) == [.notATable, .notATable, .notATable])
    }

    @Test func wordMergedHeadingsOverRepeatedRunsAndOneMergedDownAfterThem() {
        let doc = imported([
            "Bedroom size\t2023/24\t2024/25\tChange in average wait (weeks)",                           // 1
            "\tLettings\tAverage wait (weeks)\tLettings\tAverage wait (weeks)\t",                       // 2
            "Bedsit or 1 bed\t248\t41.2\t230\t44.7\t+3.5",                                            // 3
            "2 bed\t151\t58.6\t139\t61.3\t+2.7",                                                      // 4
        ])
        #expect(doc.tables.first?.header == ["Bedroom size", "2023/24 Lettings", "2023/24 Average wait (weeks)",
                                             "2024/25 Lettings", "2024/25 Average wait (weeks)", "Change in average wait (weeks)"])
    }

    @Test func aContentsListOfLinksNamesNoHeadings() {
        let doc = imported([
            "[1. Introduction [3](#_Toc1)](#_Toc1)",          // 1
            "",                                               // 2
            "[8. Contact us [10](#_Toc8)](#_Toc8)",           // 3
            "",                                               // 4
            "**Directorate:** Adult Social Care and Health",  // 5
            "",                                               // 6
            "# []{#_Toc1 .anchor}1. Introduction",            // 7
            "",                                               // 8
            "| Locality | Beds |",                            // 9
            "|---|---|",                                      // 10
            "| Central | 412 |",                              // 11
        ])
        #expect(doc.tables.first?.unit == "Adult Social Care and Health")
        #expect(doc.tables.first?.section == "1. Introduction")
    }

    // MARK: round 18

    @Test func aPlanTitleOnEveryPageNamesNoUnitBesideALabelledOne() {
        var lines = ["              PUBLIC PROTECTION SERVICE PLAN 2026/27", "", "Service:                  Public Protection", ""]
        for page in 1...3 {
            lines += ["1.     Section \(page)", "", "Some words.", "", "                    \(page)",
                      "\u{0C}        Aldercote Borough Council – Public Protection Service Plan 2026/27", ""]
        }
        lines += ["Service           Budget     Forecast", "Food safety        1,200        1,150", "Licensing            800          820"]
        let doc = imported(lines)
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.unit == "Public Protection")
    }

    @Test func aGroupNameAtTheCodesRunningOverTheLabelsUnderATwoLineHeader() {
        let doc = imported([
            "Ref    Action                               Milestone / measure            Lead officer    Deadline",   // 1
            "                                            of success",                                                // 2
            "Priority 1: Safe food and safe workplaces",                                                             // 3
            "A1.1   Adopt the revised food hygiene       All category A–C premises      Priya Castell,  Sept 2026",   // 4
            "       intervention rating scheme           re-rated                       Food and",                   // 5
            "                                                                           Safety Manager",             // 6
            "",                                                                                                      // 7
            "A1.2   Allergen compliance project with     60 takeaways visited;          Senior EHO      Dec 2026",    // 8
            "       takeaways in the town centre         written allergen information   (Food)",                     // 9
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Action", "Milestone / measure of success", "Lead officer", "Deadline"])
        #expect(row(t, line: 3) == ["Priority 1: Safe food and safe workplaces", "", "", "", ""])
        #expect(row(t, line: 4) == ["A1.1", "Adopt the revised food hygiene intervention rating scheme", "All category A–C premises re-rated",
                                    "Priya Castell, Food and Safety Manager", "Sept 2026"])
        // a phrase that starts with a number is words, so the line under it goes on in its cell
        #expect(row(t, line: 8) == ["A1.2", "Allergen compliance project with takeaways in the town centre",
                                    "60 takeaways visited; written allergen information", "Senior EHO (Food)", "Dec 2026"])
    }

    @Test func aFigureThatRunsIntoAPhraseIsWords() {
        let doc = imported([
            "                                                    2025/26   2025/26",                  // 1
            "      Indicator                                    Original   Revised   Comment",        // 2
            "",                                                                                        // 3
            "      Ratio of financing costs to net revenue         14.6%     13.9%   Higher investment", // 4
            "      stream                                                            income",           // 5
            "",                                                                                        // 6
            "      Upper limit for principal sums invested          15.0      15.0   £7.0m invested in", // 7
            "      for longer than 365 days (£m)                                     pooled funds",     // 8
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 7) == ["Upper limit for principal sums invested for longer than 365 days (£m)", "15.0", "15.0", "£7.0m invested in pooled funds"])
        #expect(t.rows.count == 2)
    }

    @Test func aPageNumberOverTheNextPageAndAHeadingThatSaysItGoesOn() {
        let header = [
            "                                         Revised     Forecast",
            "Scheme                                   2025/26      Outturn",
        ]
        let doc = imported(["Appendix A: Capital Programme 2025/26 – Forecast Outturn by Scheme at Quarter 2 and Beyond", ""] + header + [
            "Housing",                                                                            // 5
            "Disabled Facilities Grants                 1,450        1,450",                      // 6
            "Empty homes loans                            150           80",                      // 7
            "",                                                                                   // 8
            "Q2 Budget Monitoring 2025/26                                  Page 6 of 7",           // 9
            "North Tarrow District Council                Cabinet – 15 October 2025",             // 10
            "",                                                                                   // 11
            "Appendix A (continued)",                                                             // 12
            "",                                                                                   // 13
        ] + header + [
            "Play area refurbishment programme            240          240",                      // 16
            "Total                                      1,840        1,770",                      // 17
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.section == "Appendix A: Capital Programme 2025/26 – Forecast Outturn by Scheme at Quarter 2 and Beyond")
        #expect(row(t, line: 16) == ["Play area refurbishment programme", "240", "240"])
        // a page number alone over the next page's first line is page furniture, not a row
        let paged = imported([
            "Service                 Budget     Forecast",   // 1
            "Parks                    1,200        1,150",   // 2
            "",                                              // 3
            "                           4",                  // 4
            "\u{0C}Libraries                  800          820",   // 5
            "Museums                    300          310",   // 6
        ])
        #expect(paged.tables.count == 1)
        #expect(paged.tables.first?.rows.map(\.cells) == [["Parks", "1,200", "1,150"], ["Libraries", "800", "820"], ["Museums", "300", "310"]])
        #expect(paged.pageDebrisLines == [4])
    }

    @Test func aShortTailAtTheGroupNamesIndentGoesOnAbove() {
        let doc = imported([
            "Reserve                                    £000        £000",   // 1
            "Earmarked reserves",                                            // 2
            "Budget Equalisation Reserve                3,450       3,150",   // 3
            "Local Plan and Planning Appeals              540         420",   // 4
            "Reserve",                                                        // 5
            "Asset Maintenance Reserve                    905         695",   // 6
            "Total earmarked reserves                   4,895       4,265",   // 7
            "General reserves",                                              // 8
            "General fund balance                       2,000       2,000",   // 9
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 4) == ["Local Plan and Planning Appeals Reserve", "540", "420"])
        // a group name under a total is no tail of it
        #expect(row(t, line: 8) == ["General reserves", "", ""])
    }

    // MARK: round 19

    @Test func wordSubHeadingsWithAUnitUnderHeadingsOverAnEmptyCorner() {
        let doc = imported([
            "\t2025/26\t2026/27\tChange",                                                  // 1
            "Budget heading\tOriginal budget £\tBudget £\t£\t%",                            // 2
            "Expenditure\t\t\t\t",                                                          // 3
            "Employees\t2,846,300\t3,368,900\t522,600\t18.4%",                              // 4
        ])
        #expect(doc.tables.first?.header == ["Budget heading", "2025/26 Original budget £", "2026/27 Budget £", "Change £", "Change %"])
        #expect(doc.tables.first.flatMap { row($0, line: 4) } == ["Employees", "2,846,300", "3,368,900", "522,600", "18.4%"])
    }

    @Test func aGroupNameBesideTheCodesAndLabelsThatWrapAtTheirColumnsEdge() {
        let doc = imported([
            "  Ref     Savings proposal                          2026/27   2027/28",   // 1
            "                                                       £000      £000",   // 2
            "",                                                                         // 3
            "          Adult Social Care and Health",                                   // 4
            "  ASC01   Expand reablement and Technology Enabled    4,200     2,800",   // 5
            "          Care to reduce long-term care packages",                         // 6
            "  ASC02   Review of high-cost learning disability     3,150     1,900",   // 7
            "          placements",                                                     // 8
            "          Children, Families and Education",                               // 9
            "  CFE01   Increase in-house foster carer capacity     2,400     1,800",   // 10
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 4) == ["", "Adult Social Care and Health", "", ""])
        #expect(row(t, line: 5) == ["ASC01", "Expand reablement and Technology Enabled Care to reduce long-term care packages", "4,200", "2,800"])
        #expect(row(t, line: 7) == ["ASC02", "Review of high-cost learning disability placements", "3,150", "1,900"])
        #expect(row(t, line: 9) == ["", "Children, Families and Education", "", ""])
    }

    @Test func twoHeadingsOneSpaceApartOverOneUnitEach() {
        let doc = imported([
            "                                            Budgeted Substantive        Bank",   // 1
            "Staff group                                      WTE         WTE         WTE",   // 2
            "",                                                                               // 3
            "Medical and dental                             812.4       768.9        21.3",   // 4
            "Registered nursing                           2,486.0     2,371.5       131.8",   // 5
        ])
        #expect(doc.tables.first?.header == ["Staff group", "Budgeted WTE", "Substantive WTE", "Bank WTE"])
    }

    @Test func aSpanningHeadingRunningOnOverTheNextColumnsHeading() {
        let doc = imported([
            "                                                                  Current risk",                                       // 1
            "Ref   Risk                                    Risk owner            L    I  Score   Target   Change",                   // 2
            "                                                                                     score   since Q1",                 // 3
            "",                                                                                                                      // 4
            "CR01  Financial sustainability                Director of           4    4     16        8   No change",                // 5
            "CR02  Workforce capacity                      Director of HR        3    4     12        8   Up",                       // 6
        ])
        #expect(doc.tables.first?.header == ["Ref", "Risk", "Risk owner", "Current risk L", "Current risk I", "Current risk Score",
                                             "Target score", "Change since Q1"])
    }

    @Test func aTableGoesOnAfterAPageOfBlankPadding() {
        let doc = imported([
            "Scheme                        Plan     Actual",   // 1
            "Network replacement          1,200        910",   // 2
            "Cyber security                 900        455",   // 3
        ] + Array(repeating: "", count: 18) + [
            "Finance Report – Month 9                               Page 4 of 6",   // 22
            "",                                                                     // 23
            "Table 4 (continued)",                                                  // 24
            "",                                                                     // 25
            "Scheme                        Plan     Actual",                        // 26
            "Diagnostic centre            5,600      3,720",                        // 27
            "Same day emergency care      2,400      1,180",                        // 28
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first.flatMap { row($0, line: 27) } == ["Diagnostic centre", "5,600", "3,720"])
    }

    @Test func aNumberedParagraphsFirstLineIsNoSection() {
        let doc = imported([
            "# 6. Housing landlord complaints",                                  // 1
            "",                                                                  // 2
            "6.1 The Housing Ombudsman's Complaint Handling Code requires the",  // 3
            "council, as a landlord, to publish an annual report.",              // 4
            "",                                                                  // 5
            "| Stage | Received |",                                              // 6
            "|---|---|",                                                         // 7
            "| Stage 1 | 412 |",                                                 // 8
        ])
        #expect(doc.tables.first?.section == "6. Housing landlord complaints")
    }

    // MARK: round 20

    @Test func aPlanNamedInASentenceOrAReportTitleIsNoUnit() {
        #expect(namedUnit("       of the 30-year HRA business plan at Appendix 1.") == nil)
        #expect(namedUnit("       HRA business plan.") == nil)
        #expect(namedUnit("       HOUSING REVENUE ACCOUNT BUDGET, RENT SETTING AND BUSINESS PLAN 2026/27") == nil)
        #expect(namedUnit("8.     HRA 30-year business plan") == nil)
        #expect(namedUnit("Appendix 1 – HRA 30-year business plan summary at five-year intervals") == nil)
        #expect(namedUnit("Children's Services Business Plan 2024/25") == "Children's Services")
        #expect(namedUnit("Environmental Health Service Plan – 2026/27") == "Environmental Health")
    }

    @Test func headingsOfOneFormOnePerColumn() {
        let doc = imported([
            "                                           Year 1  Year 5 Year 10 Year 15",   // 1
            "       £m unless stated                   2026/27 2030/31 2035/36 2040/41",   // 2
            "",                                                                            // 3
            "       Total income                          32.2    37.6    43.9    49.4",   // 4
            "       Operating expenditure                 18.3    20.6    23.4    26.1",   // 5
        ])
        #expect(doc.tables.first?.header == ["£m unless stated", "Year 1 2026/27", "Year 5 2030/31", "Year 10 2035/36", "Year 15 2040/41"])
    }

    @Test func wordTextNumberedParagraphsAndLegendsAreNoTables() {
        let doc = imported([
            "6.2\t999 call handling has improved significantly since the new contact centre rota was introduced in May 2025 and remains good.",  // 1
            "6.3\tThe Constabulary was inspected under the PEEL programme in September 2025 and the report is expected in spring 2026.",          // 2
            "",                                                                                                                                 // 3
            "Assurance opinion\tDefinition",                                                                                                   // 4
            "Substantial\tA sound system of governance, risk management and control exists.",                                                   // 5
            "Limited\tSignificant gaps, weaknesses or non-compliance were identified.",                                                         // 6
            "",                                                                                                                                 // 7
            "Priority\tDefinition\tTarget for implementation",                                                                                // 8
            "High\tFundamental weakness that exposes the council to a high risk of loss.\tWithin 1 month",                                       // 9
            "Low\tMinor weakness or opportunity to improve efficiency or good practice.\tWithin 6 months",                                       // 10
        ])
        #expect(doc.tables.isEmpty)
    }

    @Test func wordHeadingsMergedDownThenSpanningLikeRuns() {
        let doc = imported([
            "Band\tProportion of Band D\tAnnual precept\tIncrease",                     // 1
            "\t\t2025/26 £\t2026/27 £\tPer year £\tPer week £",                        // 2
            "A\t6/9\t184.26\t194.26\t10.00\t0.19",                                     // 3
            "B\t7/9\t214.97\t226.64\t11.67\t0.22",                                     // 4
        ])
        #expect(doc.tables.first?.header == ["Band", "Proportion of Band D", "Annual precept 2025/26 £", "Annual precept 2026/27 £",
                                             "Increase Per year £", "Increase Per week £"])
    }

    @Test func thePapersUnitResumesAfterASectionsOwnUnit() {
        let doc = imported([
            "Directorate: Children's Services",                   // 1
            "",                                                   // 2
            "1. Fostering",                                       // 3
            "",                                                   // 4
            "Service: Fostering and Adoption",                    // 5
            "",                                                   // 6
            "| Measure | Value |",                                // 7
            "|---|---|",                                          // 8
            "| Carers | 120 |",                                   // 9
            "",                                                   // 10
            "2. Budget",                                          // 11
            "",                                                   // 12
            "| Service | Budget |",                              // 13
            "|---|---|",                                          // 14
            "| Fostering | 1,200 |",                             // 15
        ])
        #expect(doc.tables.map(\.unit) == ["Fostering and Adoption", "Children's Services"])
    }

    @Test func aPageFooterAndRunningHeadAtAFormFeedInsideATable() {
        var lines = ["Ref     Measure                         Q2        Q3"]
        for i in 1...3 { lines.append("CSC0\(i)   Measure number \(i)               \(i).1       \(i).2") }
        lines += ["", "OFFICIAL                                        2", "\u{0C}Stavenholme County Council          Scrutiny – 4 March 2026", ""]
        for i in 4...6 { lines.append("CSC0\(i)   Measure number \(i)               \(i).1       \(i).2") }
        lines += ["", "OFFICIAL                                        3", "\u{0C}Stavenholme County Council          Scrutiny – 4 March 2026", "",
                  "Some closing words.", "", "OFFICIAL                                        4", "\u{0C}Stavenholme County Council          Scrutiny – 4 March 2026"]
        let doc = imported(lines)
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.count == 6)
    }

    @Test func aGroupNameWithAColonAndCodesBesideTheirLabelsUnderOneHeading() {
        let doc = imported([
            "Cost centre                                    2024/25",              // 1
            "                                          Budget     Forecast",       // 2
            "100  Administration and democracy        175,850      170,560",       // 3
            "200  Town hall                            18,700       16,420",       // 4
            "Total net expenditure                    194,550      186,980",       // 5
            "",                                                                   // 6
            "Table 2: Reserves",                                                  // 7
            "",                                                                   // 8
            "Reserve                                  Balance     Balance",      // 9
            "General reserve                          138,600     138,600",      // 10
            "Earmarked reserves:",                                                // 11
            "  Elections                                9,000      13,000",      // 12
            "  Play equipment renewal                  21,500      27,500",      // 13
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].header == ["Cost centre", "2024/25 Budget", "2024/25 Forecast"])
        #expect(row(doc.tables[0], line: 3) == ["100 Administration and democracy", "175,850", "170,560"])
        #expect(row(doc.tables[0], line: 5) == ["Total net expenditure", "194,550", "186,980"])
        #expect(row(doc.tables[1], line: 10) == ["General reserve", "138,600", "138,600"])
        #expect(row(doc.tables[1], line: 11) == ["Earmarked reserves:", "", ""])
    }

    @Test func codesOneSpaceBeforeTheirLabelsUnderTwoHeadingsAndAGroupBesideItsCode() {
        let doc = imported([
            "Code   Budget heading                                          2024/25            2025/26",  // 1
            "                                                           Budget    Forecast      Budget",  // 2
            "                                                                £           £           £",  // 3
            "",                                                                                           // 4
            "100    ADMINISTRATION AND DEMOCRACY",                                                         // 5
            "  4000 Salaries, national insurance and pension           148,500     146,200     158,900",  // 6
            "  4020 Office running costs                                 5,200       5,480       5,600",  // 7
            "       Total administration and democracy                 153,700     151,680     164,500",  // 8
            "",                                                                                           // 9
            "200    TOWN HALL",                                                                           // 10
            "  4100 Repairs and maintenance                              9,000      11,250       9,500",  // 11
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Code", "Budget heading", "2024/25 Budget £", "2024/25 Forecast £", "2025/26 Budget £"])
        #expect(row(t, line: 5) == ["100", "ADMINISTRATION AND DEMOCRACY", "", "", ""])
        #expect(row(t, line: 6) == ["4000", "Salaries, national insurance and pension", "148,500", "146,200", "158,900"])
        #expect(row(t, line: 8) == ["", "Total administration and democracy", "153,700", "151,680", "164,500"])
        #expect(row(t, line: 10) == ["200", "TOWN HALL", "", "", ""])
    }

    // MARK: round 21

    @Test func aPortfolioNamedWithItsHolderIsNoUnit() {
        #expect(namedUnit("Portfolio:\tFinance and Corporate Services – Cllr Rhiannon Balfour") == nil)
        #expect(namedUnit("Directorate:\tFinance and Corporate Services") == "Finance and Corporate Services")
    }

    @Test func wordSpanningHeadingsShareOutTheirSubHeadingsByKind() {
        let doc = imported([
            "£m\t2024/25\t2025/26\tBudget",                                       // 1
            "\tActual\tForecast\t2026/27\t2027/28\t2028/29",                     // 2
            "Capital expenditure\t21.4\t24.9\t30.2\t26.0\t18.5",                 // 3
            "",                                                                     // 4
            "Text between the tables.",                                             // 5
            "",                                                                     // 6
            "Maturity period\tLimits\tActual",                                     // 7
            "\tLower\tUpper\t31.12.2025",                                          // 8
            "Under 12 months\t0%\t50%\t9%",                                        // 9
        ])
        #expect(doc.tables.count == 2)
        guard doc.tables.count == 2 else { return }
        #expect(doc.tables[0].header == ["£m", "2024/25 Actual", "2025/26 Forecast", "Budget 2026/27", "Budget 2027/28", "Budget 2028/29"])
        #expect(doc.tables[1].header == ["Maturity period", "Limits Lower", "Limits Upper", "Actual 31.12.2025"])
    }

    @Test func aKeyOfMetAndNotMetInAGridTableIsNoTable() {
        let doc = imported([
            "The status key is:",                                                     // 1
            "",                                                                       // 2
            "+----------------+--------------------------------------------------+", // 3
            "| **Met**        | 2024/25 target achieved or exceeded              |", // 4
            "+----------------+--------------------------------------------------+", // 5
            "| **Not met**    | Target not met and no improvement on 2023/24     |", // 6
            "+----------------+--------------------------------------------------+", // 7
            "| **Not          | Data not available at the time of writing        |", // 8
            "| reported**     |                                                  |", // 9
            "+----------------+--------------------------------------------------+", // 10
        ])
        #expect(doc.tables.isEmpty)
    }

    // MARK: round 22

    @Test func wordRunsOfSubHeadingsThenHeadingsMergedDownAtTheEnd() {
        let doc = imported([
            "Ref\tRisk\tInherent risk\tCurrent risk\tTarget score\tTrend",                  // 1
            "\t\tL\tI\tScore\tL\tI\tScore\t\t",                                          // 2
            "CR01\tBudget gap\t5\t5\t25\t4\t5\t20\t12\t↔",                              // 3
        ])
        #expect(doc.tables.first?.header == ["Ref", "Risk", "Inherent risk L", "Inherent risk I", "Inherent risk Score",
                                             "Current risk L", "Current risk I", "Current risk Score", "Target score", "Trend"])
    }

    @Test func wordGroupLinesBetweenCodedRowsOfWords() {
        let doc = imported([
            "Action ref\tMitigating action\tAction owner\tDue date\tStatus",                                          // 1
            "CR01 Failure to close the budget gap in the medium-term financial plan (current score 20, red)",           // 2
            "CR01/A1\tBring forward budget proposals for 2026/27\tDirector of Finance\tFeb 2026\tOn track",              // 3
            "CR02 High needs deficit continues to grow (current score 16, red)",                                        // 4
            "CR02/A1\tDeliver the deficit management plan\tDirector of Children's Services\tMar 2026\tDelayed",         // 5
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.map { $0.cells[0] } == [
            "CR01 Failure to close the budget gap in the medium-term financial plan (current score 20, red)", "CR01/A1",
            "CR02 High needs deficit continues to grow (current score 16, red)", "CR02/A1",
        ])
    }

    @Test func aRiskScoringMatrixIsAKeyNotData() {
        let doc = imported([
            "Likelihood\tImpact",                                                  // 1
            "\t1 Negligible\t2 Minor\t3 Moderate\t4 Major\t5 Critical",          // 2
            "5 Almost certain\t5\t10\t15\t20\t25",                               // 3
            "4 Likely\t4\t8\t12\t16\t20",                                        // 4
            "3 Possible\t3\t6\t9\t12\t15",                                       // 5
        ])
        #expect(doc.tables.isEmpty)
    }

    @Test func anActionPlanNumberedLikeSectionsUnderAFullWidthGroupName() {
        let doc = imported([
            "      No.   Commissioning intention           Key milestone                     Target     Lead          Status",  // 1
            "                                                                                date",  // 2
            "      Priority 1: Home first – helping people to stay independent at home",  // 3
            "      1.1   Recommission the home care        Contracts awarded following an    Dec 2025   Head of       On track",  // 4
            "            framework on a zoned,             open procedure under the                     Commissioning",  // 5
            "            outcome-based model               Procurement Act 2023",  // 6
            "      1.2   Expand reablement capacity by     Second reablement team            Oct 2025   Reablement    On track",  // 7
            "            1,500 hours a week                recruited and taking referrals               Service",  // 8
            "                                                                                           Manager",  // 9
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["No.", "Commissioning intention", "Key milestone", "Target date", "Lead", "Status"])
        #expect(row(t, line: 3) == ["Priority 1: Home first – helping people to stay independent at home", "", "", "", "", ""])
        #expect(row(t, line: 4) == ["1.1", "Recommission the home care framework on a zoned, outcome-based model",
                                    "Contracts awarded following an open procedure under the Procurement Act 2023",
                                    "Dec 2025", "Head of Commissioning", "On track"])
    }

    @Test func aHangingIndentAndATableThatSaysItContinues() {
        let doc = imported([
            "      Service type                                   2023/24     2024/25",   // 1
            "      Assessment, safeguarding and commissioning",                           // 2
            "        Assessment and care management                11,874      12,430",   // 3
            "        Safeguarding and Deprivation of Liberty        1,788       1,934",   // 4
            "          Safeguards",                                                       // 5
            "        Commissioning, quality and service strategy    2,402       2,466",   // 6
            "",                                                                           // 7
            "      Table continues on next page",                                         // 8
            "",                                                                           // 9
            "    Annual Report 2024/25                                     Page 4 of 6",  // 10
            "",                                                                           // 11
            "      Table 3 (continued)",                                                  // 12
            "",                                                                           // 13
            "      Service type                                   2023/24     2024/25",   // 14
            "        Equipment and adaptations                      3,016       3,188",   // 15
            "        Carers' support                                1,342       1,498",   // 16
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 4) == ["Safeguarding and Deprivation of Liberty Safeguards", "1,788", "1,934"])
        #expect(row(t, line: 15) == ["Equipment and adaptations", "3,016", "3,188"])
    }

    /// A table over a page break under its repeated header, a spanning heading read over one more
    /// column on the second page: one table, under the wider reading.
    @Test func aRepeatedHeaderReadOverMoreColumnsOnTheNextPage() {
        // (lines 118–172 of a blind paper: its line 158 is line 41 here)
        let doc = imported([
            "Ref   Indicator                          Owner               2025/26     Q3 2025/26       RAG    Trend",
            "                                                              annual    Target    Actual",
            "                                                              target",
            "",
            "Housing and Homelessness (Cllr Tom Brierley)",
            "HH01  Households prevented from or       Housing Options         320       240       261  Green  ↑",
            "      relieved of homelessness           Manager",
            "      (cumulative)",
            "HH02  Households in temporary            Housing Options          85        85        97  Red    ↓",
            "      accommodation at quarter end       Manager",
            "HH03  Average time to approve a          Private Sector          120       120       124  Amber  ↑",
            "      Disabled Facilities Grant          Housing Lead",
            "      (working days)",
            "HH04  Affordable homes delivered         Head of Housing         180       120       116  Amber  ↓",
            "      (cumulative)                       and Communities",
            "Environment and Waste (Cllr Helen Varga)",
            "EW01  Household waste sent for reuse,    Waste and             52.0%     54.0%     52.6%  Amber  ↓",
            "      recycling and composting (%)       Recycling Manager",
            "EW02  Missed bin collections per         Waste and                45        45        38  Green  ↑",
            "      100,000 collections                Recycling Manager",
            "EW03  Fly-tips removed within 5 working  Street Scene            95%       95%     96.4%  Green  →",
            "      days (%)                           Manager",
            "EW04  Residual household waste per       Waste and               430       322       331  Amber  ↑",
            "      household (kg, cumulative)         Recycling Manager",
            "Planning and Growth (Cllr Martin Achebe-Ross)",
            "PG01  Major planning applications        Development             70%       70%     88.9%  Green  ↑",
            "      decided within 13 weeks or agreed  Management",
            "      time (%)                           Manager",
            "PG02  Minor planning applications        Development             75%       75%     81.3%  Green  ↓",
            "      decided within 8 weeks or agreed   Management",
            "      time (%)                           Manager",
            "",
            "                                            Page 43",
            "\u{0C}Eldermere District Council                              Cabinet – 11 February 2026",
            "                                                        Quarter 3 Performance Report 2025/26",
            "",
            "Ref   Indicator                          Owner               2025/26     Q3 2025/26       RAG    Trend",
            "                                                              annual    Target    Actual",
            "                                                              target",
            "",
            "PG03  Other planning applications        Development             85%       85%     84.2%  Amber  ↓",
            "      decided within 8 weeks or agreed   Management",
            "      time (%)                           Manager",
            "PG04  Planning appeals allowed (%)       Head of Planning          –         –     29.4%  Data   →",
            "                                                                                          only",
            "Communities and Leisure (Cllr Jane Pocklington)",
            "CL01  Visits to council leisure centres  Leisure Contract    820,000   615,000   642,380  Green  ↑",
            "      (cumulative)                       Manager",
            "CL02  Anti-social behaviour cases        Community Safety        80%       80%     68.0%  Red    ↓",
            "      closed within 90 days (%)          Manager",
            "CL03  Community grants awarded (£,       Communities               –         –   £84,650  Data   n/a",
            "      cumulative)                        Officer                                          only",
            "Finance and Corporate Services (Cllr Ruth Adeyemi)",
            "FC01  Council tax collected (%,          Revenues and          98.2%     83.9%     84.1%  Green  ↑",
            "      cumulative)                        Benefits Manager",
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header.contains("Q3 2025/26 Target") && t.header.contains("Q3 2025/26 Actual"))
        #expect(t.rows.contains { $0.lines.lowerBound == 41 })
    }

    // MARK: round 23

    @Test func aGroupNameAcrossCodesAndLabelsABlankLineUnderTheHeader() {
        let doc = imported([
            "Ref   Action                                           Lead                       Partners                     By when",  // 1
            "",  // 2
            "Priority 1: Tackling serious violence and violence against women and girls",  // 3
            "1.1   Refresh the serious violence strategic needs     Community Safety           Westmarch Police; Public     March 2026",  // 4
            "      assessment and publish an updated response       Partnership Manager        Health; Youth Justice",  // 5
            "      strategy under the Serious Violence Duty                                    Service; Probation Service",  // 6
            "1.2   Extend the Safer Nights accreditation scheme     Licensing Manager,         Westmarch Police Licensing   September",  // 7
            "      to all licensed premises in the town centre,     Elsbridge District         Unit; Elsbridge Business     2025",  // 8
            "      including staff training on spiking and          Council                    Improvement District",  // 9
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Action", "Lead", "Partners", "By when"])
        #expect(row(t, line: 3) == ["Priority 1: Tackling serious violence and violence against women and girls", "", "", "", ""])
        #expect(row(t, line: 4)?.first == "1.1")
    }

    // MARK: round 24

    @Test func aLabelThatHangsOverGoesOnUnderGroupNames() {
        let doc = imported([
            "Programme                                Budget     Outturn",   // 1
            "Children's Services and Education",                            // 2
            "School condition and maintenance          6,410       5,870",   // 3
            "Special educational needs places –        8,200       6,115",   // 4
            "Oakfield Academy expansion",                                    // 5
            "Children's residential homes              2,150       2,310",   // 6
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 4) == ["Special educational needs places – Oakfield Academy expansion", "8,200", "6,115"])
        #expect(row(t, line: 2) == ["Children's Services and Education", "", ""])
    }

    @Test func headingsOfRangesAndSpansOfTimeAreNoRow() {
        let doc = imported([
            "                                                    Under     3 to 6    6 to 12    Over 12",   // 1
            "  Stage                                          3 months     months     months     months    Total",  // 2
            "",                                                                                            // 3
            "  Awaiting initial site visit                          21          0          0          0       21",  // 4
            "  Under investigation                                  38         14          6          2       60",  // 5
        ])
        #expect(doc.tables.first?.header == ["Stage", "Under 3 months", "3 to 6 months", "6 to 12 months", "Over 12 months", "Total"])
        #expect(doc.tables.first?.rows.count == 2)
    }

    // MARK: round 25

    /// A date written with dots is a heading's words, and a label ending in `at` goes on below.
    @Test func aDottedDateInTheHeaderAndALabelEndingInAt() {
        let doc = imported([
            "                                              Places    Total  Spend to       Phasing (£000)           Due for",  // 1
            "Scheme                                         added   budget   31.3.25  2025/26  2026/27  2027/28    completion",  // 2
            "                                                         £000      £000",  // 3
            "",  // 4
            "Primary basic need",  // 5
            "Brayford Town: Millbrook Primary – expansion     210    5,850     4,120    1,630      100        –   Sept 2025",  // 6
            "from 2FE to 3FE",  // 7
            "Brayford Town: new 2FE primary school at         420   11,400       650    3,900    6,250      600   Sept 2027",  // 8
            "Eastfield Park (developer-provided site)",  // 9
            "Saxby Marsh: St Aidan's CE Primary –             210    4,200       310    2,900      990        –   Sept 2026",  // 10
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header.prefix(4) == ["Scheme", "Places added", "Total budget £000", "Spend to 31.3.25 £000"])
        #expect(row(t, line: 8)?.first == "Brayford Town: new 2FE primary school at Eastfield Park (developer-provided site)")
    }

    @Test func moreNamedEntities() {
        #expect(["dagger", "Dagger", "sect", "plusmn", "harr"].map { decodeEntity(Substring($0)) } == ["†", "‡", "§", "±", "↔"])
    }

    // MARK: round 26

    /// Word's merged group rows in rows of words: a meeting's date between the header and the first row,
    /// and between two rows, is a group row and the table goes on.
    @Test func aDateBetweenRowsOfWordsIsAGroupRow() {
        let doc = imported([
            "Table 1: Work programme 2025/26",                                                                  // 1
            "Item\tPurpose and scope\tType\tLead officer\tCabinet Member\tStatus",                            // 2
            "Wednesday 16 July 2025",                                                                            // 3
            "Housing Allocations Policy\tPre-decision scrutiny of the draft policy before Cabinet on 3 September 2025\tPD\tHead of Housing Needs\tCllr Penfold\tCompleted – four comments referred to Cabinet", // 4
            "Work programme 2025/26\tAgree the committee’s priorities for the year\tWP\tSenior Scrutiny Officer\t–\tCompleted", // 5
            "Wednesday 10 September 2025",                                                                       // 6
            "Damp and mould task and finish group – final report\tAgree the group’s findings and recommendations to Cabinet\tPR\tSenior Scrutiny Officer\tCllr Penfold\tCompleted – Cabinet response 8 October 2025", // 7
            "Wednesday 12 November 2025 (this meeting)",                                                         // 8
            "Community Safety Partnership annual report\tStatutory crime and disorder scrutiny (Police and Justice Act 2006)\tPM\tCommunity Safety Manager\tCllr Penfold\tThis meeting", // 9
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.count == 7)
        #expect(row(t, line: 3) == ["Wednesday 16 July 2025", "", "", "", "", ""])
        #expect(row(t, line: 8) == ["Wednesday 12 November 2025 (this meeting)", "", "", "", "", ""])
        #expect(row(t, line: 9)?.last == "This meeting")
    }

    /// In coded rows that open with a group line, a later group line is a row of its own even under a
    /// row that ends in a sentence; a line that is itself a sentence still goes on in the cell above.
    @Test func aGroupLineUnderARowEndingInASentence() {
        let doc = imported([
            "Ref\tRecommendation\tLead officer\tStatus\tUpdate",                                        // 1
            "Household waste and recycling collections – review reported to Cabinet on 5 February 2025",    // 2
            "A1\tThat the Council publishes missed-collection rates each quarter.\tHead of Waste\tImplemented\tPublished each quarter.", // 3
            "A4\tThat garden waste subscription charges are frozen for 2025/26.\tDirector of Place\tn/a\tCharge increased by £3 to £52 a year as part of the 2025/26 budget.", // 4
            "Town centre anti-social behaviour – review reported to Cabinet on 2 April 2025",              // 5
            "B1\tThat the Council and Northmoor Police agree a joint patrol plan.\tCommunity Safety Manager\tImplemented\tJoint patrol plan agreed.", // 6
            "Patrols started in June 2025.",                                                              // 7
            "B2\tThat the Council consults on a Public Spaces Protection Order.\tHead of Regulatory Services\tOverdue\tConsultation delayed by legal review.", // 8
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 5) == ["Town centre anti-social behaviour – review reported to Cabinet on 2 April 2025", "", "", "", ""])
        #expect(row(t, line: 4)?.last == "Charge increased by £3 to £52 a year as part of the 2025/26 budget.")
        #expect(row(t, line: 6)?.last == "Joint patrol plan agreed. Patrols started in June 2025.")
    }

    /// Spanning headings of words over sub-headings all of one kind share them out evenly, the later ones
    /// taking one more where they do not share evenly.
    @Test func spanningHeadingsOverWordsShareThemEvenly() {
        let doc = imported([
            "Review\tRecommendations made\tExecutive response\tProgress of accepted recommendations",          // 1
            "\t\tAccepted\tPartly accepted\tNot accepted\tImplemented\tIn progress\tNot yet due\tOverdue",  // 2
            "Household waste and recycling collections\t4\t2\t1\t1\t1\t2\t0\t0",                             // 3
            "Total\t11\t8\t2\t1\t3\t4\t2\t1",                                                                 // 4
        ])
        #expect(doc.tables.first?.header == ["Review", "Recommendations made", "Executive response Accepted", "Executive response Partly accepted",
                                             "Executive response Not accepted", "Progress of accepted recommendations Implemented",
                                             "Progress of accepted recommendations In progress", "Progress of accepted recommendations Not yet due",
                                             "Progress of accepted recommendations Overdue"])
        let tracker = imported([
            "Ref\tRecommendation\tLead officer\tExecutive response\tImplementation progress (November 2025)",  // 1
            "\t\t\tDecision\tTarget date\tStatus\tUpdate",                                                       // 2
            "A1\tThat the Council publishes missed-collection rates.\tHead of Waste\tAccepted\tApril 2025\tImplemented\tPublished each quarter.", // 3
        ])
        #expect(tracker.tables.first?.header.suffix(4) == ["Executive response Decision", "Executive response Target date",
                                                         "Implementation progress (November 2025) Status", "Implementation progress (November 2025) Update"])
    }

    /// A comment that wraps onto a line ending a sentence with a number (`24 March 2025.`, `12 sites.`) is
    /// the rest of the row's text, not a row of figures.
    @Test func aCommentEndingInADateGoesOnInItsRow() {
        let doc = imported([
            "Ref    Milestone                            Original   Revised    Status     Commentary",               // 1
            "                                            date       date",                                           // 2
            "Programme 1: Amberlow Town Centre Regeneration",                                                     // 3
            "M1.1   Demolition of the former Crossgates  Jun 2024   Aug 2024   Complete   Asbestos removal added",   // 4
            "       shopping precinct completed                                           eight weeks to the works.", // 5
            "M1.2   Development partner appointed for    Dec 2024   Mar 2025   Complete   Contract signed on",       // 6
            "       the Crossgates site                                                   24 March 2025.",           // 7
            "M3.1   Solar PV installed on 12 council     Mar 2025   Mar 2025   Complete   1.1 MWp installed across", // 8
            "       buildings                                                             12 sites.",                // 9
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.rows.count == 4)
        #expect(row(t, line: 6) == ["M1.2", "Development partner appointed for the Crossgates site", "Dec 2024", "Mar 2025", "Complete", "Contract signed on 24 March 2025."])
        #expect(row(t, line: 8)?.last == "1.1 MWp installed across 12 sites.")
    }

    // MARK: round 27

    /// A scorecard pasted from a spreadsheet centres its cells vertically: a label over two lines has its
    /// code and figures printed between them, and the header stands the same way.
    @Test func aLabelCentredOverAndUnderItsFigures() {
        let doc = imported([
            "       Table 2: Housing and Communities scorecard, Quarter 2 2025/26",                                                      // 1
            "",                                                                                                                          // 2
            "                                                          Good           Q2          Q1          Q2          Q2",             // 3
            " Ref    Measure                                                                                                     Status    Trend", // 4
            "                                                          is        2024/25     2025/26     2025/26      target",           // 5
            "        Average days to process new Housing Benefit",                                                                       // 6
            " HC01                                                     Low          21.4        19.8        18.6        20.0        G        ↑", // 7
            "        and Council Tax Support claims",                                                                                    // 8
            "        Households in temporary accommodation",                                                                             // 9
            " HC02                                                     Low            96         112         118         100        R        ↓", // 10
            "        (snapshot at quarter end)",                                                                                         // 11
            " HC03   Homelessness cases prevented or relieved (%)      High        61.2%       64.0%       66.5%       65.0%        G        ↑", // 12
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Ref", "Measure", "Good is", "Q2 2024/25", "Q1 2025/26", "Q2 2025/26", "Q2 target", "Status", "Trend"])
        #expect(t.rows.count == 3)
        #expect(row(t, line: 6) == ["HC01", "Average days to process new Housing Benefit and Council Tax Support claims", "Low", "21.4", "19.8", "18.6", "20.0", "G", "↑"])
        #expect(row(t, line: 9)?.prefix(3) == ["HC02", "Households in temporary accommodation (snapshot at quarter end)", "Low"])
        #expect(row(t, line: 12)?[1] == "Homelessness cases prevented or relieved (%)")
    }

    /// A pipe table under a header of its own in words after one blank line is another table (the
    /// contents under the cover sheet's details), not the first going on.
    @Test func aPipeTableUnderItsOwnHeaderIsAnotherTable() {
        let doc = imported([
            "## **Performance and Scrutiny Committee**",                                // 1
            "",                                                                          // 2
            "| Service | Budget £000 |",                                                 // 3
            "|---------|-------------|",                                                 // 4
            "| Fire safety | 1,204 |",                                                   // 5
            "| Response | 9,310 |",                                                      // 6
            "",                                                                          // 7
            "| Station | Appliances |",                                                  // 8
            "|---------|------------|",                                                  // 9
            "| Tiverstone | 3 |",                                                        // 10
            "| Marsh End | 1 |",                                                         // 11
            "",                                                                          // 12
            "| Service | Budget £000 |",                                                 // 13
            "|---------|-------------|",                                                 // 14
            "| Prevention | 880 |",                                                      // 15
        ])
        #expect(doc.tables.map(\.header) == [["Service", "Budget £000"], ["Station", "Appliances"], ["Service", "Budget £000"]])
        #expect(doc.tables.map { $0.rows.count } == [2, 2, 1])
    }

    /// A year alone on its line, its middle over the gap between two columns, stands over both though
    /// it is not centred to two characters; a sentence's line that starts `section 3,` is no heading.
    @Test func aYearAloneOverTwoColumnsAndASectionInASentence() {
        let doc = imported([
            "7    Capital financing",                                                                        // 1
            "",                                                                                              // 2
            "7.1  The capital programme is financed from the sources in Table 5. Because of the slippage in", // 3
            "     section 3, the forecast need for prudential borrowing in 2025/26 has fallen by £0.800m.",   // 4
            "",                                                                                              // 5
            "     Table 5: Financing of the capital programme",                                              // 6
            "",                                                                                              // 7
            "                                                       2025/26",                                // 8
            "                                                   Revised     Forecast",                      // 9
            "     Source of funding                              budget      outturn      Change",         // 10
            "                                                      £000         £000        £000",          // 11
            "",                                                                                              // 12
            "     Capital receipts                                1,450        1,450           –",          // 13
            "     Revenue contribution to capital                 3,200        3,200           –",          // 14
            "     Capital reserve                                 3,265        2,821       (444)",          // 15
            "     Prudential borrowing                            8,400        7,600       (800)",          // 16
            "     Contributions from regional partners              300          240        (60)",          // 17
            "                                                 ---------    ---------   ---------",          // 18
            "     Total financing                                16,615       15,311     (1,304)",          // 19
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.section == "7 Capital financing")
        #expect(t.header == ["Source of funding", "2025/26 Revised budget £000", "2025/26 Forecast outturn £000", "Change £000"])
        #expect(isHeading("section 3, the forecast need for prudential borrowing", plainPapers: true) == nil)
        #expect(isHeading("Section 3: Monitoring and review") != nil)
    }

    /// Word's merged heading over two sub-headings beside a heading over a unit alone: the unit is that
    /// heading's own, the year spans the rest.
    @Test func aUnitAloneUnderItsHeadingBesideASpanningYear() {
        let doc = imported([
            "Table 3 – Capital expenditure and financing 2025/26",                   // 1
            "Directorate\t2025/26\tVariance",                                         // 2
            "\tOriginal estimate £m\tForecast £m\t£m",                                // 3
            "Children's services and schools\t38.4\t31.9\t(6.5)",                     // 4
            "Highways and transport\t72.6\t68.2\t(4.4)",                              // 5
        ])
        #expect(doc.tables.first?.header == ["Directorate", "2025/26 Original estimate £m", "2025/26 Forecast £m", "Variance £m"])
    }

    /// A portfolio named once on its group's first row is filled down above a sum at the foot whose label
    /// runs over the service column.
    @Test func groupsFilledDownAboveASumOverTwoColumns() {
        let doc = imported([
            "                                                                          Revised   Forecast",     // 1
            " Portfolio                       Service                                   Budget    Outturn  Variance", // 2
            "                                                                             £000       £000      £000", // 3
            "",                                                                                                 // 4
            " Leader and Corporate Strategy   Chief executive and corporate                642        630      (12)", // 5
            "                                 management",                                                      // 6
            "                                 Democratic and electoral services            718        735        17", // 7
            "",                                                                                                 // 8
            " Finance and Assets              Finance, audit and revenues                1,364      1,391        27", // 9
            "                                 Commercial property                        (412)      (294)       118", // 10
            "",                                                                                                 // 11
            " Net cost of services                                                      2,312      2,462       150", // 12
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.rows.map { $0.cells[0] } == ["Leader and Corporate Strategy", "Leader and Corporate Strategy", "Finance and Assets",
                                               "Finance and Assets", "Net cost of services"])
        #expect(row(t, line: 5)?[1] == "Chief executive and corporate management")
    }

    /// A comment whose last line is a year ending the sentence (`2026.`) goes on in its row, and a table's
    /// one row before a page break stands under its headings over their units.
    @Test func aYearEndingACommentAndOneRowUnderHeadingsAndUnits() {
        let doc = imported([
            " Portfolio          Service area            Variance   Reason for variance",   // 1
            "                                                £000",                         // 2
            "",                                                                              // 3
            " Leader and         Communications and          (33)   Two vacant posts held pending the service", // 4
            " Corporate          policy                             review, which is due to report in January", // 5
            " Strategy                                              2026.",                  // 6
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Portfolio", "Service area", "Variance £000", "Reason for variance"])
        #expect(t.rows.count == 1)
        #expect(row(t, line: 4) == ["Leader and Corporate Strategy", "Communications and policy", "(33)",
                                    "Two vacant posts held pending the service review, which is due to report in January 2026."])
    }

    // MARK: round 28

    /// Markdown emphasis inside a cell goes, wherever it stands in the cell; a mark that opens nothing
    /// (a footnote star, an underscore in a name) stays.
    @Test func emphasisInsideACellGoes() {
        let doc = imported([
            "| Ref | Indicator | Q3<br>actual | Status |",                                                                  // 1
            "|---|---|--:|---|",                                                                                            // 2
            "| WS01 | Household waste sent for reuse, recycling and composting<br>*cumulative* | 42.6% | **Amber** |",      // 3
            "| 1 | Roll out weekly food waste collections<br>*Simpler Recycling duty* | 78% | *On track* – 78% of rounds live |", // 4
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 3) == ["WS01", "Household waste sent for reuse, recycling and composting cumulative", "42.6%", "Amber"])
        #expect(row(t, line: 4)?[3] == "On track – 78% of rounds live")
        #expect(withoutEmphasisMarks("**All homes (weighted average)**[^2]") == "All homes (weighted average)[^2]")
        #expect(withoutEmphasisMarks("Garden waste scheme*") == "Garden waste scheme*")
        #expect(withoutEmphasisMarks("* excludes *") == "* excludes *")
        #expect(withoutEmphasisMarks("wexmoor_fra_budget") == "wexmoor_fra_budget")
    }

    /// A Markdown heading with a TAB after its number is the section, not a row of a TAB table.
    @Test func aMarkdownHeadingWithATab() {
        let doc = imported([
            "### 4.1\tPerformance indicators",                                  // 1
            "",                                                                  // 2
            "| Ref | Indicator | Q3 actual |",                                  // 3
            "|---|---|--:|",                                                     // 4
            "| PB01 | Parks with a Green Flag Award | 7 |",                      // 5
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.section == "4.1 Performance indicators")
    }

    /// A web page pasted as text keeps its `On this page` list: the lines it names, alone between blank
    /// lines further down, are the page's headings.
    @Test func headingsNamedOnThisPage() {
        let doc = imported([
            "BUDGET AND PRECEPT 2026/27",                                                    // 1
            "",                                                                               // 2
            "On this page",                                                                   // 3
            "",                                                                               // 4
            "  - The precept for 2026/27",                                                    // 5
            "  - Expenditure by cost centre",                                                 // 6
            "",                                                                               // 7
            "The precept for 2026/27",                                                        // 8
            "",                                                                               // 9
            "                                                2025/26       2026/27       Change", // 10
            "Total expenditure                               277,300       287,450       10,150", // 11
            "Less: income                                   (32,000)      (32,600)        (600)", // 12
            "",                                                                               // 13
            "Expenditure by cost centre",                                                     // 14
            "",                                                                               // 15
            "Cost centre                                      Budget      Forecast",         // 16
            "Staff salaries and on-costs                     118,400       116,900",          // 17
            "Insurance                                         6,200         6,480",          // 18
        ])
        #expect(doc.tables.map(\.section) == ["The precept for 2026/27", "Expenditure by cost centre"])
    }

    /// A page's footer of words and a page label, as the last line before a form feed, is page furniture:
    /// the table goes on under its repeated header on the next page.
    @Test func aFooterWithAPageLabelBeforeAFormFeed() {
        let doc = imported([
            "Ref    Measure                                   2024/25     2025/26    RAG",          // 1
            "",                                                                                     // 2
            "PE05   Major planning applications                 88.9%      100.0%    G",           // 3
            "PE06   Minor planning applications                 79.5%       84.1%    A",           // 4
            "",                                                                                     // 5
            "Cabinet 11 December 2025 – Agenda item 9                                 Page 2 of 6", // 6
            "\u{0C}Stourwick District Council          Corporate Performance Scorecard – Quarter 2 2025/26          OFFICIAL", // 7
            "",                                                                                     // 8
            "Ref    Measure                                   2024/25     2025/26    RAG",          // 9
            "",                                                                                     // 10
            "PE07   Food premises rated 3 or better             95.8%       96.4%    G",           // 11
            "PE08   Car park income against profile             1,046         498    R",           // 12
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.map { $0.cells[0] } == ["PE05", "PE06", "PE07", "PE08"])
    }

    /// A capitalised line under a label that did not wrap (its first word would have fitted beside it)
    /// names the rows below; a line that could not have held the first word of the label under it, in a
    /// table that prints figures on a label's last line, is that label's head.
    @Test func aGroupNameUnderAWholeLabelAndAHeadOverItsFigures() {
        let budget = imported([
            "                                           Revised        Forecast",                                // 1
            "Directorate / budget line                     £000            £000        Variance",             // 2
            "Communities and Housing                      5,913           6,398             485",             // 3
            "Net cost of services                        19,419          20,037             618",             // 4
            "Corporate items",                                                                                 // 5
            "Investment income (net of interest         (1,150)         (1,392)           (242)",             // 6
            "payable)",                                                                                        // 7
            "Contingency                                    400             150           (250)",             // 8
        ])
        guard let b = budget.tables.first else { Issue.record("no table"); return }
        #expect(row(b, line: 5) == ["Corporate items", "", "", ""])
        #expect(row(b, line: 6)?[0] == "Investment income (net of interest payable)")
        let reserves = imported([
            "                                                 HRA General     Major Repairs",                  // 1
            "                                                     Reserve           Reserve           Total",  // 2
            "                                                        £000              £000            £000",  // 3
            "Balance at 1 April 2025                                4,850             3,210           8,060",  // 4
            "Forecast in-year deficit (Table 1)                     (195)                 -           (195)",  // 5
            "Depreciation transferred to the Major",                                                           // 6
            "Repairs Reserve                                            -             9,120           9,120",  // 7
            "Major Repairs Reserve applied to finance",                                                        // 8
            "capital expenditure (Table 4)                              -           (9,870)         (9,870)",  // 9
            "Forecast balance at 31 March 2026                      4,655             2,460           7,115",  // 10
        ])
        guard let r = reserves.tables.first else { Issue.record("no table"); return }
        #expect(r.rows.map { $0.cells[0] } == ["Balance at 1 April 2025", "Forecast in-year deficit (Table 1)",
                                               "Depreciation transferred to the Major Repairs Reserve",
                                               "Major Repairs Reserve applied to finance capital expenditure (Table 4)",
                                               "Forecast balance at 31 March 2026"])
        // (a group name over its rows stops short of the label under it: `Income` over `Dwelling rents`)
        let hra = imported([
            "                                                  Original        Revised       Forecast",        // 1
            "                                                    Budget         Budget        Outturn",        // 2
            "Income",                                                                                          // 3
            "Dwelling rents                                    (38,412)       (38,412)       (38,106)",        // 4
            "Contributions towards expenditure",                                                               // 5
            "and other income                                     (612)          (655)          (702)",        // 6
            "Total income                                      (39,024)       (39,067)       (38,808)",        // 7
        ])
        guard let h = hra.tables.first else { Issue.record("no table"); return }
        #expect(h.rows.map { $0.cells[0] } == ["Income", "Dwelling rents", "Contributions towards expenditure and other income", "Total income"])
    }

    /// Contact details as a pipe table under an empty header are no table.
    @Test func contactDetailsUnderAnEmptyPipeHeader() {
        let doc = imported([
            "## Contact us",                                                   // 1
            "",                                                                // 2
            "| | |",                                                           // 3
            "|---|---|",                                                       // 4
            "| Email | environment@mossbury.gov.uk |",                         // 5
            "| Telephone | 01632 960745 |",                                    // 6
            "| Address | Environmental Services, Civic Offices, Riverside Way |", // 7
        ])
        #expect(doc.tables.isEmpty)
        #expect(doc.rejects.contains { $0.line == 5 && $0.reason == .notATable })
    }

    // MARK: round 29

    /// Word's plain text with line breaks: a numbered paragraph's lines hang under a TAB, and list items
    /// are indented by one; none of it is a table, and a key to scores of three columns is no table either.
    @Test func paragraphsHangingUnderATabAndAScoreKey() {
        let doc = imported([
            "1.1\tThis report asks the Fire Authority to approve the revenue budget for 2026/27, the",     // 1
            "\treserves strategy for 2026/27 to 2028/29 and the council tax precept to be levied on",      // 2
            "\tthe five billing authorities in the Authority area.",                                        // 3
            "",                                                                                             // 4
            "2.1\tThe Fire Authority is recommended to:",                                                   // 5
            "\t(a)\tapprove a net revenue budget requirement of £42,527,000 for 2026/27;",                  // 6
            "\t(b)\tapprove a Band D council tax of £91.37 for 2026/27, an increase of £5.00 (5.79%);",     // 7
            "",                                                                                             // 8
            "9.1\tThe Authority is a major precepting authority under the Local Government Finance Act",   // 9
            "\t1992 and must calculate its council tax requirement under section 42A of that Act. A",      // 10
            "\t2026/27.",                                                                                   // 11
            "",                                                                                             // 12
            "Risk scoring key",                                                                             // 13
            "Score\tRating\tResponse",                                                                      // 14
            "15–25\tHigh\tActive management; reported to every Authority meeting",                          // 15
            "8–12\tMedium\tManaged by the Executive Board; reviewed quarterly",                             // 16
            "1–6\tLow\tManaged within departments",                                                         // 17
        ])
        #expect(doc.tables.isEmpty)
    }

    /// In Word text, a group line may open with its year (`2025/26 audit plan`), and a sentence under a row
    /// whose last cell is a sentence is that cell's second paragraph, the table going on under it.
    @Test func aGroupOpeningWithAYearAndASecondParagraphInTheLastCell() {
        let doc = imported([
            "Audit\tDirectorate\tStatus\tOpinion\tHigh\tMedium",                                                           // 1
            "Carried forward from 2024/25",                                                                                 // 2
            "Disabled facilities grants\tHousing and Communities\tFinal report issued\tLimited\t1\t4",                     // 3
            "2025/26 audit plan",                                                                                           // 4
            "Payroll and HR system\tFinance and Resources\tFinal report issued\tReasonable\t0\t2",                         // 5
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.rows.map { $0.cells[0] } == ["Carried forward from 2024/25", "Disabled facilities grants", "2025/26 audit plan", "Payroll and HR system"])
        let actions = imported([
            "Ref\tAudit\tPriority\tProgress reported by management",                                                                         // 1
            "24/11.2\tDisabled facilities grants\tHigh\tPartly implemented. A checklist has been introduced.",                               // 2
            "Testing of 15 grants in January 2026 found two without an independent check.",                                                 // 3
            "25/09.1\tTemporary accommodation\tHigh\tPartly implemented. Reconciliation introduced for the two largest providers.",          // 4
        ])
        #expect(actions.tables.count == 1)
        guard let a = actions.tables.first else { return }
        #expect(a.rows.count == 2)
        #expect(row(a, line: 2)?.last == "Partly implemented. A checklist has been introduced. Testing of 15 grants in January 2026 found two without an independent check.")
    }

    /// In an indented table, a group name over a sub-group's name, each further in, over rows: one table.
    @Test func aGroupOverASubGroupInAnIndentedTable() {
        let doc = imported([
            "                                                             Original    Estimated    Variance",   // 1
            "                                                                 £000         £000        £000",   // 2
            "   Income",                                                                                          // 3
            "     Council tax collectable                                  101,640      102,185         545",   // 4
            "   Total income                                               101,680      102,231         551",   // 5
            "",                                                                                                  // 6
            "   Expenditure",                                                                                     // 7
            "     Precepts and demands:",                                                                         // 8
            "       Ivelshire County Council                                72,486       72,486           –",   // 9
            "       Fernacre District Council                               10,372       10,372           –",   // 10
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.cells[0] } == ["Income", "Council tax collectable", "Total income", "Expenditure", "Precepts and demands:",
                                               "Ivelshire County Council", "Fernacre District Council"])
    }

    /// A heading over status words with their units under them stands over the run; a year on the header's
    /// top line stands over the columns between the labels and the next heading on its line, though not
    /// when it is the first line of its own column's heading.
    @Test func spanningHeadingsOverRunsOfColumns() {
        let savings = imported([
            "                                                                                             Remaining savings", // 1
            "                                                 Savings        Achieved                                                      Forecast", // 2
            "  Directorate                                     target         to date           Green         Amber           Red          delivery", // 3
            "                                                    £000            £000            £000          £000          £000                 %", // 4
            "",                                                                                                                           // 5
            "    Adults and Health                              4,200           1,350           1,900           650           300              77.4", // 6
            "    Children and Families                          2,650             720           1,080           560           290              67.9", // 7
        ])
        #expect(savings.tables.first?.header == ["Directorate", "Savings target £000", "Achieved to date £000", "Remaining savings Green £000",
                                                 "Remaining savings Amber £000", "Remaining savings Red £000", "Forecast delivery %"])
        let capital = imported([
            "                                                                                 2025/26                                  Later years budget", // 1
            "                                                       Revised      Spend to",                                                                 // 2
            "  Programme                                             budget       30 Sept      Forecast      Variance             2026/27       2027/28", // 3
            "                                                          £000          £000          £000          £000                £000          £000", // 4
            "",                                                                                                                                              // 5
            "    Schools condition and expansion                     18,450         6,210        16,900       (1,550)              12,300         8,750", // 6
            "    Highways maintenance                                 9,200         4,105         9,200             –               9,400         9,600", // 7
        ])
        #expect(capital.tables.first?.header == ["Programme", "2025/26 Revised budget £000", "2025/26 Spend to 30 Sept £000", "2025/26 Forecast £000",
                                                 "2025/26 Variance £000", "Later years budget 2026/27 £000", "Later years budget 2027/28 £000"])
        let stacked = imported([
            "                                                           2025/26                   Share of", // 1
            "                                                        precept or                  estimated", // 2
            "   Preceptor                                                demand     Share          surplus", // 3
            "                                                              £000         %             £000", // 4
            "   Ivelshire County Council                                 72,486     72.50            1,485", // 5
            "   Fernacre District Council                                10,372     10.37              212", // 6
        ])
        #expect(stacked.tables.first?.header == ["Preceptor", "2025/26 precept or demand £000", "Share %", "Share of estimated surplus £000"])
    }

    /// Where the paper names its units with labelled lines, its title names none; a key's title is no
    /// section heading.
    @Test func labelledUnitsOverTheTitleAndAKeyTitle() {
        let doc = imported([
            "# Housing Service Plan 2025–2028",                        // 1
            "",                                                        // 2
            "### 3.1 Performance scorecard",                           // 3
            "",                                                        // 4
            "**Key to trend symbols**",                                // 5
            "",                                                        // 6
            "| Measure | 2024/25 | Trend |",                           // 7
            "|---|---:|:---:|",                                        // 8
            "| Households in temporary accommodation | 131 | ▼ |",     // 9
            "",                                                        // 10
            "### 4.1 Housing options",                                 // 11
            "",                                                        // 12
            "**Service:** Housing Options and Homelessness",           // 13
            "",                                                        // 14
            "| Measure | 2024/25 |",                                   // 15
            "|---|---:|",                                              // 16
            "| Approaches | 1,486 |",                                  // 17
        ])
        #expect(doc.tables.map(\.unit) == ["", "Housing Options and Homelessness"])
        #expect(doc.tables.first?.section == "3.1 Performance scorecard")
    }

    /// A header row printed again in an HTML table's body is no row.
    @Test func anHTMLHeaderRepeatedInTheBody() {
        let doc = imported([
            "<table>",                                                                           // 1
            "<thead><tr><th>Scheme</th><th>Budget<br>&pound;000</th></tr></thead>",              // 2
            "<tbody>",                                                                           // 3
            "<tr><td>Bus shelter renewal</td><td>140</td></tr>",                                 // 4
            "<tr class=\"mgRepeatHeader\"><th>Scheme</th><th>Budget<br>&pound;000</th></tr>",    // 5
            "<tr><td>Car park repairs</td><td>1,150</td></tr>",                                  // 6
            "</tbody></table>",                                                                  // 7
        ])
        #expect(doc.tables.first?.rows.map { $0.cells[0] } == ["Bus shelter renewal", "Car park repairs"])
        #expect(doc.rejects.contains { $0.line == 5 && $0.reason == .repeatedHeader })
    }

    // MARK: round 30

    /// Word text: a group's name over the first paragraph of the next row's label (two lines without TAB),
    /// runs of sub-headings repeated under years beside headings of one sub-heading each, and a second
    /// paragraph under a cell of two words.
    @Test func aGroupOverALabelsFirstParagraphUnderRepeatedSubHeadings() {
        let doc = imported([
            "Charge\t2025/26\t2026/27\tVAT\tIncrease",                                              // 1
            "\t£ excl VAT\t£ incl VAT\t£ excl VAT\t£ incl VAT\tcode\t%",                            // 2
            "Garden waste",                                                                         // 3
            "Garden waste subscription",                                                            // 4
            "(first bin, per year)\t48.00\t48.00\t52.00\t52.00\tO\t8.3",                            // 5
            "Replacement garden waste bin (delivery included)\t30.00\t30.00\t32.00\t32.00\tO\t6.7", // 6
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Charge", "2025/26 £ excl VAT", "2025/26 £ incl VAT", "2026/27 £ excl VAT", "2026/27 £ incl VAT", "VAT code", "Increase %"])
        #expect(t.rows.map { $0.cells[0] } == ["Garden waste", "Garden waste subscription (first bin, per year)", "Replacement garden waste bin (delivery included)"])
        let fees = imported([
            "Licence\tFee 2025/26\tFee 2026/27\tNotes",                                                  // 1
            "Animal boarding (3 years)\t285.00\t296.00\tApplication fee.",                               // 2
            "Vet inspection charged at cost where required.",                                            // 3
            "Scrap metal site licence (3 years)\t415.00\t430.00\t",                                      // 4
        ])
        #expect(fees.tables.first?.rows.map { $0.cells.last } == ["Application fee. Vet inspection charged at cost where required.", ""])
    }

    /// A heading alone on its line, as well centred over one more column each side as over the two it
    /// overlaps, stands over the four; over a pair of one kind (`Quarter 3  Quarter 2`) it stays.
    @Test func aLoneHeadingOverFourColumns() {
        let doc = imported([
            "                                                                              2025/26 £000",                                                            // 1
            "                                                                          Delivered",                                                                   // 2
            "Ref    Saving                              Lead officer           Target    to date  Forecast  Variance    RAG     Comment",                          // 3
            "",                                                                                                                                                      // 4
            "SAV01  Garden waste subscription charge    Head of                   180        172       180         0    Green   21,430 subscriptions at 30 September.", // 5
            "       increased from £52 to £58           Environmental",                                                                                             // 6
            "                                           Services",                                                                                                  // 7
            "SAV02  Waste collection round              Head of                   250         60       190      (60)    Amber   New rounds start 5 January 2026, so only a", // 8
            "       optimisation                        Environmental                                                           part-year effect in 2025/26.",       // 9
            "                                           Services",                                                                                                  // 10
            "SAV03  Digital customer contact – online   Head of Customer          120         55       110      (10)    Amber   Webchat launch slipped from July to September.", // 11
        ])
        #expect(doc.tables.first?.header.dropFirst(3).prefix(4) == ["2025/26 £000 Target", "2025/26 £000 Delivered to date",
                                                                     "2025/26 £000 Forecast", "2025/26 £000 Variance"])
    }

    /// A clause (`21 November 2025; staff`), a year closing a bracket and a sentence (`2026).`) and the head
    /// of a count (`6 of 15 target`) are words in a comment, not figures that start rows.
    @Test func clausesThatOpenWithFiguresAreWords() {
        let doc = imported([
            "Ref    Risk and consequence                      Risk owner      Score   Further action and date",          // 1
            "",                                                                                                          // 2
            "CR01   Financial sustainability: the             Director of     25      Budget options for 2026/27 to",    // 3
            "       medium-term funding gap is not closed.    Resources               Cabinet (January",                 // 4
            "                                                                         2026).",                           // 5
            "",                                                                                                          // 6
            "CR02   Local government reorganisation:          Chief           16      Interim proposal submitted by",    // 7
            "       proposals divert officer capacity.        Executive               21 November 2025; staff",          // 8
            "                                                                         briefings monthly.",              // 9
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.rows.count == 2)
        #expect(row(t, line: 3)?.last == "Budget options for 2026/27 to Cabinet (January 2026).")
        #expect(row(t, line: 7)?[2] == "Chief Executive")
        #expect(row(t, line: 7)?.last == "Interim proposal submitted by 21 November 2025; staff briefings monthly.")
        let capital = imported([
            "Scheme                             Budget     Spend  Forecast  Variance  Comment",                 // 1
            "Larchfield Road new build           4,200     2,950     4,200         -  First 12 homes",         // 2
            "Buyback of former council           1,500       620     1,100     (400)  6 of 15 target",         // 3
            "homes                                                                    acquisitions completed;", // 4
            "                                                                         limited market supply.", // 5
        ])
        #expect(capital.tables.first?.rows.count == 2)
        #expect(capital.tables.first.flatMap { row($0, line: 3) }?.last == "6 of 15 target acquisitions completed; limited market supply.")
    }

    /// A date in bold under the meeting's name is no heading, so the cover's details under it are no
    /// table; a numbered heading in capitals wrapped under its title is one heading.
    @Test func aBoldDateAndAWrappedCapitalHeading() {
        let cover = imported([
            "## Governance and Audit Committee",                                          // 1
            "",                                                                           // 2
            "**17 July 2025**",                                                           // 3
            "",                                                                           // 4
            "| Report title | Annual Complaints and Compliments Report 2024/25 |",         // 5
            "|---|---|",                                                                  // 6
            "| Report of | Director of Corporate Services |",                             // 7
            "| Status | For information |",                                               // 8
            "",                                                                           // 9
            "# **1. Summary**",                                                           // 10
        ])
        #expect(cover.tables.isEmpty)
        let doc = imported([
            "5.   HRA RESERVES AND BALANCES – FORECAST POSITION AT",                                  // 1
            "     31 MARCH 2026",                                                                     // 2
            "",                                                                                       // 3
            "5.1  The HRA general balance is forecast to fall to £5.530m at 31 March 2026 after",    // 4
            "     funding the in-year deficit.",                                                      // 5
            "",                                                                                       // 6
            "     Table 2: HRA reserves and balances",                                                // 7
            "",                                                                                       // 8
            "                                        Balance at       Forecast    Forecast",         // 9
            "                                           1 April  contributions     applied",         // 10
            "     HRA general balance                     6,250              0       (720)",          // 11
            "     Major Repairs Reserve                   1,850          8,240     (8,900)",          // 12
        ])
        #expect(doc.tables.first?.section == "5. HRA RESERVES AND BALANCES – FORECAST POSITION AT 31 MARCH 2026")
    }

    // MARK: round 31

    /// Word text of a risk register whose cells hold several paragraphs: each row is broken over lines,
    /// each going on in the last cell of the one above, under theme names; a cell's last paragraph may
    /// end the table; a risk's code printed once over its actions is filled down.
    @Test func rowsBrokenOverLinesByParagraphsInTheirCells() {
        let doc = imported([
            "Ref\tRisk and consequences\tKey controls in place\tCurrent risk\tTrend\tTarget score\tRisk owner",                      // 1
            "\t\t\tL\tI\tScore\t\t\t",                                                                                                  // 2
            "Theme 1: Financial resilience",                                                                                            // 3
            "CR01\tFailure to deliver a balanced budget over the medium term.",                                                         // 4
            "Consequence: reserves fall below the minimum level.\tMedium Term Financial Strategy refreshed each September.",            // 5
            "Monthly budget monitoring to Corporate Leadership Team and quarterly to Cabinet.",                                         // 6
            "Savings tracker reviewed fortnightly by the Transformation Board.\t4\t4\t16\t↔\t8\tDirector of Finance (s151 Officer)",   // 7
            "Theme 2: Housing and communities",                                                                                         // 8
            "CR04\tDemand for temporary accommodation continues to exceed supply.\tTemporary Accommodation Strategy 2024–2027.",       // 9
            "Weekly placement panel.",                                                                                                  // 10
            "Acquisition programme for 30 homes.\t4\t4\t16\t↔\t12\tHead of HR and",                                                    // 11
            "Organisational Development",                                                                                               // 12
            "CR12\tSerious data breach.\tData protection training (97% completion).\t2\t4\t8\t↔\t4\tDirector of Resources",            // 13
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Risk and consequences", "Key controls in place", "Current risk L", "Current risk I", "Current risk Score",
                             "Trend", "Target score", "Risk owner"])
        #expect(t.rows.map { $0.cells[0] } == ["Theme 1: Financial resilience", "CR01", "Theme 2: Housing and communities", "CR04", "CR12"])
        #expect(row(t, line: 4)?[1] == "Failure to deliver a balanced budget over the medium term. Consequence: reserves fall below the minimum level.")
        #expect(row(t, line: 4)?[2] == "Medium Term Financial Strategy refreshed each September. Monthly budget monitoring to Corporate Leadership Team and quarterly to Cabinet. Savings tracker reviewed fortnightly by the Transformation Board.")
        #expect(row(t, line: 9)?.last == "Head of HR and Organisational Development")
        let actions = imported([
            "Risk ref\tAction\tLead officer\tDue date\tRevised date\tStatus",                                                      // 1
            "CR04\tComplete purchase of 12 homes\tHead of Housing Options\t30/09/2025\t31/01/2026\tOverdue",                      // 2
            "7 of 12 completed",                                                                                                    // 3
            "\tOpen Ferris Court hostel (24 units)\tHead of Housing Options\t31/12/2025\t\tOn track",                               // 4
            "CR06\tComplete damp and mould surveys\tHead of Housing Property Services\t30/09/2025\t31/12/2025\tOverdue",           // 5
            "1,032 of 1,150 surveyed",                                                                                              // 6
            "CR07\tCabinet decision on preferred bidder\tDirector of Place\t10/12/2025\t\tOn track",                                // 7
        ])
        guard let a = actions.tables.first else { Issue.record("no table"); return }
        #expect(a.rows.map { $0.cells[0] } == ["CR04", "CR04", "CR06", "CR07"])
        #expect(row(a, line: 2)?.last == "Overdue 7 of 12 completed")
        #expect(row(a, line: 5)?.last == "Overdue 1,032 of 1,150 surveyed")
    }

    /// The tables under a heading that names a key are the key, not data.
    @Test func tablesUnderAKeyHeading() {
        let doc = imported([
            "Appendix C: Risk scoring key",                                              // 1
            "Likelihood\tScore\tDescription",                                            // 2
            "Almost certain\t5\tExpected to occur in most circumstances",                // 3
            "Likely\t4\tWill probably occur (51% to 80%)",                               // 4
            "",                                                                          // 5
            "Rating\tScore\tResponse",                                                   // 6
            "High\t15–25\tReported to Cabinet and this Committee quarterly",             // 7
            "Low\t1–6\tManaged within the service",                                      // 8
        ])
        #expect(doc.tables.isEmpty)
    }

    /// Space-aligned: a group's name at the foot of a page, its rows on the next, goes on with the table.
    @Test func aGroupNameAtThePageFoot() {
        let doc = imported([
            "                                                   Original     Revised                 Variance",  // 1
            "  Service area                                       budget      budget     Outturn   to revised",  // 2
            "",                                                                                                  // 3
            "  Planning Services",                                                                               // 4
            "    Development management                            1,284       1,302       1,347           45",  // 5
            "  Subtotal Planning Services                          1,284       1,302       1,347           45",  // 6
            "",                                                                                                  // 7
            "  Environmental Health and Licensing",                                                              // 8
            "",                                                                                                  // 9
            "",                                                                                                  // 10
            "                                               Page 6 of 8",                                        // 11
            "\u{0C}Galtonbury District Council                         Planning and Regulatory Services Annual Report 2024/25", // 12
            "",                                                                                                  // 13
            "    Food safety and health and safety                   612         618         596         (22)",  // 14
            "    Licensing (net of fee income)                        96          96          71         (25)",  // 15
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.map { $0.cells[0] } == ["Planning Services", "Development management", "Subtotal Planning Services",
                                                               "Environmental Health and Licensing", "Food safety and health and safety",
                                                               "Licensing (net of fee income)"])
    }

    /// Word text: a header row that prints a year over each column spans none; a cell going on in its column
    /// on a line of TABs; list items indented by a TAB are prose.
    @Test func yearsOverEachColumnAndACellGoingOnUnderTabs() {
        let items = imported([
            "2.1\tThat the committee RECOMMENDS to Full Council:", // 1
            "", // 2
            "\ta)\tthe draft budget for 2025/26 at Table 1, with net expenditure of £301,100;", // 3
            "\tb)\ta precept of £301,100 for 2025/26, a Band D council tax of £46.48 (Table 2);", // 4
            "\tc)\tthe planned movements on reserves at Table 3; and", // 5
            "\td)\tcommunity grants totalling £12,500 as set out at Table 4.", // 6
        ])
        #expect(items.tables.isEmpty)
        let budget = imported([
            "\t\t2024/25\t2024/25\t2025/26\t", // 1
            "Code\tCost centre\tBudget\tForecast\tDraft budget\tChange", // 2
            "\t\t£\t£\t£\t£", // 3
            "\tINCOME\t\t\t\t", // 4
            "101\tPrecept\t280,150\t280,150\t301,100\t20,950", // 5
        ])
        #expect(budget.tables.first?.header == ["Code", "Cost centre", "2024/25 Budget £", "2024/25 Forecast £", "2025/26 Draft budget £", "Change £"])
        let grants = imported([
            "", // 1
            "Ref\tApplicant\tPurpose\tRequested\tRecommended", // 2
            "\t\t\t£\t£", // 3
            "G25/01\tPurlwick Community Larder\tRefrigeration unit and food hygiene\t1,800\t1,500", // 4
            "\t\ttraining for volunteers", // 5
            "G25/02\t3rd Purlwick Scout Group\tReplacement camping equipment\t2,400\t2,000", // 6
        ])
        #expect(grants.tables.first?.rows.first?.cells[2] == "Refrigeration unit and food hygiene training for volunteers")
    }

    /// Space-aligned: a heading on the line above the last over two columns headed only on that line
    /// (`Variance` over `£000` and `%`); a phrase running over the next column is one heading; a contents
    /// list with dot leaders is no table.
    @Test func headingsOverUnitsAndPhrasesAndDotLeaders() {
        let outturn = imported([
            "                                                                   2024/25                      Variance             Quarter 3", // 1
            "      Directorate                                        Revised         Outturn            £000           %          forecast", // 2
            "                                                     budget £000            £000                                 variance £000", // 3
            "      ------------------------------------------------------------------------------------------------------------------------", // 4
            "      Adult Social Care and Health                       214,560         221,873           7,313        3.4%             6,850", // 5
            "      Children, Young People and Families                128,940         136,215           7,275        5.6%             7,910", // 6
            "      Environment and Transport                           96,310          94,882         (1,428)      (1.5%)             (950)", // 7
            "      Growth and Communities                              31,475          30,906           (569)      (1.8%)             (420)", // 8
            "      Chief Executive's and Resources                     42,880          41,737         (1,143)      (2.7%)             (780)", // 9
            "      ------------------------------------------------------------------------------------------------------------------------", // 10
            "      Total directorates                                 514,165         525,613          11,448        2.2%            12,610", // 11
            "      Corporate budgets and capital financing             38,420          33,196         (5,224)     (13.6%)           (4,600)", // 12
            "      ------------------------------------------------------------------------------------------------------------------------", // 13
            "      Net expenditure                                    552,585         558,809           6,224        1.1%             8,010", // 14
            "      Funding (council tax, business rates             (552,585)       (553,071)           (486)      (0.1%)             (450)", // 15
            "      and general grants)", // 16
            "      ------------------------------------------------------------------------------------------------------------------------", // 17
            "      Net overspend met from General Fund balance              –           5,738           5,738         n/a             7,560", // 18
            "      ========================================================================================================================", // 19
        ])
        #expect(outturn.tables.first?.header.dropFirst(3).prefix(2) == ["Variance £000", "Variance %"])
        #expect(outturn.tables.first?.header.dropFirst(1).prefix(2) == ["2024/25 Revised budget £000", "2024/25 Outturn £000"])
        let reserves = imported([
            "                                                                                            Movements in 2024/25", // 1
            "                                                                     Balance         Transfers       Transfers             Balance", // 2
            "      Reserve                                                   1 April 2024                in             out       31 March 2025", // 3
            "                                                                        £000              £000            £000                £000", // 4
            "      ------------------------------------------------------------------------------------------------------------------------------", // 5
            "      General reserves", // 6
            "        General Fund balance                                          28,500                 –         (5,738)              22,762", // 7
            "", // 8
        ])
        #expect(reserves.tables.first?.header.dropFirst(2).prefix(2) == ["Movements in 2024/25 Transfers in £000", "Movements in 2024/25 Transfers out £000"])
        let contents = imported([
            "      Contents",                                                                             // 1
            "      1.   Purpose of the report ............................................    1",       // 2
            "      2.   Recommendations ..................................................    2",       // 3
            "      3.   Revenue outturn 2024/25 ..........................................    2",       // 4
            "      4.   Savings delivery 2024/25 .........................................    5",       // 5
        ])
        #expect(contents.tables.isEmpty)
    }

    // MARK: round 32

    /// Word text: a run of sub-headings shared among the headings over it, the other headings merged down
    /// (`Q3 2023/24⇥Q3 2024/25` over `Actual⇥Target⇥Actual`, beside `RAG` and `Direction of travel`).
    @Test func aRunSharedAmongTheHeadingsOverIt() {
        let doc = imported([
            "Ref\tMeasure\tGood is\tQ3 2023/24\tQ3 2024/25\tRAG\tDirection of travel", // 1
            "\t\t\tActual\tTarget\tActual\t\t", // 2
            "Thriving places", // 3
            "PG01\tMajor planning applications determined within 13 weeks (%)\tHigh\t84.6%\t80.0%\t88.9%\tGreen\t↑ Improved", // 4
            "PG02\tMinor planning applications determined within 8 weeks (%)\tHigh\t71.2%\t75.0%\t73.4%\tAmber\t↑ Improved", // 5
        ])
        #expect(doc.tables.first?.header == ["Ref", "Measure", "Good is", "Q3 2023/24 Actual", "Q3 2024/25 Target", "Q3 2024/25 Actual",
                                             "RAG", "Direction of travel"])
    }

    /// A date alone on its line is the meeting's, no heading, so a unit labelled under it covers the paper;
    /// a numbered heading in capitals written with a TAB may run long.
    @Test func aDateLineAndALongCapitalHeading() {
        #expect(isHeading("                                    12 FEBRUARY 2025", plainPapers: true) == nil)
        #expect(isHeading("5.\tANNUAL GOVERNANCE AND ACCOUNTABILITY RETURN 2024/25 – CONCLUSION OF EXTERNAL REVIEW", plainPapers: true)
                == "5. ANNUAL GOVERNANCE AND ACCOUNTABILITY RETURN 2024/25 – CONCLUSION OF EXTERNAL REVIEW")
    }

    /// A span of time in words over a rule (`10 working days` under `Inspected within`) is a heading's line.
    @Test func aSpanOfTimeInAHeadingOverARule() {
        let doc = imported([
            "  Month                                      New    Inspected within       % inspected           Works       Open cases at", // 1
            "                                         reports     10 working days           in time       completed           month end", // 2
            "  ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────", // 3
            "  Brought forward at 1 July 2025                                                                                       212", // 4
            "  July 2025                                   96                  84             87.5%              88                 220", // 5
            "  August 2025                                 81                  76             93.8%             102                 199", // 6
            "  September 2025                             117                 111             94.9%              95                 221", // 7
            "  ────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────", // 8
        ])
        #expect(doc.tables.first?.header == ["Month", "New reports", "Inspected within 10 working days", "% inspected in time",
                                             "Works completed", "Open cases at month end"])
        #expect(doc.tables.first?.rows.count == 4)
    }

    // MARK: round 33

    /// A table typed with TABs as tab stops: as many TABs between cells as the text before them needs
    /// (`Pavilion roof⇥⇥⇥12,000` beside `Play area replacement⇥⇥18,500`), one cell per column.
    @Test func aTableTypedToTabStops() {
        let doc = imported([
            "Reserve\t\t\t\tBalance\t\tIn-year\t\tForecast", // 1
            "\t\t\t\t1 Apr 2025\tmovement\t31 Mar 2026", // 2
            "\t\t\t\t£\t\t£\t\t£", // 3
            "Play area replacement\t\t18,500\t\t5,000\t\t23,500", // 4
            "Pavilion roof\t\t\t12,000\t\t(12,000)\t\t-", // 5
            "Elections\t\t\t3,000\t\t2,000\t\t5,000", // 6
            "Neighbourhood plan\t\t4,250\t\t(1,800)\t\t2,450", // 7
            "Christmas lights\t\t2,600\t\t1,000\t\t3,600", // 8
            "Total earmarked reserves\t40,350\t\t(5,800)\t\t34,550", // 9
            "General reserve\t\t31,200\t\t1,295\t\t32,495", // 10
            "Total reserves\t\t71,550\t\t(4,505)\t\t67,045", // 11
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Reserve", "Balance 1 Apr 2025 £", "In-year movement £", "Forecast 31 Mar 2026 £"])
        #expect(row(t, line: 5) == ["Pavilion roof", "12,000", "(12,000)", "-"])
        #expect(row(t, line: 9) == ["Total earmarked reserves", "40,350", "(5,800)", "34,550"])
        #expect(t.rows.count == 8)
    }

    /// Word's one TAB per cell is not read as tab stops, however its TABs fall: every row holds as
    /// many, and each cell keeps its place.
    @Test func wordTextIsNotReadAsTabStops() {
        let doc = imported([
            "Service\tBudget\tForecast\tVariance", // 1
            "Parks and open spaces\t1,200\t1,150\t(50)", // 2
            "Car parks\t\t310\t310", // 3
            "Public conveniences\t96\t\t(96)", // 4
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 3) == ["Car parks", "", "310", "310"])
        #expect(row(t, line: 4) == ["Public conveniences", "96", "", "(96)"])
    }

    /// A table typed to tab stops with group names typed flush left between its rows, no TAB on their
    /// lines: they are its group rows, and the table goes on under them.
    @Test func groupNamesFlushLeftInATableTypedToTabStops() {
        let doc = imported([
            "Fee\t\t\t\t\t\t\t\t2025/26\t\t2026/27\t\tIncrease", // 1
            "\t\t\t\t\t\t\t\t£\t\t£\t\t%", // 2
            "CREMATION FEES", // 3
            "Adult cremation with service in chapel (40 minutes)\t\t1,045.00\t1,092.00\t4.5", // 4
            "Early morning cremation, 9.00 am (20 minutes)\t\t\t795.00\t\t830.00\t\t4.4", // 5
            "Direct cremation (no service or attendance)\t\t\t545.00\t\t570.00\t\t4.6", // 6
            "Child under 18 or non-viable foetal remains\t\t\tNil\t\tNil\t\t-", // 7
            "Additional chapel time (each 40 minutes)\t\t\t260.00\t\t272.00\t\t4.6", // 8
            "CHAPEL SERVICES", // 9
            "Webcast of service (live and 28 days viewing)\t\t\t75.00\t\t78.00\t\t4.0", // 10
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Fee", "2025/26 £", "2026/27 £", "Increase %"])
        #expect(row(t, line: 3) == ["CREMATION FEES", "", "", ""])
        #expect(row(t, line: 5) == ["Early morning cremation, 9.00 am (20 minutes)", "795.00", "830.00", "4.4"])
        #expect(row(t, line: 10) == ["Webcast of service (live and 28 days viewing)", "75.00", "78.00", "4.0"])
    }

    /// An agenda (`1.⇥Apologies for absence`) whose items are the headings printed further on, whatever
    /// their case or length (`3.⇥MINUTES`), is no table.
    @Test func anAgendaOfTheHeadingsIsNoTable() {
        let doc = imported([
            "AGENDA", // 1
            "", // 2
            "1.\tApologies for absence", // 3
            "2.\tDeclarations of interest", // 4
            "3.\tMinutes of the meeting held on 9 October 2025", // 5
            "", // 6
            "1.\tAPOLOGIES FOR ABSENCE", // 7
            "", // 8
            "To receive apologies for absence.", // 9
            "", // 10
            "2.\tDECLARATIONS OF INTEREST", // 11
            "", // 12
            "Members are reminded to declare any disclosable pecuniary or other registrable interests in items on", // 13
            "this agenda.", // 14
            "", // 15
            "3.\tMINUTES", // 16
            "", // 17
            "To approve as a correct record the minutes of the meeting held on 9 October 2025 (copy enclosed", // 18
            "separately).", // 19
        ])
        #expect(doc.tables.isEmpty)
        #expect(doc.rejects.contains { $0.line == 5 && $0.reason == .notATable })
    }

    /// The sentence leading into a list indented by a TAB, and an item's text going on two TABs in, are prose.
    @Test func anIndentedListAndTheSentenceLeadingIntoIt() {
        let doc = imported([
            "7.\tRecommendations", // 1
            "", // 2
            "\tThe Council is recommended to:", // 3
            "", // 4
            "\t(a)\tapprove the budget for 2026/27 set out in section 2;", // 5
            "\t(b)\tnote the forecast position on reserves at 31 March 2026;", // 6
            "\t(c)\tset a precept of £98,600 for 2026/27, giving a Band D charge of", // 7
            "\t\t£57.90; and", // 8
            "\t(d)\tauthorise the Clerk to submit the precept form to Upperwold District", // 9
            "\t\tCouncil by 31 January 2026.", // 10
        ])
        #expect(doc.tables.isEmpty)
    }

    /// A heading printed over the gap between two columns, beside one over the next column (`RAG` between
    /// `A` and `↑ Improving`, `Direction` over the latter): it heads the column left unheaded.
    @Test func aHeadingOverTheGapBesideOneOverTheNextColumn() {
        let doc = imported([
            "  Ref    Indicator                                 2024/25       Q2 2025/26           RAG   Direction      Commentary", // 1
            "                                                   outturn      Target    Actual             of travel", // 2
            "  --------------------------------------------------------------------------------------------------------------------------------------------------------------------", // 3
            "  CG01   Percentage of household waste sent         41.2%       43.0%     42.1%    A     ↑ Improving    Garden waste tonnages were lower than profiled because of the", // 4
            "         for reuse, recycling and composting                                                            dry summer. Food waste participation has risen since the July", // 5
            "                                                                                                        leaflet drop.", // 6
            "", // 7
            "  CG02   Residual household waste per                 498         240       236    G     ↑ Improving    Cumulative figure for April to September.", // 8
            "         household (kg)", // 9
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Ref", "Indicator", "2024/25 outturn", "Q2 2025/26 Target", "Q2 2025/26 Actual", "RAG", "Direction of travel", "Commentary"])
    }

    /// Word text: a row broken by paragraph breaks in its cells under a group name merged down the first
    /// column (`⇥AR2⇥Introduce …` / `Review planning …⇥Head of HR` / `Head of Finance⇥March 2026⇥At risk`), over
    /// two lines or three, is one row.
    @Test func aRowBrokenByParagraphsUnderAMergedGroupName() {
        let doc = imported([
            "Theme\tRef\tAction\tLead\tTarget date\tStatus", // 1
            "Attract and recruit\tAR1\tLaunch a new careers website with a job alert service and employee stories.\tHead of HR\tApril 2026\tOn track", // 2
            "\tAR2\tIntroduce a market supplement policy for hard-to-fill posts.", // 3
            "Review planning officer and HGV driver grades first.\tHead of HR", // 4
            "Head of Finance\tMarch 2026\tAt risk", // 5
            "\tAR3\tOffer six new apprenticeships across front-line services.\tL&D Manager\tSeptember 2026\tOn track", // 6
            "Develop and grow\tDG1\tRoll out the “Leading Dunmarrow” programme to all team leaders.\tL&D Manager\tDecember 2025\tComplete", // 7
            "\tDG2\tMove appraisals to the new HR system.", // 8
            "Provide guidance and drop-in sessions for managers.\tHR Systems Lead\tJune 2026\tOn track", // 9
            "\tDG3\tSet up a graduate trainee scheme with two places in Planning and Regeneration.\tDirector of Planning and Regeneration\tSeptember 2026\tOn track", // 10
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 3) == ["Attract and recruit", "AR2", "Introduce a market supplement policy for hard-to-fill posts. Review planning officer and HGV driver grades first.",
                                    "Head of HR Head of Finance", "March 2026", "At risk"])
        #expect(row(t, line: 8) == ["Develop and grow", "DG2", "Move appraisals to the new HR system. Provide guidance and drop-in sessions for managers.",
                                    "HR Systems Lead", "June 2026", "On track"])
        #expect(t.rows.count == 6)
    }

    /// A web page's document history (`Version | Date | Change`) is no table, as in text.
    @Test func aDocumentHistoryOnAWebPage() {
        let doc = imported([
            "<html><body>", // 1
            "<h2>Document history</h2>", // 2
            "<table class=\"mgStatsTable\">", // 3
            "<tr><th>Version</th><th>Date</th><th>Change</th></tr>", // 4
            "<tr><td>2024.1</td><td>28 February 2024</td><td>Scheme for 2024/25 adopted</td></tr>", // 5
            "<tr><td>2025.1</td><td>26 February 2025</td><td>Uprating of 3.0%; Minority Group leader SRA introduced</td></tr>", // 6
            "</table>", // 7
            "</body></html>", // 8
        ])
        #expect(doc.tables.isEmpty)
    }

    // MARK: round 34

    /// A total's label printed from the codes' left edge and run on over the labels (`Subtotal B and C
    /// roads` under `CR25/08`) stands in the first column, where the group names stand.
    @Test func aTotalsLabelFromTheCodesEdge() {
        let doc = imported([
            " Ref       Road / location                           Ward          Treatment                 Length   Estimate", // 1
            "                                                                                                (m)       £000", // 2
            "", // 3
            " CR25/07   C214 Tanners Lane                         Stoke Ashby   Micro asphalt                960         84", // 4
            " CR25/08   C302 Withy Bed Road, Upper Ashby to       Stoke Ashby   Full depth reconstruction    410        318", // 5
            "           Lower Ashby                                             (part length)", // 6
            " Subtotal B and C roads                                                                       3,940        759", // 7
            "", // 8
            " Unclassified roads", // 9
            " CR25/09   Orchard Way (whole length)                Abbeyfield    Micro asphalt                530         49", // 10
            " CR25/10   Larkspur Close                            Northgate     Plane and inlay (40mm)       210         58", // 11
            " CR25/11   Ferry Road service road                   Coldwater     Plane and inlay (40mm)       340         71", // 12
            " CR25/12   St Anne's Road and Priory Walk            Town Centre   Plane and inlay (40mm)       460        112", // 13
            " CR25/13   Wheelwright Avenue estate roads           Marsh Green   Surface dressing           1,720         96", // 14
            "           (phase 2 of 3)", // 15
            " Subtotal unclassified roads                                                                  3,260        386", // 16
            "", // 17
            " Total carriageway resurfacing                                                               11,670      2,738", // 18
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 7) == ["Subtotal B and C roads", "", "", "", "3,940", "759"])
        #expect(row(t, line: 9) == ["Unclassified roads", "", "", "", "", ""])
        #expect(row(t, line: 18) == ["Total carriageway resurfacing", "", "", "", "11,670", "2,738"])
    }

    /// Word text: a row broken over lines by paragraph breaks in its cells, its first line without a
    /// TAB (`Option C` / `(recommended)⇥Uprate …` / `Introduce …` / `Increase …⇥6,851⇥57⇥312`), is one row
    /// when the TABs of its lines add up to a whole row's; so is one under a merged group name.
    @Test func aRowBrokenOverLinesWhoseTabsMakeAWholeRow() {
        let doc = imported([
            "Table 2: Scheme options and estimated cost for 2026/27", // 1
            "Option\tDescription\tEstimated cost 2026/27", // 2
            "£000\tChange from 2025/26", // 3
            "£000\tWorking-age claimants worse off", // 4
            "2025/26 scheme (baseline)\tCurrent four-band scheme, bands uprated by 6.7% in April 2025\t6,794\t–\t–", // 5
            "Option A\tRetain the current scheme.", // 6
            "Uprate income bands by September 2025 CPI (3.8%).\t6,912\t118\t0", // 7
            "Option B\tRemove band 4 (25% reduction).", // 8
            "No uprating of income bands.\t6,541\t(253)\t2,114", // 9
            "Option C", // 10
            "(recommended)\tUprate income bands by CPI (3.8%).", // 11
            "Introduce a minimum weekly award of £2.", // 12
            "Increase the hardship fund to £60,000.\t6,851\t57\t312", // 13
            "Option D\tReduce the maximum reduction for working-age claimants to 85%.", // 14
            "Uprate income bands by CPI (3.8%).\t6,430\t(364)\t4,401", // 15
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(doc.tables.count == 1)
        #expect(row(t, line: 10) == ["Option C (recommended)", "Uprate income bands by CPI (3.8%). Introduce a minimum weekly award of £2. Increase the hardship fund to £60,000.",
                                     "6,851", "57", "312"])
        #expect(row(t, line: 14) == ["Option D", "Reduce the maximum reduction for working-age claimants to 85%. Uprate income bands by CPI (3.8%).",
                                     "6,430", "(364)", "4,401"])
        let formula = imported([
            "Factor group\tFactor\t2025/26 local value\t2026/27 NFF value\t2026/27 proposed value\tComment", // 1
            "Basic entitlement\tPrimary AWPU\t£3,562\t£3,640\t£3,640\tMirrors NFF", // 2
            "\tKey stage 3 AWPU\t£5,022\t£5,132\t£5,132\tMirrors NFF", // 3
            "\tKey stage 4 AWPU\t£5,661\t£5,785\t£5,785\tMirrors NFF", // 4
            "Deprivation\tFree school meals (FSM)\t£490\t£500\t£500\tMirrors NFF", // 5
            "\tFSM6 primary\t£820\t£840\t£840\tMirrors NFF", // 6
            "\tFSM6 secondary\t£1,200\t£1,225\t£1,225\tMirrors NFF", // 7
            "\tIDACI band A", // 8
            "primary / secondary\t£680 / £945\t£695 / £965\t£695 / £965\tMirrors NFF", // 9
            "Additional needs\tLow prior attainment primary\t£1,170\t£1,195\t£1,195\tMirrors NFF", // 10
        ])
        guard let f = formula.tables.first else { Issue.record("no table"); return }
        #expect(row(f, line: 8) == ["Deprivation", "IDACI band A primary / secondary", "£680 / £945", "£695 / £965", "£695 / £965", "Mirrors NFF"])
        #expect(row(f, line: 10)?.first == "Additional needs")
    }

    /// Not a row broken over lines: a group name over a coded row (a code starts a row), nor a line without
    /// TAB under a row ending in words (it goes on in that row's last cell).
    @Test func noRowOverLinesFromAGroupNameOrTheRestOfALastCell() {
        let risks = imported([
            "Ref\tRisk and consequences\tKey controls in place\tCurrent risk\tTrend\tTarget score\tRisk owner", // 1
            "\t\t\tL\tI\tScore\t\t\t", // 2
            "Theme 1: Financial resilience", // 3
            "CR01\tFailure to deliver a balanced budget over the medium term.", // 4
            "Consequence: reserves fall below the minimum level; possible section 114 notice; reductions in services.\tMedium Term Financial Strategy refreshed each September.", // 5
            "Monthly budget monitoring to Corporate Leadership Team and quarterly to Cabinet.", // 6
            "Savings tracker reviewed fortnightly by the Transformation Board.\t4\t4\t16\t↔\t8\tDirector of Finance (s151 Officer)", // 7
            "CR02\tSavings and income programme of £2.9m for 2025/26 not delivered in full.\tNamed lead for each saving, RAG-rated monthly.", // 8
            "Contingency budget of £400,000.\t3\t4\t12\t↔\t8\tDirector of Finance (s151 Officer)", // 9
        ])
        guard let r = risks.tables.first else { Issue.record("no table"); return }
        #expect(row(r, line: 3) == ["Theme 1: Financial resilience", "", "", "", "", "", "", "", ""])
        #expect(row(r, line: 4)?.first == "CR01")
        let audit = imported([
            "Ref\tAudit\tAgreed action\tPriority\tResponsible officer\tOriginal date\tRevised date\tProgress reported by management", // 1
            "24/11.2\tDisabled facilities grants (2024/25)\tIntroduce an independent check of contractor quotes before a grant is approved.\tHigh\tHousing Renewal Manager\t30/06/2025\t31/03/2026\tPartly implemented. A checklist has been in use since September 2025.", // 2
            "Testing of 15 grants in January 2026 found two without an independent check.", // 3
            "25/07.1\tCyber security – patch management\tApply critical and high-risk patches within 14 days of release.", // 4
            "Report patch compliance monthly to the ICT Board.\tHigh\tHead of ICT\t31/10/2025\t28/02/2026\tNot implemented – the new patching tool has been delayed by the supplier.", // 5
            "25/09.1\tTemporary accommodation\tReconcile nightly-paid invoices to placement records before payment.\tHigh\tHousing Options Manager\t30/11/2025\t31/03/2026\tPartly implemented. Reconciliation introduced for the two largest providers.", // 6
        ])
        guard let a = audit.tables.first else { Issue.record("no table"); return }
        #expect(row(a, line: 2)?.last == "Partly implemented. A checklist has been in use since September 2025. Testing of 15 grants in January 2026 found two without an independent check.")
        #expect(row(a, line: 4)?.prefix(3) == ["25/07.1", "Cyber security – patch management",
                                               "Apply critical and high-risk patches within 14 days of release. Report patch compliance monthly to the ICT Board."])
    }

    /// A lettered list item whose text opens with words in brackets (`e)⇥(maintained school members only)
    /// agree …`) is prose, as its neighbours are.
    @Test func aListItemOpeningInBrackets() {
        let doc = imported([
            "2.1\tSchools Forum is asked to:", // 1
            "a)\tnote the Dedicated Schools Grant allocations for 2026/27 in Table 1;", // 2
            "b)\tnote the consultation responses summarised in Table 3;", // 3
            "c)\tgive its views on the proposed formula factor values in Table 2 before the Cabinet Member for Children and Young People takes the final decision;", // 4
            "d)\tnote the high needs block forecast and the DSG reserve position in section 5; and", // 5
            "e)\t(maintained school members only) agree the de-delegation of the budgets listed in paragraph 10.2.", // 6
            "", // 7
        ])
        #expect(doc.tables.isEmpty)
    }

    /// A spreadsheet's quotes around a cell broken over two lines go when the lines are joined.
    @Test func spreadsheetQuotesAroundACellBrokenOverLines() {
        let doc = imported([
            "Ref\tScheme\tLead directorate\tTarget\tForecast\tVariance\tRAG\tMovement", // 1
            "S01\t\"Theatre productivity –", // 2
            "additional sessions\"\tPlanned Care\t2,400\t1,850\t(550)\tAmber\t↓", // 3
            "S02\tMedicines management – biosimilar switching\tPrimary, Community & Mental Health\t3,100\t3,350\t250\tGreen\t↑", // 4
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 2)?.prefix(3) == ["S01", "Theatre productivity – additional sessions", "Planned Care"])
    }

    // MARK: round 35

    /// A table typed to tab stops whose group names stand between blank lines and its parts (`INCOME`
    /// over its rows, the header a blank line above), its figures one stop right where a label ran long.
    @Test func aTableTypedToTabStopsWithGroupsBetweenBlankLines() {
        let doc = imported([
            "Table 1 - Revenue account", // 1
            "", // 2
            "\t\t\t\t\t\t2023/24\t\t2024/25\t\t2024/25\t\t2025/26", // 3
            "\t\t\t\t\t\tActual\t\tBudget\t\tForecast\tEstimate", // 4
            "\t\t\t\t\t\t£\t\t£\t\t£\t\t£", // 5
            "", // 6
            "INCOME", // 7
            "Drainage rates (agricultural occupiers)\t\t318,420\t\t331,200\t\t330,640\t\t347,800", // 8
            "Special levies (district councils)\t\t612,300\t\t643,100\t\t643,100\t\t675,300", // 9
            "Highland water contributions (Environment Agency)\t48,950\t\t49,000\t\t51,230\t\t52,000", // 10
            "Development contributions\t\t\t22,400\t\t15,000\t\t31,780\t\t15,000", // 11
            "Rechargeable works\t\t\t\t14,860\t\t10,000\t\t8,420\t\t10,000", // 12
            "Interest on balances\t\t\t\t21,370\t\t18,000\t\t24,610\t\t16,500", // 13
            "Rents and wayleaves\t\t\t\t3,120\t\t3,200\t\t3,200\t\t3,300", // 14
            "\t\t\t\t\t\t-------\t\t-------\t\t-------\t\t-------", // 15
            "TOTAL INCOME\t\t\t\t\t1,041,420\t1,069,500\t1,092,980\t1,119,900", // 16
            "", // 17
            "EXPENDITURE", // 18
            "Maintenance of watercourses\t\t\t356,800\t\t372,000\t\t368,450\t\t389,000", // 19
            "Pumping stations - electricity\t\t\t142,600\t\t128,000\t\t117,930\t\t121,000", // 20
            "Pumping stations - repairs and maintenance\t61,240\t\t65,000\t\t79,310\t\t68,000", // 21
            "Environment Agency precept\t\t\t71,930\t\t74,080\t\t74,080\t\t76,300", // 22
            "Administration (consortium charge)\t\t198,400\t\t206,300\t\t206,300\t\t214,500", // 23
            "Insurance\t\t\t\t\t18,760\t\t19,500\t\t20,940\t\t22,000", // 24
            "Audit and professional fees\t\t\t9,850\t\t10,500\t\t11,200\t\t11,500", // 25
            "Plant and vehicle running costs\t\t\t42,300\t\t44,000\t\t46,720\t\t47,500", // 26
            "Biodiversity action plan\t\t\t6,200\t\t7,500\t\t5,900\t\t7,500", // 27
            "Contribution to renewal reserve\t\t\t100,000\t\t100,000\t\t100,000\t\t120,000", // 28
            "\t\t\t\t\t\t-------\t\t-------\t\t-------\t\t-------", // 29
            "TOTAL EXPENDITURE\t\t\t\t1,008,080\t1,026,880\t1,030,830\t1,077,300", // 30
            "", // 31
            "SURPLUS / (DEFICIT) FOR THE YEAR\t\t33,340\t\t42,620\t\t62,150\t\t42,600", // 32
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["", "2023/24 Actual £", "2024/25 Budget £", "2024/25 Forecast £", "2025/26 Estimate £"])
        #expect(row(t, line: 7)?.first == "INCOME")
        #expect(row(t, line: 10) == ["Highland water contributions (Environment Agency)", "48,950", "49,000", "51,230", "52,000"])
        #expect(row(t, line: 18)?.first == "EXPENDITURE")
        #expect(row(t, line: 32) == ["SURPLUS / (DEFICIT) FOR THE YEAR", "33,340", "42,620", "62,150", "42,600"])
    }

    /// Typed to tab stops: a label's second line in lower case without TAB goes on in the label; a cell's
    /// second line typed at its column goes on in that cell; years one over each column stand over their
    /// own, not the `Funding` beside them.
    @Test func aTableTypedToTabStopsWithWrappedCells() {
        let doc = imported([
            "\t\t\t\t\t2024/25\t\t2025/26\t\t2026/27", // 1
            "Scheme\t\t\t\t\tForecast\tEstimate\tIndicative\tFunding", // 2
            "\t\t\t\t\t£\t\t£\t\t£", // 3
            "", // 4
            "Gannock Fen PS - replacement weedscreen\t-\t\t145,000\t\t-\t\tRenewal reserve", // 5
            "cleaner and conveyor", // 6
            "Sluice Lane PS - pump No. 2 refurbishment\t38,400\t\t-\t\t-\t\tRenewal reserve", // 7
            "Telemetry upgrade (all stations)\t12,600\t\t24,000\t\t-\t\tRenewal reserve", // 8
            "Replacement 14 tonne excavator\t\t-\t\t168,000\t\t-\t\tPlant reserve", // 9
            "Drove Road culvert renewal\t\t-\t\t40,000\t\t210,000\t\tReserve (design) and", // 10
            "\t\t\t\t\t\t\t\t\t\t\tFDGiA (works)", // 11
            "\t\t\t\t\t-------\t\t-------\t\t-------", // 12
            "TOTAL\t\t\t\t\t51,000\t\t377,000\t\t210,000", // 13
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Scheme", "2024/25 Forecast £", "2025/26 Estimate £", "2026/27 Indicative £", "Funding"])
        #expect(row(t, line: 5) == ["Gannock Fen PS - replacement weedscreen cleaner and conveyor", "-", "145,000", "-", "Renewal reserve"])
        #expect(row(t, line: 10) == ["Drove Road culvert renewal", "-", "40,000", "210,000", "Reserve (design) and FDGiA (works)"])
    }

    /// Typed to tab stops: a run of rows that happen to hold as many TABs each joins the table it is part of.
    @Test func aRunWithEvenTabsInATableTypedToTabStops() {
        let doc = imported([
            "Table 5 - Current and proposed charges (including VAT)", // 1
            "", // 2
            "Length of stay\t\t\t\tCurrent\t\tProposed", // 3
            "\t\t\t\t\tcharge\t\tcharge", // 4
            "SHORT STAY - Market Place and Church Lane", // 5
            "Up to 30 minutes\t\t\t£0.60\t\t£0.70", // 6
            "Up to 1 hour\t\t\t\t£1.20\t\t£1.30", // 7
            "Up to 2 hours\t\t\t\t£2.20\t\t£2.40", // 8
            "Up to 3 hours\t\t\t\t£3.20\t\t£3.50", // 9
            "LONG STAY - Station Road and Riverside Meadow", // 10
            "Up to 2 hours\t\t\t\t£1.80\t\t£2.00", // 11
            "Up to 4 hours\t\t\t\t£3.00\t\t£3.20", // 12
            "All day\t\t\t\t\t£4.50\t\t£4.80", // 13
            "SEASON TICKETS AND PERMITS", // 14
            "Quarterly season ticket (long stay)\t£120.00\t\t£130.00", // 15
            "Annual season ticket (long stay)\t£420.00\t\t£450.00", // 16
            "Residents' overnight permit (annual)\t£60.00\t\t£60.00", // 17
            "", // 18
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 15) == ["Quarterly season ticket (long stay)", "£120.00", "£130.00"])
    }

    /// List items indented by a TAB with their marks set off by spaces (`⇥-  a wet winter …`, `⇥(a)  notes …`) are prose.
    @Test func listItemsMarkedWithSpacesAfterATab() {
        let doc = imported([
            "", // 1
            "6.1\tThe main financial risks for 2025/26 are:", // 2
            "", // 3
            "\t-  a wet winter increasing pumping hours and electricity costs above the", // 4
            "\t   fixed-price contract allowance (the contract covers 85% of usage);", // 5
            "\t-  failure of a pump at Gannock Fen before the weedscreen works are complete;", // 6
            "\t-  a further increase in the Environment Agency precept; and", // 7
            "\t-  the FDGiA bid for Drove Road culvert not being approved.", // 8
            "", // 9
            "6.2\tThe general reserve and the flood emergency reserve are considered", // 10
            "\tadequate to meet these risks.", // 11
            "", // 12
            "", // 13
            "7.\tRECOMMENDATIONS", // 14
            "", // 15
            "7.1\tThat the Board:", // 16
            "", // 17
            "\t(a)  notes the revised estimates for 2024/25;", // 18
            "\t(b)  approves the estimates for 2025/26 as set out in Table 1;", // 19
            "\t(c)  approves the capital works programme in Table 2;", // 20
            "\t(d)  makes a drainage rate of 9.42p in the £ for 2025/26; and", // 21
            "\t(e)  issues special levies on the district councils totalling £675,300", // 22
            "\t     as set out in Table 4.", // 23
        ])
        #expect(doc.tables.isEmpty)
    }

    /// A pandoc grid table whose header's second row stands under the `===` rule, the cell after a heading
    /// over two columns left empty, and pandoc's hard line breaks (`Budget\`) in its cells.
    @Test func aGridTablesSecondHeaderRowUnderTheRule() {
        let doc = imported([
            "+------------------------+------------+------------+------------+------------+", // 1
            "| Service                | 2024/25    |            | 2025/26    | Change     |", // 2
            "+========================+============+============+============+============+", // 3
            "|                        | Budget\\    | Forecast\\  | Budget\\    | £000       |", // 4
            "|                        | £000       | £000       | £000       |            |", // 5
            "+------------------------+------------+------------+------------+------------+", // 6
            "| Conservation and Land  | 1,486      | 1,452      | 1,538      | 52         |", // 7
            "| Management             |            |            |            |            |", // 8
            "+------------------------+------------+------------+------------+------------+", // 9
            "| Planning               | 1,127      | 1,181      | 1,164      | 37         |", // 10
            "+------------------------+------------+------------+------------+------------+", // 11
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Service", "2024/25 Budget £000", "2024/25 Forecast £000", "2025/26 Budget £000", "Change £000"])
        #expect(row(t, line: 7) == ["Conservation and Land Management", "1,486", "1,452", "1,538", "52"])
    }

    /// A footer over two lines (`Appendix A ⋯ 2` over `Page 23`) before a form feed is page furniture, no heading.
    @Test func aFooterOverTwoLinesBeforeAFormFeed() {
        let doc = imported([
            "    3.   Service delivery", // 1
            "", // 2
            "    3.1  Interventions at food establishments", // 3
            "", // 4
            "    3.1.1   Establishments are risk-rated under the Food Law Code of Practice. Table 2", // 5
            "            sets out the interventions due in 2025/26, including those carried forward", // 6
            "            from 2024/25 because of the vacancy described in section 6.", // 7
            "", // 8
            "", // 9
            "", // 10
            "    Appendix A                                                                      2", // 11
            "                                                Page 23", // 12
            "\u{0C}    Bramblestoke District Council                                    Food Law Enforcement Service Plan 2025/26", // 13
            "", // 14
            "    Table 2: Planned food hygiene interventions 2025/26", // 15
            "", // 16
            "    Risk        Minimum                         Premises      Due in     Carried       Total", // 17
            "    category    intervention                  at 1 April     2025/26     forward     planned", // 18
            "                frequency                           2025                    from     2025/26", // 19
            "                                                                         2024/25", // 20
            "", // 21
            "    A           At least every 6 months                4           8           0           8", // 22
            "    B           At least every 12 months              37          37           2          39", // 23
            "    C           At least every 18 months             196         131           9         140", // 24
            "    D           At least every 2 years               288         144           6         150", // 25
            "    E           Alternative enforcement              371         124           0         124", // 26
            "                strategy, every 3 years", // 27
            "    Unrated     First inspection within               63          63           –          63", // 28
            "                28 days of trading", // 29
            "", // 30
            "    Total                                            959         507          17         524", // 31
            "", // 32
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.section == "3.1 Interventions at food establishments")
    }

    /// An action plan laid out with spaces, no figures: rows found by their one target date beside cells of
    /// words, a theme merged down its rows, the table going on over a page under its repeated header with
    /// the theme still merged.
    @Test func anActionPlanFoundByItsDates() {
        let doc = imported([
            "         reported to this Committee twice a year.", // 1
            "", // 2
            "         Table 5: Prevention delivery plan 2025/26", // 3
            "", // 4
            "      Theme                 Action                                        Target date     Lead", // 5
            "", // 6
            "      Home safety           Introduce an online home fire safety check    June 2025       Prevention", // 7
            "                            with triage for lower-risk households                         Manager", // 8
            "", // 9
            "                            Extend the specialist sensory alarm           September 2025  CSA Team", // 10
            "                            scheme to all station areas                                   Leader", // 11
            "", // 12
            "                            Fit 4,000 ten-year sealed smoke alarms        March 2026      Station", // 13
            "                                                                                          Managers", // 14
            "", // 15
            "      Vulnerable people     Agree a data-sharing protocol with adult      July 2025       Prevention", // 16
            "                            social care for referrals of people at                        Manager", // 17
            "                            higher risk", // 18
            "", // 19
            "                            Train all operational staff in level 2        December 2025   Safeguarding", // 20
            "                            safeguarding                                                  Lead", // 21
            "", // 22
            "                            Act on the learning from the two fatal        June 2025       Group Manager", // 23
            "                            fire reviews of 2024/25                                       Prevention", // 24
            "", // 25
            "      Children and young    Deliver the Key Stage 2 fire safety           March 2026      Education", // 26
            "      people                programme to all primary schools                              Officer", // 27
            "", // 28
            "", // 29
            "                                            Page 4 of 5", // 30
            "                                              OFFICIAL", // 31
            "", // 32
            "\u{0C}                                              OFFICIAL", // 33
            "Nantlowe Fire and Rescue Authority                                      Prevention Plan 2025/26", // 34
            "", // 35
            "      Theme                 Action                                        Target date     Lead", // 36
            "", // 37
            "                            Relaunch the fire setter intervention         October 2025    Education", // 38
            "                            scheme with the youth justice service                         Officer", // 39
            "", // 40
            "      Road safety           Deliver 12 Biker Down courses with the        March 2026      Road Safety", // 41
            "                            police road safety team                                       Officer", // 42
            "", // 43
            "      CSA = Community Safety Advocate.", // 44
            "", // 45
            "6.       FINANCIAL IMPLICATIONS", // 46
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Theme", "Action", "Target date", "Lead"])
        #expect(row(t, line: 10) == ["Home safety", "Extend the specialist sensory alarm scheme to all station areas", "September 2025", "CSA Team Leader"])
        #expect(row(t, line: 38) == ["Children and young people", "Relaunch the fire setter intervention scheme with the youth justice service",
                                     "October 2025", "Education Officer"])
        #expect(row(t, line: 41)?.first == "Road safety")
    }

    /// HTML's named entities, all of HTML 4's: `caf&eacute;s` is `cafés`.
    @Test func htmlNamedEntities() {
        #expect(decodeEntity("eacute") == "é")
        #expect(decodeEntity("Ccedil") == "Ç")
        #expect(decodeEntity("nbsp") == " ")
        #expect(decodeEntity("#160") == " ")
        #expect(decodeEntity("#x2013") == "–")
        #expect(decodeEntity("notanentity") == nil)
    }

    // MARK: round 36

    /// Units in brackets (`(£)`, `(%)`) under headings are a header line, not a row of figures.
    @Test func unitsInBracketsAreHeadings() {
        let doc = imported([
            "  Table 2: Hackney carriage and private hire fees", // 1
            "", // 2
            "                                                  Current fee  Proposed fee    Change    Change", // 3
            "  Licence or service                              2024/25 (£)   2025/26 (£)       (£)       (%)", // 4
            "  ---------------------------------------------------------------------------------------------", // 5
            "  Driver licences", // 6
            "     Dual driver licence – new (3 years)               265.00        280.00     15.00       5.7", // 7
            "     Dual driver licence – renewal (3 years)           235.00        248.00     13.00       5.5", // 8
            "     Dual driver licence – renewal (1 year)            110.00        116.00      6.00       5.5", // 9
            "     Knowledge test (per attempt)                       45.00         48.00      3.00       6.7", // 10
            "     DBS enhanced check (passed through at cost)        49.50         49.50      0.00       0.0", // 11
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Licence or service", "Current fee 2024/25 (£)", "Proposed fee 2025/26 (£)", "Change (£)", "Change (%)"])
        #expect(row(t, line: 6)?.first == "Driver licences")
    }

    /// A capitalised line alone printed left of the labels of the rows around it is the next group's name,
    /// though no group name opened the table (its first part is on the page before).
    @Test func aGroupNameLeftOfTheLabelsAfterAPageBreak() {
        let doc = imported([
            "", // 1
            "                                                  Current fee  Proposed fee    Change    Change", // 2
            "  Licence or service                              2024/25 (£)   2025/26 (£)       (£)       (%)", // 3
            "  ---------------------------------------------------------------------------------------------", // 4
            "     Private hire operator licence – 5 years           480.00        505.00     25.00       5.2", // 5
            "     (1 to 5 vehicles)", // 6
            "     Private hire operator licence – 5 years           760.00        800.00     40.00       5.3", // 7
            "     (6 or more vehicles)", // 8
            "     Private hire operator licence – 1 year            190.00        200.00     10.00       5.3", // 9
            "  Other charges", // 10
            "     Replacement driver badge                           15.00         15.00      0.00       0.0", // 11
            "     Substitution of vehicle                            60.00         63.00      3.00       5.0", // 12
            "     Vehicle retest following failure                   35.00         37.00      2.00       5.7", // 13
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 9)?.first == "Private hire operator licence – 1 year")
        #expect(row(t, line: 10) == ["Other charges", "", "", "", ""])
    }

    /// Typed to tab stops with one figure a row (`26/04/2024⇥22/00871/FUL⇥Land rear of …⇥£3,412.50`), a label's
    /// second line after a dash (`⇥⇥⇥⇥- instalment 2 of 3`) going on in it.
    @Test func aTableTypedToTabStopsWithOneFigureARow() {
        let doc = imported([
            "Date received\tPlanning ref\tDevelopment\t\t\t\tAmount", // 1
            "-------------\t------------\t-----------\t\t\t\t------", // 2
            "26/04/2024\t22/00871/FUL\tLand rear of 14 Harbour View (2 dwellings)\t£3,412.50", // 3
            "26/04/2024\t21/01544/FUL\tFormer Quayside Garage (9 flats)\t£18,906.25", // 4
            "25/10/2024\t20/02210/REM\tTregarth Farm phase 2 (112 dwellings)\t£27,340.00", // 5
            "\t\t\t\t- instalment 2 of 3", // 6
            "25/10/2024\t23/00419/FUL\t3 Chapel Street (change of use to 2 flats)\t£2,118.75", // 7
            "25/10/2024\t23/01102/FUL\tKirtle Road Garden Centre extension\t£1,845.60", // 8
            "\t\t\t\t\t\t\t\t\t----------", // 9
            "\t\t\t\tTOTAL RECEIVED\t\t\t\t£53,623.10", // 10
            "\t\t\t\t\t\t\t\t\t==========", // 11
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Date received", "Planning ref", "Development", "Amount"])
        #expect(row(t, line: 5) == ["25/10/2024", "20/02210/REM", "Tregarth Farm phase 2 (112 dwellings) - instalment 2 of 3", "£27,340.00"])
        #expect(row(t, line: 10) == ["", "", "TOTAL RECEIVED", "£53,623.10"])
    }

    /// A date with its unit (`31/3/25 £` under `Spent to`) is a heading's words.
    @Test func aDateWithItsUnitIsAHeading() {
        let doc = imported([
            "Year                 Received        Spent to      Unspent   To be spent by", // 1
            "received                    £       31/3/25 £            £", // 2
            "---------------------------------------------------------------------------", // 3
            "2020/21             14,560.00       14,560.00         0.00       31/03/2026", // 4
            "2021/22             21,345.80       21,345.80         0.00       31/03/2027", // 5
            "2022/23             26,112.30       26,112.30         0.00       31/03/2028", // 6
            "2023/24             38,615.20       21,527.30    17,087.90       31/03/2029", // 7
            "2024/25             53,623.10            0.00    53,623.10       31/03/2030", // 8
            "---------------------------------------------------------------------------", // 9
            "Total              154,256.40       83,545.40    70,711.00", // 10
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Year received", "Received £", "Spent to 31/3/25 £", "Unspent £", "To be spent by"])
        #expect(t.rows.count == 6)
    }

    /// A milestone plan laid out with spaces: rows found by their one date, their first cell of words however
    /// short (`Soft market testing ⋯ January 2026 ⋯ Not started`).
    @Test func milestonesFoundByTheirDates() {
        let doc = imported([
            "Milestone                                             Target date         Status", // 1
            "Options appraisal (extend, re-procure, in-house)      September 2024      Complete", // 2
            "Cabinet decision on future delivery model             February 2025       Complete", // 3
            "Handback condition survey (10% sample)                October 2025        In progress", // 4
            "Soft market testing                                   January 2026        Not started", // 5
            "Procurement launch (Find a Tender notice)             June 2026           Not started", // 6
            "Handback inspection and snagging                      October 2032        Not started", // 7
            "Contract expiry                                       31 March 2033       –", // 8
            "", // 9
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Milestone", "Target date", "Status"])
        #expect(t.rows.count == 7)
        #expect(row(t, line: 5) == ["Soft market testing", "January 2026", "Not started"])
    }

    /// A glossary under a line that says so, and a key whose title is its first row, are no tables.
    @Test func aGlossaryAndAKeyTitledInItsFirstRow() {
        let glossary = imported([
            "12.1\tCorporate Health and Safety Improvement Plan 2024/25 (Staffing and Appointments Committee, 19 June 2024).", // 1
            "", // 2
            "Glossary", // 3
            "HSE\tHealth and Safety Executive", // 4
            "IOSH\tInstitution of Occupational Safety and Health", // 5
            "RIDDOR\tReporting of Injuries, Diseases and Dangerous Occurrences Regulations 2013", // 6
            "FTE\tFull-time equivalent", // 7
            "", // 8
        ])
        #expect(glossary.tables.isEmpty)
        let key = imported([
            "<html><body>", // 1
            "<table class=\"key\" role=\"presentation\">", // 2
            "<tr><th>RAG key</th></tr>", // 3
            "<tr><td class=\"rag rag-green\">Green</td><td>At or above the national rate</td></tr>", // 4
            "<tr><td class=\"rag rag-amber\">Amber</td><td>Up to 2 percentage points below the national rate</td></tr>", // 5
            "<tr><td class=\"rag rag-red\">Red</td><td>More than 2 percentage points below the national rate</td></tr>", // 6
            "</table>", // 7
            "</body></html>", // 8
        ])
        #expect(key.tables.isEmpty)
    }

    // MARK: round 37

    /// Word text: a header broken over lines over rows broken over lines, every row's TABs adding up to the
    /// header's (`Archetype⇥Measure package⇥Homes in grant` / `agreement⇥Completed⇥…` over `Solid wall houses
    /// (pre-1919)⇥External wall insulation` / `Loft insulation top-up⇥38⇥31⇥5⇥2`); a total whose label is merged
    /// over the first two columns, one TAB short, has its figures under the last.
    @Test func aHeaderAndRowsBrokenOverLines() {
        let doc = imported([
            "Table 1: Delivery by archetype and measure package, position at 31 July 2025", // 1
            "Archetype\tMeasure package\tHomes in grant", // 2
            "agreement\tCompleted\tIn progress\tNot started", // 3
            "Solid wall houses (pre-1919)\tExternal wall insulation", // 4
            "Loft insulation top-up\t38\t31\t5\t2", // 5
            "\tInternal wall insulation", // 6
            "Mechanical extract ventilation\t14\t9\t3\t2", // 7
            "Cavity wall houses (1930–1975)\tCavity extraction and refill", // 8
            "Loft insulation top-up\t64\t58\t4\t2", // 9
            "\tWindows and doors", // 10
            "Loft insulation top-up", // 11
            "Mechanical extract ventilation\t46\t39\t6\t1", // 12
            "Non-traditional houses (Airey and Cornish Unit)\tOver-cladding (EWI)", // 13
            "Roof replacement\t22\t14\t6\t2", // 14
            "\tOver-cladding (EWI)", // 15
            "Air source heat pump\t12\t6\t4\t2", // 16
            "Low-rise flats (three storey)\tCommunal roof insulation", // 17
            "Windows and doors\t48\t40\t8\t0", // 18
            "\tSolar PV (communal supply)\t18\t12\t0\t6", // 19
            "Total\t262\t209\t36\t17", // 20
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Archetype", "Measure package", "Homes in grant agreement", "Completed", "In progress", "Not started"])
        #expect(row(t, line: 4) == ["Solid wall houses (pre-1919)", "External wall insulation Loft insulation top-up", "38", "31", "5", "2"])
        #expect(row(t, line: 20) == ["Total", "", "262", "209", "36", "17"])
    }

    /// Word text: a total among the sub-headings closes the run of the heading over it; a label's second line
    /// in brackets carries the row's TABs.
    @Test func aTotalClosesTheRunOfItsHeading() {
        let doc = imported([
            "Table 2: Programme budget and spend (£)", // 1
            "\tBudget\tPosition at 31 July 2025", // 2
            "\tSHDF grant £\tCouncil match £\tTotal £\tSpent to date £\tRemaining £", // 3
            "Capital works (measures)\t3,284,000\t3,402,600\t6,686,600\t5,118,420\t1,568,180", // 4
            "Retrofit assessment, design and coordination", // 5
            "(PAS 2035 roles)\t312,400\t104,100\t416,500\t366,910\t49,590", // 6
            "Administration and ancillary costs\t186,300\t0\t186,300\t141,250\t45,050", // 7
            "Contingency\t0\t180,000\t180,000\t62,300\t117,700", // 8
            "Total\t3,782,700\t3,686,700\t7,469,400\t5,688,880\t1,780,520", // 9
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["", "Budget SHDF grant £", "Budget Council match £", "Budget Total £", "Position at 31 July 2025 Spent to date £",
                             "Position at 31 July 2025 Remaining £"])
        #expect(row(t, line: 5) == ["Retrofit assessment, design and coordination (PAS 2035 roles)", "312,400", "104,100", "416,500", "366,910", "49,590"])
    }

    /// Word text: a unit alone first among the sub-headings (`£` under `Total cost`) is the first heading's alone.
    @Test func aUnitAloneFirstAmongTheSubHeadings() {
        let doc = imported([
            "Table 3: Funding of discretionary relief awarded in 2024/25", // 1
            "Relief\tTotal cost\tShare of cost met by", // 2
            "\t£\tCentral government (50%) £\tHambleside DC (40%) £\tCounty council (9%) £\tFire authority (1%) £", // 3
            "Discretionary top-up for charities and CASCs\t104,900\t52,450\t41,960\t9,441\t1,049", // 4
            "Not-for-profit organisations\t47,300\t23,650\t18,920\t4,257\t473", // 5
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Relief", "Total cost £", "Share of cost met by Central government (50%) £", "Share of cost met by Hambleside DC (40%) £",
                             "Share of cost met by County council (9%) £", "Share of cost met by Fire authority (1%) £"])
    }

    /// Word text: a key under a table on a line of its own (`RAG key:⇥Green – …`) is no row, and a report's
    /// clearance (`Clearance⇥Name⇥Date`) is no table.
    @Test func aKeyLineUnderATableAndAReportsClearance() {
        let doc = imported([
            "Table 5: Principal programme risks", // 1
            "Ref\tRisk\tL\tI\tScore\tMitigation\tRAG", // 2
            "R1\tWorks not complete by the end of the grant period (30 September 2025)\t3\t4\t12\tWeekly progress meetings with contractor", // 3
            "DESNZ informed of homes at risk\tAmber", // 4
            "R2\tDelay in grid connection approval for communal solar PV\t4\t2\t8\tChange control request to DESNZ", // 5
            "Regular contact with network operator\tAmber", // 6
            "R3\tTenants decline access or withdraw consent\t2\t3\t6\tResident liaison visits before works", // 7
            "Reserve list of eligible homes\tGreen", // 8
            "R4\tDamp or structural defects found once works start\t3\t3\t9\tContingency of £180,000 held", // 9
            "Pre-works surveys extended to all non-traditional homes\tAmber", // 10
            "R5\tContractor insolvency\t1\t5\t5\tParent company guarantee and performance bond\tGreen", // 11
            "R6\tGrant clawback for non-compliance with PAS 2035\t2\t5\t10\tRetrofit coordinator signs off every home", // 12
            "Internal audit review in October 2025\tAmber", // 13
            "", // 14
            "RAG key:\tGreen – score 1 to 6\tAmber – score 8 to 12\tRed – score 15 to 25", // 15
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.count == 6)
        #expect(doc.rejects.contains { $0.line == 15 && $0.reason == .notATable })
        let clearance = imported([
            "Report clearance", // 1
            "Clearance\tName\tDate", // 2
            "Chief Finance Officer (s151)\tRachel Onions\t26 August 2025", // 3
            "Monitoring Officer\tTunde Fagbemi\t27 August 2025", // 4
            "Director of Housing and Communities\tLouise Garside\t27 August 2025", // 5
        ])
        #expect(clearance.tables.isEmpty)
    }

    /// Space-aligned: a label closed by its bracket is whole, so a capitalised word under it is a group's name
    /// (`Mobile boat hoist (50 tonne)` over `Marina`); a footer of a marking, a page label and a reference
    /// (`OPEN ⋯ Page 5 of 7 ⋯ SHC/B/2025/07`) is page furniture, so a table can go on after it.
    @Test func aLabelClosedByItsBracketAndAFooterAroundItsPageLabel() {
        let capital = imported([
            "        Table 4: Capital programme and funding (continued)", // 1
            "", // 2
            "                                           2025/26  2026/27  2027/28  2028/29  2029/30     Total", // 3
            "Scheme                                        £000     £000     £000     £000     £000      £000", // 4
            "Mobile boat hoist (50 tonne)                     –        –        –      410        –       410", // 5
            "Marina", // 6
            "Pontoon replacement – A and B arms             260      275        –        –        –       535", // 7
            "Shower and laundry block                         –        –      140        –        –       140", // 8
            "  refurbishment", // 9
            "Pontoon replacement – C arm                      –        –        –        –      310       310", // 10
        ])
        guard let c = capital.tables.first else { Issue.record("no table"); return }
        #expect(row(c, line: 5)?.first == "Mobile boat hoist (50 tonne)")
        #expect(row(c, line: 6)?.first == "Marina")
        let dues = imported([
            "        Table 5: Harbour dues and charges (excluding VAT where applicable)", // 1
            "", // 2
            "Charge                                   Basis                     2024/25    2025/26   Increase", // 3
            "                                                                         £          £          %", // 4
            "Commercial vessel dues                   per GT per call              0.52       0.54        3.8", // 5
            "Fishing vessel dues – under 10m          per vessel per year        410.00     426.00        3.9", // 6
            "Fishing vessel dues – 10m and over       per metre per year          58.50      60.80        3.9", // 7
            "Visiting yachts                          per metre per night          3.20       3.35        4.7", // 8
            "Annual marina berth                      per metre per year         412.00     428.50        4.0", // 9
            "Slipway launch                           per launch                  14.00      15.00        7.1", // 10
            "", // 11
            "", // 12
            "OPEN                                      Page 5 of 7                            SHC/B/2025/07", // 13
            "\u{0C}Skerrymouth Harbour Commissioners                      Board of Commissioners – 11 February 2025", // 14
            "                                                                                   Agenda item 7", // 15
            "", // 16
            "Boat hoist lift and return (up to 10t)   per lift                   165.00     172.00        4.2", // 17
            "Pilotage – vessels up to 3,000 GT        per act                    385.00     400.00        3.9", // 18
            "Pilotage – each further 1,000 GT or      per act                     96.00     100.00        4.2", // 19
            "  part", // 20
        ])
        #expect(dues.pageDebrisLines.contains(13))
    }

    // MARK: round 38

    /// Typed to tab stops, rows a blank line apart with their comments wrapped in the last column (`2 Precept⇥⇥38,500⇥…`
    /// over `⇥⇥⇥⇥⇥⇥⇥raised by 4.9% for`): told together, each comment's lines going on in its cell, whatever they start with.
    @Test func rowsOfATableTypedToTabStopsABlankLineApart() {
        let doc = imported([
            "Box\t\t\t2023/24\t2024/25\tVariance\tExplanation", // 1
            "\t\t\t£\t£\t£\t%", // 2
            "", // 3
            "2 Precept\t\t38,500\t40,400\t1,900\t4.9\tUnder 15%. Precept", // 4
            "\t\t\t\t\t\t\traised by 4.9% for", // 5
            "\t\t\t\t\t\t\t2024/25.", // 6
            "", // 7
            "3 Other receipts\t6,912\t9,355\t2,443\t35.3\tFirst CIL receipt", // 8
            "\t\t\t\t\t\t\t(£1,980, Orchard Close)", // 9
            "\t\t\t\t\t\t\tand a £2,500 Community", // 10
            "\t\t\t\t\t\t\tFoundation grant towards", // 11
            "\t\t\t\t\t\t\tthe play area, partly", // 12
            "\t\t\t\t\t\t\toffset by a smaller VAT", // 13
            "\t\t\t\t\t\t\trefund (£2,022 against", // 14
            "\t\t\t\t\t\t\t£4,105).", // 15
            "", // 16
            "4 Staff costs\t\t14,880\t15,620\t740\t5.0\tUnder 15%. NJC pay award", // 17
            "\t\t\t\t\t\t\tfrom 1 April 2024.", // 18
            "", // 19
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Box", "2023/24 £", "2024/25 £", "Variance £", "Variance %", "Explanation"])
        #expect(row(t, line: 8) == ["3 Other receipts", "6,912", "9,355", "2,443", "35.3",
                                    "First CIL receipt (£1,980, Orchard Close) and a £2,500 Community Foundation grant towards the play area, partly offset by a smaller VAT refund (£2,022 against £4,105)."])
        #expect(t.rows.count == 3)
    }

    /// A numbered paragraph's last word on a line of its own after a TAB (`2.1⇥That the Committee notes …` over
    /// `⇥2024/25.`) is prose.
    @Test func aNumberedParagraphEndingOnAYear() {
        let doc = imported([
            "2.\tRECOMMENDATIONS", // 1
            "", // 2
            "2.1\tThat the Committee notes the outcomes reported by grant recipients for", // 3
            "\t2024/25.", // 4
            "", // 5
            "2.2\tThat the Committee awards the round 2 grants for 2025/26 as recommended in", // 6
            "\tsection 8 of this report.", // 7
            "", // 8
        ])
        #expect(doc.tables.isEmpty)
    }

    /// Space-aligned: a label from the first column's edge run on over the next in a row of figures
    /// (`Precautionary network (Priority 1 + 2)` under rows led by `Priority 1`) is in the first column.
    @Test func aLabelFromTheFirstColumnsEdge() {
        let doc = imported([
            "Priority     Roads included                    North    Central    South      Total      % of", // 1
            "                                               area      area      area                 county", // 2
            "                                                km        km        km         km       network", // 3
            "", // 4
            "Priority 1   All A and B roads; bus routes     412.6     388.4     356.0    1,157.0      22.4%", // 5
            "             with 4 or more buses an hour;", // 6
            "             access to hospitals, ambulance", // 7
            "             and fire stations", // 8
            "", // 9
            "Priority 2   Other bus routes; C roads         298.5     254.7     311.3      864.5      16.7%", // 10
            "             linking villages of 100 or more", // 11
            "             homes; access to secondary", // 12
            "             schools and main industrial", // 13
            "             estates", // 14
            "", // 15
            "Precautionary network (Priority 1 + 2)         711.1     643.1     667.3    2,021.5      39.1%", // 16
            "", // 17
            "Priority 3   Remaining C roads and hill        402.3     188.9     517.8    1,109.0      21.5%", // 18
            "             routes to isolated communities;", // 19
            "             treated only in prolonged", // 20
            "             freezing weather or snow", // 21
            "", // 22
            "Untreated    Unclassified estate roads,        729.0     374.5     930.5    2,034.0      39.4%", // 23
            "             cul-de-sacs and minor rural", // 24
            "             lanes", // 25
            "", // 26
            "Total county road network                    1,842.4   1,206.5   2,115.6    5,164.5     100.0%", // 27
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(row(t, line: 16)?.prefix(3) == ["Precautionary network (Priority 1 + 2)", "", "711.1"])
        #expect(row(t, line: 27)?.prefix(2) == ["Total county road network", ""])
    }

    // MARK: round 39

    /// Word plain text: a whole header row whose last cell goes on in its unit on a line of its own (`Ref⇥Description⇥2025/26`
    /// over `£`): the unit is that cell's, not the first column's.
    @Test func aHeadersUnitOnALineOfItsOwn() {
        let doc = imported([
            "Table 2 – Budget changes 2025/26", // 1
            "Ref\tDescription\t2025/26", // 2
            "£", // 3
            "\tPressures\t", // 4
            "P1\tPay award 2024/25 above the 4% assumed in the budget (full-year effect)\t38,400", // 5
            "P2\tPay award 2025/26 (assumed 3%)\t99,800", // 6
            "\tTotal pressures\t138,200", // 7
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Ref", "Description", "2025/26 £"])
        #expect(row(t, line: 5) == ["P1", "Pay award 2024/25 above the 4% assumed in the budget (full-year effect)", "38,400"])
        #expect(t.rows.count == 4)
    }

    /// Space-aligned: a heading over one column running on over the heading of the column beside it, which no heading on
    /// its line stands over (`Movements 2025/26` over `To reserve  From reserve`), stands over both, though the rows
    /// above a page break leave the second column narrow (`-` under `From reserve`).
    @Test func aHeadingRunningOnOverTheNextColumnsHeading() {
        let doc = imported([
            "", // 1
            "Reserve                                    Balance      Movements 2025/26            Balance", // 2
            "                                          31 March   To reserve  From reserve       31 March", // 3
            "                                              2025         £000          £000           2026", // 4
            "                                              £000                                      £000", // 5
            "General fund balance                         2,450            -             -          2,450", // 6
            "Earmarked reserves:", // 7
            "  Budget smoothing reserve                   1,820          326             -          2,146", // 8
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Reserve", "Balance 31 March 2025 £000", "Movements 2025/26 To reserve £000",
                             "Movements 2025/26 From reserve £000", "Balance 31 March 2026 £000"])
    }

    /// Typed to tab stops: a label ending in a dash goes on in lower case on the next line (`Imported food consignments -`
    /// over `  documentary checks`), whether its figures are on its first line or its last, and a lower-case line under
    /// the last row ends that row's label (`  from vessels`).
    @Test func labelsWrappedByATypistUnderAndOverTheirFigures() {
        let doc = imported([
            "4.\tPERFORMANCE IN 2024/25 AND TARGETS FOR 2025/26", // 1
            "------------------------------------------------------", // 2
            "", // 3
            "4.1\tThe table below compares activity in 2024/25 (forecast to 31 March", // 4
            "\t2025, based on the first nine months) with the targets set last year,", // 5
            "\tand proposes targets for 2025/26.", // 6
            "", // 7
            "Activity\t\t\t\t\t2024/25\t\t2024/25\t\t2025/26", // 8
            "\t\t\t\t\t\tTarget\t\tForecast\tTarget", // 9
            "", // 10
            "Ship sanitation inspections\t\t\t520\t\t548\t\t540", // 11
            "Ship sanitation certificates issued\t\t470\t\t495\t\t490", // 12
            "Imported food consignments -\t\t\t6,400\t\t6,932\t\t7,000", // 13
            "  documentary checks", // 14
            "Imported food consignments -", // 15
            "  identity and physical checks\t\t\t1,150\t\t1,086\t\t1,100", // 16
            "Consignments cleared within 24 hours\t\t95%\t\t97.2%\t\t95%", // 17
            "Samples taken for analysis\t\t\t260\t\t241\t\t250", // 18
            "Potable water samples from vessels\t\t180\t\t192\t\t190", // 19
            "Rodent control inspections of berths\t\t40\t\t44\t\t45", // 20
            "Infectious disease notifications\t\tn/a\t\t37\t\tn/a", // 21
            "  from vessels", // 22
            "", // 23
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Activity", "2024/25 Target", "2024/25 Forecast", "2025/26 Target"])
        #expect(row(t, line: 13) == ["Imported food consignments - documentary checks", "6,400", "6,932", "7,000"])
        #expect(row(t, line: 15) == ["Imported food consignments - identity and physical checks", "1,150", "1,086", "1,100"])
        #expect(row(t, line: 21) == ["Infectious disease notifications from vessels", "n/a", "37", "n/a"])
        #expect(t.rows.count == 9)
    }

    /// A line in capitals right over a table, in a paper that numbers its headings, is the table's title, not a section
    /// (`ESTIMATES OF INCOME AND EXPENDITURE` under `5.⇥ESTIMATES 2025/26`); an appendix's title over its table is a heading.
    @Test func aTitleInCapitalsOverATable() {
        let doc = imported([
            "4.\tPERFORMANCE IN 2024/25 AND TARGETS FOR 2025/26", // 1
            "------------------------------------------------------", // 2
            "", // 3
            "5.\tESTIMATES 2025/26", // 4
            "-------------------------", // 5
            "", // 6
            "5.1\tThe revised estimate for 2024/25 shows net expenditure £34,350 lower", // 7
            "\tthan the original estimate, mainly because of higher fee income. The", // 8
            "\tsurplus will be added to the general reserve.", // 9
            "", // 10
            "ESTIMATES OF INCOME AND EXPENDITURE", // 11
            "", // 12
            "\t\t\t\t\t2024/25\t\t2024/25\t\t2025/26", // 13
            "\t\t\t\t\tOriginal\tRevised\t\tEstimate", // 14
            "\t\t\t\t\t£\t\t£\t\t£", // 15
            "EXPENDITURE", // 16
            "Employees\t\t\t\t612,400\t\t598,150\t\t641,900", // 17
            "Premises\t\t\t\t38,200\t\t41,760\t\t42,300", // 18
            "Transport\t\t\t\t16,850\t\t15,900\t\t16,400", // 19
            "Supplies and services\t\t\t44,600\t\t52,340\t\t47,800", // 20
            "Sampling and analysis\t\t\t31,500\t\t28,900\t\t30,000", // 21
            "Support services (Quaysend City Council)\t58,300\t58,300\t\t60,050", // 22
            "\t\t\t\t\t--------\t--------\t--------", // 23
            "Total expenditure\t\t\t801,850\t\t795,350\t\t838,450", // 24
            "", // 25
            "INCOME", // 26
            "Import inspection fees\t\t\t(214,000)\t(236,500)\t(248,000)", // 27
            "Ship sanitation certificate fees\t(61,200)\t(65,800)\t(67,400)", // 28
            "Other fees and charges\t\t\t(8,400)\t\t(9,150)\t\t(9,300)", // 29
            "Government grant (port health new burdens)\t(22,000)\t(22,000)\t(15,000)", // 30
            "\t\t\t\t\t--------\t--------\t--------", // 31
            "Total income\t\t\t\t(305,600)\t(333,450)\t(339,700)", // 32
            "", // 33
            "NET EXPENDITURE\t\t\t\t496,250\t\t461,900\t\t498,750", // 34
            "Contribution to/(from) general reserve\t(16,250)\t18,100\t\t(4,350)", // 35
            "", // 36
            "APPENDIX A – FEES 2025/26", // 37
            "", // 38
            "Tonnage\t2024/25\t2025/26", // 39
            "Up to 1,000\t115\t120", // 40
            "1,001 - 3,000\t160\t165", // 41
        ])
        #expect(doc.tables.map { $0.section } == ["5. ESTIMATES 2025/26", "APPENDIX A – FEES 2025/26"])
        #expect(doc.tables.first?.rows.count == 16)
    }

    /// A contact's lines under its label (`Contact:⇥Gareth Ellery, …` over `⇥⇥Tel. 01632 960417`) and the names of a
    /// report's authors over their posts (`Gareth Ellery⇥⇥⇥⇥Helen Marchbank` over `Chief Port Health Officer⇥⇥Treasurer`)
    /// are no tables.
    @Test func contactLinesAndAuthorsOverTheirPosts() {
        let doc = imported([
            "Joint report of the Chief Port Health Officer and the Treasurer", // 1
            "", // 2
            "Service:\tPort Health and Imported Food Control", // 3
            "Contact:\tGareth Ellery, Chief Port Health Officer", // 4
            "\t\tTel. 01632 960417", // 5
            "\t\tport.health@quaysend-pha.example.org.uk", // 6
            "", // 7
            "", // 8
            "1.\tPURPOSE OF REPORT", // 9
            "-------------------------", // 10
            "", // 11
            "10.\tBACKGROUND PAPERS", // 12
            "", // 13
            "Budget working papers held by the Treasurer.", // 14
            "Association of Port Health Authorities fee scale, December 2024.", // 15
            "", // 16
            "", // 17
            "Gareth Ellery\t\t\t\tHelen Marchbank", // 18
            "Chief Port Health Officer\t\tTreasurer", // 19
            "", // 20
            "27 January 2025", // 21
            "", // 22
        ])
        #expect(doc.tables.isEmpty)
        for l in [3, 4, 5, 6, 18, 19] { #expect(doc.rejects.contains { $0.line == l && $0.reason == .notATable }) }
    }

    // MARK: round 40

    /// Typed to tab stops: a rule typed under the header, then a group name, between it and the rows (`Code⇥Budget heading⇥…`
    /// over `-----` over `INCOME`): one table, the group a row of it; and a total a blank line under the table's last part
    /// (`⇥Total expenditure⇥⇥⇥58,750⇥…`) takes that part's columns, though with the line under it it might tell a table of its own.
    @Test func aTypedTableUnderARuleWithATotalBelow() {
        let doc = imported([
            "\t\t\t\t\t\t2025/26\t\t2025/26\t\t2026/27", // 1
            "Code\tBudget heading\t\t\t\tBudget\t\tForecast\tProposed", // 2
            "----------------------------------------------------------------------------------------", // 3
            "INCOME", // 4
            "100\tPrecept\t\t\t\t\t46,200\t\t46,200\t\t48,750", // 5
            "110\tAllotment rents\t\t\t\t1,850\t\t1,920\t\t2,010", // 6
            "120\tVillage hall hire\t\t\t6,400\t\t7,150\t\t7,500", // 7
            "130\tBurial fees\t\t\t\t2,200\t\t1,650\t\t2,000", // 8
            "140\tGrants received\t\t\t\t1,500\t\t3,800\t\t500", // 9
            "150\tBank interest\t\t\t\t600\t\t1,140\t\t800", // 10
            "\tTotal income\t\t\t\t58,750\t\t61,860\t\t61,560", // 11
            "", // 12
            "ADMINISTRATION", // 13
            "200\tClerk's salary and on-costs\t\t19,800\t\t20,250\t\t21,250", // 14
            "210\tOffice, postage and stationery\t\t850\t\t780\t\t850", // 15
            "220\tInsurance\t\t\t\t2,350\t\t2,418\t\t2,500", // 16
            "230\tAudit fees\t\t\t\t900\t\t1,050\t\t1,100", // 17
            "240\tSubscriptions\t\t\t\t720\t\t735\t\t760", // 18
            "250\tTraining\t\t\t\t400\t\t210\t\t400", // 19
            "260\tElections\t\t\t\t0\t\t0\t\t3,500", // 20
            "\tSubtotal administration\t\t\t25,020\t\t25,443\t\t30,360", // 21
            "", // 22
            "OPEN SPACES", // 23
            "300\tGrass cutting contract\t\t\t9,600\t\t9,600\t\t10,050", // 24
            "310\tPlay area inspections and repairs\t2,200\t\t6,650\t\t2,500", // 25
            "320\tBurial ground maintenance\t\t1,600\t\t1,380\t\t1,600", // 26
            "330\tStreet lighting\t\t\t\t4,200\t\t3,960\t\t4,150", // 27
            "340\tBus shelters and benches\t\t500\t\t120\t\t500", // 28
            "\tSubtotal open spaces\t\t\t18,100\t\t21,710\t\t18,800", // 29
            "", // 30
            "VILLAGE HALL", // 31
            "400\tHall utilities\t\t\t\t3,900\t\t3,520\t\t3,700", // 32
            "410\tHall cleaning and caretaking\t\t5,280\t\t5,430\t\t5,650", // 33
            "420\tHall repairs and maintenance\t\t2,500\t\t4,100\t\t2,500", // 34
            "\tSubtotal village hall\t\t\t11,680\t\t13,050\t\t11,850", // 35
            "", // 36
            "COMMUNITY", // 37
            "500\tGrants to local organisations\t\t1,500\t\t1,500\t\t1,500", // 38
            "510\tChristmas lights and events\t\t1,800\t\t1,950\t\t2,000", // 39
            "520\tNewsletter\t\t\t\t650\t\t640\t\t550", // 40
            "\tSubtotal community\t\t\t3,950\t\t4,090\t\t4,050", // 41
            "", // 42
            "\tTotal expenditure\t\t\t58,750\t\t64,293\t\t65,060", // 43
            "", // 44
            "\tSurplus/deficit for year\t\t0\t\t-2,433\t\t-3,500", // 45
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(doc.tables.count == 1)
        #expect(t.header == ["Code", "Budget heading", "2025/26 Budget", "2025/26 Forecast", "2026/27 Proposed"])
        #expect(row(t, line: 4) == ["INCOME", "", "", "", ""])
        #expect(row(t, line: 43) == ["", "Total expenditure", "58,750", "64,293", "65,060"])
        #expect(row(t, line: 45) == ["", "Surplus/deficit for year", "0", "-2,433", "-3,500"])
    }

    /// Typed to tab stops: runs between group names, each with one row that fills a column of notes (`Water charge, per
    /// plot⇥⇥⇥⇥£8.00⇥⇥£9.00⇥⇥Metered`), too few to tell alone, are told together.
    @Test func aTypedTableWithOneFullRowInEachPart() {
        let doc = imported([
            "\t\t\t\t\t\t2025/26\t\t2026/27\t\tNotes", // 1
            "Allotments", // 2
            "Full plot (10 poles), per year\t\t\t£58.00\t\t£62.00", // 3
            "Half plot, per year\t\t\t\t£32.00\t\t£34.00", // 4
            "Water charge, per plot\t\t\t\t£8.00\t\t£9.00\t\tMetered", // 5
            "", // 6
            "Village hall (per hour)", // 7
            "Main hall - local groups\t\t\t£14.00\t\t£15.00", // 8
            "Main hall - private and commercial\t\t£20.00\t\t£22.00", // 9
            "Committee room\t\t\t\t\t£9.00\t\t£10.00", // 10
            "Saturday party hire (up to 8 hours)\t\t£180.00\t\t£195.00\t\tDeposit £100", // 11
            "", // 12
            "Burial ground", // 13
            "Interment - resident\t\t\t\t£220.00\t\t£230.00", // 14
            "Interment - non-resident\t\t\t£440.00\t\t£460.00", // 15
            "Exclusive right of burial (50 yrs)\t\t£350.00\t\t£365.00\t\tResident", // 16
            "Memorial permit\t\t\t\t\t£85.00\t\t£90.00", // 17
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(doc.tables.count == 1)
        #expect(t.header == ["", "2025/26", "2026/27", "Notes"])
        #expect(row(t, line: 5) == ["Water charge, per plot", "£8.00", "£9.00", "Metered"])
        #expect(row(t, line: 7) == ["Village hall (per hour)", "", "", ""])
        #expect(row(t, line: 11) == ["Saturday party hire (up to 8 hours)", "£180.00", "£195.00", "Deposit £100"])
        #expect(t.rows.count == 14)
    }

    /// Word plain text without blank lines: a numbered heading of one TAB under a table's last row (`4.⇥Workforce` under
    /// `Total incidents⇥6,299⇥…`) is no row of it, and the lines after it with TABs, taken for prose, are in no row.
    @Test func aNumberedHeadingRightUnderAWordTable() {
        let doc = imported([
            "3.1.4\tUnwanted fire signals rose by 3.7%. A revised call-challenge policy for automatic fire alarms in non-residential premises will be introduced from October 2025 (action IP3 in Table 5).", // 1
            "3.2\tIncidents attended", // 2
            "3.2.1\tThe Service attended 6,471 incidents in 2024/25, 0.9% fewer than in 2023/24. Fires continued to fall while special service incidents, in particular assisting other agencies and flooding, rose for the third year.", // 3
            "Table 2: Incidents attended by type", // 4
            "Incident type\t2022/23\t2023/24\t2024/25\tChange on 2023/24", // 5
            "Primary fires\t612\t588\t561\t-4.6%", // 6
            "Secondary fires\t1,104\t1,322\t1,187\t-10.2%", // 7
            "Chimney fires\t88\t71\t64\t-9.9%", // 8
            "Road traffic collisions\t402\t415\t431\t3.9%", // 9
            "Other special services\t1,246\t1,318\t1,395\t5.8%", // 10
            "False alarms – good intent\t1,030\t1,088\t1,051\t-3.4%", // 11
            "False alarms – automatic fire alarms\t1,721\t1,642\t1,703\t3.7%", // 12
            "False alarms – malicious\t96\t84\t79\t-6.0%", // 13
            "Total incidents\t6,299\t6,528\t6,471\t-0.9%", // 14
            "4.\tWorkforce", // 15
            "Directorate: People and Organisational Development", // 16
            "4.1\tEstablishment and strength", // 17
            "4.1.1\tTable 3 compares the funded establishment with the number of staff in post (strength) at 31 March 2025. Full-time equivalent (FTE) figures for on-call firefighters are based on contracted hours of cover.", // 18
            "4.1.2\tThe largest gap remains in the on-call workforce, where the Service is 34.5 FTE below establishment. Recruitment campaigns in Holme Bridge, Norton Fell and Wixley are described in section 5.", // 19
            "Table 3: Establishment and strength at 31 March 2025", // 20
            "Staff group\tEstablishment FTE\tStrength FTE\tVariance FTE\tHeadcount\tLeavers 2024/25\tTurnover %", // 21
            "Operational\t\t\t\t\t\t", // 22
            "Wholetime firefighters (FF to CM)\t312.0\t301.0\t(11.0)\t301\t18\t6.0%", // 23
        ])
        #expect(doc.tables.map { $0.section } == ["3.2 Incidents attended", "4.1 Establishment and strength"])
        #expect(doc.tables.first?.rows.last?.cells.first == "Total incidents")
    }

    /// Word plain text: in a table of coded rows that opened with a coded row, a line between two rows is the rest of the
    /// last cell above, a second paragraph in it (`Delayed` over `Revised date agreed by …`), not a group's name.
    @Test func aCellsSecondParagraphBetweenCodedRows() {
        let doc = imported([
            "5.2\tOf the eight actions, five are on track, two are at risk and one has been delayed. Revised dates require the agreement of the Strategic Leadership Team and are reported to this Committee.", // 1
            "Table 5: Improvement plan actions 2025/26", // 2
            "Ref\tAction\tLead officer\tTarget date\tStatus", // 3
            "IP1\tIntroduce the revised on-call availability model at Holme Bridge, Norton Fell and Wixley.", // 4
            "Evaluate the effect on appliance availability after six months.\tArea Manager, Response\t31 March 2026\tOn track", // 5
            "IP2\tComplete the review of the risk-based inspection programme for high-rise residential buildings.\tGroup Manager, Protection\t30 September 2025\tOn track", // 6
            "IP3\tImplement the call-challenge policy for automatic fire alarms in non-residential premises.\tGroup Manager, Fire Control\t31 October 2025\tAt risk", // 7
            "IP4\tReplace the mobilising system at Fire Control.", // 8
            "Dual running with the existing system for a minimum of four weeks before go-live.\tHead of ICT\t28 February 2026\tDelayed", // 9
            "Revised date agreed by the Strategic Leadership Team in June 2025", // 10
            "IP5\tLaunch the on-call recruitment campaign in the Sallet Green and Wixley station areas.\tHead of People\t31 August 2025\tOn track", // 11
            "IP6\tDeliver the leadership development programme to all watch and crew managers.\tHead of Organisational Development\t31 January 2026\tOn track", // 12
            "IP7\tRefresh the Home Fire Safety Visit referral agreement with Ketterby County Council adult social care.", // 13
            "Include a shared dataset of high-risk households.\tArea Manager, Prevention\t30 November 2025\tAt risk", // 14
            "IP8\tPublish the Equality, Diversity and Inclusion Action Plan 2025–2028.\tHead of People\t30 September 2025\tOn track", // 15
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(doc.tables.count == 1)
        #expect(row(t, line: 8)?.last == "Delayed Revised date agreed by the Strategic Leadership Team in June 2025")
        #expect(t.rows.count == 8)
    }

    /// A contact officer's details as labelled values, most of them a telephone number or an email address (`Contact
    /// officer⇥Tom Ellery, …` over `Telephone⇥01632 960275` and `Email⇥…`), are no table.
    @Test func aContactOfficersDetailsAsLabelledValues() {
        let doc = imported([
            "•\tCommunity Risk Management Plan 2024–2028", // 1
            "•\tInspection report: Ketterby Fire and Rescue Service, effectiveness, efficiency and people 2023", // 2
            "•\tAnnual Performance Report 2023/24, Performance and Resources Committee, 18 July 2024", // 3
            "", // 4
            "Contact officer\tTom Ellery, Assistant Chief Fire Officer", // 5
            "Telephone\t01632 960275", // 6
            "Email\ttom.ellery@ketterbyfire.gov.uk", // 7
        ])
        #expect(doc.tables.isEmpty)
        for l in 5...7 { #expect(doc.rejects.contains { $0.line == l && $0.reason == .notATable }) }
    }

    /// `pdftotext -layout`: a note naming the table above by its number (`Table 5 (continued)`) joins the rows after it
    /// to that table, its header printed again (`Outcome ⋯ 2022/23 ⋯`) or not; a name alone over the rows at the labels'
    /// edge, nothing over the figures (`Notional outcomes (£)`), is then the first group's name, not a header. (The footer
    /// and header of the page before come first: they are known as page furniture by being printed twice.)
    @Test func aTableContinuedUnderANoteNamingIt() {
        let doc = imported([
            "", // 1
            "", // 2
            "      Counter Fraud and Corruption Annual Report 2024/25                                        Page 1 of 5", // 3
            "", // 4
            "\u{0C}      Hawkstowe Borough Council                                     Audit and Governance Committee – 22 July 2025", // 5
            "", // 6
            "", // 7
            "      Table 2: Investigation outcomes and financial results", // 8
            "", // 9
            "      Outcome                                                 2022/23      2023/24      2024/25", // 10
            "", // 11
            "      Investigations", // 12
            "      Cases closed                                                231          266          289", // 13
            "      Fraud or error proven                                        74           88           97", // 14
            "      Prosecutions                                                  3            5            4", // 15
            "      Cautions and administrative penalties                         6            9           11", // 16
            "      Council homes recovered                                       7            9            6", // 17
            "      Right to Buy applications stopped                             4            6            3", // 18
            "", // 19
            "      Cashable outcomes (£)", // 20
            "      Council tax reduction overpayments                       68,420       81,950       94,310", // 21
            "      Council tax discounts and exemptions removed             41,870       39,260       52,480", // 22
            "      Business rates reliefs and liability                     22,600       37,140       45,920", // 23
            "      Other                                                     5,310        2,850        8,140", // 24
            "      Total cashable outcomes                                 138,200      161,200      200,850", // 25
            "", // 26
            "", // 27
            "", // 28
            "", // 29
            "", // 30
            "", // 31
            "", // 32
            "", // 33
            "", // 34
            "", // 35
            "      Counter Fraud and Corruption Annual Report 2024/25                                        Page 2 of 5", // 36
            "", // 37
            "\u{0C}      Hawkstowe Borough Council                                     Audit and Governance Committee – 22 July 2025", // 38
            "", // 39
            "", // 40
            "      Table 2 (continued)", // 41
            "", // 42
            "      Outcome                                                 2022/23      2023/24      2024/25", // 43
            "", // 44
            "", // 45
            "      Notional outcomes (£)", // 46
            "      Council homes recovered                                 651,000      837,000      558,000", // 47
            "      Right to Buy discounts avoided                          364,400      548,100      287,400", // 48
            "      Total notional outcomes                               1,015,400    1,385,100      845,400", // 49
            "", // 50
            "      Total outcomes (£)                                    1,153,600    1,546,300    1,046,250", // 51
            "      Cash recovered in the year (£)                           96,540      112,380      131,920", // 52
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Outcome", "2022/23", "2023/24", "2024/25"])
        #expect(row(t, line: 46) == ["Notional outcomes (£)", "", "", ""])
        #expect(row(t, line: 52)?.first == "Cash recovered in the year (£)")
        #expect(doc.rejects.contains { $0.line == 43 && $0.reason == .repeatedHeader })
    }

    /// `pdftotext -layout`: a table going on at the top of the next page without its header under a group's name (`Finance
    /// and Resources`) is one table, the name its row; `Funded by` over the sources of funding is a group's name, not the
    /// head of the label under it. (The footer and header of the page before come first, as above.)
    @Test func aTableGoingOnUnderAGroupNameAtTheTopOfAPage() {
        let doc = imported([
            "", // 1
            "", // 2
            "Revenue and Capital Budget Monitoring 2025/26 – Quarter 2                                Page 1 of 8", // 3
            "                                              OFFICIAL", // 4
            "\u{0C}                                              OFFICIAL", // 5
            "Gallowmoor District Council                                               Cabinet – 14 October 2025", // 6
            "", // 7
            "       by higher interest receipts on the Council's cash balances.", // 8
            "", // 9
            "Table 1: General Fund revenue forecast outturn 2025/26 at Quarter 2", // 10
            "", // 11
            "                                         Original      Revised     Forecast     Forecast   Variance", // 12
            "                                           budget       budget      outturn     variance          %", // 13
            "                                             £000         £000         £000         £000", // 14
            "", // 15
            "Place", // 16
            "Planning and Building Control               1,842        1,905        2,061          156       8.2%", // 17
            "Waste and Recycling                         4,310        4,388        4,702          314       7.2%", // 18
            "Street Scene and Parks                      2,156        2,171        2,098         (73)      -3.4%", // 19
            "Car Parks                                 (1,420)      (1,420)      (1,288)          132      -9.3%", // 20
            "Total Place                                 6,888        7,044        7,573          529       7.5%", // 21
            "", // 22
            "Communities", // 23
            "Housing Options and Homelessness*           1,284        1,362        1,611          249      18.3%", // 24
            "Leisure and Culture                         1,905        1,905        1,874         (31)      -1.6%", // 25
            "Environmental Health and Licensing            987        1,002          968         (34)      -3.4%", // 26
            "Community Safety and Grants                   412          412          405          (7)      -1.7%", // 27
            "Total Communities                           4,588        4,681        4,858          177       3.8%", // 28
            "", // 29
            "", // 30
            "Revenue and Capital Budget Monitoring 2025/26 – Quarter 2                                Page 2 of 8", // 31
            "                                              OFFICIAL", // 32
            "\u{0C}                                              OFFICIAL", // 33
            "Gallowmoor District Council                                               Cabinet – 14 October 2025", // 34
            "", // 35
            "Finance and Resources", // 36
            "Finance, Revenues and Benefits              2,018        2,046        2,011         (35)      -1.7%", // 37
            "Legal and Democratic Services               1,236        1,236        1,262           26       2.1%", // 38
            "ICT and Digital                             1,544        1,580        1,571          (9)      -0.6%", // 39
            "Corporate Property and Facilities             862          874          951           77       8.8%", // 40
            "Management", // 41
            "Human Resources and Organisational            698          698          684         (14)      -2.0%", // 42
            "Development", // 43
            "Total Finance and Resources                 6,358        6,434        6,479           45       0.7%", // 44
            "", // 45
            "Net Cost of Services                       17,834       18,159       18,910          751       4.1%", // 46
            "", // 47
            "Corporate items", // 48
            "Interest receivable                       (1,150)      (1,150)      (1,392)        (242)      21.0%", // 49
            "Minimum Revenue Provision                   1,120        1,120        1,120            0       0.0%", // 50
            "Contingency                                   250          150            0        (150)    -100.0%", // 51
            "Contribution to/(from) reserves               310          310          310            0       0.0%", // 52
            "Net budget requirement                     18,364       18,589       18,948          359       1.9%", // 53
            "", // 54
            "Funded by", // 55
            "Council tax                              (13,003)     (13,228)     (13,228)            0       0.0%", // 56
            "Business rates retained                   (4,216)      (4,216)      (4,302)         (86)       2.0%", // 57
            "Revenue Support Grant                       (612)        (612)        (612)            0       0.0%", // 58
            "New Homes Bonus                             (388)        (388)        (388)            0       0.0%", // 59
            "Collection Fund surplus                     (145)        (145)        (145)            0       0.0%", // 60
            "Total funding                            (18,364)     (18,589)     (18,675)         (86)       0.5%", // 61
            "", // 62
            "Net (surplus)/deficit                           0            0          273          273        n/a", // 63
            "", // 64
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["", "Original budget £000", "Revised budget £000", "Forecast outturn £000", "Forecast variance £000", "Variance %"])
        #expect(row(t, line: 36) == ["Finance and Resources", "", "", "", "", ""])
        #expect(row(t, line: 55) == ["Funded by", "", "", "", "", ""])
        #expect(row(t, line: 56)?.first == "Council tax")
    }

    // MARK: round 41

    /// Word plain text: an appendix's section numbered with its letter (`A2⇥Country parks`), between blank lines, is a
    /// heading, and its numbered paragraph (`A2.1⇥Blue Badge holders may park free …`) is prose under the table; the
    /// site merged down the first column is filled down.
    @Test func anAppendixsLetteredSectionsAndParagraphs() {
        let doc = imported([
            "APPENDIX A – SCHEDULE OF FEES AND CHARGES 2026/27", // 1
            "", // 2
            "", // 3
            "A2\tCountry parks", // 4
            "", // 5
            "Service: Countryside and Heritage", // 6
            "Budget holder: Tomasz Wedderburn, Countryside Manager", // 7
            "", // 8
            "All charges include VAT at the standard rate.", // 9
            "", // 10
            "Site\tCharge\t2025/26\t2026/27", // 11
            "Hollin Ridge Country Park\tCar park – up to 2 hours\t£2.50\t£2.80", // 12
            "\tCar park – all day\t£5.00\t£5.50", // 13
            "\tCoach parking (per day)\t£20.00\t£22.00", // 14
            "Sedgebrook Water Park\tCar park – up to 2 hours\t£2.00\t£2.20", // 15
            "\tCar park – all day\t£4.50\t£5.00", // 16
            "\tBoat launch (per day)\t£12.00\t£13.50", // 17
            "\tAnnual boat launch permit\t£150.00\t£165.00", // 18
            "All sites\tAnnual parking permit\t£55.00\t£60.00", // 19
            "\tAnnual parking permit – concession", // 20
            "(Harnbury Leisure Card holders)\t£35.00\t£38.00", // 21
            "\tEducation visit (per pupil)\t£4.00\t£4.25", // 22
            "", // 23
            "A2.1\tBlue Badge holders may park free of charge at all sites. Annual permits are valid for twelve months from the date of issue.", // 24
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(doc.tables.count == 1)
        #expect(t.section == "A2 Country parks")
        #expect(t.rows.map { $0.cells[0] } == ["Hollin Ridge Country Park", "Hollin Ridge Country Park", "Hollin Ridge Country Park",
                                                "Sedgebrook Water Park", "Sedgebrook Water Park", "Sedgebrook Water Park",
                                                "Sedgebrook Water Park", "All sites", "All sites", "All sites"])
    }

    /// Typed to tab stops: an action plan whose rows give a date, no figure (`Send signed precept form to Sandalby
    /// DC⇥⇥Clerk⇥⇥⇥30 Jan 2026`), is told by its dates.
    @Test func aTypedActionPlanToldByItsDates() {
        let doc = imported([
            "7. ACTIONS", // 1
            "", // 2
            "The following actions come out of this report:", // 3
            "", // 4
            "Action\t\t\t\t\t\tWho\t\t\tBy when", // 5
            "Send signed precept form to Sandalby DC\t\tClerk\t\t\t30 Jan 2026", // 6
            "Get 3 quotes for play area safety surfacing\tCllr Hepburn\t\tMarch 2026", // 7
            "Review allotment tenancy agreements\t\tAllotments group\tApril 2026", // 8
            "Move £20,000 to the deposit account\t\tRFO\t\t\tFeb 2026", // 9
            "Update asset register and insurance schedule\tClerk\t\t\t31 Mar 2026", // 10
            "", // 11
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.header == ["Action", "Who", "By when"])
        #expect(row(t, line: 7) == ["Get 3 quotes for play area safety surfacing", "Cllr Hepburn", "March 2026"])
        #expect(row(t, line: 9) == ["Move £20,000 to the deposit account", "RFO", "Feb 2026"])
        #expect(t.rows.count == 5)
    }

    /// Word plain text: a cover's value of several paragraphs (`Lead officers⇥Marcus Tennant-Shaw, …` over `Lorna
    /// Ferguson-Ibe, …`) keeps the cover one block of details, no table; and a numbered heading at the top of a page
    /// (`1.⇥PURPOSE OF REPORT` after a form feed) is a heading, not a row of the contents list above it.
    @Test func aCoverValueOfParagraphsAndAHeadingAtThePagesTop() {
        let doc = imported([
            "OFFICIAL", // 1
            "Yarrowdene Fire and Rescue Authority", // 2
            "Performance and Scrutiny Committee", // 3
            "4 February 2026", // 4
            "Performance, People and Risk Report – Quarter 3 2025/26", // 5
            "Report title\tPerformance, People and Risk Report – Quarter 3 2025/26", // 6
            "Meeting\tPerformance and Scrutiny Committee", // 7
            "Date of meeting\t4 February 2026", // 8
            "Report of\tChief Fire Officer, Andrea Kilbride", // 9
            "Lead officers\tMarcus Tennant-Shaw, Area Manager (Service Delivery)", // 10
            "Lorna Ferguson-Ibe, Head of People and Organisational Development", // 11
            "Philip Ashdown-Roe, Treasurer", // 12
            "Classification\tOFFICIAL – open report", // 13
            "Decision required\tFor information and assurance", // 14
            "Contents", // 15
            "1.\tPurpose of report\t2", // 16
            "2.\tRecommendations\t2", // 17
            "3.\tOperational performance\t2", // 18
            "4.\tPeople\t4", // 19
            "5.\tFinance\t5", // 20
            "6.\tImprovement plan\t6", // 21
            "7.\tCorporate risk\t7", // 22
            "8.\tImplications\t7", // 23
            "9.\tBackground papers\t8", // 24
            "Appendix A – Corporate risk register\t9", // 25
            "\u{0C}1.\tPURPOSE OF REPORT", // 26
            "1.1\tThis report gives the Committee an overview of the Authority’s performance, workforce, budget, improvement plan and corporate risks for the period 1 April to 31 December 2025 (quarters 1 to 3 of 2025/26).", // 27
            "1.2\tThe report forms part of the Authority’s performance management framework and supports the Committee in holding the Chief Fire Officer to account for the delivery of the Community Risk Management Plan 2022–2026.", // 28
            "", // 29
            "2.\tRECOMMENDATIONS", // 30
            "2.1\tThe Committee is asked to:", // 31
            "•\tnote performance against the key performance indicators at the end of quarter 3;", // 32
            "•\tnote the workforce position and the progress of the on-call recruitment campaign;", // 33
            "•\tnote the forecast revenue underspend of £22,000;", // 34
            "•\tnote progress on the improvement plan and the revised date for the mobilising system; and", // 35
            "•\tnote the corporate risk register at Appendix A and the increase in the score of risk CR01.", // 36
            "", // 37
            "3.\tOPERATIONAL PERFORMANCE", // 38
            "Directorate: Service Delivery", // 39
            "3.1\tThe Authority monitors eight key performance indicators (KPIs) for operational performance. Targets are set for the year and profiled to each quarter using the average of the last five years, so that seasonal patterns, such as the rise in deliberate secondary fires in the spring and summer, are taken into account.", // 40
            "3.2\tAt the end of quarter 3, three of the eight indicators are on or better than target, three are within 5% of target and two are more than 5% worse than target. The table below shows the year-to-date position.", // 41
            "Ref\tIndicator\t2024/25 outturn\tQ3 2025/26", // 42
            "target (YTD)\tQ3 2025/26", // 43
            "actual (YTD)\tRAG\tDirection of travel", // 44
            "SD01\tPrimary fires\t612\t450\t431\tGreen\tImproving", // 45
            "SD02\tAccidental dwelling fires\t298\t215\t224\tAmber\tWorsening", // 46
            "SD03\tDeaths and injuries in accidental dwelling fires\t19\t13\t11\tGreen\tImproving", // 47
            "SD04\tDeliberate secondary fires\t1,140\t820\t947\tRed\tWorsening", // 48
            "SD05\tFirst appliance at dwelling fires within 10 minutes (%)\t86.4%\t88.0%\t87.1%\tAmber\tImproving", // 49
            "SD06\tOn-call appliance availability (%)\t71.2%\t80.0%\t74.6%\tRed\tImproving", // 50
            "SD07\tHome fire safety visits completed\t9,870\t7,500\t8,012\tGreen\tImproving", // 51
            "SD08\tFire safety audits of high-risk premises\t1,215\t900\t874\tAmber\tNo change", // 52
        ])
        #expect(doc.tables.map { $0.section } == ["3. OPERATIONAL PERFORMANCE"])
        for l in [6, 11, 14, 16, 25] { #expect(doc.rejects.contains { $0.line == l && $0.reason == .notATable }) }
    }

    // MARK: round 42

    /// A page saved by Word as HTML wraps a paragraph's element over lines (`<p …><b>Service area:</b> Estates and` over
    /// `Visitor Services</p>`): it is read as one line, so the unit it names is whole.
    @Test func aParagraphWrappedByWordsHTML() {
        let doc = imported([
            "<html>", // 1
            "<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>", // -35
            "", // -34
            "<div class=WordSection1>", // -33
            "", // -32
            "<p class=MsoNormal align=right style='text-align:right'><b>OFFICIAL</b></p>", // -31
            "", // -30
            "<p class=MsoNormal align=center style='text-align:center'><b><span", // -29
            "style='font-size:14.0pt'>OSTERVALE NATIONAL PARK AUTHORITY</span></b></p>", // -28
            "", // -27
            "<p class=MsoNormal align=center style='text-align:center'><b>National Park", // -26
            "Authority meeting – 20 March 2026</b></p>", // -25
            "", // -24
            "<p class=MsoNormal><b>Agenda item 9: Capital Programme 2025/26 Quarter 3", // -23
            "Monitoring and 2026/27 Capital Programme</b></p>", // -22
            "", // -21
            "<p class=MsoNormal style='margin-bottom:0cm'><b>Report of:</b> Head of Estates", // -20
            "and Visitor Services</p>", // -19
            "<p class=MsoNormal style='margin-bottom:0cm'><b>Service area:</b> Estates and", // -18
            "Visitor Services</p>", // -17
            "<p class=MsoNormal style='margin-bottom:0cm'><b>Lead member:</b> Dr Fenella", // -16
            "Achterberg, Chair of Finance and Resources Committee</p>", // -15
            "<p class=MsoNormal style='margin-bottom:0cm'><b>Purpose:</b> Decision</p>", // -14
            "", // -13
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0", // -240
            " style='border-collapse:collapse;border:none'>", // -239
            " <thead>", // -238
            " <tr style='height:14.15pt'>", // -237
            "  <td width=302 valign=top style='width:226.50pt;background:#DEEAF6;padding:0cm", // -236
            "  5.4pt 0cm 5.4pt'>", // -235
            "  <p class=MsoNormal><b>Funding source</b></p>", // -234
            "  </td>", // -233
            "  <td width=113 valign=top style='width:84.75pt;background:#DEEAF6;padding:0cm", // -232
            "  5.4pt 0cm 5.4pt'>", // -231
            "  <p class=MsoNormal align=right style='text-align:right'><b>2025/26 Forecast", // -230
            "  £000</b></p>", // -229
            "  </td>", // -228
            "  <td width=113 valign=top style='width:84.75pt;background:#DEEAF6;padding:0cm", // -227
            "  5.4pt 0cm 5.4pt'>", // -226
            "  <p class=MsoNormal align=right style='text-align:right'><b>2026/27 Budget", // -225
            "  £000</b></p>", // -224
            "  </td>", // -223
            " </tr>", // -222
            " </thead>", // -221
            " <tr style='height:14.15pt'>", // -220
            "  <td width=302 valign=top style='width:226.50pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -219
            "  <p class=MsoNormal>National Park Grant – capital allocation</p>", // -218
            "  </td>", // -217
            "  <td width=113 valign=top style='width:84.75pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -216
            "  <p class=MsoNormal align=right style='text-align:right'>520</p>", // -215
            "  </td>", // -214
            "  <td width=113 valign=top style='width:84.75pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -213
            "  <p class=MsoNormal align=right style='text-align:right'>430</p>", // -212
            "  </td>", // -211
            " </tr>", // -210
            " <tr style='height:14.15pt'>", // -209
            "  <td width=302 valign=top style='width:226.50pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -208
            "  <p class=MsoNormal>Capital receipts</p>", // -207
            "  </td>", // -206
            "  <td width=113 valign=top style='width:84.75pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -205
            "  <p class=MsoNormal align=right style='text-align:right'>164</p>", // -204
            "  </td>", // -203
            "  <td width=113 valign=top style='width:84.75pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -202
            "  <p class=MsoNormal align=right style='text-align:right'>–</p>", // -201
            "  </td>", // -200
            " </tr>", // -199
            " <tr style='height:14.15pt'>", // -198
            "  <td width=302 valign=top style='width:226.50pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -197
            "  <p class=MsoNormal>External grants (Farming in Protected Landscapes, Rural", // -196
            "  England Prosperity Fund)</p>", // -195
            "  </td>", // -194
            "  <td width=113 valign=top style='width:84.75pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -193
            "  <p class=MsoNormal align=right style='text-align:right'>330</p>", // -192
            "  </td>", // -191
            "  <td width=113 valign=top style='width:84.75pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -190
            "  <p class=MsoNormal align=right style='text-align:right'>145</p>", // -189
            "  </td>", // -188
            " </tr>", // -187
            " <tr style='height:14.15pt'>", // -186
            "  <td width=302 valign=top style='width:226.50pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -185
            "  <p class=MsoNormal>Earmarked reserves – asset renewal reserve</p>", // -184
            "  </td>", // -183
            "  <td width=113 valign=top style='width:84.75pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -182
            "  <p class=MsoNormal align=right style='text-align:right'>160</p>", // -181
            "  </td>", // -180
            "  <td width=113 valign=top style='width:84.75pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -179
            "  <p class=MsoNormal align=right style='text-align:right'>240</p>", // -178
            "  </td>", // -177
            " </tr>", // -176
            " <tr style='height:14.15pt'>", // -175
            "  <td width=302 valign=top style='width:226.50pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -174
            "  <p class=MsoNormal><b>Total funding</b></p>", // -173
            "  </td>", // -172
            "  <td width=113 valign=top style='width:84.75pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -171
            "  <p class=MsoNormal align=right style='text-align:right'><b>1,174</b></p>", // -170
            "  </td>", // -169
            "  <td width=113 valign=top style='width:84.75pt;padding:0cm 5.4pt 0cm 5.4pt'>", // -168
            "  <p class=MsoNormal align=right style='text-align:right'><b>815</b></p>", // -167
            "  </td>", // -166
            " </tr>", // -165
            "</table>", // -164
            "</body>", // -335
            "", // -334
            "</html>", // -333
        ])
        guard let t = doc.tables.first else { Issue.record("no table"); return }
        #expect(t.unit == "Estates and Visitor Services")
        #expect(t.header == ["Funding source", "2025/26 Forecast £000", "2026/27 Budget £000"])
    }

    // MARK: round 43

    /// A converter's pipe table of report details (`| Service area | Port Health |`) names the unit for the paper, as a web
    /// page's details table does, and a part that names its own (`**Service:** Imported Food Control`) hands it back when it
    /// closes.
    @Test func aUnitNamedInAConvertersDetailsTable() {
        let doc = imported([
            "# Venmouth Port Health Authority", // 1
            "", // 2
            "## Port Health Service Plan 2025/26", // 3
            "", // 4
            "| Meeting | Joint Board of the Port Health Authority |", // 5
            "|---|---|", // 6
            "| Date | 4 March 2025 |", // 7
            "| Report of | Chief Port Health Officer |", // 8
            "| Service area | Port Health |", // 9
            "| Wards / districts affected | Venmouth City, Tresk District and Oldmere Borough (riparian areas) |", // 10
            "| Status | Open – for decision |", // 11
            "", // 12
            "### 5.2 Imported food and feed charges", // -129
            "", // -128
            "**Service:** Imported Food Control", // -127
            "", // -126
            "5.2.1 Charges for official controls on imported food and feed at the border control post are set under the Official Controls Regulations. Laboratory analysis is recharged at the cost invoiced by the official laboratory.", // -125
            "", // -124
            "| Consignment type | Charge basis | 2024/25 £ | 2025/26 £ |", // -123
            "|---|---|---|---|", // -122
            "| Products of animal origin – documentary, identity and physical checks | Per consignment (up to six containers) | £148.00 | £155.00 |", // -121
            "| Products of animal origin – each additional container | Per container | £42.00 | £44.00 |", // -120
            "| High-risk food and feed not of animal origin<br>(documentary check only) | Per consignment | £38.00 | £40.00 |", // -119
            "| High-risk food and feed not of animal origin<br>(identity and physical checks) | Per consignment | £96.00 | £101.00 |", // -118
            "| Supervision of re-dispatch or destruction | Per hour | £96.00 | £100.00 |", // -117
            "| Laboratory analysis | Per sample | At cost | At cost |", // -116
            "", // -115
            "## 6. Performance Measures", // -132
            "", // -131
            "6.1 The table below shows performance against the 2024/25 targets for the nine months to 31 December 2024 and the targets proposed for 2025/26.", // -130
            "", // -129
            "| Ref | Measure | 2024/25 Target | Q3 2024/25 (year to date) | RAG | 2025/26 Target |", // -128
            "|---|---|---|---|---|---|", // -127
            "| PH1 | Ship sanitation inspections completed within 24 hours of request | 95% | 97.2% | Green | 95% |", // -126
            "| PH2 | Consignments of products of animal origin checked within 24 hours of arrival | 98% | 96.4% | Amber | 98% |", // -125
            "| PH3 | High-risk food not of animal origin – physical checks at required frequency | 100% | 100% | Green | 100% |", // -124
            "| PH4 | Ship water samples taken against programme | 120 | 84 | Green | 120 |", // -123
            "| PH5 | Unsatisfactory ship water samples followed up within 5 working days | 100% | 88% | Red | 100% |", // -122
        ])
        #expect(doc.tables.map { $0.unit } == ["Imported Food Control", "Port Health"])
    }

    /// `pdftotext -layout`: an appendix's section laid out apart from its number (`A1      Place and Regeneration`) is a
    /// heading, and the table under it is filed under it.
    @Test func anAppendixSectionLaidOutApartFromItsNumber() {
        let doc = imported([
            "                        APPENDIX A – CAPITAL PROGRAMME BY SCHEME 2025/26", // 1
            "", // 2
            "This appendix shows each General Fund scheme in the 2025/26 programme with its revised", // 3
            "budget, spend to 30 September 2025 and forecast outturn. Schemes are grouped by the", // 4
            "directorate responsible for delivery. The HRA programme is reported to the Housing", // 5
            "Committee.", // 6
            "", // 7
            "RAG: G – on track; A – delay or cost pressure being managed; R – significant delay or overspend", // 8
            "requiring re-profiling or additional budget.", // 9
            "", // 10
            "A1      Place and Regeneration", // 11
            "", // 12
            "Directorate: Place and Regeneration", // 13
            "", // 14
            "        Scheme                                Revised    Actual to   Forecast    Variance   RAG", // 15
            "                                              Budget      30 Sept     Outturn      £000", // 16
            "                                               £000        £000        £000", // 17
            "", // 18
            "        Swallowdene town centre public           3,420       1,108       2,650       (770)  A", // 19
            "        realm – Phase 2", // 20
            "        Market Hall roof and structural          1,260         402       1,260           0  G", // 21
            "        repairs", // 22
            "        Riverside Business Park                  4,850       1,933       4,850           0  G", // 23
            "        infrastructure (Levelling Up Fund)", // 24
            "        Station Road car park                      680          35         180       (500)  R", // 25
            "        decarbonisation", // 26
            "        Coastal path and flood defence             515         220         540          25  A", // 27
            "        works, Netherstow", // 28
            "        Cycling and walking routes (Active         390          96         390           0  G", // 29
            "        Travel Fund)", // 30
            "        Shopfront improvement grants               150          61         150           0  G", // 31
            "", // 32
            "        Total Place and Regeneration            11,265       3,855      10,020     (1,245)", // 33
        ])
        #expect(doc.tables.first?.section == "A1 Place and Regeneration")
        #expect(doc.tables.first?.unit == "Place and Regeneration")
    }

    // MARK: round 44

    /// Word text: an appendix's paragraph numbered with its letter set off by a point (`A.1⇥The approved capital programme
    /// …`, a sentence) is prose, not a table, and the table under it keeps its group names filled down.
    @Test func anAppendixParagraphNumberedWithALetterAndAPoint() {
        let doc = imported([
            "\u{0C}Appendix A – Capital programme monitoring", // 1
            "", // 2
            "A.1\tThe approved capital programme for 2025/26 is £6,915,000. Forecast spend is £5,662,000. Slippage of £1,180,000 is proposed to be re-profiled into 2026/27; the remaining variance is an underspend on completed schemes.", // 3
            "", // 4
            "Table A1: Capital programme 2025/26 – forecast by scheme (£000)", // 5
            "Programme\tScheme\tBudget 2025/26 £000\tForecast 2025/26 £000\tVariance £000\tRe-profile to 2026/27 £000\tLead officer", // 6
            "Waste and fleet\tReplacement refuse collection vehicles\t1,640\t640\t(1,000)\t1,000\tAmir Brannock", // 7
            "\tElectric vehicle charging at depot\t220\t210\t(10)\t-\tAmir Brannock", // 8
            "Housing\tDisabled facilities grants\t1,285\t1,285\t0\t-\tPriya Welland", // 9
            "\tBrookend Court leased units fit-out\t410\t396\t(14)\t-\tPriya Welland", // 10
            "\tEmpty homes loans\t150\t90\t(60)\t60\tPriya Welland", // 11
            "Leisure and community\tAldwinter Pool roof and plant\t1,320\t1,300\t(20)\t-\tHannah Corrie", // 12
            "\tPlay area renewals\t185\t160\t(25)\t20\tHannah Corrie", // 13
            "Corporate assets\tHallgate House refurbishment\t980\t980\t0\t-\tOwen Prestage", // 14
            "\tICT infrastructure\t425\t325\t(100)\t100\tSelina Marr", // 15
            "\tMill Lane car park resurfacing\t300\t276\t(24)\t-\tLeanne Farrow", // 16
            "Total capital programme\t\t6,915\t5,662\t(1,253)\t1,180\t", // 17
            "", // 18
            "A.2\tFunding for the programme is unchanged: capital receipts £1,905,000, grants and contributions £1,685,000, earmarked reserves £960,000 and prudential borrowing for the balance.", // 19
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.firstLine == 6)
        #expect(row(t, line: 8)?.prefix(2) == ["Waste and fleet", "Electric vehicle charging at depot"])
        #expect(row(t, line: 16)?.first == "Corporate assets")
        #expect(t.rows.last?.cells.first == "Total capital programme")
    }

    /// A converter's pipe table of report details names the paper's unit (`| Directorate | Service Delivery |`) even when
    /// one of its values is a figure (`| Agenda item | 7 |`).
    @Test func aDetailsTableWithOneFigureStillNamesTheUnit() {
        let doc = imported([
            "", // 1
            "## PERFORMANCE AND RESOURCES COMMITTEE", // 2
            "", // 3
            "| Meeting date | 4 December 2025 |", // 4
            "|---|---|", // 5
            "| Report title | Service Performance and Resources Report – Quarter 2 2025/26 |", // 6
            "| Report of | Assistant Chief Fire Officer (Service Delivery) and Treasurer |", // 7
            "| Directorate | Service Delivery |", // 8
            "| Agenda item | 7 |", // 9
            "| Status | For scrutiny |", // 10
            "| Protective marking | OFFICIAL |", // 11
            "", // 12
            "## 1. PURPOSE OF REPORT", // 13
            "", // -25
            "## 4. PERFORMANCE AGAINST KEY INDICATORS", // -24
            "", // -23
            "4.1 Table 1 shows performance at the end of Quarter 2 against the 2025/26 targets, with the same period of 2024/25 for comparison.", // -22
            "", // -21
            "Table 1: Key performance indicators, Quarter 2 2025/26 (year to date)", // -20
            "", // -19
            "| Ref | Indicator | Q2 2024/25<br>actual | Q2 2025/26<br>actual | 2025/26<br>target (YTD) | RAG | Direction of<br>travel |", // -18
            "|---|---|---|---|---|---|---|", // -17
            "| **Prevention** |  |  |  |  |  |  |", // -16
            "| KPI 1 | Home fire safety visits completed | 4,812 | 5,236 | 5,000 | Green | Improving |", // -15
            "| KPI 2 | Home fire safety visits to households<br>at higher risk (%) | 62% | 68% | 65% | Green | Improving |", // -14
            "| KPI 3 | Accidental dwelling fires | 148 | 161 | 150 | Amber | Declining |", // -13
            "| KPI 4 | Injuries in accidental dwelling fires | 19 | 14 | 18 | Green | Improving |", // -12
            "| KPI 5 | Deliberate secondary fires | 402 | 455 | 390 | Red | Declining |", // -11
        ])
        #expect(doc.tables.map { $0.unit } == ["Service Delivery"])
        #expect(doc.tables.first?.rows.first?.cells.first == "Prevention")
    }

    /// Word text: the line that names a part's unit right under its numbered heading (`5.3⇥Cemetery and burial fees` over
    /// `Service:⇥Cemetery and Closed Churchyard`) is no row, so the heading is one and files the table under it.
    @Test func aNumberedHeadingOverTheLineNamingItsUnit() {
        let doc = imported([
            "", // 1
            "5.3\tCemetery and burial fees", // 2
            "Service:\tCemetery and Closed Churchyard", // 3
            "", // 4
            "Table 3: Cemetery fees (residents)", // 5
            "Fee\t2025/26\t2026/27\tIncrease", // 6
            "Interment – adult, single depth\t£420.00\t£435.00\t3.6%", // 7
            "Interment – adult, double depth\t£520.00\t£540.00\t3.8%", // 8
            "Interment – child under 18\tNo charge\tNo charge\t–", // 9
            "Interment of cremated remains\t£165.00\t£170.00\t3.0%", // 10
            "Exclusive right of burial (50 years) – full grave\t£780.00\t£805.00\t3.2%", // 11
            "Exclusive right of burial (50 years) – cremated remains plot\t£390.00\t£405.00\t3.8%", // 12
            "Memorial permit – headstone\t£145.00\t£150.00\t3.4%", // 13
            "Memorial permit – additional inscription\t£55.00\t£57.00\t3.6%", // 14
            "Search of burial register (per name)\t£22.00\t£23.00\t4.5%", // 15
            "", // 16
            "Fees for burials on Saturdays or bank holidays are charged at 1.5 times the rates above.", // 17
            "", // 18
            "5.4\tAllotments", // 19
            "Service:\tAllotments", // 20
            "", // 21
            "5.4.1\tAllotment rents are payable annually in advance on 1 October. The tenancy agreement requires 12 months' notice of a change in rent, so the rents below were notified to tenants in September 2025 and take effect from 1 October 2026.", // 22
            "", // 23
            "Table 4: Allotment rents, Canal Lane and Hatherley Road sites", // 24
            "Plot\tRent from 1 October 2025\tRent from 1 October 2026\tWater charge 2026/27", // 25
            "Full plot (250 m²)\t£68.00\t£72.00\t£12.00", // 26
            "Half plot (125 m²)\t£36.00\t£38.00\t£6.00", // 27
            "Raised bed (accessible)\t£20.00\t£21.00\t£3.00", // 28
            "Concession (state pension age or Universal Credit)\t50% of plot rent\t50% of plot rent\tFull charge", // 29
        ])
        #expect(doc.tables.count == 2)
        #expect(doc.tables.map { $0.section } == ["5.3 Cemetery and burial fees", "5.4 Allotments"])
        #expect(doc.tables.map { $0.unit } == ["Cemetery and Closed Churchyard", "Allotments"])
    }

    /// `pdftotext -layout`: a note that the heading above goes on (`Appendix A (continued)` under `APPENDIX A – CAPITAL
    /// PROGRAMME 2025/26`) at the top of a page joins the rows after it to the table, its header not printed again.
    @Test func aNoteThatTheSectionGoesOnJoinsTheTable() {
        let doc = imported([
            "Email:               benedict.arkwright@stowmarden.gov.uk", // 1
            "", // 2
            "", // 3
            "OFFICIAL                                                                                 Page 6 of 8", // 4
            "\u{0C}Stowmarden District Council                                               Cabinet – 18 November 2025", // 5
            "", // 6
            "", // 7
            "APPENDIX A – CAPITAL PROGRAMME 2025/26", // 8
            "", // 9
            "Position at 30 September 2025 (quarter 2)", // 10
            "", // 11
            "                                         Approved      Spend to", // 12
            "                                           budget       30 Sept     Forecast   Slippage to", // 13
            "                                          2025/26          2025      outturn       2026/27", // 14
            "Scheme                                       £000          £000         £000          £000", // 15
            "", // 16
            "Communities", // 17
            "Disabled facilities grants                  1,850           612        1,350           500", // 18
            "Temporary accommodation acquisitions        2,400         1,585        2,400             0", // 19
            "Riverside Leisure Centre                      760            95          760             0", // 20
            "roof replacement", // 21
            "Play area improvements                        210            48          180            30", // 22
            "Total Communities                           5,220         2,340        4,690           530", // 23
            "Place", // 24
            "Northgate depot rebuild                     2,950           310        1,640         1,310", // 25
            "Refuse vehicle replacement                    940             0          940             0", // 26
            "Station Road car park                         385           122          385             0", // 27
            "lighting and resurfacing", // 28
            "Flood alleviation – Brook Street              520           260          520             0", // 29
            "Total Place                                 4,795           692        3,485         1,310", // 30
            "", // 31
            "", // 32
            "OFFICIAL                                                                                 Page 7 of 8", // 33
            "\u{0C}Stowmarden District Council                                               Cabinet – 18 November 2025", // 34
            "", // 35
            "", // 36
            "Appendix A (continued)", // 37
            "", // 38
            "Resources", // 39
            "ICT hardware refresh                          330           141          330             0", // 40
            "Civic Offices heat pump                     1,110           705        1,110             0", // 41
            "installation", // 42
            "Financial system upgrade                      145             0          145             0", // 43
            "Total Resources                             1,585           846        1,585             0", // 44
            "Total capital programme                    11,600         3,878        9,760         1,840", // 45
            "", // 46
            "Slippage is the amount of the 2025/26 budget that is expected to be carried forward to 2026/27.", // 47
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.section == "APPENDIX A – CAPITAL PROGRAMME 2025/26")
        #expect(t.rows.map { $0.cells[0] }.suffix(3) == ["Financial system upgrade", "Total Resources", "Total capital programme"])
        #expect(t.rows.contains { $0.cells[0] == "Resources" && $0.cells.dropFirst().allSatisfy(\.isEmpty) })
    }

    // MARK: round 45

    /// `pdftotext -layout`: a table's header printed again after a page break under a note naming the table's heading
    /// (`Appendix A – … (continued)`) goes on the table, though its last part stood on a grand total, and the part's rows,
    /// which leave the `Lead officer` column empty throughout, are read in the columns above.
    @Test func aTableGoingOnAfterItsGrandTotalUnderItsHeaderPrintedAgain() {
        let doc = imported([
            "Housing Services: Q2 Performance and Capital Programme 2025/26                   Page 6 of 8", // 1
            "                                            OFFICIAL", // 2
            "\u{0C}Brayscombe District Council                                            Cabinet – 14 January 2026", // 3
            "", // 4
            "Appendix A – Housing capital programme 2024/25 to 2026/27", // 5
            "", // 6
            "Scheme                              Lead officer     2024/25    2025/26    2025/26     2026/27", // 7
            "                                                      actual     budget   forecast      budget", // 8
            "                                                        £000       £000       £000        £000", // 9
            "", // 10
            "Decent Homes and planned investment", // 11
            "Kitchen and bathroom replacements   R. Halloran        1,842      2,100      1,965       2,150", // 12
            "Roof and window renewals            R. Halloran        1,106      1,350      1,410       1,200", // 13
            "Heating upgrades and air source     S. Adebayo         2,004      2,600      2,310       2,900", // 14
            "heat pump installations", // 15
            "Fire safety works to blocks of      S. Adebayo           688        950      1,020         600", // 16
            "flats", // 17
            "Subtotal                                               5,640      7,000      6,705       6,850", // 18
            "", // 19
            "New council homes and acquisitions", // 20
            "Millbrook Lane new build (24        K. Varney          1,230      4,800      3,950       2,400", // 21
            "homes)", // 22
            "Acquisitions for temporary          G. Pennock         2,160      3,000      3,120       1,500", // 23
            "accommodation (12 homes)", // 24
            "Subtotal                                               3,390      7,800      7,070       3,900", // 25
            "", // 26
            "Private sector housing", // 27
            "Disabled facilities grants          L. Fairbrother     1,380      1,450      1,450       1,450", // 28
            "Empty homes loans                   L. Fairbrother        95        150         60         150", // 29
            "Subtotal                                               1,475      1,600      1,510       1,600", // 30
            "", // 31
            "Total housing capital programme                       10,505     16,400     15,285      12,350", // 32
            "", // 33
            "", // 34
            "Housing Services: Q2 Performance and Capital Programme 2025/26                   Page 7 of 8", // 35
            "                                            OFFICIAL", // 36
            "\u{0C}Brayscombe District Council                                            Cabinet – 14 January 2026", // 37
            "", // 38
            "Appendix A – Housing capital programme 2024/25 to 2026/27 (continued)", // 39
            "", // 40
            "Scheme                              Lead officer     2024/25    2025/26    2025/26     2026/27", // 41
            "                                                      actual     budget   forecast      budget", // 42
            "                                                        £000       £000       £000        £000", // 43
            "", // 44
            "Financed by", // 45
            "Major Repairs Reserve                                  5,200      6,300      6,100       6,500", // 46
            "Right to Buy receipts                                    780      1,900      1,750         900", // 47
            "Homes England grant                                      490      1,700      1,460         700", // 48
            "Better Care Fund (disabled                             1,380      1,450      1,450       1,450", // 49
            "facilities grants)", // 50
            "Prudential borrowing                                   2,655      5,050      4,525       2,800", // 51
            "", // 52
            "Total financing                                       10,505     16,400     15,285      12,350", // 53
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Scheme", "Lead officer", "2024/25 actual £000", "2025/26 budget £000", "2025/26 forecast £000", "2026/27 budget £000"])
        #expect(row(t, line: 46) == ["Major Repairs Reserve", "", "5,200", "6,300", "6,100", "6,500"])
        #expect(t.rows.last?.cells == ["Total financing", "", "10,505", "16,400", "15,285", "12,350"])
    }

    /// `pdftotext -layout`: a header line whose headings stand one space apart (`2025/26 31 Mar 2026`) is split where
    /// each piece ends with its column's figures, printed right-aligned, so the date is whole under `Balance`.
    @Test func headingsOneSpaceApartSplitWhereTheirColumnsEnd() {
        let doc = imported([
            "Table 2 - Reserves", // 1
            "", // 2
            "                                   Balance    Movement     Balance     Planned     Balance", // 3
            "Reserve                         1 Apr 2025     2025/26 31 Mar 2026     2026/27 31 Mar 2027", // 4
            "------------------------------------------------------------------------------------------", // 5
            "Play area replacement               14,500       1,500      16,000     (6,000)      10,000", // 6
            "Pavilion roof                        4,000       1,000       5,000       1,000       6,000", // 7
            "Elections                            2,500         500       3,000         500       3,500", // 8
            "Burial ground extension              9,800           0       9,800       1,000      10,800", // 9
            "Neighbourhood plan review            3,200           0       3,200     (1,200)       2,000", // 10
            "                                ----------------------------------------------------------", // 11
            "Total earmarked reserves            34,000       3,000      37,000     (4,700)      32,300", // 12
            "General reserve                     21,400         449      21,849           0      21,849", // 13
            "                                ----------------------------------------------------------", // 14
            "TOTAL RESERVES                      55,400       3,449      58,849     (4,700)      54,149", // 15
        ])
        #expect(doc.tables.first?.header == ["Reserve", "Balance 1 Apr 2025", "Movement 2025/26", "Balance 31 Mar 2026", "Planned 2026/27", "Balance 31 Mar 2027"])
    }

    /// Word text: an appendix closes the unit named under the appendix before it (`Service:⇥Burial Ground and
    /// Allotments`), and the unit named for the paper on its cover holds again.
    @Test func anAppendixClosesTheUnitNamedInTheOneBefore() {
        let doc = imported([
            "MISTLEBROOK PARISH COUNCIL", // 1
            "", // 2
            "Report to:\tFull Council", // 3
            "Date of meeting:\tTuesday 14 January 2025", // 4
            "Agenda item:\t9", // 5
            "Report of:\tClerk and Responsible Financial Officer", // 6
            "Service area:\tFinance and Governance", // 7
            "Status:\tFor decision", // 8
            "", // 9
            "BUDGET 2025/26 AND PRECEPT REQUEST", // 10
            "", // 11
            "1.\tPURPOSE OF REPORT", // 12
            "1.1\tTo present the draft budget for 2025/26, as recommended by the Finance and General Purposes Committee at its meeting on 10 December 2024, and to ask the Council to set the precept to be requested from Ridderstone District Council for 2025/26.", // 13
            "1.2\tThe District Council requires the precept request form to be returned by Friday 31 January 2025.", // 14
            "\u{0C}APPENDIX A – BURIAL GROUND AND ALLOTMENT CHARGES 2025/26", // -103
            "", // -102
            "Service:\tBurial Ground and Allotments", // -101
            "Charges for non-residents are twice the resident charge. Allotment plots are let to residents of the parish only. There is no charge for the interment of a child under 18.", // -100
            "", // -99
            "Category\tCharge\t2024/25 £\t2025/26 £\tNon-resident 2025/26 £", // -98
            "Burial ground\tInterment – adult (grave for one)\t420\t440\t880", // -97
            "\tInterment – child under 18\tNo charge\tNo charge\tNo charge", // -96
            "\tInterment of cremated remains\t150\t160\t320", // -95
            "\tExclusive right of burial (50 years)\t650\t680\t1,360", // -94
            "\tMemorial permit – headstone\t120\t125\t250", // -93
            "\tAdditional inscription\t55\t60\t120", // -92
            "Allotments\tFull plot (250 m²), per year\t62\t66\tn/a", // -91
            "\tHalf plot (125 m²), per year\t34\t36\tn/a", // -90
            "\tWater charge, per plot\t8\t9\tn/a", // -89
            "", // -88
            "Allotment rents are payable in advance on 1 October for the following year. The water charge applies to plots served by a standpipe.", // -87
            "", // -86
            "\u{0C}APPENDIX B – DETAILED BUDGET 2025/26", // -85
            "", // -84
            "Budget heading\t2024/25 Budget £\t2024/25 Forecast £\t2025/26 Budget £", // -83
            "Staff costs", // -82
            "Clerk salary (SCP 24, 25 hours)\t24,600\t24,300\t26,100", // -81
            "Employer’s national insurance and pension\t7,900\t7,750\t8,400", // -80
            "Groundsman wages (10 hours)\t5,300\t5,300\t5,500", // -79
        ])
        #expect(doc.tables.map { $0.unit } == ["Burial Ground and Allotments", "Finance and Governance"])
        #expect(doc.tables.map { $0.section } == ["APPENDIX A – BURIAL GROUND AND ALLOTMENT CHARGES 2025/26", "APPENDIX B – DETAILED BUDGET 2025/26"])
    }

    /// A converter's pipe table of report details whose labels carry their own colon (`| Service area: | Licensing and
    /// Regulatory Services |`) names the unit without it.
    @Test func aDetailsTableWhoseLabelsEndInAColon() {
        let doc = imported([
            "{0}------------------------------------------------", // 1
            "", // 2
            "# **Tarrowby Borough Council**", // 3
            "", // 4
            "## Licensing Committee", // 5
            "", // 6
            "## Licensing Fees and Charges 2025/26", // 7
            "", // 8
            "| Report to:          | Licensing Committee                                       |", // 9
            "|---------------------|-----------------------------------------------------------|", // 10
            "| Date of meeting:    | 21 January 2025                                           |", // 11
            "| Report of:          | Head of Regulatory Services                               |", // 12
            "| Service area:       | Licensing and Regulatory Services                         |", // 13
            "| Portfolio holder:   | Councillor Hetty Quarmby, Community Safety and Regulation |", // 14
            "| Wards affected:     | All wards                                                 |", // 15
            "| Key decision:       | No                                                        |", // 16
            "| Exempt information: | None – this report is for publication                     |", // 17
            "", // 18
            "**Table 1: Hackney carriage and private hire fees**", // -42
            "", // -41
            "| Fee                                                     | 2024/25 | 2025/26 | Change |", // -40
            "|---------------------------------------------------------|---------|---------|--------|", // -39
            "|                                                         | £       | £       | %      |", // -38
            "| **Vehicle licences**                                    |         |         |        |", // -37
            "| Hackney carriage vehicle – grant or renewal (12 months) | 268     | 279     | 4.1    |", // -36
            "| Private hire vehicle – grant or renewal (12 months)     | 252     | 262     | 4.0    |", // -35
            "| Vehicle transfer of ownership                           | 48      | 50      | 4.2    |", // -34
            "| Replacement vehicle plate                               | 32      | 34      | 6.3    |", // -33
            "| Vehicle re-test following failed inspection             | 41      | 43      | 4.9    |", // -32
            "| **Driver licences**                                     |         |         |        |", // -31
            "| Dual driver licence – new (3 years)                     | 296     | 308     | 4.1    |", // -30
            "| Dual driver licence – renewal (3 years)                 | 246     | 256     | 4.1    |", // -29
            "| Private hire driver licence – renewal (3 years)         | 231     | 240     | 3.9    |", // -28
        ])
        #expect(doc.tables.map { $0.unit } == ["Licensing and Regulatory Services"])
    }

    // MARK: round 46

    /// Typed to tab stops: a header a blank line over a group's name and its first part's (`EXPENDITURE` over
    /// `Administration`), then the rows, is one table; both names are its rows.
    @Test func aTypedHeaderOverTwoGroupNames() {
        let doc = imported([
            "3. Draft budget 2025/26", // 1
            "", // 2
            "Cost centre\t\t\t\t\t2024/25\t\t2024/25\t\t2025/26", // 3
            "\t\t\t\t\t\tBudget\t\tForecast\tBudget", // 4
            "\t\t\t\t\t\t£\t\t£\t\t£", // 5
            "", // 6
            "EXPENDITURE", // 7
            "Administration", // 8
            "Clerk's salary and employer's on-costs\t\t16,900\t\t17,240\t\t18,380", // 9
            "Clerk's training and expenses\t\t\t450\t\t380\t\t500", // 10
            "Councillor training\t\t\t\t300\t\t120\t\t300", // 11
            "Insurance\t\t\t\t\t1,380\t\t1,412\t\t1,480", // 12
            "Internal and external audit\t\t\t1,150\t\t1,150\t\t1,200", // 13
            "County association and SLCC subscriptions\t720\t\t735\t\t760", // 14
            "Office costs, stationery and website\t\t900\t\t840\t\t1,100", // 15
            "Hire of hall for meetings\t\t\t360\t\t360\t\t380", // 16
            "Subtotal administration\t\t\t\t22,160\t\t22,237\t\t24,100", // 17
            "", // 18
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Cost centre", "2024/25 Budget £", "2024/25 Forecast £", "2025/26 Budget £"])
        #expect(t.rows.prefix(3).map { $0.cells[0] } == ["EXPENDITURE", "Administration", "Clerk's salary and employer's on-costs"])
        #expect(t.section == "3. Draft budget 2025/26")
    }

    /// Word text: rows broken over lines by a cell of two paragraphs go on being read after a line without TAB that ends
    /// the row above (`Launch planned for 2 June 2025.`): the next row's lines are one row too.
    @Test func rowsOverLinesAfterALastCellsSecondParagraph() {
        let doc = imported([
            "", // 1
            "Status key: Complete, On track, At risk, Not started", // 2
            "", // 3
            "Ref\tAction\tLead officer\tTarget date\tStatus\tProgress update", // 4
            "1.1\tExtend the rent deposit scheme to single people under 35\tPriya Marsh", // 5
            "Housing Options Manager\tJune 2025\tOn track\tScheme rules revised and agreed with landlords forum.", // 6
            "Launch planned for 2 June 2025.", // 7
            "1.2\tIntroduce a triage appointment within two working days of first contact\tPriya Marsh", // 8
            "Housing Options Manager\tSeptember 2025\tNot started\tDepends on recruitment to two Grade 6 posts.", // 9
            "2.1\tBuy 20 further homes for temporary accommodation under the Local Authority Housing Fund\tGareth Iles", // 10
            "Housing Development Lead\tMarch 2026\tOn track\t8 homes purchased by May 2025.", // 11
            "5 further offers accepted and with solicitors.", // 12
            "2.2\tOpen the refurbished Wynch Street hostel annexe (10 units)\tGareth Iles", // 13
            "Housing Development Lead\tSeptember 2025\tAt risk\tContractor delay to electrical works.", // 14
            "Revised completion date of October 2025 expected.", // 15
            "2.3\tReview the temporary accommodation procurement framework with neighbouring councils\tNadia Coulter", // 16
            "Temporary Accommodation Manager\tDecember 2025\tOn track\tJoint procurement group formed in April 2025.", // 17
            "3.1\tCommission an assertive outreach service from April 2026\tOla Brennan", // 18
            "Rough Sleeping Coordinator\tJanuary 2026\tNot started\tDepends on the outcome of the Rough Sleeping Initiative funding bid.", // 19
            "3.2\tAgree a hospital discharge protocol with the acute trust\tOla Brennan", // 20
            "Rough Sleeping Coordinator\tJuly 2025\tComplete\tProtocol signed on 16 April 2025.", // 21
            "4.1\tReport on the housing register assessment backlog and restart HO9 reporting\tTomasz Wilde", // 22
            "Housing Performance and Systems Lead\tJuly 2025\tOn track\tBacklog reduced from 340 to 112 applications.", // 23
            "Quarter 1 figure will be in the next report.", // 24
            "", // 25
            "Actions are numbered by strategy priority: 1 Early prevention; 2 Reducing bed and breakfast; 3 Ending rough sleeping; 4 Service improvement.", // 26
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.count == 8)
        #expect(row(t, line: 8) == ["1.2", "Introduce a triage appointment within two working days of first contact", "Priya Marsh Housing Options Manager",
                                    "September 2025", "Not started", "Depends on recruitment to two Grade 6 posts."])
        #expect(t.rows.last?.cells.last == "Backlog reduced from 340 to 112 applications. Quarter 1 figure will be in the next report.")
    }

    /// `pdftotext -layout`: a unit named beside another labelled value (`Service: Housing Options and Homelessness   ⋯
    /// Lead officer: …`) under an appendix's section; the running head at the top of a page a blank line under the
    /// marking is page furniture, so the table goes on through it; the next appendix closes the section's unit.
    @Test func aUnitBesideALeadOfficerAndAnAppendixClosingIt() {
        let doc = imported([
            "                                          OFFICIAL", // 1
            "", // 2
            "                                                                              Agenda Item 7", // 3
            "", // 4
            "                                 RUXBOURNE DISTRICT COUNCIL", // 5
            "", // 6
            "                        COMMUNITIES OVERVIEW AND SCRUTINY COMMITTEE", // 7
            "", // 8
            "", // 9
            "Report to:             Communities Overview and Scrutiny Committee", // 10
            "Date of meeting:       12 November 2025", // 11
            "Report of:             Head of Housing and Communities", // 12
            "Directorate:           Communities and Housing", // 13
            "Portfolio Holder:      Councillor Meera Oyelaran, Housing and Homelessness", // 14
            "Wards affected:        All", // 15
            "Key decision:          No", // 16
            "Exempt information:    None", // 17
            "", // 18
            "Appendix B – Housing service risk register (risks scoring 12 or more)", // -248
            "", // -247
            "Contact officer", // -246
            "", // -245
            "Tobias Wrenfield, Housing Performance and Systems Manager", // -244
            "Tel: 01632 960 415", // -243
            "Email: tobias.wrenfield@ruxbourne.gov.uk", // -242
            "", // -241
            "", // -240
            "Housing Services Performance Report – Quarter 2 2025/26                          Page 5 of 8", // -239
            "                                          OFFICIAL", // -238
            "\u{0C}                                                            OFFICIAL", // -237
            "", // -236
            "Ruxbourne District Council                                                           Communities Overview and Scrutiny Committee", // -235
            "", // -234
            "APPENDIX A – HOUSING PERFORMANCE SCORECARD, QUARTER 2 2025/26", // -233
            "", // -232
            "Indicators are grouped by the service responsible. Status compares the Quarter 2 actual", // -231
            "with the Quarter 2 target. Direction of travel compares the Quarter 2 actual with the same", // -230
            "point in 2024/25.", // -229
            "", // -228
            "A1      Housing Options and Homelessness", // -227
            "", // -226
            "Service: Housing Options and Homelessness          Lead officer: Dami Achterberg, Housing Options Manager", // -225
            "", // -224
            "Ref    Indicator                                            2024/25          Q2          Q2    Status   Direction", // -223
            "                                                            outturn     2025/26     2025/26             of travel", // -222
            "                                                                         actual      target", // -221
            "", // -220
            "HO01   Households prevented from becoming homeless              412         238         210    Green    Improving", // -219
            "       (cumulative)", // -218
            "HO02   Percentage of prevention duty cases ending             58.2%       61.5%       60.0%    Green    Improving", // -217
            "       with accommodation secured for 6 months or", // -216
            "       more", // -215
            "HO03   Average weeks in bed and breakfast –                     4.8         5.6         6.0    Green    Declining", // -214
            "       households with children", // -213
            "HO04   Families with children in bed and breakfast                2           1           0    Red      Improving", // -212
            "       for more than 6 weeks (snapshot)", // -211
            "", // -210
            "", // -209
            "Housing Services Performance Report – Quarter 2 2025/26                                                              Page 6 of 8", // -208
            "                                                            OFFICIAL", // -207
            "\u{0C}                                                            OFFICIAL", // -206
            "", // -205
            "Ruxbourne District Council                                                           Communities Overview and Scrutiny Committee", // -204
            "", // -203
            "HO05   Homelessness decisions made within 56 days               88%         84%         90%    Amber    Declining", // -202
            "HO06   People sleeping rough on the quarterly single              7           5           5    Green    Improving", // -201
            "       night snapshot", // -200
            "HO07   Housing register applications assessed within            71%         79%         85%    Amber    Improving", // -199
            "       20 working days", // -198
            "", // -197
            "A2      Private Sector Housing", // -196
            "", // -195
            "Service: Private Sector Housing and Grants          Lead officer: Priya Holmgate-Baines, Private Sector Housing Manager", // -194
            "", // -193
            "Ref    Indicator                                            2024/25          Q2          Q2    Status   Direction", // -192
            "                                                            outturn     2025/26     2025/26             of travel", // -191
            "                                                                         actual      target", // -190
            "", // -189
            "PS01   Average days from Disabled Facilities Grant              112          98         100    Green    Improving", // -188
            "       approval to completion", // -187
            "PS02   Category 1 hazards removed from private rented            64          37          30    Green    Improving", // -186
            "       homes (cumulative)", // -185
            "PS03   Long-term empty homes brought back into use               41          17          22    Red      Declining", // -184
            "       (cumulative)", // -183
            "PS04   HMO licence applications determined within 12            92%         95%         95%    Green    Improving", // -182
            "       weeks", // -181
            "PS05   Service requests responded to within 5 working           89%         91%         90%    Green    Improving", // -180
            "       days", // -179
            "", // -178
            "Key", // -177
            "Green    On or better than target", // -176
            "Amber    Below target by 10% or less", // -175
            "Red      Below target by more than 10%", // -174
            "HMO      House in multiple occupation", // -173
            "", // -172
            "", // -171
            "Housing Services Performance Report – Quarter 2 2025/26                                                              Page 7 of 8", // -170
            "                                                            OFFICIAL", // -169
            "\u{0C}                                                            OFFICIAL", // -168
            "", // -167
            "Ruxbourne District Council                                                           Communities Overview and Scrutiny Committee", // -166
            "", // -165
            "APPENDIX B – HOUSING SERVICE RISK REGISTER (RISKS SCORING 12 OR MORE)", // -164
            "", // -163
            "Scores: L = likelihood, I = impact, each on a scale of 1 (low) to 5 (high). Score = L x I.", // -162
            "", // -161
            "Ref   Risk and consequence                   L   I  Score   Key controls and further actions      Risk owner           Review", // -160
            "                                                                                                                       date", // -159
            "", // -158
            "HS1   Demand for temporary accommodation     4   4     16   TA acquisition programme; weekly      Head of Housing and  Dec 2025", // -157
            "      continues to exceed supply,                           placement review panel; landlord      Communities", // -156
            "      increasing the use of bed and                         incentive offer refreshed October", // -155
            "      breakfast and nightly paid units and                  2025; monthly cost reporting to", // -154
            "      causing a budget overspend                            Directorate Management Team", // -153
            "", // -152
            "HS2   Private sector leased homes are lost   3   4     12   Renewal offers made six months        Housing Options      Jan 2026", // -151
            "      as leases end and landlords sell,                     before expiry; lease rent levels      Manager", // -150
            "      reducing the supply of settled                        reviewed with Finance", // -149
            "      temporary accommodation", // -148
            "", // -147
            "HS3   Families with children remain in bed   3   4     12   Daily B&B tracker; escalation to      Housing Options      Dec 2025", // -146
            "      and breakfast beyond the six-week                     Head of Service at week four;         Manager", // -145
        ])
        #expect(doc.tables.map { $0.unit } == ["Housing Options and Homelessness", "Private Sector Housing and Grants", "Communities and Housing"])
        #expect(doc.tables.first?.rows.map { $0.cells[0] } == ["HO01", "HO02", "HO03", "HO04", "HO05", "HO06", "HO07"])
    }

    // MARK: round 47

    /// Word text: a header whose top row merges a year over two columns (`2025/26` over `Budget £⇥Forecast £`) stands over
    /// the plan and its outcome; a group named by words a template heading starts with (`Staffing and administration`)
    /// between the header and the rows is a group of the table; a group's name under a total whose label stands in the
    /// second column (`⇥Total staffing and administration⇥…`) starts the next group.
    @Test func aYearMergedOverItsBudgetAndForecastAndGroupsUnderTotals() {
        let doc = imported([
            "4.1\tRevenue budget summary", // 1
            "", // 2
            "Table 1 summarises the draft budget by cost centre. Income is shown in brackets. The detailed budget by nominal code is available from the Town Clerk on request.", // 3
            "", // 4
            "Table 1: Revenue budget 2026/27", // 5
            "", // 6
            "Code\tBudget heading\t2024/25\t2025/26\t2026/27", // 7
            "\t\tActual £\tBudget £\tForecast £\tDraft budget £", // 8
            "Staffing and administration", // 9
            "4000\tSalaries, national insurance and pension\t84,950\t91,300\t90,950\t96,800", // 10
            "4010\tTraining and conferences\t1,120\t1,500\t900\t1,500", // 11
            "4020\tInsurance\t4,870\t5,100\t5,262\t5,500", // 12
            "4030\tAudit fees (internal and external)\t2,640\t2,800\t2,800\t2,950", // 13
            "4040\tOffice, IT and telephone\t5,310\t5,600\t5,975\t6,100", // 14
            "4050\tSubscriptions (NALC, SLCC, county association)\t1,402\t1,450\t1,468\t1,520", // 15
            "4060\tCouncillor allowances and expenses\t620\t800\t450\t800", // 16
            "\tTotal staffing and administration\t100,912\t108,550\t107,805\t115,170", // 17
            "Wellbrook Community Hall", // 18
            "4100\tUtilities\t9,840\t11,000\t9,600\t10,200", // 19
            "4110\tRepairs and maintenance\t6,215\t5,000\t7,840\t6,000", // 20
            "4120\tCleaning\t7,980\t8,300\t8,300\t8,700", // 21
            "1100\tHall hire income\t(18,430)\t(17,500)\t(19,600)\t(20,000)", // 22
            "\tTotal Wellbrook Community Hall\t5,605\t6,800\t6,140\t4,900", // 23
            "Open spaces and play areas", // 24
            "4200\tGrounds maintenance contract\t28,600\t29,500\t29,500\t30,800", // 25
            "4210\tPlay area inspections and repairs\t3,940\t4,500\t6,120\t4,800", // 26
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Code", "Budget heading", "2024/25 Actual £", "2025/26 Budget £", "2025/26 Forecast £", "2026/27 Draft budget £"])
        #expect(t.section == "4.1 Revenue budget summary")
        #expect(row(t, line: 9) == ["Staffing and administration", "", "", "", "", ""])
        #expect(row(t, line: 17) == ["", "Total staffing and administration", "100,912", "108,550", "107,805", "115,170"])
        #expect(row(t, line: 18)?.first == "Wellbrook Community Hall")
    }

    /// Word text: a row's first cell of two paragraphs (`Dunnockwell Scouts` over `(1st Dunnockwell Scout Group)⇥…`) right
    /// under the header is one row, not the rest of the header's last cell.
    @Test func aFirstRowWhoseLabelHoldsTwoParagraphs() {
        let doc = imported([
            "7.\tCommunity grants 2026/27", // 1
            "", // 2
            "Eleven applications were received by the closing date of 31 October 2025, asking for £12,850 in total against a budget of £8,000. The grants panel (Cllrs Obi, Lindqvist and Parfitt) met on 18 November 2025 and its recommendations are set out in Table 5. Applications not listed were either ineligible or have been referred to the District Council's locality fund.", // 3
            "", // 4
            "Table 5: Community grants recommended for 2026/27", // 5
            "", // 6
            "Organisation\tPurpose\tRequested £\tRecommended £", // 7
            "Dunnockwell Scouts", // 8
            "(1st Dunnockwell Scout Group)\tReplacement tents and stoves\t2,400\t1,500", // 9
            "Mill Street Day Centre\tTransport for older residents to the lunch club\t2,000\t2,000", // 10
            "Dunnockwell in Bloom\tPlanters and bulbs for the High Street and station\t1,200\t1,000", // 11
            "Hask Valley Citizens Advice\tOutreach advice session at the Community Hall, fortnightly\t1,500\t1,200", // 12
            "Dunnockwell Community Larder\tChiller cabinet (£1,100)", // 13
            "Winter running costs (£700)\t1,800\t1,300", // 14
            "St Aldric's Church\tChurchyard grass cutting\t600\t500", // 15
            "Kingfisher Meadow Friends\tVolunteer tools and hedging plants\t700\t500", // 16
            "Total\t\t10,200\t8,000", // 17
        ])
        #expect(doc.tables.first?.rows.first?.cells == ["Dunnockwell Scouts (1st Dunnockwell Scout Group)", "Replacement tents and stoves", "2,400", "1,500"])
        #expect(doc.tables.first?.header == ["Organisation", "Purpose", "Requested £", "Recommended £"])
    }

    /// Word text: a cover's table of report details saved with TABs (`Service area⇥People and Organisational Development`)
    /// names the paper's unit.
    @Test func aWordDetailsTableOnTheCoverNamesTheUnit() {
        let doc = imported([
            "MELLORBRIDGE METROPOLITAN BOROUGH COUNCIL", // 1
            "", // 2
            "EMPLOYMENT AND APPOINTMENTS COMMITTEE", // 3
            "", // 4
            "25 NOVEMBER 2025", // 5
            "", // 6
            "WORKFORCE REPORT – QUARTER 2 2025/26", // 7
            "", // 8
            "Report of\tDirector of Resources", // 9
            "Service area\tPeople and Organisational Development", // 10
            "Report author\tJoanne Whitcliffe, Head of People and Organisational Development", // 11
            "Contact details\tjoanne.whitcliffe@mellorbridge.gov.uk / 01632 960772", // 12
            "Wards affected\tNone directly", // 13
            "Key decision\tNo", // 14
            "Public or exempt\tPublic", // 15
            "", // 16
            "CONTENTS", // 17
            "1.\tPURPOSE OF REPORT\t2", // 18
            "2.\tRECOMMENDATIONS\t2", // 19
            "3.\tBACKGROUND\t2", // 20
            "4.\tWORKFORCE PROFILE\t3", // 21
            "5.\tSICKNESS ABSENCE\t4", // 22
            "6.\tAGENCY AND INTERIM WORKERS\t5", // 23
            "7.\tRECRUITMENT AND RETENTION\t6", // 24
            "8.\tIMPLICATIONS\t7", // 25
            "9.\tBACKGROUND PAPERS\t7", // 26
            "APPENDIX A – WORKFORCE ACTION PLAN 2025/26\t8", // 27
            "", // 28
            "\u{0C}", // 29
            "1.\tPURPOSE OF REPORT", // 30
            "", // 31
            "1.1\tThis report gives the Committee an overview of the Council’s workforce at the end of Quarter 2 2025/26 (30 September 2025). It covers the size and make-up of the workforce, sickness absence, the use of agency and interim workers, and recruitment and retention, and reports progress against the Workforce Action Plan agreed by the Committee in June 2025.", // 32
            "", // 33
            "1.2\tThe figures exclude staff employed in maintained schools, who are reported to the Schools Forum.", // 34
            "", // 35
            "2.\tRECOMMENDATIONS", // 36
            "", // 37
            "2.1\tThat the Committee:", // 38
            "•\tnotes the workforce information for Quarter 2 2025/26 set out in sections 4 to 7;", // 39
            "•\tnotes the continued high level of sickness absence in Adults, Health and Wellbeing and in Place and Regeneration, and the actions being taken to address it;", // 40
            "•\tnotes the forecast overspend of £1.11 million on agency workers and comments on the proposals to reduce it; and", // 41
            "•\tnotes progress on the Workforce Action Plan 2025/26 at Appendix A.", // 42
            "", // 43
            "3.\tBACKGROUND", // 44
            "", // 45
            "3.1\tThe Council’s People Strategy 2024–2027 sets out four priorities: being a great place to work, growing our own talent, healthy and well staff, and an inclusive workforce that reflects the borough. The Committee receives a workforce report each quarter so that it can monitor progress against these priorities.", // 46
            "", // 47
            "3.2\tWorkforce data is taken from the Council’s HR and payroll system (iTrent) at the end of each quarter. Agency data is taken from the managed service provider’s monthly reports and the Council’s ledger.", // 48
            "", // 49
            "4.\tWORKFORCE PROFILE", // 50
            "", // 51
            "4.1\tAt 30 September 2025 the Council employed 4,182 people (3,759.0 full-time equivalents) on permanent and fixed-term contracts, excluding casual workers and schools. This is 37 more people than at 31 March 2025, mainly because of the recruitment of permanent social workers in Children and Families.", // 52
            "", // 53
            "4.2\tTable 1 shows the workforce by directorate, together with vacant posts on the establishment and the number of agency workers engaged at the end of the quarter.", // 54
            "", // 55
            "Table 1: Headcount and FTE by directorate at 30 September 2025", // 56
            "Directorate\tHeadcount\tFTE\tVacant posts (FTE)\tAgency workers", // 57
            "Adults, Health and Wellbeing\t1,184\t1,016.4\t62.5\t48", // 58
            "Children and Families\t1,342\t1,205.8\t88.0\t71", // 59
            "Place and Regeneration\t906\t842.1\t34.5\t52", // 60
            "Resources\t618\t571.9\t21.0\t9", // 61
            "Chief Executive’s Office\t74\t70.2\t3.0\t1", // 62
            "Public Health\t58\t52.6\t2.0\t0", // 63
            "Total\t4,182\t3,759.0\t211.0\t181", // 64
            "", // 65
            "Source: iTrent establishment report, 30 September 2025", // 66
            "", // 67
            "4.3\tTable 2 shows the workforce by grade. Grades 1 to 10 are the Council’s local grades on the national pay spine, updated for the 2025 pay award of 3.2% backdated to 1 April 2025. Chief officers are employed on JNC terms and conditions.", // 68
        ])
        #expect(doc.tables.map { $0.unit } == ["People and Organisational Development"])
    }

    /// `pdftotext -layout`: a risk register's codes one space before their risks (`WR-R1 Breakdowns continue …`) are split
    /// where the header heads them apart though one row stands on the page, and after the page break, with no header,
    /// where every row's risk starts; the two parts are one table.
    @Test func codesOneSpaceBeforeTheirLabelsOverAPageBreak() {
        let doc = imported([
            "                                              Page 4 of 8", // 1
            "                                                OFFICIAL", // 2
            "\u{0C}                                                                                      OFFICIAL", // 3
            "     Waste and Recycling – Mid-Year Performance 2025/26                Cabinet – 15 October 2025", // 4
            "", // 5
            "     7. Risk management", // -255
            "", // -254
            "     7.1     The service risk register was reviewed by the management team on 24", // -253
            "             September 2025. The main risks are shown in Table 5. Scores are likelihood", // -252
            "             multiplied by impact, each on a scale of 1 to 5.", // -251
            "", // -250
            "     Table 5: Service risk register (main risks)", // -249
            "", // -248
            "     Ref   Risk                         Likelihood  Impact  Score   Mitigation                      Owner", // -247
            "", // -246
            "     WR-R1 Breakdowns continue to rise           4       4     16   Replacement programme at        Fleet Manager", // -245
            "           as the fleet ages, leading                               Appendix A; two spot-hire", // -244
            "           to missed collections and                                vehicles retained; weekly", // -243
            "           higher repair and hire                                   fleet availability report to", // -242
            "           costs.                                                   management team.", // -241
            "", // -240
            "", // -239
            "", // -238
            "", // -237
            "", // -236
            "", // -235
            "                                              Page 5 of 8", // -234
            "                                                OFFICIAL", // -233
            "\u{0C}                                                                                      OFFICIAL", // -232
            "     Waste and Recycling – Mid-Year Performance 2025/26                Cabinet – 15 October 2025", // -231
            "", // -230
            "     WR-R2 Shortage of LGV drivers               4       3     12   Driver training scheme (four    Waste and", // -229
            "           leads to reliance on agency                              trainees in 2025/26); market    Recycling", // -228
            "           staff and rounds not                                     supplement for LGV drivers      Manager", // -227
            "           completed.                                               under review with HR.", // -226
            "", // -225
            "     WR-R3 Extended producer                     3       4     12   2026/27 assumption held at the  Head of", // -224
            "           responsibility payments in                               2025/26 level; any surplus      Environmental", // -223
            "           future years are lower than                              held in reserve until payments  Services", // -222
            "           assumed in the medium term                               are confirmed.", // -221
            "           financial plan.", // -220
            "", // -219
            "     WR-R4 Contamination of dry                  3       3      9   Bin tagging on the twelve       Waste and", // -218
            "           recycling leads to rejected                              rounds with the highest         Recycling", // -217
            "           loads and higher gate fees.                              contamination; leaflet to all   Manager", // -216
            "                                                                    households in November 2025.", // -215
            "", // -214
            "     WR-R5 Fire at the depot or in a             2       5     10   Kerbside battery collection;    Fleet Manager", // -213
            "           vehicle caused by batteries                              thermal camera at the tipping", // -212
            "           in collected waste.                                      bay; depot fire risk", // -211
            "                                                                    assessment reviewed June 2025.", // -210
            "", // -209
            "     WR-R6 Delay in grid connection for          3       3      9   Application made to the         Fleet Manager", // -208
            "           electric vehicle charging at                             network operator in August", // -207
            "           Foundry Lane.                                            2025; electric vehicles", // -206
            "                                                                    scheduled for 2026/27 to allow", // -205
            "                                                                    for delay.", // -204
            "", // -203
            "", // -202
            "", // -201
            "     8. Implications", // -200
            "", // -199
            "     8.1     Financial: the fleet programme at Appendix A totals £2.670m. Borrowing", // -198
            "             costs are included in the capital financing budget in the medium term", // -197
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Risk", "Likelihood", "Impact", "Score", "Mitigation", "Owner"])
        #expect(t.rows.map { $0.cells[0] } == ["WR-R1", "WR-R2", "WR-R3", "WR-R4", "WR-R5", "WR-R6"])
        #expect(t.rows[1].cells[1] == "Shortage of LGV drivers leads to reliance on agency staff and rounds not completed.")
    }

    // MARK: round 48

    /// Typed to tab stops: a rule typed under the header and another over the total (`-------`) draw no rows; the header,
    /// the rows and the total are one table.
    @Test func typedRulesUnderTheHeaderAndOverTheTotal() {
        let doc = imported([
            "Table 3 - Reserves", // 1
            "", // 2
            "Reserve\t\t\t\tBalance\t\tForecast\tEstimated\tPlanned\t\tEstimated", // 3
            "\t\t\t\t1 April\t\tmovement\tbalance\t\tmovement\tbalance", // 4
            "\t\t\t\t2024\t\t2024/25\t\t31 March\t2025/26\t\t31 March", // 5
            "\t\t\t\t£\t\t£\t\t2025 £\t\t£\t\t2026 £", // 6
            "--------------------------------------------------------------------------------------------------------", // 7
            "General reserve\t\t\t31,400\t\t(707)\t\t30,693\t\t(1,750)\t\t28,943", // 8
            "Neighbourhood Plan\t\t2,400\t\t(850)\t\t1,550\t\t(500)\t\t1,050", // 9
            "Play equipment replacement\t8,000\t\t1,500\t\t9,500\t\t1,500\t\t11,000", // 10
            "Elections\t\t\t2,000\t\t0\t\t2,000\t\t1,000\t\t3,000", // 11
            "Christmas lights replacement\t600\t\t(115)\t\t485\t\t0\t\t485", // 12
            "--------------------------------------------------------------------------------------------------------", // 13
            "Total reserves\t\t\t44,400\t\t(172)\t\t44,228\t\t250\t\t44,478", // 14
            "", // 15
            "6.2 The contributions to the play equipment and elections reserves are", // 16
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Reserve", "Balance 1 April 2024 £", "Forecast movement 2024/25 £", "Estimated balance 31 March 2025 £",
                             "Planned movement 2025/26 £", "Estimated balance 31 March 2026 £"])
        #expect(t.rows.count == 6)
        #expect(t.rows.last?.cells == ["Total reserves", "44,400", "(172)", "44,228", "250", "44,478"])
        // (the rules are reported, as the separators they are)
        #expect(doc.rejects.filter { $0.reason == .separator }.map(\.line) == [7, 13])
    }

    /// Word text: a group's name (`Priority 2: Reducing the use of bed and breakfast`) between rows broken over lines by
    /// cells of two paragraphs, led by numbered refs (`2.1⇥Lease 12 additional homes …`), is a row of its own.
    @Test func groupNamesBetweenRowsOverLinesLedByNumberedRefs() {
        let doc = imported([
            "Appendix A – Strategy Action Plan Progress to March 2025", // 1
            "", // 2
            "Status: C = complete; IP = in progress; D = deferred", // 3
            "", // 4
            "Ref\tAction\tLead officer\tTarget date\tProgress at March 2025\tStatus", // 5
            "Priority 1: Preventing homelessness earlier", // 6
            "1.1\tPlace a housing options adviser in the Wedgeborough and Stallcross family hubs one day a week\tPriya Venkataraman, Prevention Team Leader\tSeptember 2024\tAdvisers in place at both hubs from August 2024.", // 7
            "61 households seen to March 2025.\tC", // 8
            "1.2\tAgree a protocol with registered providers to refer tenants at risk of eviction at least 8 weeks before court action\tPriya Venkataraman, Prevention Team Leader\tDecember 2024\tProtocol signed by four of the five main providers.", // 9
            "Talks with Ashgrove Homes continuing.\tIP", // 10
            "1.3\tExtend the landlord incentive scheme to include rent in advance of up to two months\tOwen Prideaux, Private Sector Housing Manager\tJune 2024\tScheme extended from June 2024; 38 tenancies created.\tC", // 11
            "Priority 2: Reducing the use of bed and breakfast", // 12
            "2.1\tLease 12 additional homes from private landlords for use as temporary accommodation\tMaya Thornbury, Temporary Accommodation Manager\tMarch 2025\tProcurement completed in November 2024.", // 13
            "First 12 homes handed over in February 2025.\tC", // 14
            "2.2\tConvert the former Malthouse Yard depot offices into 8 self-contained units\tDaniel Achebe-Ross, Housing Development Officer\tMarch 2025\tPlanning consent granted October 2024. Contractor appointed; completion now expected August 2025.\tIP", // 15
            "2.3\tReview the temporary accommodation placement policy\tMaya Thornbury, Temporary Accommodation Manager\tJanuary 2025\tDeferred pending the outcome of the national review of the grant formula.\tD", // 16
            "Priority 3: Ending rough sleeping", // 17
            "3.1\tRecommission the outreach service jointly with Stallcross Town Council\tHarriet Blenkin, Rough Sleeping Coordinator\tOctober 2024\tNew contract started 1 October 2024.\tC", // 18
            "3.2\tOpen a winter night shelter with five beds\tHarriet Blenkin, Rough Sleeping Coordinator\tNovember 2024\tOpened 18 November 2024.", // 19
            "27 people accommodated; 19 moved on to settled or supported housing.\tC", // 20
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.cells[0] } == ["Priority 1: Preventing homelessness earlier", "1.1", "1.2", "1.3",
                                               "Priority 2: Reducing the use of bed and breakfast", "2.1", "2.2", "2.3",
                                               "Priority 3: Ending rough sleeping", "3.1", "3.2"])
        #expect(t.rows[1].cells.last == "C")
    }

    /// Word text: a line that leads into a key (`Key to RAG status:` over `Green⇥Target met or exceeded`) under a table's
    /// last coded row is no part of that row, and the key is no rows of the table.
    @Test func aKeyUnderATableIsNoPartOfIt() {
        let doc = imported([
            "Table 1: Homelessness strategy performance indicators 2024/25", // 1
            "Ref\tIndicator\t2023/24 outturn\t2024/25 target\t2024/25 outturn\tRAG\tDirection of travel", // 2
            "HN01\tHouseholds whose homelessness was prevented\t412\t450\t468\tGreen\tImproving", // 3
            "HN02\tPrevention duty ended with accommodation secured for 6 months or more (%)\t58.2%\t60.0%\t61.5%\tGreen\tImproving", // 4
            "HN03\tRelief duty ended with accommodation secured (%)\t39.6%\t45.0%\t37.8%\tRed\tWorsening", // 5
            "HN04\tHouseholds in temporary accommodation at 31 March\t131\t120\t148\tRed\tWorsening", // 6
            "HN05\tFamilies with children in bed and breakfast for more than 6 weeks\t7\t0\t3\tRed\tImproving", // 7
            "HN06\tAverage length of stay in temporary accommodation (days)\t164\t150\t158\tAmber\tImproving", // 8
            "HN07\tPeople sleeping rough on the autumn snapshot night\t9\t6\t5\tGreen\tImproving", // 9
            "HN08\tHomelessness decisions issued within 56 days (%)\t86%\t90%\t88%\tAmber\tImproving", // 10
            "HN09\tCustomers satisfied with the housing advice received (%)\tn/a\t80%\t83%\tGreen\tn/a", // 11
            "Key to RAG status:", // 12
            "Green\tTarget met or exceeded", // 13
            "Amber\tTarget missed by 10% or less", // 14
            "Red\tTarget missed by more than 10%", // 15
            "", // 16
            "4.2\tHN09 is a new measure for 2024/25, collected by text message survey two weeks after a case is closed; there is no comparable figure for 2023/24 and no direction of travel is shown.", // 17
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.rows.map { $0.cells[0] } == ["HN01", "HN02", "HN03", "HN04", "HN05", "HN06", "HN07", "HN08", "HN09"])
    }

    /// `pdftotext -layout`: a risk register with no figures is found by the ratings between each risk and its mitigation
    /// (`Fees challenged on the grounds ⋯ Low ⋯ High ⋯ Fees calculated with …`).
    @Test func aRiskRegisterFoundByItsRatings() {
        let doc = imported([
            "7.     RISKS", // 1
            "", // 2
            "7.1    The main risks arising from the proposals, and how they will be managed, are shown below.", // 3
            "", // 4
            "   Risk                             Likelihood  Impact    Mitigation", // 5
            "", // 6
            "   Fees challenged on the grounds   Low         High      Fees calculated with the cost model", // 7
            "   that they exceed the cost of                           using 2024 time recording; calculations", // 8
            "   the service                                            published on request and reviewed", // 9
            "                                                          annually", // 10
            "", // 11
            "   Licence numbers fall further,    Medium      Medium    Income monitored monthly; the budget", // 12
            "   reducing income below budget                           assumes no growth in vehicle numbers", // 13
            "", // 14
            "   Objections to the taxi fees      Medium      Low       Notice published in January to leave", // 15
            "   delay their introduction                               time for objections to be considered in", // 16
            "   beyond 1 April 2025                                    March", // 17
            "", // 18
            "   Pest control customers turn to   Medium      Low       Charges benchmarked against four", // 19
            "   private contractors as charges                         neighbouring councils and local", // 20
            "   rise                                                   contractors; concession rate retained", // 21
            "", // 22
            "", // 23
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Risk", "Likelihood", "Impact", "Mitigation"])
        #expect(t.rows.map { Array($0.cells[1...2]) } == [["Low", "High"], ["Medium", "Medium"], ["Medium", "Low"], ["Medium", "Low"]])
        #expect(t.rows.first?.cells.first == "Fees challenged on the grounds that they exceed the cost of the service")
    }

    // MARK: round 49

    /// Typed to tab stops: one part of a budget fills a column the other leaves empty throughout (`Note`, filled only under
    /// `EXPENDITURE`): the narrower part takes the wider part's columns, so the header over all of them, the group names
    /// between the parts and both parts are one table.
    @Test func typedPartsOfOneTableTakeTheWiderColumns() {
        let doc = imported([
            "\t\t\t\t\t2024/25\t\t2024/25\t\t2025/26\t\tNote", // 1
            "\t\t\t\t\tBudget\t\tForecast\tProposed", // 2
            "\t\t\t\t\t£\t\t£\t\t£", // 3
            "", // 4
            "INCOME", // 5
            "Precept\t\t\t\t\t46,300\t\t46,300\t\t50,515", // 6
            "Council Tax Support Grant\t\t310\t\t310\t\t155", // 7
            "Allotment rents\t\t\t\t1,240\t\t1,265\t\t1,320", // 8
            "Burial fees\t\t\t\t2,800\t\t3,450\t\t3,000", // 9
            "Recreation ground hire\t\t\t650\t\t650\t\t700", // 10
            "Bank interest\t\t\t\t400\t\t780\t\t600", // 11
            "CIL neighbourhood portion\t\t-\t\t4,120\t\t-", // 12
            "\t\t\t\t\t------\t\t------\t\t------", // 13
            "Total income\t\t\t\t51,700\t\t56,875\t\t56,290", // 14
            "", // 15
            "EXPENDITURE", // 16
            "Clerk salary and on-costs\t\t16,450\t\t16,920\t\t17,880\t\t1", // 17
            "Clerk expenses and home working\t\t420\t\t380\t\t420", // 18
            "Office, postage, stationery and IT\t950\t\t1,020\t\t1,050", // 19
            "Website and email\t\t\t380\t\t395\t\t420", // 20
            "Insurance\t\t\t\t1,620\t\t1,584\t\t1,700", // 21
            "Internal and external audit\t\t850\t\t830\t\t900", // 22
            "Subscriptions (NALC/county assoc, SLCC)\t690\t\t704\t\t740", // 23
            "Training\t\t\t\t400\t\t250\t\t400", // 24
            "Parish newsletter (printing)\t\t600\t\t615\t\t650", // 25
            "Lengthsman and village maintenance\t3,400\t\t3,520\t\t3,600", // 26
            "PWLB loan repayment (pavilion)\t\t2,980\t\t2,980\t\t2,980", // 27
            "Grounds maintenance contract\t\t7,800\t\t7,800\t\t8,150\t\t2", // 28
            "Play area inspections and repairs\t1,500\t\t2,130\t\t1,800", // 29
            "Street lighting - energy and maintenance\t3,200\t2,880\t\t3,000", // 30
            "Burial ground maintenance\t\t1,400\t\t1,260\t\t1,500", // 31
            "Allotments (water and hedges)\t\t450\t\t512\t\t480", // 32
            "Bus shelters and noticeboards\t\t300\t\t120\t\t300", // 33
            "Defibrillator running costs\t\t220\t\t198\t\t220", // 34
            "Grants to local organisations (s137)\t2,000\t\t2,000\t\t2,250\t\t3", // 35
            "Chairman's allowance and civic events\t250\t\t180\t\t250", // 36
            "Transfer to earmarked reserves\t\t5,340\t\t11,620\t\t7,100\t\t4", // 37
            "Contingency\t\t\t\t500\t\t-\t\t500", // 38
            "\t\t\t\t\t------\t\t------\t\t------", // 39
            "Total expenditure\t\t\t51,700\t\t57,898\t\t56,290", // 40
            "", // 41
            "Surplus / (deficit)\t\t\t-\t\t(1,023)\t\t-", // 42
            "\t\t\t\t\t======\t\t======\t\t======", // 43
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header.dropFirst() == ["2024/25 Budget £", "2024/25 Forecast £", "2025/26 Proposed £", "Note"])
        #expect(row(t, line: 5) == ["INCOME", "", "", "", ""])
        #expect(row(t, line: 16) == ["EXPENDITURE", "", "", "", ""])
        #expect(row(t, line: 17) == ["Clerk salary and on-costs", "16,450", "16,920", "17,880", "1"])
        #expect(row(t, line: 42) == ["Surplus / (deficit)", "-", "(1,023)", "-", ""])
        // (the rules typed under the columns are reported as the separators they are)
        #expect(doc.rejects.filter { $0.reason == .separator }.map(\.line).contains(13))
    }

    /// Space-aligned: a register's rows a blank line apart, each wrapping its cells over lines in their own columns (the
    /// mitigation of `R1` runs to `£205,000`, seven lines down), are one table: each next row starts its cells where the
    /// row above did.
    @Test func registerRowsABlankLineApartWrappingTheirCells() {
        let doc = imported([
            "Ref   Risk                           L   I   Score   Mitigation                Risk owner", // 1
            "", // 2
            "R1    Rent arrears increase as       3   3       9   Tenancy sustainment       Head of", // 3
            "      more tenants move to                           officers contact every    Housing", // 4
            "      Universal Credit through                       tenant moving to          Management", // 5
            "      managed migration                              Universal Credit;", // 6
            "                                                     arrears monitored", // 7
            "                                                     weekly; bad debt", // 8
            "                                                     provision increased to", // 9
            "                                                     £205,000", // 10
            "", // 11
            "R2    Repairs cost inflation is      3   3       9   Price review clauses in   Head of", // 12
            "      higher than the 4% assumed                     the responsive repairs    Property", // 13
            "      in the budget                                  contract; monthly         Services", // 14
            "                                                     monitoring of job costs", // 15
            "                                                     and volumes", // 16
            "", // 17
            "R3    Damp and mould cases           3   4      12   Dedicated damp and mould  Head of", // 18
            "      continue to rise and the                       team; £300,000            Property", // 19
            "      Council cannot meet the                        remediation budget;       Services", // 20
            "      timescales of Awaab’s Law                      every case tracked and", // 21
            "                                                     reported to Cabinet", // 22
            "                                                     quarterly", // 23
            "", // 24
            "R4    Right to Buy sales are         2   2       4   Sales monitored monthly;  Housing", // 25
            "      higher than the 20 assumed,                    receipts retained to      Finance", // 26
            "      reducing rental income                         fund replacement homes    Manager", // 27
            "", // 28
            "R5    Interest rates on new          2   3       6   Borrowing timed with      Chief Finance", // 29
            "      borrowing are higher than                      advice from treasury      Officer", // 30
            "      the 4.8% assumed                               advisers; capital", // 31
            "                                                     programme can be", // 32
            "                                                     reprofiled", // 33
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Risk", "L", "I", "Score", "Mitigation", "Risk owner"])
        #expect(t.rows.map { $0.cells[0] } == ["R1", "R2", "R3", "R4", "R5"])
        #expect(t.rows.first?.cells[5].hasSuffix("provision increased to £205,000") == true)
    }

    /// Space-aligned: a register's last row alone at the top of the next page (`R7 ⋯`, its cells wrapped under it), the
    /// header not printed again, goes on from the table above the break when it starts its cells where that table's last
    /// row did.
    @Test func aLoneRowAfterAPageBreakGoesOnFromTheRowAbove() {
        let doc = imported([
            "", // 1
            "", // 2
            "", // 3
            "", // 4
            "HRA Rent Setting and Budget 2025/26                                              Page 7 of 9", // 5
            "                                          OFFICIAL", // 6
            "\u{0C}                                          OFFICIAL", // 7
            "Gannerdale District Council                                        Cabinet – 5 February 2025", // 8
            "", // 9
            "APPENDIX A – HRA RISK REGISTER", // 10
            "", // 11
            "L = likelihood, I = impact, each scored 1 (low) to 4 (high). Score = L x I. Scores of 12 or", // 12
            "more are rated red, 6 to 9 amber and 1 to 4 green.", // 13
            "", // 14
            "Ref   Risk                           L   I   Score   Mitigation                Risk owner", // 15
            "", // 16
            "R1    Rent arrears increase as       3   3       9   Tenancy sustainment       Head of", // 17
            "      more tenants move to                           officers contact every    Housing", // 18
            "      Universal Credit through                       tenant moving to          Management", // 19
            "      managed migration                              Universal Credit;", // 20
            "                                                     arrears monitored", // 21
            "                                                     weekly; bad debt", // 22
            "                                                     provision increased to", // 23
            "                                                     £205,000", // 24
            "", // 25
            "R2    Repairs cost inflation is      3   3       9   Price review clauses in   Head of", // 26
            "      higher than the 4% assumed                     the responsive repairs    Property", // 27
            "      in the budget                                  contract; monthly         Services", // 28
            "                                                     monitoring of job costs", // 29
            "                                                     and volumes", // 30
            "", // 31
            "R3    Damp and mould cases           3   4      12   Dedicated damp and mould  Head of", // 32
            "      continue to rise and the                       team; £300,000            Property", // 33
            "      Council cannot meet the                        remediation budget;       Services", // 34
            "      timescales of Awaab’s Law                      every case tracked and", // 35
            "                                                     reported to Cabinet", // 36
            "                                                     quarterly", // 37
            "", // 38
            "R4    Right to Buy sales are         2   2       4   Sales monitored monthly;  Housing", // 39
            "      higher than the 20 assumed,                    receipts retained to      Finance", // 40
            "      reducing rental income                         fund replacement homes    Manager", // 41
            "", // 42
            "R5    Interest rates on new          2   3       6   Borrowing timed with      Chief Finance", // 43
            "      borrowing are higher than                      advice from treasury      Officer", // 44
            "      the 4.8% assumed                               advisers; capital", // 45
            "                                                     programme can be", // 46
            "                                                     reprofiled", // 47
            "", // 48
            "R6    Social Housing                 2   3       6   Bid submitted October     Head of", // 49
            "      Decarbonisation Fund grant                     2024; schemes phased so   Property", // 50
            "      is not secured                                 that work starts only     Services", // 51
            "                                                     when funding is", // 52
            "                                                     confirmed", // 53
            "", // 54
            "", // 55
            "HRA Rent Setting and Budget 2025/26                                              Page 8 of 9", // 56
            "                                          OFFICIAL", // 57
            "\u{0C}                                          OFFICIAL", // 58
            "Gannerdale District Council                                        Cabinet – 5 February 2025", // 59
            "", // 60
            "R7    Inspection by the Regulator    2   4       8   Compliance dashboard      Director of", // 61
            "      of Social Housing finds                        reviewed monthly by the   Housing and", // 62
            "      failings in landlord health                    Housing Board;            Communities", // 63
            "      and safety compliance                          independent audit of", // 64
            "                                                     fire, gas, electrical,", // 65
            "                                                     water and lift safety", // 66
            "                                                     completed November 2024", // 67
            "", // 68
            "", // 69
            "Risk register reviewed by the Housing Management Team on 9 January 2025.", // 70
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.cells[0] } == ["R1", "R2", "R3", "R4", "R5", "R6", "R7"])
        #expect(t.rows.last?.cells[6] == "Director of Housing and Communities")
    }

    /// Word text: units alone each start a heading's run (`Fee⇥2024/25⇥2025/26 proposed⇥Notes` over `⇥£⇥£⇥Change %⇥`, the
    /// notes merged down): the change beside the second `£` is the second year's. A line holding a sum of money names no
    /// group: `Plate deposit of £20 refundable` is the second paragraph of the notes above it.
    @Test func unitsAloneStartEachHeadingsRun() {
        let doc = imported([
            "Table A1: Hackney carriage and private hire fees", // 1
            "Fee\t2024/25\t2025/26 proposed\tNotes", // 2
            "\t£\t£\tChange %\t", // 3
            "Vehicle licences", // 4
            "Hackney carriage vehicle – grant or renewal (12 months)\t245.00\t262.00\t6.9%\tIncludes first compliance test.", // 5
            "Plate deposit of £20 refundable", // 6
            "Private hire vehicle – grant or renewal (12 months)\t232.00\t248.00\t6.9%\tIncludes first compliance test", // 7
            "Transfer of vehicle ownership\t45.00\t48.00\t6.7%\t", // 8
            "Replacement vehicle plate", // 9
            "(lost or damaged)\t28.00\t30.00\t7.1%\t", // 10
            "Additional compliance test", // 11
            "(after failure)\t52.00\t55.00\t5.8%\tTest carried out at Millbeck Road depot", // 12
            "Driver licences", // 13
            "Dual driver licence – new (3 years)\t298.00\t318.00\t6.7%\tDBS check and medical charged separately", // 14
            "Dual driver licence – renewal (3 years)\t262.00\t280.00\t6.9%\tDBS check and medical charged separately", // 15
            "Driver knowledge test", // 16
            "(including one re-sit)\t64.00\t64.00\t0.0%\tNo change", // 17
            "Replacement driver badge\t15.00\t16.00\t6.7%\t", // 18
            "Operator licences", // 19
            "Private hire operator – 1 to 2 vehicles (5 years)\t410.00\t438.00\t6.8%\t", // 20
            "Private hire operator – 3 to 10 vehicles (5 years)\t690.00\t738.00\t7.0%\t", // 21
            "Private hire operator – 11 or more vehicles (5 years)\t1,150.00\t1,230.00\t7.0%\tAnnual payment option available", // 22
            "Change of operator address or details\t30.00\t32.00\t6.7%\t", // 23
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Fee", "2024/25 £", "2025/26 proposed £", "2025/26 proposed Change %", "Notes"])
        #expect(row(t, line: 5)?.last == "Includes first compliance test. Plate deposit of £20 refundable")
        #expect(row(t, line: 6) == nil)
        #expect(row(t, line: 13) == ["Driver licences", "", "", "", ""])
    }

    /// Word text: labelled values whose value goes on in its column on lines of its own (`Appendices:⇥A – …` over
    /// `⇥B – Licensing team establishment`) are no table.
    @Test func labelledValuesGoingOnInTheirColumnAreNoTable() {
        let doc = imported([
            "OFFICIAL", // 1
            "", // 2
            "Thistlewade District Council", // 3
            "", // 4
            "Licensing Committee", // 5
            "", // 6
            "Report title:\tReview of Licensing Fees and Charges 2025/26", // 7
            "Meeting date:\t22 January 2025", // 8
            "Report of:\tHead of Regulatory Services", // 9
            "Service area:\tLicensing and Regulatory Services", // 10
            "Portfolio holder:\tCouncillor Meredith Okonjo, Community Safety and Regulation", // 11
            "Wards affected:\tAll wards", // 12
            "Key decision:\tNo", // 13
            "Exempt information:\tNone", // 14
            "Appendices:\tA – Proposed fees and charges 2025/26", // 15
            "\tB – Licensing team establishment", // 16
            "\tC – Service improvement action plan 2025/26", // 17
            "", // 18
            "1.\tPurpose of the report", // 19
        ])
        #expect(doc.tables.isEmpty)
        for l in [7, 15, 16, 17] { #expect(doc.rejects.contains { $0.line == l && $0.reason == .notATable }) }
    }

    /// Space-aligned: a group's name at the codes' edge, running on over the labels beside them (`Bridges and structures`
    /// over `AM09  Chettleby Mill bridge – deck ⋯`), is a group row, not a header; under a note naming the table by its
    /// appendix number (`Table A1: … (continued)`) after a page break, the rows go on in that table.
    @Test func groupAtTheCodesEdgeUnderANoteNamingAnAppendixTable() {
        let doc = imported([
            "APPENDIX A – NAMED HIGHWAY MAINTENANCE SCHEMES 2025/26", // 1
            "", // 2
            "Service:             Highway Asset Management", // 3
            "Lead officer:        Joanna Feltham, Head of Highway Asset Management", // 4
            "", // 5
            "Table A1: Named maintenance schemes", // 6
            "", // 7
            "Ref   Scheme                              Division       Treatment         Estimate  Programmed", // 8
            "                                                                               £000", // 9
            "", // 10
            "Carriageway resurfacing", // 11
            "AM01  A4107 Wemsley Road, Stannerby       Stannerby      Inlay 100mm          1,240  Q1", // 12
            "      roundabout to Fosbrook Lane", // 13
            "AM02  A4107 inner ring road, Castle       Thurlbeck      Inlay 40mm and         860  Q2 (nights)", // 14
            "      Street to Mill Gate                 Central        joint sealing", // 15
            "AM03  B6421 Pelcombe High Street          Pelcombe       Inlay 40mm             395  Q3", // 16
            "AM04  B6433 Rudwell to Chettleby          Rudwell        Overlay and          1,120  Q1–Q2", // 17
            "                                                         reprofiling", // 18
            "AM05  C218 Kessingford Drove              Kessingford    In situ recycling      540  Q2", // 19
            "Surface dressing", // 20
            "AM06  Surface dressing programme – 38     Various        Surface dressing     3,100  Q1–Q2", // 21
            "      sites (list on the Council's", // 22
            "      website)", // 23
            "Footways", // 24
            "AM07  Thurlbeck town centre footways,     Thurlbeck      Reconstruction in      720  Q3–Q4", // 25
            "      phase 3 (Market Place and Bridge    Central        natural stone", // 26
            "      Street)", // 27
            "AM08  Fosbrook estate footways            Fosbrook       Slurry seal            185  Q2", // 28
            "", // 29
            "", // 30
            "", // 31
            "Highways and Transport Capital Programme 2025/26 to 2026/27                          Page 9 of 11", // 32
            "                                            OFFICIAL", // 33
            "\u{0C}                                            OFFICIAL", // 34
            "Thurlbeck County Council                                                Cabinet – 18 March 2025", // 35
            "", // 36
            "Table A1: Named maintenance schemes (continued)", // 37
            "", // 38
            "Bridges and structures", // 39
            "AM09  Chettleby Mill bridge – deck        Chettleby      Structural           1,450  Q2–Q3", // 40
            "      waterproofing and parapet                          maintenance", // 41
            "      replacement", // 42
            "AM10  A4107 Wemsley railway bridge –      Wemsley        Structural             980  Q4", // 43
            "      bearing replacement                                maintenance", // 44
            "AM11  Retaining wall, B6421 Pelcombe      Pelcombe       Reconstruction         610  Q1", // 45
            "      Bank", // 46
            "Drainage", // 47
            "AM12  Kessingford Drove culvert           Kessingford    Culvert                420  Q3", // 48
            "                                                         replacement", // 49
            "AM13  Rudwell flood alleviation           Rudwell        New gullies and        365  Q2–Q3", // 50
            "      (highway drainage element)                         soakaways", // 51
            "", // 52
            "      Total named schemes                                                    11,985", // 53
            "", // 54
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Ref", "Scheme", "Division", "Treatment", "Estimate £000", "Programmed"])
        #expect(row(t, line: 39) == ["Bridges and structures", "", "", "", "", ""])
        #expect(row(t, line: 40)?.prefix(2) == ["AM09", "Chettleby Mill bridge – deck waterproofing and parapet replacement"])
        #expect(t.rows.last?.cells[4] == "11,985")
    }

    // MARK: round 50

    /// Typed to tab stops: rows that all hold as many TABs, each typed on to the last column's stop and each short of a
    /// different column (`Chapel roof⇥⇥⇥18,200⇥⇥⇥⇥(12,000)⇥6,200`), are too few to tell alone; with the header over them and
    /// the total under them, each part under a typed rule, they are one table typed to tab stops.
    @Test func rowsOfEqualTabsShortOfDifferentColumns() {
        let doc = imported([
            "Table 4 - Cemetery reserves 2025/26 (estimated)", // 1
            "", // 2
            "Reserve\t\t\t\tBalance\t\tPaid in\t\tUsed\t\tBalance", // 3
            "\t\t\t\t1.4.25\t\t\t\t\t\t31.3.26", // 4
            "\t\t\t\t£\t\t£\t\t£\t\t£", // 5
            "------------------------------------------------------------------------------------------", // 6
            "Cemetery extension\t\t42,500\t\t6,000\t\t\t\t48,500", // 7
            "Chapel roof\t\t\t18,200\t\t\t\t(12,000)\t6,200", // 8
            "Headstone make-safe\t\t3,150\t\t\t\t(1,000)\t\t2,150", // 9
            "------------------------------------------------------------------------------------------", // 10
            "Total\t\t\t\t63,850\t\t6,000\t\t(13,000)\t56,850", // 11
            "", // 12
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Reserve", "Balance 1.4.25 £", "Paid in £", "Used £", "Balance 31.3.26 £"])
        #expect(row(t, line: 7) == ["Cemetery extension", "42,500", "6,000", "", "48,500"])
        #expect(row(t, line: 8) == ["Chapel roof", "18,200", "", "(12,000)", "6,200"])
        #expect(row(t, line: 11) == ["Total", "63,850", "6,000", "(13,000)", "56,850"])
    }

    /// Typed to tab stops: a signature block whose post stands under the name (`Signed:⇥⇥J. A. Pemberton` over
    /// `⇥⇥⇥Town Clerk and RFO`, then `Date:⇥⇥6 January 2025`) is labelled values, no table.
    @Test func aSignatureWithThePostUnderTheName() {
        let doc = imported([
            "9. BACKGROUND PAPERS", // 1
            "", // 2
            "Minutes of the Burial Grounds and Allotments Committee, 12 November 2024", // 3
            "Grave digging contract award report, July 2024", // 4
            "", // 5
            "", // 6
            "Signed:\t\tJ. A. Pemberton", // 7
            "\t\tTown Clerk and RFO", // 8
            "Date:\t\t6 January 2025", // 9
            "", // 10
            "Contact:\tTown Council Office, The Old Corn Exchange, Market Street, Haddleworth", // 11
            "Telephone:\t01632 960418", // 12
            "Email:\t\tclerk@haddleworth-tc.gov.uk", // 13
        ])
        #expect(doc.tables.isEmpty)
        for l in [7, 8, 9] { #expect(doc.rejects.contains { $0.line == l && $0.reason == .notATable }) }
    }

    /// Word text: under a row led by its code, a line of TABs with text only under text of that row goes on in those
    /// cells, whatever it starts with (`⇥⇥⇥Open the second supported hub at Heol y Nant.⇥⇥` under `AP1⇥…⇥Lease 12 more family
    /// homes …`): a code starts each row. The doubts do not flag the table for it.
    @Test func aCodedRowsCellsGoOnInTheirColumns() {
        let doc = imported([
            "Table 6: Actions for 2025–26", // 1
            "Ref\tAction\tMilestones\tLead\tTarget date", // 2
            "AP1\tReduce the use of bed and breakfast for families with children\tLease 12 more family homes through the private sector leasing scheme.\tTemporary Accommodation Manager\tDecember 2025", // 3
            "\t\tOpen the second supported hub at Heol y Nant.\t\t", // 4
            "AP2\tReview the allocations policy for the Common Housing Register\tPublic consultation closes in October 2025.\tAllocations Team Leader\tJanuary 2026", // 5
            "\t(joint review with the four partner landlords)\tRevised policy reported to Cabinet.\t\t", // 6
            "AP3\tExtend Housing First from 25 to 35 places\tCommission 10 additional places within the HSG budget.\tHousing Support Grant Coordinator\tOctober 2025", // 7
            "\t\t\twith the Area Planning Board\t", // 8
            "AP4\tIntroduce an online housing advice self-assessment\tDigital form live on the council website.\tHousing Options Team Leader\tJune 2025", // 9
            "\t\tReview of the first three months of use.\t\t", // 10
            "AP5\tMake rough sleeping rare, brief and unrepeated\tAssertive outreach seven days a week.\tHousing Options Team Leader\tMarch 2026", // 11
            "\t\tWinter night shelter open from November to March.\t\t", // 12
            "AP6\tPrepare the Rapid Rehousing Transition Plan 2027–2032\tNeeds assessment and draft plan submitted to Welsh Government.\tHead of Housing Solutions\tMarch 2026", // 13
            "", // 14
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.cells[0] } == ["AP1", "AP2", "AP3", "AP4", "AP5", "AP6"])
        #expect(row(t, line: 3)?[2] == "Lease 12 more family homes through the private sector leasing scheme. Open the second supported hub at Heol y Nant.")
        #expect(row(t, line: 5)?[1] == "Review the allocations policy for the Common Housing Register (joint review with the four partner landlords)")
        #expect(row(t, line: 7)?[3] == "Housing Support Grant Coordinator with the Area Planning Board")
        #expect(!doc.tables[0].doubts.contains(.capitalLineJoined))
    }

    // MARK: round 51

    /// Typed to tab stops: rows whose labels happen to need as many TABs each put their cells at the same TAB counts
    /// (`Tuesday general market⇥⇥⇥48⇥⇥31⇥⇥34⇥⇥71%`) but leave columns empty throughout between them, as no table of Word's
    /// does: with the header over them and the total under them they are one table typed to tab stops.
    @Test func rowsAtTheSameTabCountsLeavingColumnsEmptyThroughout() {
        let doc = imported([
            "Table 1: Pitch occupancy by market day", // 1
            "", // 2
            "Market day\t\t\t\tPitches\t\tAverage let\tAverage let\tOccupancy", // 3
            "\t\t\t\t\tavailable\t2023/24\t\t2024/25\t\t2024/25 %", // 4
            "--------------------------------------------------------------------------------", // 5
            "Tuesday general market\t\t\t48\t\t31\t\t34\t\t71%", // 6
            "Thursday hall market\t\t\t30\t\t19\t\t18\t\t60%", // 7
            "Saturday general market\t\t\t60\t\t52\t\t55\t\t92%", // 8
            "Farmers' market*\t\t\t24\t\t18\t\t21\t\t88%", // 9
            "--------------------------------------------------------------------------------", // 10
            "All markets\t\t\t\t162\t\t120\t\t128\t\t79%", // 11
            "", // 12
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Market day", "Pitches available", "Average let 2023/24", "Average let 2024/25", "Occupancy 2024/25 %"])
        #expect(row(t, line: 6) == ["Tuesday general market", "48", "31", "34", "71%"])
        #expect(row(t, line: 11) == ["All markets", "162", "120", "128", "79%"])
    }

    /// A note that the table goes on (`Continued overleaf`) at a page's foot and, after the form feed, a note naming the
    /// table (`Table 3: … (continued)`) over its header printed again: one table.
    @Test func aNoteAtThePageFootAndTheTableNamedAfterTheFormFeed() {
        let doc = imported([
            "Table 3: Market budget 2025/26 (cost centre 410)", // 1
            "", // 2
            "\t\t\t\t\t2024/25\t\t2024/25\t\t2025/26", // 3
            "Budget line\t\t\t\tBudget\t\tForecast\tBudget", // 4
            "\t\t\t\t\t£\t\t£\t\t£", // 5
            "--------------------------------------------------------------------------------", // 6
            "Income", // 7
            "Pitch fees - casual\t\t\t38,500\t\t36,900\t\t39,000", // 8
            "Pitch fees - regular\t\t\t52,000\t\t54,300\t\t56,600", // 9
            "Farmers' market fees\t\t\t6,500\t\t6,800\t\t7,700", // 10
            "Electricity recharges\t\t\t3,200\t\t3,500\t\t4,100", // 11
            "Storage charges\t\t\t\t1,400\t\t1,250\t\t1,300", // 12
            "\t\t\t\t\t-------\t\t-------\t\t-------", // 13
            "Total income\t\t\t\t101,600\t\t102,750\t\t108,700", // 14
            "", // 15
            "Expenditure", // 16
            "Market staff (1.6 FTE)\t\t\t41,200\t\t42,900\t\t44,800", // 17
            "Employer's on-costs\t\t\t9,800\t\t10,300\t\t10,900", // 18
            "Business rates - market hall\t\t14,600\t\t14,600\t\t15,200", // 19
            "Utilities\t\t\t\t8,900\t\t10,400\t\t10,800", // 20
            "", // 21
            "Continued overleaf", // 22
            "\u{0C}Table 3: Market budget 2025/26 (continued)", // 23
            "", // 24
            "\t\t\t\t\t2024/25\t\t2024/25\t\t2025/26", // 25
            "Budget line\t\t\t\tBudget\t\tForecast\tBudget", // 26
            "\t\t\t\t\t£\t\t£\t\t£", // 27
            "--------------------------------------------------------------------------------", // 28
            "Repairs and maintenance\t\t\t6,000\t\t7,850\t\t6,500", // 29
            "Cleansing and waste collection\t\t9,500\t\t9,500\t\t9,900", // 30
            "Insurance\t\t\t\t3,100\t\t3,240\t\t3,400", // 31
            "Advertising and promotion\t\t2,500\t\t1,900\t\t2,500", // 32
            "Central support recharge\t\t5,000\t\t5,000\t\t5,200", // 33
            "\t\t\t\t\t-------\t\t-------\t\t-------", // 34
            "Total expenditure\t\t\t100,600\t\t105,690\t\t109,200", // 35
            "", // 36
            "Net surplus / (deficit)\t\t\t1,000\t\t(2,940)\t\t(500)", // 37
            "================================================================================", // 38
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Budget line", "2024/25 Budget £", "2024/25 Forecast £", "2025/26 Budget £"])
        #expect(row(t, line: 29) == ["Repairs and maintenance", "6,000", "7,850", "6,500"])
        #expect(row(t, line: 37) == ["Net surplus / (deficit)", "1,000", "(2,940)", "(500)"])
        #expect(doc.rejects.filter { $0.reason == .repeatedHeader }.map(\.line) == [25, 26, 27])
    }

    /// Space-aligned: two headings over runs of sub-headings of two lines each that repeat (`Council tax` over `2023/24` /
    /// `Apr–Dec` and `2024/25` / `Apr–Dec`, the same under `Business rates`) each stand over their run, though each is
    /// centred short of its second column.
    @Test func headingsOverRepeatedRunsOfTwoLineSubHeadings() {
        let doc = imported([
            "Table 4: Recovery action, April to December", // 1
            "", // 2
            "                                                 Council tax               Business rates", // 3
            "Recovery stage                                 2023/24       2024/25         2023/24       2024/25", // 4
            "                                               Apr–Dec       Apr–Dec         Apr–Dec       Apr–Dec", // 5
            "", // 6
            "Reminder notices issued                         14,208        15,932           1,146         1,088", // 7
            "Final notices issued                             3,915         4,406             214           197", // 8
            "Summonses issued                                 4,862         5,317             402           371", // 9
            "Liability orders granted                         3,980         4,261             318           290", // 10
            "Attachments of earnings                            612           655               –             –", // 11
            "Deductions from benefits (including              1,034         1,127               –             –", // 12
            "Universal Credit)", // 13
            "Referrals to enforcement agents                  1,406         1,512              96           104", // 14
            "Charging orders applied for                          4             6               1             0", // 15
            "Insolvency petitions issued                          0             1               3             2", // 16
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Recovery stage", "Council tax 2023/24 Apr–Dec", "Council tax 2024/25 Apr–Dec",
                             "Business rates 2023/24 Apr–Dec", "Business rates 2024/25 Apr–Dec"])
    }

    /// Space-aligned: a header line holding a date (`Financial year ⋯ 1 April 2024 ⋯ Adjustments`) over a line of years
    /// and units (`£ ⋯ 2024 £`) is the header's, not a row of figures.
    @Test func aHeaderLineWithADateOverALineOfYearsAndUnits() {
        let doc = imported([
            "Table 5: Council tax arrears by year of charge", // 1
            "", // 2
            "                        Arrears at                   Collected   Written off   Outstanding at   Collected", // 3
            "Financial year        1 April 2024   Adjustments       Apr–Dec       Apr–Dec      31 December           %", // 4
            "                                 £             £        2024 £        2024 £           2024 £", // 5
            "", // 6
            "2014/15 and earlier        412,866       (3,120)         8,214        21,570          379,962         2.0", // 7
            "2015/16                    118,402         (840)         3,960         6,115          107,487         3.3", // 8
            "2016/17                    131,577       (1,205)         5,122         4,890          120,360         3.9", // 9
            "2017/18                    149,230             –         7,418         5,230          136,582         5.0", // 10
            "2018/19                    172,914       (2,260)        11,036         4,102          155,516         6.4", // 11
            "2019/20                    204,611         1,150        17,825         3,655          184,281         8.7", // 12
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Financial year", "Arrears at 1 April 2024 £", "Adjustments £", "Collected Apr–Dec 2024 £",
                             "Written off Apr–Dec 2024 £", "Outstanding at 31 December 2024 £", "Collected %"])
        #expect(t.rows.first?.cells.first == "2014/15 and earlier")
    }

    /// Space-aligned: a unit in a run of sub-headings that repeats (`Number  £` under `Council tax` and again under `Business
    /// rates`) is part of the run: the second heading stands over its `£`.
    @Test func aUnitInARepeatedRunOfSubHeadings() {
        let doc = imported([
            "Appendix A – Write-offs approved April to December 2024", // 1
            "", // 2
            "                                                     Council tax           Business rates", // 3
            "Reason for write-off                              Number            £         Number            £", // 4
            "", // 5
            "Deceased – no estate                                  41       18,455              –            –", // 6
            "Absconded / cannot be traced                          96       31,207              7       12,940", // 7
            "Bankruptcy, debt relief order or IVA                  38       14,820              2        3,315", // 8
            "Company dissolved or in liquidation                    –            –             11       46,822", // 9
            "Uneconomical to pursue (under £50)                   122        3,104              4          118", // 10
            "Statute barred (more than six years since             27       10,669              1        2,780", // 11
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Reason for write-off", "Council tax Number", "Council tax £", "Business rates Number", "Business rates £"])
    }

    /// Markdown: a bold caption numbered after its appendix (`**Table A1: Highway capital programme funding**`) is no
    /// heading; the table's section is the appendix's.
    @Test func anAppendixTablesCaptionIsNoHeading() {
        let doc = imported([
            "## <span id=\"page-7-0\"></span>**Appendix A – Funding of the highway programme**", // 1
            "", // 2
            "Amounts for 2026/27 and 2027/28 are indicative and depend on the Welsh Government settlement and the Council's capital strategy.", // 3
            "", // 4
            "**Table A1: Highway capital programme funding**", // 5
            "", // 6
            "| Funding source                      | 2025/26<br>£000 | 2026/27 indicative<br>£000 | 2027/28 indicative<br>£000 | Total<br>£000 |", // 7
            "|-------------------------------------|-----------------|----------------------------|----------------------------|---------------|", // 8
            "| WG Highways Refurbishment Grant     | 580             | 580                        | –                          | 1,160         |", // 9
            "| WG Resilient Roads Fund             | 233             | 150                        | –                          | 383           |", // 10
            "| WG Safe Routes in Communities Grant | 180             | –                          | –                          | 180           |", // 11
            "| Core capital allocation             | 936             | 1,120                      | 1,120                      | 3,176         |", // 12
            "| Prudential borrowing                | 1,173           | 900                        | 900                        | 2,973         |", // 13
            "| Invest-to-save loan                 | 510             | 420                        | –                          | 930           |", // 14
            "| **Total**                           | **3,612**       | **3,170**                  | **2,020**                  | **8,802**     |", // 15
        ])
        #expect(doc.tables.count == 1)
        #expect(doc.tables.first?.section == "Appendix A – Funding of the highway programme")
    }

    /// Word text: rows broken over lines by paragraphs in their cells, the last paragraph on a line without TAB under a line
    /// of one TAB (`Request to pay …⇥Increases are below …` over `Instalment option to be explored for 2026/27.`), the
    /// rows' lines' TABs adding up to a whole row's: each is one row.
    @Test func rowsBrokenOverLinesEndingOnALineWithoutTab() {
        let doc = imported([
            "Appendix A – Summary of consultation responses", // 1
            "", // 2
            "Respondent\tNumber of responses\tMain points raised\tOfficer comment", // 3
            "Hackney carriage drivers\t14\tIncrease too high while fares are unchanged.", // 4
            "Request to pay the three-year fee in instalments.\tIncreases are below the rise in the cost of the service.", // 5
            "Instalment option to be explored for 2026/27.", // 6
            "Private hire drivers\t6\tSupport for new safeguarding course but cost should be shared with operators.\tCourse cost is recovered from driver fees as drivers attend the course.", // 7
            "Sedgecombe Taxi Association\t1\tFormal objection under section 70 to vehicle fee increase.", // 8
            "Asks for a fare review.\tObjection considered in section 4.", // 9
            "A fare review will be reported to the Committee in June 2025.", // 10
            "Private hire operators\t3\tNo objection.\t–", // 11
            "Members of the public\t2\tFees should be higher to fund more enforcement.\tFees cannot be used to fund enforcement against unlicensed operators (see 3.2).", // 12
            "Total\t26\t\t", // 13
            "", // 14
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.cells[0] } == ["Hackney carriage drivers", "Private hire drivers", "Sedgecombe Taxi Association",
                                               "Private hire operators", "Members of the public", "Total"])
        #expect(row(t, line: 4)?[3] == "Increases are below the rise in the cost of the service. Instalment option to be explored for 2026/27.")
    }

    /// Word text: in a table that keeps its groups' names in rows of TABs (`Street trading⇥⇥⇥`), a line without TAB between
    /// two rows is a cell's second paragraph (`Part B (grant) 1,700.00` under `…⇥Part A (application) 1,650.00`), no group.
    @Test func aSecondParagraphWhereGroupsKeepTheirTabs() {
        let doc = imported([
            "Table 3: Other licence fees", // 1
            "", // 2
            "Licence or consent\tFee 2024/25 £\tFee 2025/26 £\tNotes", // 3
            "Animal activities (Animal Welfare Regulations 2018)\t\t\t", // 4
            "Application – one activity\t310.00\t325.00\tPlus vet fees at cost", // 5
            "Grant – one activity (per year of licence)\t150.00\t158.00\t", // 6
            "Each additional activity\t95.00\t100.00\t", // 7
            "Street trading\t\t\t", // 8
            "Consent – static pitch (annual)\t1,150.00\t1,200.00\tPayable quarterly", // 9
            "by direct debit", // 10
            "Consent – mobile trader (annual)\t640.00\t670.00\t", // 11
            "Temporary consent (per day)\t35.00\t37.00\tEvents only", // 12
            "Scrap metal dealers\t\t\t", // 13
            "Site licence (3 years)\t420.00\t440.00\t", // 14
            "Collector's licence (3 years)\t260.00\t272.00\t", // 15
            "Sex establishments\t\t\t", // 16
            "Grant or renewal\t3,200.00\t3,350.00\tPart A (application) 1,650.00", // 17
            "Part B (grant) 1,700.00", // 18
            "Transfer\t650.00\t680.00\t", // 19
            "", // 20
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 17)?[3] == "Part A (application) 1,650.00 Part B (grant) 1,700.00")
        #expect(row(t, line: 18) == nil)
        #expect(row(t, line: 8) == ["Street trading", "", "", ""])
    }

    /// Word text: a heading merged over the run of sub-headings that repeats the run before it, and over one more in the
    /// same unit (`Quenmore fee 2025/26` over `New application £⇥Annual fee £⇥Variation £`, beside `Statutory maximum` over
    /// the first two), stands over all three.
    @Test func aSpanningHeadingOverARepeatedRunAndOneMoreInItsUnit() {
        let doc = imported([
            "Table 3: Gambling Act 2005 premises licence fees", // 1
            "Premises type\tStatutory maximum\t\tQuenmore fee 2025/26\t\t", // 2
            "\tNew application £\tAnnual fee £\tNew application £\tAnnual fee £\tVariation £", // 3
            "Bingo premises\t3,500\t1,000\t2,450\t750\t1,400", // 4
            "Adult gaming centre\t2,000\t1,000\t1,600\t750\t800", // 5
            "Betting premises (other than tracks)\t3,000\t600\t2,100\t540\t1,150", // 6
            "Family entertainment centre\t2,000\t750\t1,400\t500\t800", // 7
            "Track betting premises\t2,500\t1,000\tn/a\tn/a\tn/a", // 8
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Premises type", "Statutory maximum New application £", "Statutory maximum Annual fee £",
                             "Quenmore fee 2025/26 New application £", "Quenmore fee 2025/26 Annual fee £", "Quenmore fee 2025/26 Variation £"])
    }

    // MARK: round 52

    /// Typed to tab stops: a line giving a date of its own under the row's date (`⇥⇥⇥Operational⇥⇥Quarterly⇥Grounds staff⇥⇥⇥
    /// 02/12/2024` under `Jubilee Park⇥⇥Routine visual⇥…⇥13/01/2025`) is a row of its own, its first cell merged over it and
    /// filled down, not the rest of the row above.
    @Test func aDatedSubRowUnderATypedRow() {
        let doc = imported([
            "Site\t\t\tInspection\t\tFrequency\tCarried out by\t\t\tLast completed", // 1
            "--------------------------------------------------------------------------------", // 2
            "Jubilee Park\t\tRoutine visual\t\tWeekly\t\tGrounds staff\t\t\t13/01/2025", // 3
            "\t\t\tOperational\t\tQuarterly\tGrounds staff\t\t\t02/12/2024", // 4
            "\t\t\tAnnual independent\tYearly\t\tRPII inspector\t\t\t18/06/2024", // 5
            "Beck Road Rec\t\tRoutine visual\t\tWeekly\t\tGrounds staff\t\t\t13/01/2025", // 6
            "\t\t\tOperational\t\tQuarterly\tGrounds staff\t\t\t03/12/2024", // 7
            "\t\t\tAnnual independent\tYearly\t\tRPII inspector\t\t\t18/06/2024", // 8
            "Millfield Green\t\tRoutine visual\t\tFortnightly\tVolunteer warden\t\t06/01/2025", // 9
            "\t\t\tAnnual independent\tYearly\t\tRPII inspector\t\t\t18/06/2024", // 10
            "--------------------------------------------------------------------------------", // 11
            "RPII = Register of Play Inspectors International.", // 12
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.count == 8)
        #expect(row(t, line: 3) == ["Jubilee Park", "Routine visual", "Weekly", "Grounds staff", "13/01/2025"])
        #expect(row(t, line: 4) == ["Jubilee Park", "Operational", "Quarterly", "Grounds staff", "02/12/2024"])
        #expect(row(t, line: 10) == ["Millfield Green", "Annual independent", "Yearly", "RPII inspector", "18/06/2024"])
    }

    /// Space-aligned: a year printed over some of a year's four quarters that no other heading stands over (`2024/25` over
    /// `Q2`, beside `2023/24` and `2024/25` over their full years) stands over all four.
    @Test func aYearOverSomeOfItsFourQuarters() {
        let doc = imported([
            "  Table 2: Applications received and decided by quarter", // 1
            "", // 2
            "                                         2023/24                 2024/25                    2024/25", // 3
            "  Measure                              full year        Q1        Q2        Q3        Q4  full year", // 4
            "", // 5
            "  Applications received                    1,702       421       437       388       402      1,648", // 6
            "  Applications decided                     1,688       398       426       401       391      1,616", // 7
            "  Decided within time or extension         90.6%     91.2%     92.5%     91.0%     93.4%      92.0%", // 8
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Measure", "2023/24 full year", "2024/25 Q1", "2024/25 Q2", "2024/25 Q3", "2024/25 Q4", "2024/25 full year"])
    }

    /// Space-aligned: a label centred about its row's line, a blank line under the header, its middle on the row's line beside
    /// the code (`Major decisions overturned at appeal,` over `DM6  as a percentage of all major decisions  10% max ⋯` over
    /// `(24-month rolling)*`), is one label; its first line is no part of the header.
    @Test func aLabelCentredAboutItsRowUnderABlankLine() {
        let doc = imported([
            "  Table 1 (continued)", // 1
            "", // 2
            "  Ref    Indicator                                  Target       Q1       Q2       Q3   Year to   RAG  Direction", // 3
            "                                                                                           date        of travel", // 4
            "", // 5
            "         Major decisions overturned at appeal,", // 6
            "  DM6    as a percentage of all major decisions    10% max     2.1%     2.0%     3.4%      3.4%   G    Declining", // 7
            "         (24-month rolling)*", // 8
            "", // 9
            "  DM7    Non-major decisions overturned at         10% max     0.9%     1.1%     1.0%      1.0%   G    Stable", // 10
            "         appeal (24-month rolling)*", // 11
            "", // 12
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header[1] == "Indicator")
        #expect(row(t, line: 6)?.prefix(2) == ["DM6", "Major decisions overturned at appeal, as a percentage of all major decisions (24-month rolling)*"])
        #expect(row(t, line: 10)?.first == "DM7")
    }

    /// Space-aligned: a group's name over a coded row whose label wraps under it (`Adult Social Care and Health` over `ASC01
    /// Expand reablement …` over `Care to reduce …`) stays a group: the label on the row's line does not go on from it.
    @Test func aGroupOverACodedRowIsNoCentredLabel() {
        let doc = imported([
            "        Table 2: Savings programme by directorate", // 1
            "", // 2
            "  Ref     Savings proposal                          2026/27   2027/28   2028/29    Total  RAG", // 3
            "                                                       £000      £000      £000     £000  status", // 4
            "", // 5
            "          Adult Social Care and Health", // 6
            "  ASC01   Expand reablement and Technology Enabled    4,200     2,800     1,500    8,500  Amber", // 7
            "          Care to reduce long-term care packages", // 8
            "  ASC02   Review of high-cost learning disability     3,150     1,900       750    5,800  Amber", // 9
            "          placements", // 10
            "  ASC03   Increase extra care housing capacity as an  1,100     1,650     2,000    4,750  Red", // 11
            "          alternative to residential care", // 12
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 6)?.prefix(2) == ["", "Adult Social Care and Health"])
        #expect(row(t, line: 7)?.first == "ASC01")
    }

    // MARK: round 53

    /// Space-aligned: a heading centred over a run of categories by letter (`Risk category` over `C  D` of `A ⋯ E`) stands
    /// over the run; a grand total two blank lines under the last row, its figures in the rows' columns, is the table's.
    @Test func aHeadingCentredOverLetteredCategoriesAndATotalTwoLinesDown() {
        let doc = imported([
            "                                                        Risk category", // 1
            "      Premises type                              A     B     C     D     E     Unrated     Total", // 2
            "", // 3
            "        Caring premises                          1     6    27     8    14           3        59", // 4
            "        School/college                           0     2    19    12     6           1        40", // 5
            "        Mobile food units                        0     1     9     7    36          14        67", // 6
            "        Restaurants and caterers – other         0     2    11     6    31           7        57", // 7
            "      Restaurants and caterers sub-total         6    58   261   115   140          97       677", // 8
            "", // 9
            "", // 10
            "      Total                                      6    63   302   169   240         114       894", // 11
            "", // 12
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Premises type", "Risk category A", "Risk category B", "Risk category C", "Risk category D",
                             "Risk category E", "Unrated", "Total"])
        #expect(t.rows.last?.cells == ["Total", "6", "63", "302", "169", "240", "114", "894"])
    }

    /// Space-aligned: an action plan's rows found by their date in the last column, beside a code and an action of three words
    /// or more (`Food hygiene ⋯ B1 ⋯ Complete all due category A to C ⋯ Principal EHO ⋯ 31 March 2026`).
    @Test func actionRowsWithTheirDateLastBesideACode() {
        let doc = imported([
            "      Appendix B – Service improvement actions 2025/26", // 1
            "", // 2
            "      Progress against these actions will be reported to the Committee at the half-year and", // 3
            "      in the 2025/26 year-end review.", // 4
            "", // 5
            "                                                                      Lead                Target", // 6
            "      Theme             Ref   Action                                  officer             date", // 7
            "", // 8
            "      Food hygiene      B1    Complete all due category A to C        Principal EHO       31 March 2026", // 9
            "                              interventions and reduce the D and E", // 10
            "                              backlog to fewer than 25 premises", // 11
            "", // 12
            "                        B2    Introduce remote (desk-top)             Senior EHO (Food)   30 September 2025", // 13
            "                              assessments for low-risk E-rated", // 14
            "                              premises in line with the Code of", // 15
            "                              Practice", // 16
            "", // 17
            "                        B3    Publish revised guidance on food        Food Safety         31 July 2025", // 18
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Theme", "Ref", "Action", "Lead officer", "Target date"])
        #expect(row(t, line: 9)?.suffix(2) == ["Principal EHO", "31 March 2026"])
        #expect(row(t, line: 13)?[1] == "B2")
    }

    /// Word text: a key's title under a table's last coded row (`RAG key` over `Green⇥Target met or exceeded`) is no part of
    /// that row, and the key is no rows of the table.
    @Test func aKeysTitleUnderACodedRow() {
        let doc = imported([
            "Table 4: Food service performance indicators", // 1
            "Ref\tIndicator\t2023/24\t2024/25\t\tRAG\t2025/26", // 2
            "\t\tActual\tTarget\tActual\t\tTarget", // 3
            "FS01\tPlanned interventions at category A–C premises completed\t96%\t100%\t98.4%\tAmber\t100%", // 4
            "FS02\tNew food businesses inspected within 28 days of starting to trade\t71%\t85%\t88%\tGreen\t85%", // 5
            "FS03\tFood premises broadly compliant", // 6
            "(excluding unrated premises)\t93.2%\t94%\t94.6%\tGreen\t95%", // 7
            "FS04\tPremises with a food hygiene rating of 3 or above\t95.1%\t95%\t95.8%\tGreen\t96%", // 8
            "FS05\tFood complaints responded to within 3 working days\t89%\t95%\t86%\tRed\t95%", // 9
            "FS06\tNumber of food samples taken\t142\t150\t143\tAmber\t150", // 10
            "FS07\tFHRS re-visits carried out within 3 months of request\t100%\t100%\t100%\tGreen\t100%", // 11
            "RAG key", // 12
            "Green\tTarget met or exceeded", // 13
            "Amber\tWithin 5% of target", // 14
            "Red\tMore than 5% below target", // 15
            "6.2.2\tTwo simple cautions were issued in 2024/25, both for serious pest infestations, and four hygiene emergency prohibition notices were served. There were no prosecutions. The service received no formal complaints about its conduct and 94% of businesses who returned a feedback form rated the inspection as good or very good.", // 16
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.cells[0] } == ["FS01", "FS02", "FS03", "FS04", "FS05", "FS06", "FS07"])
        #expect(row(t, line: 11)?[1] == "FHRS re-visits carried out within 3 months of request")
    }

    /// Word text: a row led by its numbered ref broken by a paragraph in its cell (`3.2⇥Move premises records …` over `(phase 2:
    /// inspections module)⇥ICT …⇥31 December 2025⇥4`), the lines' TABs adding up to the rows', is a row, not a heading.
    @Test func aNumberedRowBrokenOverTwoLinesIsNoHeading() {
        let doc = imported([
            "Appendix 1 – Service action plan 2025/26", // 1
            "Actions are grouped under the service priorities. Progress will be reported to the Committee at mid-year and in the 2026/27 plan.", // 2
            "Ref\tAction\tLead officer\tTarget date\tObjective", // 3
            "Priority 1 – Reducing food-borne illness\t\t\t\t", // 4
            "1.1\tComplete all category A and B interventions and clear the backlog of overdue category C inspections\tEH Manager (Commercial)\t31 March 2026\t1", // 5
            "1.2\tIntroduce risk-based triage of new food business registrations\tSenior EHO\t30 September 2025\t1", // 6
            "1.3\tDeliver the 2025/26 sampling programme, including a survey of allergen information at takeaways\tFood Safety Officer\t31 March 2026\t2", // 7
            "Priority 2 – Supporting local businesses\t\t\t\t", // 8
            "2.1\tRun four ‘Safer Food, Better Business’ training sessions for new operators\tEHO (Business Support)\t28 February 2026\t3", // 9
            "2.2\tPublish revised guidance for home-based food businesses on the Council website\tSenior EHO\t31 July 2025\t3", // 10
            "2.3\tAssess food traders for all large events at Castle Meadows before each event\tFood Safety Officer\tOngoing\t1, 3", // 11
            "Priority 3 – A resilient service\t\t\t\t", // 12
            "3.1\tRecruit and train the apprentice Technical Officer\tEH Manager (Commercial)\t30 September 2025\t4", // 13
            "3.2\tMove premises records to the new regulatory database", // 14
            "(phase 2: inspections module)\tICT Business Partner / EH Manager\t31 December 2025\t4", // 15
            "3.3\tCarry out the annual officer competency assessments\tHead of Regulatory Services\t30 June 2025\t4", // 16
            "", // 17
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 14)?.prefix(2) == ["3.2", "Move premises records to the new regulatory database (phase 2: inspections module)"])
        #expect(t.rows.last?.cells.first == "3.3")
    }

    /// Typed to tab stops: headings stacked over their own columns (`Forecast` over `31 March` over `2025`) span no column
    /// beside them: `Notes`, typed on the last heading line, heads its column alone.
    @Test func stackedTypedHeadingsSpanNoColumnBeside() {
        let doc = imported([
            "\t\t\t\tBalance\t\tTransfers\tForecast", // 1
            "\t\t\t\t1 April\t\tin/(out)\t31 March", // 2
            "Reserve\t\t\t\t2024\t\t2024/25\t\t2025\t\tNotes", // 3
            "\t\t\t\t£\t\t£\t\t£", // 4
            "", // 5
            "Earmarked reserves", // 6
            "Pavilion roof replacement\t18,000\t\t10,000\t\t28,000\t\tWorks planned 2026/27", // 7
            "Play equipment renewal\t\t9,500\t\t4,000\t\t13,500", // 8
            "Election costs\t\t\t3,000\t\t1,500\t\t4,500\t\tNext ordinary election May 2027", // 9
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Reserve", "Balance 1 April 2024 £", "Transfers in/(out) 2024/25 £", "Forecast 31 March 2025 £", "Notes"])
    }

    // MARK: round 54

    /// Word text: a unit's details right under an appendix's title (`Directorate⇥Education and Lifelong Learning` over `Head
    /// of service⇥…`) are no table (they name the appendix's unit).
    @Test func unitDetailsUnderAnAppendixTitle() {
        let doc = imported([
            "WF5\tPublish a Welsh language skills plan for each directorate.\tWelsh Language Officer\tDecember 2025\tOn track\tPlans drafted for three of six directorates.", // 1
            "WF6\tCarry out an equal pay audit.\tHead of People and Organisational Development\tJanuary 2026\tComplete\tReported to Cabinet on 13 May 2025.", // 2
            "\t\t\t\t\tNo unexplained pay gaps found.", // 3
            "", // 4
            "Appendix B – Education and Lifelong Learning Workforce Profile", // 5
            "Directorate\tEducation and Lifelong Learning", // 6
            "Head of service\tRhodri Gwilliam, Chief Education Officer", // 7
            "", // 8
            "Profile on 31 March 2025, excluding staff employed by school governing bodies.", // 9
            "Service\tHeadcount\tFTE\tWomen\tPart-time\tWelsh speakers (level 3+)", // 10
            "Inclusion and Additional Learning Needs\t318\t241.6\t82%\t47%\t31%", // 11
            "School Improvement\t46\t43.2\t71%\t13%\t39%", // 12
            "Youth Service\t112\t64.8\t58%\t62%\t36%", // 13
            "Adult and Community Learning\t87\t49.5\t74%\t68%\t28%", // 14
            "Catering and Cleaning\t603\t492.6\t91%\t71%\t22%", // 15
            "Music Service\t42\t34.1\t64%\t38%\t45%", // 16
            "Directorate management and support\t33\t31.5\t79%\t18%\t27%", // 17
            "Directorate total\t1,241\t957.3\t84%\t58%\t27%", // 18
        ])
        #expect(doc.tables.count == 2)
        guard let t = doc.tables.last else { return }
        #expect(t.header.first == "Service")
        // (the unit they name is checked on the whole paper, by the accuracy test: a unit is read from the paper's plans)
        for l in [6, 7] { #expect(doc.rejects.contains { $0.line == l && $0.reason == .notATable }) }
    }

    /// Word text: a sentence alone in the last column under a sentence ending the row above (`⇥⇥⇥⇥⇥Long-term cases … main
    /// cause.` under `…⇥Short-term absence down by 12%.`) is that cell's second paragraph.
    @Test func aSecondSentenceInTheLastColumn() {
        let doc = imported([
            "Table 3: Working days lost per FTE to sickness absence", // 1
            "Directorate\tDays lost per FTE\t\t\tRAG\tCommentary", // 2
            "\t2023/24\t2024/25 target\t2024/25 actual\t\t", // 3
            "Chief Executive's Office\t6.2\t7.0\t5.8\tGreen\tLowest rate in the Council.", // 4
            "Corporate Services\t9.4\t8.5\t8.9\tAmber\tShort-term absence down by 12%.", // 5
            "\t\t\t\t\tLong-term cases in the contact centre remain the main cause.", // 6
            "Education and Lifelong Learning\t10.8\t10.0\t9.6\tGreen\tTarget met for the first time since 2019/20.", // 7
            "Social Services\t16.9\t14.0\t15.7\tRed\tRate remains high in domiciliary care and residential homes.", // 8
            "\t\t\t\t\tOccupational health \"fast track\" for musculoskeletal cases started in January 2025.", // 9
            "Economy and Environment\t13.1\t12.0\t12.4\tAmber\tImprovement in waste collection crews.", // 10
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(row(t, line: 5)?.last == "Short-term absence down by 12%. Long-term cases in the contact centre remain the main cause.")
        #expect(row(t, line: 6) == nil)
    }

    /// Word text: one to three lines without TAB between two whole rows, the lower one's first cell empty (its group's name
    /// merged down over it), are the upper row's last cell's paragraphs (`Q2: 12 awareness sessions delivered` / `Q4:
    /// evaluation report to Committee`): no group's name can stand there.
    @Test func lastCellParagraphsAboveARowOfTheSameGroup() {
        let doc = imported([
            "Table 5: Action plan", // 1
            "Priority\tRef\tAction\tLead officer\tTarget date\tMilestones", // 2
            "Protect vulnerable residents\tAP1\tExpand the Scams Champions network and deliver scams awareness sessions to community groups\tSenior TSO (Fair Trading)\tMarch 2026\tQ1: recruit 20 new Scams Champions", // 3
            "Q2: 12 awareness sessions delivered", // 4
            "Q4: evaluation report to Committee", // 5
            "\tAP2\tInstall call-blocking devices for residents referred by Adult Social Care and the police\tPrincipal TSO (Consumer Protection)\tMarch 2026\t40 devices installed", // 6
            "Follow-up survey after six months", // 7
            "\tAP3\tReview the Rapid Response doorstep crime protocol with the police\tTrading Standards Manager\tSeptember 2025\tRevised protocol agreed and signed", // 8
            "Tackle illicit and unsafe products\tAP4\tIntelligence-led operation against illicit tobacco and illegal vapes", // 9
            "Includes applications for closure orders where supported by evidence\tSenior TSO (Product Safety)\tMarch 2026\t4 multi-agency days of action", // 10
            "\tAP5\tTest purchasing programme for vapes, alcohol, tobacco and knives\tSenior TSO (Age Restricted Sales)\tMarch 2026\t140 test purchases", // 11
            "Advice visit to every failing premises within 14 days", // 12
            "\tAP6\tOnline marketplace project on unsafe electrical goods and toys sold by local traders\tIntelligence Officer\tDecember 2025\tProject report with results of sampling", // 13
            "Support a fair local economy\tAP7\tGrow the number of Primary Authority partnerships\tPrincipal TSO (Business Support)\tMarch 2026\t18 partnerships in place", // 14
            "\tAP8\tTest all public weighbridges in the borough\tSenior TSO (Metrology)\tDecember 2025\tAll 9 weighbridges tested", // 15
            "TSO = Trading Standards Officer.", // 16
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.rows.map { $0.cells[1] } == ["AP1", "AP2", "AP3", "AP4", "AP5", "AP6", "AP7", "AP8"])
        #expect(row(t, line: 3)?.last == "Q1: recruit 20 new Scams Champions Q2: 12 awareness sessions delivered Q4: evaluation report to Committee")
        #expect(row(t, line: 6)?.first == "Protect vulnerable residents")
    }

    /// Markdown: a contact's details as labelled values with their colons (`| Name: | Gareth Prys-Morgan |` over the rule,
    /// `| Telephone: | 01632 960771 |`, `| Email: | … |`) are no table.
    @Test func aContactsLabelledValuesInAPipeTable() {
        let doc = imported([
            "## Contact officer", // 1
            "", // 2
            "| Name:      | Gareth Prys-Morgan             |", // 3
            "|------------|--------------------------------|", // 4
            "| Job title: | Flood Risk Manager             |", // 5
            "| Telephone: | 01632 960771                   |", // 6
            "| Email:     | flood.risk@treforgan.gov.wales |", // 7
            "", // 8
        ])
        #expect(doc.tables.isEmpty)
        #expect(doc.rejects.filter { $0.reason == .notATable }.count >= 4)
    }

    /// Typed to tab stops: a column of figures beside labels, each typed on to one stop whatever the label's length
    /// (`Balance at 1 April 2024⇥⇥⇥⇥⇥6,180` beside `Add: repayments received 2024/25⇥⇥⇥370`), is a table of two columns
    /// under its heading (`Community Grants reserve (EMR 320)⇥⇥⇥£`).
    @Test func aTypedColumnOfFiguresBesideLabels() {
        let doc = imported([
            "Table 5 - Earmarked reserve EMR 320", // 1
            "", // 2
            "Community Grants reserve (EMR 320)\t\t\t£", // 3
            "----------------------------------------------------------------", // 4
            "Balance at 1 April 2024\t\t\t\t\t6,180", // 5
            "Add: repayments received 2024/25\t\t\t370", // 6
            "Add: forecast underspend 2024/25\t\t\t400", // 7
            "Less: station planters (minute 112/24)\t\t\t(1,500)", // 8
            "\t\t\t\t\t\t\t-------", // 9
            "Forecast balance at 31 March 2025\t\t\t5,450", // 10
            "Less: proposed use in 2025/26\t\t\t\t(2,000)", // 11
            "\t\t\t\t\t\t\t-------", // 12
            "Forecast balance at 31 March 2026\t\t\t3,450", // 13
            "================================================================", // 14
            "", // 15
        ])
        #expect(doc.tables.count == 1)
        guard let t = doc.tables.first else { return }
        #expect(t.header == ["Community Grants reserve (EMR 320)", "£"])
        #expect(row(t, line: 5) == ["Balance at 1 April 2024", "6,180"])
        #expect(t.rows.last?.cells == ["Forecast balance at 31 March 2026", "3,450"])
    }
}
