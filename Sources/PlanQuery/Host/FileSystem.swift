#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Every file the library reads goes through the engine's one `FileSystem`: data files named
/// in a query (`from "x.csv"`, `read(...)`), files registered by path, plan documents,
/// `import`ed modules, and the directory listings behind "did you mean" hints. A host that
/// restricts it restricts all of them; there is no second route.
///
/// The bundled plan data and the standard library are compiled in: they are not files.
public protocol FileSystem: Sendable {
    /// Calls `body` with the bytes of a file. Throws a `.limit` diagnostic when the policy
    /// refuses the path, and `.io` when it is missing, unreadable or not a data file.
    func withContents<R>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> R) throws(Diagnostic) -> R
    /// The size of a readable file the policy allows; nil otherwise (missing, refused, a directory).
    func fileSize(_ path: String) -> Int?
    /// The entries of a directory the policy allows (hidden entries left out); empty otherwise.
    func list(directory: String) -> [String]
    /// Whether a directory exists and the policy allows reading in it.
    func isDirectory(_ path: String) -> Bool
    /// What the policy allows, for messages ("no files", "only /data").
    var policyDescription: String { get }
    /// Calls `body` with a file's bytes for reading front to back in parts: a large data file
    /// streamed through a query. Unlike `withContents`, the bytes need not all be in memory at
    /// once: pages are brought in as they are read, and `StreamedFile.release` gives back the
    /// ones already read. The same policy and errors as `withContents`.
    func withStreamedContents<R>(of path: String, _ body: (StreamedFile) throws(Diagnostic) -> R) throws(Diagnostic) -> R
}

/// A file's bytes as `FileSystem.withStreamedContents` hands them over: all addressable, but
/// only the parts being read need be resident.
public struct StreamedFile: @unchecked Sendable {
    public let bytes: UnsafeBufferPointer<UInt8>
    private let releaser: (@Sendable (Range<Int>) -> Void)?

    public init(bytes: UnsafeBufferPointer<UInt8>, release: (@Sendable (Range<Int>) -> Void)? = nil) {
        self.bytes = bytes
        self.releaser = release
    }

    /// Says that the bytes in `range` have been read: their memory may be given back (they
    /// stay readable; reading them again brings them in again).
    public func release(_ range: Range<Int>) { releaser?(range) }
}

extension FileSystem {
    /// Whether a readable file exists at `path` and the policy allows it.
    public func fileExists(_ path: String) -> Bool { fileSize(path) != nil }

    /// A whole file as bytes.
    public func read(_ path: String) throws(Diagnostic) -> [UInt8] {
        try withContents(of: path) { (buffer) throws(Diagnostic) -> [UInt8] in Array(buffer) }
    }

    /// By default the whole file is read (`withContents`) and nothing is given back early.
    public func withStreamedContents<R>(of path: String, _ body: (StreamedFile) throws(Diagnostic) -> R) throws(Diagnostic) -> R {
        try withContents(of: path) { (buffer) throws(Diagnostic) -> R in try body(StreamedFile(bytes: buffer)) }
    }
}

/// Which files an engine may read.
public enum FilePolicy: Sendable, Equatable, CustomStringConvertible {
    /// Any file the process can read (the command line's default).
    case unrestricted
    /// Only files inside these directories (after resolving `..` and symbolic links).
    case directories([String])
    /// No files at all (a new embedded engine's default).
    case none

    public var description: String {
        switch self {
        case .unrestricted: return "every file"
        case .directories(let dirs): return dirs.isEmpty ? "no directories" : "only " + dirs.joined(separator: ", ")
        case .none: return "no files"
        }
    }
}

/// The local disk seen through a `FilePolicy`. Regular files are memory-mapped; pipes (a
/// script's standard input) are read up to `streamLimit` bytes; devices, sockets and
/// directories are refused, so `from "/dev/zero"` is an error rather than a read without end.
public struct LocalFileSystem: FileSystem {
    public let policy: FilePolicy
    /// The most bytes read from a pipe.
    public var streamLimit: Int = 1 << 30
    /// Allowed directories, resolved once.
    private let roots: [String]

