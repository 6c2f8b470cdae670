/// Text scalars. Positions count characters from 1; null in, null out. Regular expressions
/// use Swift's syntax (Perl-like: `\d`, `[A-Z]{2}`, `(…)` groups) and are searched anywhere
/// in the text unless anchored with `^`/`$`.

func registerTextScalars(_ r: inout FunctionRegistry) {
    func text1(_ name: String, _ summary: String, example: String, result: String, aliases: [String] = [],
               _ f: @escaping @Sendable (String) -> String) {
        r.add(ScalarFunction(name, params: [.required("text")],
            help: FunctionHelp("text", summary, example: example, result: result),
            type: { args throws(FunctionTypeError) in try Types.text(args[0], name); return (.text, .plain) },
            row: { vals in .text(f(vals[0].description)) }), aliases: aliases)
    }
    text1("trim", "Text without white space (including no-break spaces) at either end.", example: "trim(\"  Kent \")", result: "Kent") {
        String(trimPlanSpace(Substring($0)))
    }
    text1("ltrim", "Text without white space at the start.", example: "ltrim(\"  Kent\")", result: "Kent") { s in
        String(s.drop { $0.unicodeScalars.allSatisfy(isPlanSpace) })
    }
    text1("rtrim", "Text without white space at the end.", example: "rtrim(\"Kent  \")", result: "Kent") { s in
        var t = Substring(s)
        while let l = t.last, l.unicodeScalars.allSatisfy(isPlanSpace) { t = t.dropLast() }
        return String(t)
    }
    text1("reverse", "The characters of text in reverse order.", example: "reverse(\"abc\")", result: "cba") { String($0.reversed()) }
    text1("title_case", "Each word capitalised, the rest lower case (a letter after an apostrophe stays lower case).",
          example: "title_case(\"CHILDREN'S social services\")", result: "Children's Social Services", aliases: ["initcap", "proper"]) { s in
        var out = ""
        var startOfWord = true
        for ch in s {
            if ch.isLetter || ch.isNumber {
                out += startOfWord ? ch.uppercased() : ch.lowercased()
                startOfWord = false
            } else {
                out.append(ch)
                // An apostrophe inside a word does not start a new one: "children's".
                startOfWord = !(ch == "'" || ch == "’")
            }
        }
        return out
    }

    r.add(ScalarFunction("substring", params: [.required("text"), .required("start"), .optional("length")],
        help: FunctionHelp("text", "`length` characters of text from position `start` (1 = first character; to the end without a length).",
                           example: "substring(\"Libraries\", 1, 4)", result: "Libr"),
        type: { args throws(FunctionTypeError) in
            try Types.text(args[0], "substring")
            try TextKit.int(args[1], "substring", "start", argument: 1)
            if args.count > 2 { try TextKit.int(args[2], "substring", "length", argument: 2) }
            return (.text, .plain)
        },
        row: { vals in
            let chars = Array(vals[0].description)
            guard case .int(let start) = vals[1] else { return .null }
            var end = chars.count + 1
            if vals.count > 2, case .int(let len) = vals[2] {
                if len < 0 { return .null }
                let (sum, overflow) = start.addingReportingOverflow(len)
                end = overflow ? Int.max : sum  // a length past the end reads to the end
            }
            let lo = max(start, 1), hi = min(end, chars.count + 1)
            return .text(lo < hi ? String(chars[(lo - 1)..<(hi - 1)]) : "")
        }), aliases: ["substr", "mid"])

    r.add(ScalarFunction("left", params: [.required("text"), .required("n")],
        help: FunctionHelp("text", "The first n characters of text.", example: "left(\"KCC-2008\", 3)", result: "KCC"),
        type: { args throws(FunctionTypeError) in try Types.text(args[0], "left"); try TextKit.int(args[1], "left", "n", argument: 1); return (.text, .plain) },
        row: { vals in
            guard case .int(let n) = vals[1] else { return .null }
            return .text(String(vals[0].description.prefix(max(n, 0))))
        }))

    r.add(ScalarFunction("right", params: [.required("text"), .required("n")],
        help: FunctionHelp("text", "The last n characters of text.", example: "right(\"KCC-2008\", 4)", result: "2008"),
        type: { args throws(FunctionTypeError) in try Types.text(args[0], "right"); try TextKit.int(args[1], "right", "n", argument: 1); return (.text, .plain) },
        row: { vals in
            guard case .int(let n) = vals[1] else { return .null }
            return .text(String(vals[0].description.suffix(max(n, 0))))
        }))

    r.add(ScalarFunction("repeat", params: [.required("text"), .required("n")],
        help: FunctionHelp("text", "text repeated n times.", example: "repeat(\"ab\", 3)", result: "ababab"),
        type: { args throws(FunctionTypeError) in try Types.text(args[0], "repeat"); try TextKit.int(args[1], "repeat", "n", argument: 1); return (.text, .plain) },
        row: { vals in
            guard case .int(let n) = vals[1] else { return .null }
            if n > 1_000_000 { throw ValueOps.Failure(message: "repeat count \(n) is too large") }
            let text = vals[0].description
            try RunGuard.admitText(n, of: text.utf8.count, "repeat")
            return .text(String(repeating: text, count: max(n, 0)))
        }))

    r.add(ScalarFunction("replace", params: [.required("text"), .required("find"), .required("with")],
        help: FunctionHelp("text", "text with every occurrence of `find` replaced (case-sensitive, no patterns; see regex_replace).",
                           example: "replace(\"2008-09\", \"-\", \"/\")", result: "2008/09"),
        type: { args throws(FunctionTypeError) in
            for i in 0..<3 { try Types.text(args[i], "replace", argument: i) }
            return (.text, .plain)
        },
        row: { vals in
            let find = vals[1].description
            if find.isEmpty { return vals[0] }
            return .text(vals[0].description.replacing(find, with: vals[2].description))
        }))

    r.add(ScalarFunction("split", params: [.required("text"), .required("sep")],
        help: FunctionHelp("text", "The pieces of text between separators, as a list (an empty separator splits into characters).",
                           example: "split(\"a;b;;c\", \";\")", result: "[\"a\", \"b\", \"\", \"c\"]"),
        type: { args throws(FunctionTypeError) in try Types.text(args[0], "split"); try Types.text(args[1], "split", argument: 1); return (.list, .plain) },
        row: { vals in
            let s = vals[0].description, sep = vals[1].description
            if sep.isEmpty { return .list(s.map { .text(String($0)) }) }
            return .list(s.split(separator: sep, omittingEmptySubsequences: false).map { .text(String($0)) })
        }), aliases: ["string_split", "str_split"])

    func predicate(_ name: String, _ summary: String, example: String, result: String, aliases: [String] = [],
                   _ f: @escaping @Sendable (String, String) -> Bool) {
        r.add(ScalarFunction(name, params: [.required("text"), .required("part")],
            help: FunctionHelp("text", summary, example: example, result: result),
            type: { args throws(FunctionTypeError) in try Types.text(args[0], name); try Types.text(args[1], name, argument: 1); return (.bool, .plain) },
            row: { vals in .bool(f(vals[0].description, vals[1].description)) }), aliases: aliases)
    }
    predicate("starts_with", "True when text begins with part (case-sensitive).", example: "starts_with(\"NI 117\", \"NI \")", result: "true",
              aliases: ["startswith"]) { $0.hasPrefix($1) }
    predicate("ends_with", "True when text ends with part (case-sensitive).", example: "ends_with(\"budget.csv\", \".csv\")", result: "true",
              aliases: ["endswith"]) { $0.hasSuffix($1) }

    r.add(ScalarFunction("position", params: [.required("text"), .required("part")],
        help: FunctionHelp("text", "Position (from 1) of the first occurrence of part in text; 0 when it does not occur.",
                           example: "position(\"Adult Social Services\", \"Social\")", result: "7"),
        type: { args throws(FunctionTypeError) in try Types.text(args[0], "position"); try Types.text(args[1], "position", argument: 1); return (.int, .plain) },
        row: { vals in
            let s = vals[0].description, part = vals[1].description
            if part.isEmpty { return .int(1) }
            guard let range = s.firstRange(of: part) else { return .int(0) }
            return .int(s.distance(from: s.startIndex, to: range.lowerBound) + 1)
        }), aliases: ["strpos", "instr"])

    func pad(_ name: String, left: Bool, example: String, result: String) {
        r.add(ScalarFunction(name, params: [.required("text"), .required("width"), .optional("fill", .text(" "))],
            help: FunctionHelp("text", "text padded on the \(left ? "left" : "right") with `fill` to `width` characters (cut to width if longer).",
                               example: example, result: result),
            type: { args throws(FunctionTypeError) in
                try Types.text(args[0], name); try TextKit.int(args[1], name, "width", argument: 1)
                if args.count > 2 { try Types.text(args[2], name, argument: 2) }
                return (.text, .plain)
            },
            row: { vals in
                guard case .int(let w) = vals[1] else { return .null }
                let s = vals[0].description
                let fill = Array(vals.count > 2 ? vals[2].description : " ")
                if s.count >= w { return .text(String(s.prefix(max(w, 0)))) }
                if fill.isEmpty { return .text(s) }
                let need = w - s.count
                try RunGuard.admitText(need, of: fill.map { $0.utf8.count }.max() ?? 1, name)
                // Whole copies of the fill, then the start of one more: no per-character array.
                let fillText = String(fill)
                var padding = String(repeating: fillText, count: need / fill.count)
                padding += String(fill.prefix(need % fill.count))
                return .text(left ? padding + s : s + padding)
            }))
    }
    pad("lpad", left: true, example: "lpad(\"7\", 3, \"0\")", result: "007")
    pad("rpad", left: false, example: "rpad(\"ab\", 4, \".\")", result: "ab..")

    r.add(ScalarFunction("concat", params: [.required("x")], variadic: true, nullSafe: true,
        help: FunctionHelp("text", "The arguments as text joined together; nulls are skipped (unlike `+`, which gives null).",
                           example: "concat(\"FY\", 2008, null, \"/09\")", result: "FY2008/09"),
        type: { _ in (.text, .plain) },
        row: { vals in .text(vals.filter { !$0.isNull }.map(\.description).joined()) }))

    // MARK: regular expressions

    r.add(ScalarFunction("regex_match", params: [.required("text"), .required("pattern")],
        help: FunctionHelp("text", "True when the pattern matches somewhere in text (same as `text ~= pattern`).",
                           example: "regex_match(\"NI 117\", \"^NI \\\\d+$\")", result: "true"),
        type: { args throws(FunctionTypeError) in
            try Types.text(args[0], "regex_match"); try TextKit.pattern(args[1], "regex_match")
            return (.bool, .plain)
        },
        evaluate: { args, count, type in
            try TextKit.mapRegex(args, count: count, type: type) { s, re, _ in .bool(try re.matches(s)) }
        }), aliases: ["regexp_matches", "regexp_like"])

    r.add(ScalarFunction("regex_extract", params: [.required("text"), .required("pattern"), .optional("group", .int(0))],
        help: FunctionHelp("text", "The part of text matched by the pattern (or by group number `group`); null when there is no match.",
                           example: "regex_extract(\"Target 85% by 2010\", \"(\\\\d+)%\", 1)", result: "85"),
        type: { args throws(FunctionTypeError) in
            try Types.text(args[0], "regex_extract"); try TextKit.pattern(args[1], "regex_extract")
            if args.count > 2 { try TextKit.int(args[2], "regex_extract", "group", argument: 2) }
            return (.text, .plain)
        },
        evaluate: { args, count, type in
            try TextKit.mapRegex(args, count: count, type: type) { s, re, extra in
                let scalars = Array(s.unicodeScalars)
                guard let groups = try re.firstMatch(in: scalars) else { return .null }
                let g: Int
                if case .int(let n) = extra.first ?? .int(0) { g = n } else { g = 0 }
                guard g >= 0, g < groups.count, let range = groups[g] else { return .null }
                return .text(String(String.UnicodeScalarView(scalars[range])))
            }
        }), aliases: ["regexp_extract"])

    r.add(ScalarFunction("regex_replace", params: [.required("text"), .required("pattern"), .required("with")],
        help: FunctionHelp("text", "text with every match of the pattern replaced; `$1`…`$9` in the replacement stand for the groups, `$0` for the whole match.",
                           example: "regex_replace(\"2008-9\", \"^(\\\\d{4})-(\\\\d)$\", \"$1/0$2\")", result: "2008/09"),
        type: { args throws(FunctionTypeError) in
            try Types.text(args[0], "regex_replace"); try TextKit.pattern(args[1], "regex_replace"); try Types.text(args[2], "regex_replace", argument: 2)
            return (.text, .plain)
        },
        evaluate: { args, count, type in
            try TextKit.mapRegex(args, count: count, type: type) { s, re, extra in
                guard case .text(let template) = extra.first ?? .null else { return .null }
                return .text(try re.replacingMatches(in: s, with: template))
            }
        }), aliases: ["regexp_replace"])
}

