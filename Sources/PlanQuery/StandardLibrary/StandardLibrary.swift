import Synchronization

/// The standard library written in planq (`stdlib/*.planq`), compiled into the library so a
/// binary or an embedding host never needs the files.
///
/// `Generated/` holds the files' text as Swift string literals, and `PreludeIndex.swift`, where
/// each function the prelude defines starts and ends; a test regenerates them from `stdlib/`
/// and fails when they differ (`PLANQ_BLESS=1 swift test --filter BundledSources` rewrites
/// them). Every `Engine` starts with the prelude (and the modules it imports) defined unless
/// it is created with `standardLibrary: false`; `import "stdlib/NAME"` reads the compiled-in
/// module. None of this is a file, so no file policy applies to it.
///
/// **Loaded by name, on first use.** Parsing the whole prelude at start was a third of
/// `planq -c '1 + 1'` (1.0 M of 3.3 M instructions), for a query that calls none of it. So an
/// engine's `FunctionTable` knows the prelude's names from the index and parses one `fn`
/// statement (its byte range of its module) the first time that name is looked up; the parse
/// is kept for the rest of the process. Listing every name (hints, completion) needs only
/// the index; listing every definition (`help`, docs) parses them all. What a name resolves
/// to is what loading the whole prelude gives — a test compares the two, function by function.
/// A prelude that does more than define functions and import modules (a `let`, a query) is
/// loaded whole at start instead (`preludeIsOnlyFunctions`), as before.
package enum StandardLibrary {
    /// The module names: `finance`, `performance`, `prelude`.
    package static var moduleNames: [String] { parsedModules.keys.sorted() }

    /// A module's source, named `stdlib/NAME.planq` in diagnostics and `help`; nil when there
    /// is no such module. `name` may carry the `.planq` extension.
    package static func module(named name: String) -> SourceFile? {
        let bare = name.hasSuffix(".planq") ? String(name.dropLast(".planq".count)) : name
        return parsedModules[bare]
    }

    /// True for the name of a compiled-in module's source (`stdlib/finance.planq`): an
    /// `import` inside it resolves against the standard library.
    static func isModuleFile(_ fileName: String) -> Bool {
        fileName.hasPrefix(folder) && module(named: String(fileName.dropFirst(folder.count))) != nil
    }

    static let folder = "stdlib/"

    /// What the prelude defines, loaded whole: `import "stdlib/prelude"` run in an engine of
    /// its own. Made once per process, and only when something needs all of it at once (a
    /// prelude that is more than functions, a lazy parse that fails, the tests).
    struct Definitions: Sendable {
        var functions: [String: UserFunction] = [:]
        var constants: [String: ConstantBinding] = [:]
        /// The modules loaded, by the identity `Engine.importModule` gives them, so a
        /// script's `import "stdlib/finance"` finds it already loaded.
        var modules: Set<String> = []
        /// Warnings while loading (none expected; a test checks).
        var warnings: [Diagnostic] = []
    }

    static let prelude: Result<Definitions, PlanQueryError> = {
        // An engine that may read no file: the modules come from the compiled-in text.
        let engine = Engine(files: LocalFileSystem(policy: .none), standardLibrary: false)
        var warnings: [Diagnostic] = []
        engine.onWarning = { warnings.append($0) }
        do {
            try engine.define("import \"\(folder)prelude\"", name: "<standard library>")
        } catch let e as PlanQueryError {
            return .failure(e)
        } catch {
            return .failure(PlanQueryError(.error(.runtime, "the standard library failed to load: \(error)", at: nil)))
        }
        return .success(Definitions(functions: engine.env.functions.all, constants: engine.env.constants,
                                    modules: engine.env.importedModules, warnings: warnings))
    }()

    /// Why the standard library could not be loaded whole, if it could not (a test keeps this
    /// nil). Asking loads all of it.
    package static var loadError: PlanQueryError? {
        if case .failure(let e) = prelude { return e }
        return nil
    }

    /// What the command line checks at start: nothing to check when the prelude is loaded by
    /// name (the test suite parses every indexed function of the compiled-in text, and a parse
    /// that still failed would fall back to the whole load); the whole load's error otherwise.
    package static var startupError: PlanQueryError? {
        preludeIsOnlyFunctions ? nil : loadError
    }

    // MARK: the prelude by name

    /// Whether `name` is one of the prelude's functions (from the index; nothing is parsed).
    static func preludeDefines(_ name: String) -> Bool {
        preludeFunctions.contains { $0.name == name }
    }

    /// The prelude's function names, in definition order (from the index; nothing is parsed).
    static var preludeFunctionNames: [String] { preludeFunctions.map(\.name) }

    /// The prelude's definition of `name`, parsed from its statement's bytes the first time it
    /// is asked for; nil when the prelude has no such function.
    static func preludeFunction(named name: String) -> UserFunction? {
        guard let slot = preludeFunctions.firstIndex(where: { $0.name == name }) else { return nil }
        if let done = parsedFunctions.withLock({ $0[name] }) { return done }
        let parsed = parseIndexed(preludeFunctions[slot]) ?? wholePreludeFunction(named: name)
        if let parsed { parsedFunctions.withLock { $0[name] = parsed } }
        return parsed
    }

    /// One indexed `fn` statement, parsed over its byte range of the module's text: token
    /// offsets are the module's, so spans, line numbers in hints and `##` doc comments are the
    /// ones the whole parse gives. Nil if the bytes are not that `fn` (a stale index; the
    /// freshness test refuses one).
    static func parseIndexed(_ entry: (name: String, module: String, start: Int, end: Int)) -> UserFunction? {
        guard let file = module(named: entry.module), entry.start >= 0, entry.start < entry.end,
              entry.end <= file.bytes.count else { return nil }
        var parser = Parser(file, range: entry.start..<entry.end)
        guard let statement = try? parser.parseStatement(), parser.kind == .eof,
              !parser.diagnostics.contains(where: { $0.severity == .error }),
              case .function(let fnName, let params, let body) = statement.kind, fnName == entry.name else { return nil }
        return UserFunction(name: fnName, parameters: params, body: body, span: statement.nameSpan, definition: statement.span)
    }

    /// The whole load's definition: the fallback when an indexed parse fails.
    private static func wholePreludeFunction(named name: String) -> UserFunction? {
        if case .success(let definitions) = prelude { return definitions.functions[name] }
        return nil
    }

    /// Functions parsed so far, shared by every engine of the process (definitions are values).
    private static let parsedFunctions = Mutex<[String: UserFunction]>([:])

    /// Source files are made once: spans and `help` keep referring to them.
    private static let parsedModules: [String: SourceFile] = {
        var byName: [String: SourceFile] = [:]
        for file in files where file.name.hasSuffix(".planq") {
            byName[String(file.name.dropLast(".planq".count))] = SourceFile(name: folder + file.name, text: file.text.description)
        }
        return byName
    }()
}

