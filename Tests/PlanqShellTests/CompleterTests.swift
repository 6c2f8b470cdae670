import Foundation
import PlanQuery
import Testing
@testable import PlanqShell

@Suite("Tab completion")
struct CompleterTests {
    let completer: Completer

    init() {
        let (session, _) = makeSession()
        completer = Completer(engine: session.engine)
    }

    @Test func tablesAfterFromJoinAndAppend() {
        #expect(completer.complete("from ").candidates == ["kpis ", "budgets "])
        #expect(completer.complete("from k") == Completion(word: "k", candidates: ["kpis "], display: ["kpis"]))
        #expect(completer.complete("from kpis | join b").candidates == ["budgets "])
        #expect(completer.complete("from kpis | join left b").candidates == ["budgets "])
        #expect(completer.complete("from kpis | join l").candidates == ["left "])
        #expect(completer.complete("from kpis | append k").candidates == ["kpis "])
        #expect(completer.complete("from kpis | join (from b").candidates == ["budgets "])
    }

    @Test func statementStarts() {
        #expect(completer.complete("").candidates == ["from ", "let ", "fn ", "import ", "param ", "help "])
        #expect(completer.complete("fr").candidates == ["from "])
        #expect(completer.complete("let big = fr").candidates.contains("from "))
    }

    @Test func transformsAfterAPipe() {
        let c = completer.complete("from kpis | ")
        #expect(c.candidates.contains("where "))
        #expect(c.candidates.contains("summarize "))
        #expect(!c.candidates.contains("from "))
        #expect(completer.complete("from kpis | su").candidates == ["summarize "])
        #expect(completer.complete("from kpis\n| so").candidates == ["sort "])
        #expect(completer.complete("from kpis | group unit (").candidates.contains("take "))
        #expect(completer.complete("from kpis | group unit (sort -actual | ta").candidates == ["take "])
    }

    @Test func columnsOfTheTableAtThatPoint() {
        #expect(completer.complete("from kpis | where ").candidates == ["unit", "period", "indicator", "target", "actual"])
        #expect(completer.complete("from kpis | where un").candidates == ["unit"])
        #expect(completer.complete("from kpis | where unit == \"x\" and ac").candidates == ["actual"])
        // After a summarize only its output columns exist.
        #expect(completer.complete("from kpis | summarize n = count() by unit | sort ").candidates == ["unit", "n"])
        #expect(completer.complete("from kpis | summarize n = count() by unit | sort -").candidates == ["unit", "n"])
        // Columns come first; functions with the same start follow.
        let g = completer.complete("from kpis | derive gap = actual - target | where g").candidates
        #expect(g.first == "gap")
        #expect(!g.contains("geomean("))  // aliases are not offered
        // Inside an aggregate's brackets and in a multi-line statement.
        // (`target_met` is the standard library's, which every session has.)
        #expect(completer.complete("from kpis |\n  summarize t = sum(tar").candidates == ["target", "target_met("])
        #expect(completer.complete("from kpis\n| where actual > 1\n| select ind").candidates == ["indicator"])
    }

