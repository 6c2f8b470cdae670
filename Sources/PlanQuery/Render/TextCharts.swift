/// Charts drawn with Unicode characters, for terminals and Markdown's fenced blocks:
/// horizontal bars (eighth-block precision), stacked bars with a legend, and line charts
/// over a few points (financial years) on a small grid.
enum TextCharts {
    static let eighths: [String] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// Fills that tell series apart without colour.
    static let fills: [Character] = ["█", "▓", "▒", "░", "▚", "▞"]
    static let markers: [Character] = ["●", "○", "■", "□", "◆", "◇"]

    static func render(_ chart: Chart, width: Int, color: Bool) -> String {
        switch chart.kind {
        case .bar: return bars(chart, width: width, color: color)
        case .stacked: return stacked(chart, width: width, color: color)
        case .line: return lines(chart, width: width, color: color)
        }
    }

    static let seriesColours = ["\u{1B}[36m", "\u{1B}[35m", "\u{1B}[33m", "\u{1B}[32m", "\u{1B}[34m", "\u{1B}[31m"]

    static func paint(_ s: String, series: Int, color: Bool) -> String {
        color && !s.isEmpty ? seriesColours[series % seriesColours.count] + s + GridRenderer.reset : s
    }

    /// A bar of `cells` columns (fractions in eighths) of one fill.
    static func bar(_ cells: Double, fill: Character) -> String {
        let whole = Int(cells)
        var s = String(repeating: fill, count: max(0, whole))
        if fill == "█" {
            let eighth = Int(((cells - Double(whole)) * 8).rounded())
            if eighth == 8 { s.append("█") } else { s += eighths[eighth] }
        } else if cells - Double(whole) >= 0.5 {
            s.append(fill)
        }
        return s
    }

    static func labelWidth(_ labels: [String], width: Int) -> Int {
        min(labels.map(\.count).max() ?? 0, max(10, width * 2 / 5))
    }

    static func legend(_ chart: Chart, color: Bool, marks: [Character]) -> String {
        guard chart.series.count > 1 else { return "" }
        return chart.series.indices.map { i in
            paint(String(marks[i % marks.count]), series: i, color: color) + " " + chart.series[i].name
        }.joined(separator: "   ") + "\n"
    }

    static func bars(_ chart: Chart, width: Int, color: Bool) -> String {
        let lw = labelWidth(chart.labels, width: width)
        let valueWidth = chart.series.flatMap(\.texts).map(\.count).max() ?? 0
        let barWidth = max(10, width - lw - valueWidth - 4)
        let all = chart.series.flatMap { $0.values.compactMap { $0 } }
        let lo = min(0, all.min() ?? 0), hi = max(0, all.max() ?? 0)
        let span = hi - lo
        let zero = span > 0 ? Int((Double(barWidth) * (-lo) / span).rounded()) : 0
        var out = ""
        for (r, label) in chart.labels.enumerated() {
            for (i, s) in chart.series.enumerated() {
                let name = i == 0 ? GridRenderer.clip(label, lw) : ""
                var line = name + String(repeating: " ", count: lw - name.count) + "  "
                let fill = chart.series.count > 1 ? fills[i % fills.count] : "█"
                var drawn = 0
                if let v = s.values[r], span > 0 {
                    let cells = abs(v) / span * Double(barWidth)
                    if v >= 0 {
                        let b = bar(cells, fill: fill)
                        line += String(repeating: " ", count: zero) + paint(b, series: i, color: color)
                        drawn = zero + b.count
                    } else {
                        let n = min(zero, max(cells > 0.05 ? 1 : 0, Int(cells.rounded())))
                        line += String(repeating: " ", count: zero - n) + paint(String(repeating: fill, count: n), series: i, color: color)
                        drawn = zero
                    }
                } else {
                    line += String(repeating: " ", count: zero)
                    drawn = zero
                }
                let text = s.texts[r]
                line += String(repeating: " ", count: max(1, barWidth - drawn + 1 + valueWidth - text.count)) + text
                out += line + "\n"
            }
        }
        return out + legend(chart, color: color, marks: chart.series.indices.map { fills[$0 % fills.count] })
    }

