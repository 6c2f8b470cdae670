import Foundation
import PackagePlugin

/// Writes `let gitCommit = "<12-digit commit>"` for `planq --version`: the commit of the
/// package's own git checkout, or "unknown" when it is not a git checkout (a source archive)
/// or git is missing.
///
/// The command reruns when `HEAD` or its reflog `logs/HEAD` changes (a commit, checkout,
/// merge or reset appends to the reflog); those two files never disappear, which matters
/// because SwiftPM fails a build whose declared input is missing. A prebuild command would
/// be simpler but SwiftPM 6 does not rerun it on every build.
@main
struct RecordGitCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "GitCommit.swift")
        let script = #"""
            root=$(cd "$1" && pwd -P)
            top=$(git -C "$root" rev-parse --show-toplevel 2>/dev/null)
            commit=unknown
            if [ -n "$top" ] && [ "$(cd "$top" && pwd -P)" = "$root" ]; then
                commit=$(git -C "$root" rev-parse --short=12 HEAD 2>/dev/null) || commit=unknown
            fi
            line="let gitCommit = \"$commit\""
            [ "$(cat "$2" 2>/dev/null)" = "$line" ] || printf '%s\n' "$line" > "$2"
            """#
        return [.buildCommand(
            displayName: "Recording the git commit",
            executable: URL(fileURLWithPath: "/bin/sh"),
            arguments: ["-c", script, "record-git-commit", root.path, output.path],
            inputFiles: gitFilesThatChangeWithHEAD(root),
            outputFiles: [output]
        )]
    }

    /// `.git/HEAD` and `.git/logs/HEAD` (in a worktree `.git` is a file naming the real folder).
    func gitFilesThatChangeWithHEAD(_ root: URL) -> [URL] {
        var gitDir = root.appending(path: ".git")
        if let text = try? String(contentsOf: gitDir, encoding: .utf8), text.hasPrefix("gitdir:") {
            let path = text.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            gitDir = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appending(path: path)
        }
        return ["HEAD", "logs/HEAD"].map { gitDir.appending(path: $0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }
}