/// The `fn` definitions a run can call, by name: the ones the host, a script or a session
/// made, over the standard library's prelude (when the engine has it). A prelude function is
/// parsed when its name is first looked up (see `StandardLibrary`); defining a name shadows
/// the prelude's, and removing a prelude name hides it, as with a dictionary holding both.
package struct FunctionTable: Sendable {
    /// Definitions made here; they take precedence over the prelude's.
    private var own: [String: UserFunction] = [:]
    /// Prelude names removed (`functions["rag"] = nil`).
    private var hidden: Set<String> = []
    /// Whether the prelude is underneath.
    private var hasPrelude: Bool

    /// An empty table, or one over the standard library's prelude.
    package init(prelude: Bool = false) {
        hasPrelude = prelude
    }

    /// A table holding exactly these definitions.
    package init(_ functions: [String: UserFunction]) {
        own = functions
        hasPrelude = false
    }

    private func fromPrelude(_ name: String) -> Bool {
        hasPrelude && own[name] == nil && !hidden.contains(name)
    }

    package subscript(name: String) -> UserFunction? {
        get {
            if let f = own[name] { return f }
            guard hasPrelude, !hidden.contains(name) else { return nil }
            return StandardLibrary.preludeFunction(named: name)
        }
        set {
            own[name] = newValue
            guard hasPrelude else { return }
            if newValue == nil, StandardLibrary.preludeDefines(name) { hidden.insert(name) } else { hidden.remove(name) }
        }
    }

    /// Every name (no definition is parsed): hints and completion.
    package var keys: [String] {
        var names = Array(own.keys)
        if hasPrelude { names += StandardLibrary.preludeFunctionNames.filter(fromPrelude) }
        return names
    }

    /// Every definition (the prelude's are parsed): `help`, docs.
    package var values: [UserFunction] { keys.compactMap { self[$0] } }

    /// Every definition by name.
    package var all: [String: UserFunction] {
        var out = own
        for name in keys where out[name] == nil { out[name] = self[name] }
        return out
    }

    package var isEmpty: Bool { keys.isEmpty }
    package var count: Int { keys.count }
}