enum TextKit {
    static func int(_ a: ArgInfo, _ fn: String, _ name: String, argument: Int) throws(FunctionTypeError) {
        if a.type != .int && a.type != .null { throw FunctionTypeError("\(fn)'s \(name) must be a whole number, not \(a.type.displayName)", argument: argument) }
    }

    static func pattern(_ a: ArgInfo, _ fn: String) throws(FunctionTypeError) {
        try Types.text(a, fn, argument: 1)
        if case .text(let p) = a.constant {
            do { _ = try PatternMatcher(p) } catch {
                throw FunctionTypeError("\(fn): invalid regular expression \(Value.text(p).literalText): \(error.message)", argument: 1)
            }
        }
    }

    /// Applies `f` row by row with the pattern compiled once when it is a constant.
    static func mapRegex(_ args: [Operand], count: Int, type: DataType,
                         _ f: (String, PatternMatcher, [Value]) throws -> Value) throws -> Operand {
        var cached: (String, PatternMatcher)? = nil
        func regex(_ p: String) throws -> PatternMatcher {
            if let c = cached, c.0 == p { return c.1 }
            do {
                let re = try PatternMatcher(p)
                cached = (p, re)
                return re
            } catch {
                throw ValueOps.Failure(message: "invalid regular expression \(Value.text(p).literalText): \(error.message)")
            }
        }
        func one(_ r: Int) throws -> Value {
            let s = args[0].value(r), p = args[1].value(r)
            let extra = args.dropFirst(2).map { $0.value(r) }
            if s.isNull || p.isNull || extra.contains(where: \.isNull) { return .null }
            return try f(s.description, try regex(p.description), extra)
        }
        if args.allSatisfy({ if case .scalar = $0 { return true } else { return false } }) { return .scalar(try one(0)) }
        var b = ColumnBuilder(type: type, capacity: count)
        for r in 0..<count {
            // Each match can be slow (a pattern that backtracks): check before every row.
            try RunGuard.checkpoint()
            b.append(try one(r))
        }
        return .column(b.finish())
    }

}