    @Test func columnsInsideGroupAndSubqueries() {
        #expect(completer.complete("from kpis | group unit (sort -act").candidates == ["actual"])
        #expect(completer.complete("from kpis | select unit, actual | group unit (sort -actual | derive r = rank(actual) | where ").candidates
                == ["unit", "actual", "r"])
        #expect(completer.complete("from kpis | join (from budgets | where bu").candidates == ["budget"])
    }

    @Test func joinConditionsOfferBothSides() {
        let c = completer.complete("from kpis | join budgets on ")
        #expect(c.candidates.contains("indicator"))
        #expect(c.candidates.contains("budget"))
        #expect(c.candidates.filter { $0 == "unit" }.count == 1)
    }

    @Test func namesThatNeedBackquotes() {
        #expect(completer.complete("from budgets | select Act").candidates == ["`Actual 2006/07`"])
        #expect(completer.complete("from budgets | select `Act").candidates == ["`Actual 2006/07`"])
        let c = completer.complete("from budgets | select Act")
        #expect(c.edit?.deleteCount == 3)
        #expect(c.edit?.insert == "`Actual 2006/07`")
    }

    @Test func functionsAndKeywordsWithAPartialWord() {
        let c = completer.complete("from kpis | summarize n = cou")
        #expect(c.candidates.contains("count("))
        #expect(completer.complete("from kpis | summarize n = count() b").candidates.contains("by "))
        #expect(completer.complete("from kpis | where actual > 1 an").candidates.contains("and "))
        // An empty word offers columns only, not every function.
        #expect(!completer.complete("from kpis | derive x = ").candidates.contains("count("))
    }

    @Test func caseInsensitiveWhenNothingMatchesExactly() {
        let c = completer.complete("from kpis | where UN")
        #expect(c.candidates == ["unit"])
        #expect(c.edit?.deleteCount == 2)
        #expect(c.edit?.insert == "unit")
    }

    @Test func helpTopics() {
        #expect(completer.complete("help whe").candidates == ["where"])
        #expect(completer.complete("help su").candidates.contains("sum"))
    }

    @Test func metaCommandsAndTheirArguments() {
        #expect(completer.complete(".mo").candidates == [".mode "])
        #expect(completer.complete(".t").candidates == [".tables ", ".timer "])
        #expect(completer.complete(".mode j").candidates == ["json", "jsonl"])
        #expect(completer.complete(".mode j").edit?.insert == "son")
        #expect(completer.complete(".timer o").candidates == ["on", "off"])
        #expect(completer.complete(".schema bu").candidates == ["budgets "])
        #expect(completer.complete(".help .ma").candidates == [".maxrows", ".maxwidth"])
        #expect(completer.complete(".editmode v").candidates == ["vi"])
        #expect(completer.complete(".").candidates.count == MetaCommand.all.count)
    }

    @Test func filePathsInsideStringsAndAfterPathCommands() throws {
        let dir = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir + "/examples/data", withIntermediateDirectories: true)
        try "a\n1\n".write(toFile: dir + "/examples/data/kpis.csv", atomically: true, encoding: .utf8)
        try "a\n1\n".write(toFile: dir + "/examples/data/budgets.csv", atomically: true, encoding: .utf8)
        try "x".write(toFile: dir + "/.hidden", atomically: true, encoding: .utf8)
        completer.directory = dir
        #expect(completer.complete("from \"exa").candidates == ["examples/"])
        #expect(completer.complete("from \"examples/data/").display == ["budgets.csv", "kpis.csv"])
        #expect(completer.complete("from \"examples/data/k").candidates == ["examples/data/kpis.csv\""])
        #expect(completer.complete("from 'examples/data/b").candidates == ["examples/data/budgets.csv'"])
        #expect(completer.complete("from kpis | join \"examples/data/b").candidates == ["examples/data/budgets.csv\""])
        #expect(completer.complete(".load examples/data/k").candidates == ["examples/data/kpis.csv"])
        #expect(completer.complete(".read ex").candidates == ["examples/"])
        #expect(!completer.complete("from \"").candidates.contains(".hidden\""))
        #expect(completer.complete("from \"").candidates == ["examples/"])
        #expect(completer.complete("from \"\(dir)/exam").candidates == ["\(dir)/examples/"])
    }

    @Test func valuesOfTheColumnComparedWith() {
        #expect(completer.complete("from kpis | where unit == \"Wa").candidates == ["Waste\""])
        #expect(completer.complete("from kpis | where unit != 'P").candidates == ["Parks'"])
        #expect(completer.complete("from kpis | where unit == \"").display == ["Housing", "Parks", "Waste"])
        #expect(completer.complete("from kpis | where indicator == \"Homes b").candidates == ["Homes built\""])
        // Numbers and unknown columns: nothing to offer; other strings are not paths either.
        #expect(completer.complete("from kpis | where actual == \"1").candidates.isEmpty)
        #expect(completer.complete("from kpis | derive note = \"exa").candidates.isEmpty)
    }

    @Test func nothingToOfferInNumbersOrNewNames() {
        #expect(completer.complete("from kpis | take 1").candidates.isEmpty)
        #expect(completer.complete("let ").candidates.isEmpty)
        #expect(completer.complete("from kpis | where actual > £1.2m").candidates.isEmpty)
    }

    @Test func commonPrefixAndListing() {
        let c = Completion(word: "a", candidates: ["alpha", "alpine"])
        #expect(c.edit?.insert == "lp")
        let listed = Completion(word: "alp", candidates: ["alpha", "alpine"])
        #expect(listed.edit == nil)
        #expect(columnize(["a", "bb", "ccc", "d"], width: 12) == "a    ccc\nbb   d\n")
    }
}
