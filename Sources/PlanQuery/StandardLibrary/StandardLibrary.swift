/// The standard library written in planq (`stdlib/*.planq`), compiled into the library so a
/// binary or an embedding host never needs the files.
///
/// `Generated/` holds the files' text as Swift string literals; a test regenerates them from
/// `stdlib/` and fails when they differ (`PLANQ_BLESS=1 swift test --filter BundledSources`
/// rewrites them). Every `Engine` starts with the prelude (and the modules it imports)
/// defined unless it is created with `standardLibrary: false`; `import "stdlib/NAME"` reads
/// the compiled-in module. None of this is a file, so no file policy applies to it.
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

    /// What the prelude defines, shared by every engine. Made once per process: an engine
    /// copies the dictionaries (copy-on-write, so nothing is copied), which keeps
    /// `Engine()` and `planq -c '1 + 1'` from parsing the library again.
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
        return .success(Definitions(functions: engine.env.functions, constants: engine.env.constants,
                                    modules: engine.env.importedModules, warnings: warnings))
    }()

    /// Why the standard library could not be loaded, if it could not (a test keeps this nil;
    /// the command line reports it).
    package static var loadError: PlanQueryError? {
        if case .failure(let e) = prelude { return e }
        return nil
    }

    /// Source files are made once: spans and `help` keep referring to them.
    private static let parsedModules: [String: SourceFile] = {
        var byName: [String: SourceFile] = [:]
        for file in files where file.name.hasSuffix(".planq") {
            byName[String(file.name.dropLast(".planq".count))] = SourceFile(name: folder + file.name, text: file.text.description)
        }
        return byName
    }()
}
