import Foundation
import PlanQuery
import ZIPFoundation

/// The parts of an `.xlsx` (a ZIP of XML files), read from bytes in memory.
struct XLSXPackage {
    /// A part larger than this is refused: a sheet of a million rows is well under it, and a
    /// small file that inflates past it is a ZIP bomb.
    static let maxPartSize: Int64 = 1 << 30

    private let archive: Archive
    let name: String

    init(bytes: [UInt8], name: String) throws(Diagnostic) {
        self.name = name
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw Diagnostic(kind: .data, "\(name) is not a readable .xlsx workbook: its ZIP structure is damaged", at: nil)
        }
    }

    /// A part's bytes, or nil when the workbook has no such part.
    func part(_ path: String) throws(Diagnostic) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        if Int64(entry.uncompressedSize) > XLSXPackage.maxPartSize {
            throw Diagnostic(kind: .data, "\(name): \(path) inflates to \(entry.uncompressedSize) bytes; parts over 1 GiB are not read", at: nil)
        }
        var out: [UInt8] = []
        out.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry, consumer: { out.append(contentsOf: $0) })
        } catch {
            throw Diagnostic(kind: .data, "\(name): \(path) cannot be decompressed (the workbook is damaged)", at: nil)
        }
        return out
    }

    func requiredPart(_ path: String) throws(Diagnostic) -> [UInt8] {
        guard let p = try part(path) else {
            throw Diagnostic(kind: .data, "\(name) is not an .xlsx workbook: it has no \(path)", at: nil,
                             hints: ["an .xlsm/.xlsx saved by Excel or LibreOffice has one; an .ods or .xls must be saved as .xlsx"])
        }
        return p
    }

    /// Writes parts into a new ZIP (deflated), with a fixed timestamp so that output is reproducible.
    static func zip(_ parts: [(path: String, bytes: [UInt8])]) throws(Diagnostic) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let date = Date(timeIntervalSince1970: 1_577_836_800)  // 2020-01-01
            for (path, bytes) in parts {
                let data = Data(bytes)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let data = archive.data else { throw Diagnostic(kind: .io, "the workbook could not be assembled", at: nil) }
            return [UInt8](data)
        } catch let d as Diagnostic {
            throw d
        } catch {
            throw Diagnostic(kind: .io, "the workbook could not be written: \(error)", at: nil)
        }
    }
}