    static func stacked(_ chart: Chart, width: Int, color: Bool) -> String {
        let lw = labelWidth(chart.labels, width: width)
        let totals = chart.labels.indices.map { r in chart.series.reduce(0.0) { $0 + max(0, $1.values[r] ?? 0) } }
        let totalTexts = totals.map { Display.text(.float($0), format: chart.totalFormat) }
        let valueWidth = totalTexts.map(\.count).max() ?? 0
        let barWidth = max(10, width - lw - valueWidth - 4)
        let hi = totals.max() ?? 0
        var out = ""
        var sawNegative = false
        for (r, label) in chart.labels.enumerated() {
            let name = GridRenderer.clip(label, lw)
            var line = name + String(repeating: " ", count: lw - name.count) + "  "
            var drawn = 0
            var exact = 0.0
            for (i, s) in chart.series.enumerated() {
                guard let v = s.values[r] else { continue }
                if v < 0 { sawNegative = true; continue }
                // Round the running end, not each piece, so the stack's length matches its total.
                exact += hi > 0 ? v / hi * Double(barWidth) : 0
                let end = Int(exact.rounded())
                let piece = String(repeating: fills[i % fills.count], count: max(0, end - drawn))
                line += paint(piece, series: i, color: color)
                drawn = max(drawn, end)
            }
            line += String(repeating: " ", count: max(1, barWidth - drawn + 1 + valueWidth - totalTexts[r].count)) + totalTexts[r]
            out += line + "\n"
        }
        out += legend(chart, color: color, marks: chart.series.indices.map { fills[$0 % fills.count] })
        if sawNegative { out += "(negative values are left out of the stacks)\n" }
        return out
    }

    static func lines(_ chart: Chart, width: Int, color: Bool) -> String {
        let height = 8
        let all = chart.series.flatMap { $0.values.compactMap { $0 } }
        guard let lo0 = all.min(), let hi0 = all.max(), !chart.labels.isEmpty else { return "(no values)\n" }
        let lo = lo0 == hi0 ? lo0 - 1 : lo0, hi = lo0 == hi0 ? hi0 + 1 : hi0
        let format = chart.series[0].format.meaning
        let hiText = Display.text(.float(hi0), format: format), loText = Display.text(.float(lo0), format: format)
        let axisWidth = max(hiText.count, loText.count)
        let n = chart.labels.count
        let labelWidth = chart.labels.map(\.count).max() ?? 1
        let step = max(labelWidth + 2, min(12, (width - axisWidth - 3) / max(1, n)))
        let plotWidth = step * (n - 1) + 1
        var grid = Array(repeating: Array(repeating: Character(" "), count: plotWidth), count: height)
        var owner = Array(repeating: Array(repeating: -1, count: plotWidth), count: height)
        func row(_ v: Double) -> Int { height - 1 - Int(((v - lo) / (hi - lo) * Double(height - 1)).rounded()) }
        for (i, s) in chart.series.enumerated() {
            let mark = markers[i % markers.count]
            var previous: (x: Int, y: Int)? = nil
            for (k, v) in s.values.enumerated() {
                guard let v else { previous = nil; continue }
                let x = k * step, y = row(v)
                if let p = previous {
                    // Dots between neighbouring points.
                    for x2 in (p.x + 1)..<x {
                        let t = Double(x2 - p.x) / Double(x - p.x)
                        let y2 = Int((Double(p.y) + t * Double(y - p.y)).rounded())
                        if grid[y2][x2] == " " { grid[y2][x2] = "·"; owner[y2][x2] = i }
                    }
                }
                grid[y][x] = mark
                owner[y][x] = i
                previous = (x, y)
            }
        }
        var out = ""
        for y in 0..<height {
            let axis = y == 0 ? hiText : y == height - 1 ? loText : ""
            var line = String(repeating: " ", count: axisWidth - axis.count) + axis + " ┤"
            var x = 0
            while x < plotWidth {
                let ch = grid[y][x]
                line += owner[y][x] >= 0 ? paint(String(ch), series: owner[y][x], color: color) : String(ch)
                x += 1
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        out += String(repeating: " ", count: axisWidth + 1) + "└" + String(repeating: "─", count: plotWidth) + "\n"
        var labels = String(repeating: " ", count: axisWidth + 2)
        for (k, l) in chart.labels.enumerated() {
            let at = axisWidth + 2 + k * step - l.count / 2
            if labels.count < at { labels += String(repeating: " ", count: at - labels.count) }
            else if labels.count > at, k > 0 { labels += " " }
            labels += l
        }
        out += labels + "\n"
        return out + legend(chart, color: color, marks: chart.series.indices.map { markers[$0 % markers.count] })
    }
}
