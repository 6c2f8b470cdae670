import PlanQuery

/// A REPL command that starts with `.`; not part of the planq language.
package struct MetaCommand: Sendable {
    /// What the argument is, for Tab completion.
    package enum Argument: Sendable {
        case none, path, table, helpTopic, text
        case choice([String])
    }

    package var name: String
    package var usage: String
    package var summary: String
    package var argument: Argument

    package init(_ name: String, _ usage: String, _ summary: String, argument: Argument = .none) {
        self.name = name
        self.usage = usage
        self.summary = summary
        self.argument = argument
    }

    package static let modeNames = OutputFormat.allCases.map(\.rawValue)

    package static let all: [MetaCommand] = [
        MetaCommand(".help", ".help [TOPIC]", "this list; or one command, function or transform",
                    argument: .helpTopic),
        MetaCommand(".tables", ".tables [PATTERN]", "tables, with row counts and where they come from"),
        MetaCommand(".schema", ".schema [TABLE | QUERY]", "columns with their types and null counts", argument: .table),
        MetaCommand(".load", ".load PATH [as NAME]", "load a CSV/TSV/JSON/JSONL file, or a folder of them",
                    argument: .path),
        MetaCommand(".import", ".import FILE [NAME]", "sqlite3's name for .load FILE [as NAME]", argument: .path),
        MetaCommand(".open", ".open PATH", "the sqlite3/DuckDB name for .load PATH", argument: .path),
        MetaCommand(".read", ".read FILE", "run a file of statements and meta-commands", argument: .path),
        MetaCommand(".mode", ".mode [FORMAT]", "output format: " + modeNames.joined(separator: ", "),
                    argument: .choice(modeNames)),
        MetaCommand(".headers", ".headers on|off", "show the header row in table, csv and tsv output",
                    argument: .choice(["on", "off"])),
        MetaCommand(".nullvalue", ".nullvalue [TEXT]", "how a missing value is shown on screen (default: null)",
                    argument: .text),
        MetaCommand(".output", ".output [FILE]", "results to FILE (its extension picks the format); .output alone: the screen",
                    argument: .path),
        MetaCommand(".once", ".once FILE", "send only the next result to FILE", argument: .path),
        MetaCommand(".open-result", ".open-result", "write the last result to a temporary .xlsx and print its path"),
        MetaCommand(".maxrows", ".maxrows [N]", "show N rows of a table (0: all), then a footer",
                    argument: .text),
        MetaCommand(".maxwidth", ".maxwidth [N]", "fit tables into N columns (0: the terminal's width)", argument: .text),
        MetaCommand(".pager", ".pager on|off", "page results taller than the screen ($PAGER, else less -RS)",
                    argument: .choice(["on", "off"])),
        MetaCommand(".last", ".last", "show the last result again, in full"),
        MetaCommand(".timer", ".timer on|off", "show how long each statement took", argument: .choice(["on", "off"])),
        MetaCommand(".echo", ".echo on|off", "print each statement before it runs", argument: .choice(["on", "off"])),
        MetaCommand(".bail", ".bail on|off", "stop at the first error (scripts: on; the REPL: off)",
                    argument: .choice(["on", "off"])),
        MetaCommand(".prompt", ".prompt MAIN [CONTINUE]", "change the prompts", argument: .text),
        MetaCommand(".cd", ".cd DIRECTORY", "change the working folder", argument: .path),
        MetaCommand(".shell", ".shell COMMAND", "run a shell command (interactive planq only)", argument: .text),
        MetaCommand(".system", ".system COMMAND", "the same as .shell", argument: .text),
        MetaCommand(".edit", ".edit", "edit the last statement in $EDITOR, then run it"),
        MetaCommand(".show", ".show", "the current settings"),
        MetaCommand(".editmode", ".editmode emacs|vi", "line-editing keys", argument: .choice(["emacs", "vi"])),
        MetaCommand(".quit", ".quit", "leave planq (so does Ctrl-D)"),
        MetaCommand(".exit", ".exit [CODE]", "leave planq with an exit code", argument: .text),
    ]

    /// The commands `typed` names: an exact match, or every command it is a prefix of
    /// (`.mo` → `.mode`; `.t` is ambiguous).
    package static func find(_ typed: String, in commands: [MetaCommand] = all) -> [MetaCommand] {
        if let exact = commands.first(where: { $0.name == typed }) { return [exact] }
        guard typed.count > 1 else { return [] }
        return commands.filter { $0.name.hasPrefix(typed) }
    }
}

extension Array {
    /// The only element, or nil when there are none or several.
    var single: Element? { count == 1 ? first : nil }
}