    public init(policy: FilePolicy = .unrestricted) {
        self.policy = policy
        if case .directories(let dirs) = policy {
            roots = dirs.map { LocalFileSystem.resolved($0) ?? LocalFileSystem.absolute($0) }
        } else {
            roots = []
        }
    }

    // MARK: the policy

    /// nil when the policy allows `path`; else the refusal.
    func refusal(_ path: String) -> Diagnostic? {
        switch policy {
        case .unrestricted:
            return nil
        case .none:
            return Diagnostic(kind: .limit, "cannot read \(path): this engine may not read files (file policy: no files)", at: nil,
                              hints: ["the host decides which files planq may read; the command line's --allow-read DIR grants a folder"])
        case .directories:
            // Resolve symbolic links and `..` before comparing, so `allowed/../../etc/passwd`
            // or a link out of an allowed folder is judged by where it really points.
            let real = LocalFileSystem.resolved(path) ?? LocalFileSystem.resolvedParent(path) ?? LocalFileSystem.absolute(path)
            if roots.contains(where: { LocalFileSystem.isInside(real, $0) }) { return nil }
            return Diagnostic(kind: .limit, "cannot read \(path): it is outside the folders this engine may read (file policy: \(policy))",
                              at: nil)
        }
    }

    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The canonical path of an existing file or directory.
    static func resolved(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// For a path that does not exist: its resolved folder plus its last component.
    static func resolvedParent(_ path: String) -> String? {
        let (dir, name) = splitPath(path)
        return resolved(dir).map { $0 == "/" ? "/" + name : $0 + "/" + name }
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let cwd = String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return cwd + "/" + path
    }

    static func splitPath(_ path: String) -> (String, String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let dir = String(path[..<slash])
        return (dir.isEmpty ? "/" : dir, String(path[path.index(after: slash)...]))
    }

    // MARK: FileSystem

    public var policyDescription: String { policy.description }

    public func fileSize(_ path: String) -> Int? {
        guard refusal(path) == nil else { return nil }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(st.st_size)
    }

    public func isDirectory(_ path: String) -> Bool {
        guard refusal(path) == nil else { return false }
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    public func list(directory: String) -> [String] {
        guard refusal(directory) == nil, let d = opendir(directory) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if !name.hasPrefix(".") { names.append(name) }
            if names.count > 10_000 { break }
        }
        return names.sorted()
    }

    public func withContents<R>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> R) throws(Diagnostic) -> R {
        if let refused = refusal(path) { throw refused }
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            let e = errno
            if e == ENOENT { throw missingFile(path) }
            throw Diagnostic(kind: .io, "cannot open \(path): \(String(cString: strerror(e)))", at: nil)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            throw Diagnostic(kind: .io, "cannot read \(path): \(String(cString: strerror(e)))", at: nil)
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            let size = Int(st.st_size)
            if size > 0 {
                #if os(Linux)
                let flags = MAP_PRIVATE | MAP_POPULATE
                #else
                let flags = MAP_PRIVATE
                #endif
                if let m = mmap(nil, size, PROT_READ, flags, fd, 0), m != MAP_FAILED {
                    defer { munmap(m, size) }
                    return try body(UnsafeBufferPointer(start: m.assumingMemoryBound(to: UInt8.self), count: size))
                }
            }
            return try readToEnd(fd, path, sizeHint: size, limit: Int.max, body)
        case S_IFIFO:
            return try readToEnd(fd, path, sizeHint: 1 << 16, limit: streamLimit, body)
        case S_IFDIR:
            throw Diagnostic(kind: .io, "\(path) is a folder, not a data file", at: nil)
        default:
            throw Diagnostic(kind: .io, "\(path) is a device or socket, not a data file; planq reads regular files and pipes", at: nil)
        }
    }

    /// A regular file is mapped without reading it in (`withContents` maps with MAP_POPULATE,
    /// which makes the whole file resident at once); released ranges are dropped from this
    /// process's memory with MADV_DONTNEED (the page cache keeps them). Anything else is read
    /// as `withContents` reads it.
    public func withStreamedContents<R>(of path: String, _ body: (StreamedFile) throws(Diagnostic) -> R) throws(Diagnostic) -> R {
        if let refused = refusal(path) { throw refused }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else {
            return try withContents(of: path) { (buffer) throws(Diagnostic) -> R in try body(StreamedFile(bytes: buffer)) }
        }
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            return try withContents(of: path) { (buffer) throws(Diagnostic) -> R in try body(StreamedFile(bytes: buffer)) }
        }
        defer { close(fd) }
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0,
              let m = mmap(nil, Int(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0), m != MAP_FAILED else {
            return try withContents(of: path) { (buffer) throws(Diagnostic) -> R in try body(StreamedFile(bytes: buffer)) }
        }
        let size = Int(st.st_size)
        defer { munmap(m, size) }
        #if os(Linux)
        _ = madvise(m, size, MADV_SEQUENTIAL)
        #endif
        let base = UInt(bitPattern: m)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let release: @Sendable (Range<Int>) -> Void = { range in
            // Whole pages inside the range only: a page shared with unread bytes stays.
            let lo = (range.lowerBound + page - 1) / page * page
            let hi = min(range.upperBound, size) / page * page
            guard hi > lo, let p = UnsafeMutableRawPointer(bitPattern: base + UInt(lo)) else { return }
            _ = madvise(p, hi - lo, MADV_DONTNEED)
        }
        return try body(StreamedFile(bytes: UnsafeBufferPointer(start: m.assumingMemoryBound(to: UInt8.self), count: size),
                                     release: release))
    }

    /// A missing file, with the near names in its folder that the policy lets us see.
    func missingFile(_ path: String) -> Diagnostic {
        let (dir, file) = LocalFileSystem.splitPath(path)
        var hints: [String] = []
        let candidates = list(directory: dir).filter { DataFiles.isSupported($0) }
        let near = closestNames(to: file, in: candidates, limit: 2)
        if !near.isEmpty {
            let prefix = dir == "." && !path.hasPrefix("./") ? "" : (dir == "/" ? "/" : dir + "/")
            hints.append("did you mean " + near.map { "`\(prefix)\($0)`" }.joined(separator: " or ") + "?")
        }
        return Diagnostic(kind: .io, "no such file: \(path)", at: nil, hints: hints)
    }

    /// Reads a pipe or an unmappable file to its end, refusing more than `limit` bytes.
    private func readToEnd<R>(_ fd: Int32, _ path: String, sizeHint: Int, limit: Int,
                              _ body: (UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> R) throws(Diagnostic) -> R {
        var bytes = [UInt8]()
        var capacity = max(sizeHint, 1 << 16)
        while true {
            let have = bytes.count
            var failure: Int32 = 0
            var eof = false
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { b, count in
                if have > 0 { bytes.withUnsafeBufferPointer { old in _ = b.initialize(from: old) } }
                var got = have
                while got < capacity, let base = b.baseAddress {
                    let r = posixRead(fd, base + got, capacity - got)
                    if r < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        break
                    }
                    if r == 0 { eof = true; break }
                    got += r
                }
                count = got
            }
            if failure != 0 {
                throw Diagnostic(kind: .io, "cannot read \(path): \(String(cString: strerror(failure)))", at: nil)
            }
            if eof { break }
            if bytes.count >= limit {
                throw Diagnostic(kind: .limit, "\(path) goes on past \(limit >> 20) MiB; planq stopped reading it", at: nil,
                                 hints: ["save the data to a file and read that"])
            }
            capacity = min(capacity * 2, limit + 1)
        }
        return try bytes.withUnsafeBufferPointer { (buf) throws(Diagnostic) -> R in try body(buf) }
    }
}

/// The C library's `read`, named apart from `FileSystem.read`.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, buffer, count)
}
