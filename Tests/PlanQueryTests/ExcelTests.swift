import Foundation
import Testing
@testable import PlanQuery
import PlanQueryExcel

/// A scratch folder for one test.
private func scratchDirectory() throws -> URL {
    let dir = testScratch.appendingPathComponent("planq-excel-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

/// Runs a Python script (openpyxl is installed by scripts/test-deps/openpyxl.sh).
private func python(_ script: String, in dir: URL) throws {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script]
    p.currentDirectoryURL = dir
    let err = Pipe()
    p.standardError = err
    try p.run()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    if p.terminationStatus != 0 {
        Issue.record("python failed: \(String(decoding: e, as: UTF8.self))")
    }
}

@Suite("Excel workbooks")
struct ExcelTests {
    init() { Excel.register() }

    static func load(_ bytes: [UInt8], name: String = "book.xlsx", _ options: LoadOptions = .init()) throws -> (Table, LoadReport) {
        try TabularLoader.load(bytes: bytes, name: name, options: options)
    }

    /// A table with every type, nulls included.
    static func everyType() throws -> Table {
        let csv = """
            name,count,amount,budget,rate,ratio,when,month,year,active,note
            Libraries,12,1639.8,£1639.80,65.7%,0.125,2009-03-31,Mar 2009,2008/09,true,"say ""hi"", <b>&"
            Parks,-3,0.3,-£12.50,5%,1e-5,1999-12-31,Apr 2008,2009/10,false,
            Highways,,,,,,,,,,  leading space
            """
        let (t, _) = try TabularLoader.load(bytes: Array(csv.utf8), name: "every.csv")
        #expect(t.schema.map(\.type) == [.text, .int, .decimal, .decimal, .decimal, .float, .date, .month, .fiscalYear, .bool, .text])
        return t
    }

    @Test func writeThenReadKeepsEveryType() throws {
        let t = try Self.everyType()
        let bytes = try Workbooks.write([(name: "Budget", table: t)])
        let (back, report) = try Self.load(bytes)
        #expect(back.columnNames == t.columnNames)
        #expect(back.schema.map(\.type) == t.schema.map(\.type))
        #expect(back.schema.map(\.format) == t.schema.map(\.format))
        for name in t.columnNames {
            #expect(cells(back, name) == cells(t, name), "column \(name)")
        }
        #expect(report.format == .xlsx)
        #expect(report.warnings.isEmpty, "\(report.warnings.map(\.message))")
    }

    @Test func writerMarksCellsWithTheirTypes() throws {
        let bytes = try Workbooks.write([(name: "Budget", table: try Self.everyType())])
        let dir = try scratchDirectory()
        try Data(bytes).write(to: dir.appendingPathComponent("out.xlsx"))
        // Another reader (openpyxl) sees numbers as numbers, dates as dates and the formats.
        try python("""
            import openpyxl, datetime, json
            ws = openpyxl.load_workbook('out.xlsx')['Budget']
            row = [c for c in ws[2]]
            out = {
              'count': [type(row[1].value).__name__, row[1].value],
              'budget': [type(row[3].value).__name__, row[3].value, row[3].number_format],
              'rate': [row[4].value, row[4].number_format],
              'when': [type(row[6].value).__name__, str(row[6].value)],
              'month': [str(row[7].value), row[7].number_format],
              'year': [type(row[8].value).__name__, row[8].value],
              'active': [row[9].value],
              'note': [row[10].value],
              'header_bold': ws['A1'].font.b,
              'empty': ws['B4'].value,
            }
            open('seen.json', 'w').write(json.dumps(out))
            """, in: dir)
        let seen = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("seen.json"))) as? [String: Any]
        #expect((seen?["count"] as? [Any])?.first as? String == "int")
        let budget = seen?["budget"] as? [Any]
        #expect(budget?.first as? String == "float")
        #expect(budget?[1] as? Double == 1639.8)
        #expect((budget?[2] as? String)?.contains("£") == true)
        #expect((seen?["rate"] as? [Any])?.first as? Double == 0.657)
        #expect((seen?["when"] as? [Any])?.first as? String == "datetime")
        #expect((seen?["when"] as? [Any])?.last as? String == "2009-03-31 00:00:00")
        #expect((seen?["month"] as? [Any])?.first as? String == "2009-03-01 00:00:00")
        #expect((seen?["year"] as? [Any])?.last as? String == "2008/09")
        #expect((seen?["active"] as? [Any])?.first as? Bool == true)
        #expect((seen?["note"] as? [Any])?.first as? String == "say \"hi\", <b>&")
        #expect(seen?["header_bold"] as? Bool == true)
        #expect(seen?["empty"] is NSNull)
    }

    @Test func workbooksFromAnotherWriterReadBackWithTheRightValues() throws {
        let dir = try scratchDirectory()
        try python("""
            import openpyxl, datetime, zipfile, re
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = 'Budget'
            ws['A1'] = 'Kent County Council: budget 2009/10'      # a title row above the table
            ws.append([])                                            # an empty row
            ws.append(['Unit', 'Budget', None, 'Start', 'Active', 'Share', 'Noise', 'Double'])
            ws.merge_cells('B3:C3')                                  # a merged header over two columns
            rows = [
                ['Libraries', 1200.5, 1100, datetime.date(2009, 4, 1), True, 0.25, 0.1 + 0.2, None],
                ['Parks', 800, 790, datetime.datetime(2009, 3, 31), False, 0.5, 1.1 * 3, None],
                [],
                ['Highways', 3400.25, 3500, datetime.date(2010, 1, 15), True, 0.125, 2.675, None],
            ]
            for r in rows:
                ws.append(r)
            for r in range(4, 8):
                ws.cell(r, 2).number_format = '"£"#,##0.00'
                ws.cell(r, 6).number_format = '0.0%'
                ws.cell(r, 8).value = '=C%d*2' % r if r != 6 else None
            staff = wb.create_sheet('Staff')
            staff.append(['Name', 'FTE'])
            staff.append(['A. Smith', 1])
            staff.append(['B. Jones', 0.5])
            wb.save('book.xlsx')
            # openpyxl writes formulas without results; give them the values Excel would have saved.
            z = zipfile.ZipFile('book.xlsx')
            parts = {n: z.read(n) for n in z.namelist()}
            z.close()
            sheet = parts['xl/worksheets/sheet1.xml'].decode()
            for r, v in ((4, 2200), (5, 1580), (7, 7000)):
                sheet = re.sub(r'(<c r="H%d"[^>]*>)<f>(.*?)</f><v\\s*/?>(</v>)?' % r, r'\\g<1><f>\\g<2></f><v>%d</v>' % v, sheet)
            parts['xl/worksheets/sheet1.xml'] = sheet.encode()
            z = zipfile.ZipFile('book.xlsx', 'w', zipfile.ZIP_DEFLATED)
            for n, b in parts.items():
                z.writestr(n, b)
            z.close()

            old = openpyxl.Workbook()
            old.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
            o = old.active
            o.append(['Day', 'Amount'])
            o.append([datetime.date(2009, 3, 31), 1])
            o.append([datetime.date(1999, 12, 31), 2])
            old.save('mac1904.xlsx')
            """, in: dir)
        let bytes = try [UInt8](Data(contentsOf: dir.appendingPathComponent("book.xlsx")))
        // The table starts at row 3; the title row is left out by the range.
        var o = LoadOptions()
        o.range = "A3:H7"
        let (t, r) = try Self.load(bytes, o)
        #expect(t.columnNames == ["Unit", "Budget", "Budget_2", "Start", "Active", "Share", "Noise", "Double"])
        #expect(t.rowCount == 3)
        #expect(cells(t, "Unit") == ["Libraries", "Parks", "Highways"])
        #expect(t.column(named: "Budget")?.format == .money)
        #expect(cells(t, "Budget") == ["1200.50", "800.00", "3400.25"])
        #expect(cells(t, "Budget_2") == ["1100", "790", "3500"])
        #expect(t.column(named: "Start")?.type == .date)
        #expect(cells(t, "Start") == ["2009-04-01", "2009-03-31", "2010-01-15"])
        #expect(cells(t, "Active") == ["true", "false", "true"])
        #expect(t.column(named: "Share")?.format == .percent)
        #expect(cells(t, "Share") == ["0.250", "0.500", "0.125"])  // shown as 25.0%: one place of a percentage
        // Binary noise is shown as Excel shows it (15 significant digits): exact decimals.
        #expect(t.column(named: "Noise")?.type == .decimal)
        #expect(cells(t, "Noise") == ["0.300", "3.300", "2.675"])
        #expect(cells(t, "Double") == ["2200", "1580", "7000"])
        // The empty row was skipped and counted, at its sheet row number.
        #expect(r.issues.first { $0.kind == .emptyRows }?.line == 6)
        #expect(r.issues.contains { $0.kind == .mergedCells && $0.message.contains("B3:C3") })
        #expect(r.issues.contains { $0.kind == .sheets && $0.message.contains("`Staff`") })

        // Another sheet, by name.
        var s = LoadOptions()
        s.sheet = "Staff"
        let (staff, _) = try Self.load(bytes, s)
        #expect(cells(staff, "FTE") == ["1.0", "0.5"])
        // A sheet that does not exist names the ones that do.
        s.sheet = "Staf"
        let e = #expect(throws: Diagnostic.self) { try Self.load(bytes, s) }
        #expect(e?.message == "book.xlsx has no sheet `Staf`")
        #expect(e?.hints.first == "sheets: `Budget`, `Staff`")

        // The 1904 date system.
        let mac = try [UInt8](Data(contentsOf: dir.appendingPathComponent("mac1904.xlsx")))
        let (m, _) = try Self.load(mac, name: "mac1904.xlsx")
        #expect(cells(m, "Day") == ["2009-03-31", "1999-12-31"])
    }

    @Test func queriesReadWorkbooksWithSheetAndRange() throws {
        let dir = try scratchDirectory()
        let path = dir.appendingPathComponent("plan.xlsx").path
        try TabularWriter.writeBytes(try Workbooks.write([(name: "First", table: try Self.everyType()),
                                                          (name: "Second", table: Table(names: ["x"], rows: [[.int(1)], [.int(2)]]))]),
                                     to: path)
        let engine = makeEngine()
        #expect(try engine.query("from \"\(path)\" | summarize n = count()").columns[0][0] == .int(3))
        let second = try engine.query("from read(\"\(path)\", sheet = \"Second\") | summarize s = sum(x)")
        #expect(second.columns[0][0] == .int(3))
        let ranged = try engine.query("from read(\"\(path)\", range = \"A1:B2\")")
        #expect(ranged.columnNames == ["name", "count"])
        #expect(ranged.rowCount == 1)
    }

    @Test func binaryFilesAreRefusedNotReadAsText() throws {
        let workbook = try Workbooks.write([(name: "S", table: Table(names: ["a"], rows: [[.int(1)]]))])
        // An .xlsx named .csv, or read with format = "csv".
        let named = #expect(throws: Diagnostic.self) { try Self.load(workbook, name: "export.csv") }
        #expect(named?.message == "export.csv is an Excel workbook (.xlsx), not CSV or JSON text; it was not read")
        #expect(named?.hints.first?.contains("format = \"xlsx\"") == true)
        var csv = LoadOptions()
        csv.format = .csv
        #expect(throws: Diagnostic.self) { try Self.load(workbook, name: "book.xlsx", csv) }
        // …and with format = "xlsx" it is read.
        var xlsx = LoadOptions()
        xlsx.format = .xlsx
        #expect(try Self.load(workbook, name: "export.csv", xlsx).0.rowCount == 1)
        // Old Excel (OLE2), OpenDocument, NUL bytes.
        let xls: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100)
        let old = #expect(throws: Diagnostic.self) { try Self.load(xls, name: "budget.xls") }
        #expect(old?.message.contains("an Excel 97–2003 workbook (.xls)") == true)
        #expect(old?.hints == ["save it as .xlsx or .csv"])
        let ods = Array("PK\u{3}\u{4}....mimetypeapplication/vnd.oasis.opendocument.spreadsheet".utf8)
        #expect((#expect(throws: Diagnostic.self) { try Self.load(ods, name: "budget.ods") })?.message.contains(".ods") == true)
        let nul = Array("a,b\n1,2\n".utf8) + [0, 0, 1]
        let e = #expect(throws: Diagnostic.self) { try Self.load(nul, name: "data.csv") }
        #expect(e?.message == "data.csv is binary data (a NUL byte at offset 8), not text, not CSV or JSON text; it was not read")
        // A text file named .xlsx is not a workbook.
        let text = #expect(throws: Diagnostic.self) { try Self.load(Array("a,b\n".utf8), name: "fake.xlsx") }
        #expect(text?.message == "fake.xlsx is not an .xlsx workbook (text)")
    }

    @Test func damagedWorkbooksAreErrorsNotCrashes() throws {
        var bytes = try Workbooks.write([(name: "S", table: try Self.everyType())])
        for cut in [30, bytes.count / 2, bytes.count - 10] {
            let part = Array(bytes.prefix(cut))
            #expect(throws: Diagnostic.self) { try Self.load(part) }
        }
        // Flip bytes in the middle of the compressed data: an error or a table, never a trap.
        for k in stride(from: 100, to: bytes.count - 100, by: 97) { bytes[k] ^= 0x5A }
        _ = try? Self.load(bytes)
    }
}
