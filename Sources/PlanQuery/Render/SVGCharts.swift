#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Charts as inline SVG for the HTML report: horizontal bars (grouped for several series),
/// stacked bars, and lines over a few points, each with axes, tick labels in the series'
/// format, a legend, and an accessible name (`<title>`) and description (`<desc>`).
/// Plain SVG 1.1 with no scripts or external references, so it prints and works offline.
enum SVGCharts {
    /// Colours that stay distinct for the common colour-vision deficiencies and in greyscale
    /// print (GOV.UK's palette: blue, orange, green, purple, red, grey).
    static let palette = ["#1d70b8", "#f47738", "#00703c", "#912b88", "#d4351c", "#505a5f"]

    static let width = 720.0
    static let font = "font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\""

    static func render(_ chart: Chart, id: String) -> String {
        switch chart.kind {
        case .bar: return bars(chart, id: id, stacked: false)
        case .stacked: return bars(chart, id: id, stacked: true)
        case .line: return lines(chart, id: id)
        }
    }

    // MARK: pieces

    static func escape(_ s: String) -> String { HTMLRenderer.escape(s) }

    /// Round numbers for an axis: about `count` ticks covering lo…hi, from 0 when all values are on one side.
    static func niceTicks(_ lo: Double, _ hi: Double, count: Int = 5) -> [Double] {
        guard lo.isFinite, hi.isFinite else { return [0, 1] }
        if hi <= lo { return lo == 0 ? [0, 1] : niceTicks(lo - abs(lo) / 2, hi + abs(hi) / 2, count: count) }
        let rough = (hi - lo) / Double(max(1, count))
        let magnitude = pow10(floor(log10(rough)))
        let residual = rough / magnitude
        let step = (residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10) * magnitude
        let first = floor(lo / step) * step
        var ticks: [Double] = []
        var t = first
        while t < hi + step * 0.5 - step * 1e-9 {
            ticks.append(abs(t) < step * 1e-9 ? 0 : t)
            if ticks.count > 50 { break }
            t += step
        }
        if let last = ticks.last, last < hi { ticks.append(last + step) }
        return ticks
    }

    static func pow10(_ e: Double) -> Double { pow(10, e) }

    /// Tick labels in the series' format, in a unit that keeps them short (£000s ticks of a
    /// budget in the billions read `£250m`, not `£250,000k`).
    static func tickLabels(_ ticks: [Double], format: ValueFormat) -> [String] {
        let step = ticks.count > 1 ? abs(ticks[1] - ticks[0]) : 1
        let largest = ticks.map(abs).max() ?? 0
        var style = DisplayStyle()
        var f = format.meaning
        switch format.style?.shape ?? Display.defaultShape(format) {
        case .money(let shown):
            let stored = format.kind == .money ? format.unit : shown
            let pounds = largest * pow10(Double(stored))
            let unit: Int8 = pounds >= 1e10 ? 9 : pounds >= 1e7 ? 6 : pounds >= 1e4 ? 3 : 0
            f = ValueFormat(kind: .money, unit: stored)
            style.shape = .money(unit: unit)
            style.places = placesFor(step * pow10(Double(stored) - Double(unit)))
        case .percent:
            style.shape = .percent
            style.places = placesFor(step * 100)
        default:
            style.shape = .number
            style.places = placesFor(step)
        }
        f.style = style
        return ticks.map { t in
            Display.text(.float(t), format: f)
        }
    }

    static func placesFor(_ step: Double) -> Int {
        var p = 0
        var s = step
        while p < 6, abs(s - s.rounded()) > 1e-9 * max(1, abs(s)) { s *= 10; p += 1 }
        return p
    }

    /// Rough text width in pixels at `size` (no font metrics offline; generous for digits and capitals).
    static func textWidth(_ s: String, size: Double = 12) -> Double { Double(s.count) * size * 0.56 }

    static func fmt(_ x: Double) -> String {
        let r = (x * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static func header(_ chart: Chart, id: String, height: Double) -> String {
        let title = escape(chart.title.plainText)
        let desc = escape(description(chart))
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(fmt(width)) \(fmt(height))\" width=\"\(fmt(width))\" height=\"\(fmt(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" \(font) font-size=\"12\">\n"
            + "<title id=\"\(id)-title\">\(title)</title>\n<desc id=\"\(id)-desc\">\(desc)</desc>\n"
    }

    /// What the chart shows in words, for screen readers: each label with its values.
    static func description(_ chart: Chart) -> String {
        let kind: String
        switch chart.kind {
        case .bar: kind = "Bar chart"
        case .stacked: kind = "Stacked bar chart"
        case .line: kind = "Line chart"
        }
        let series = chart.series.map(\.name).joined(separator: ", ")
        var parts: [String] = []
        for (r, label) in chart.labels.enumerated().prefix(40) {
            let values = chart.series.map { s in chart.series.count > 1 ? "\(s.name) \(s.texts[r].isEmpty ? "none" : s.texts[r])" : (s.texts[r].isEmpty ? "none" : s.texts[r]) }
            parts.append(label + ": " + values.joined(separator: ", "))
        }
        if chart.labels.count > 40 { parts.append("and \(chart.labels.count - 40) more") }
        return "\(kind) of \(series) by \(chart.labels.count) item\(chart.labels.count == 1 ? "" : "s"). " + parts.joined(separator: "; ") + "."
    }

    static func legend(_ chart: Chart, y: Double, x: Double) -> String {
        guard chart.series.count > 1 else { return "" }
        var out = "<g class=\"legend\">\n"
        var at = x
        for (i, s) in chart.series.enumerated() {
            out += "<rect x=\"\(fmt(at))\" y=\"\(fmt(y - 10))\" width=\"12\" height=\"12\" fill=\"\(palette[i % palette.count])\"/>"
            out += "<text x=\"\(fmt(at + 16))\" y=\"\(fmt(y))\">\(escape(s.name))</text>\n"
            at += 16 + textWidth(s.name) + 20
        }
        return out + "</g>\n"
    }

    // MARK: bars

    static func bars(_ chart: Chart, id: String, stacked: Bool) -> String {
        let n = chart.labels.count
        let groups = stacked ? 1 : chart.series.count
        let barHeight = groups > 1 ? 14.0 : 20.0
        let rowHeight = barHeight * Double(groups) + 10
        let labelWidth = min(260, max(60, chart.labels.map { textWidth($0) }.max() ?? 60)) + 12
        var values: [Double] = []
        var totals: [Double] = []
        if stacked {
            totals = (0..<n).map { r in chart.series.reduce(0.0) { $0 + max(0, $1.values[r] ?? 0) } }
            values = totals
        } else {
            values = chart.series.flatMap { $0.values.compactMap { $0 } }
        }
        let ticks = niceTicks(min(0, values.min() ?? 0), max(0, values.max() ?? 1))
        let lo = ticks.first ?? 0, hi = ticks.last ?? 1
        let format = chart.series.first?.format ?? .plain
        let labels = tickLabels(ticks, format: format)
        let valueTexts: [String] = stacked
            ? totals.map { Display.text(.float($0), format: chart.totalFormat) }
            : chart.series.flatMap(\.texts)
        let valueRoom = (valueTexts.map { textWidth($0, size: 11) }.max() ?? 0) + 8
        let plotLeft = labelWidth, plotRight = width - valueRoom - 10
        let top = 12.0
        let plotHeight = Double(n) * rowHeight
        let legendRoom = chart.series.count > 1 ? 26.0 : 0
        let height = top + plotHeight + 30 + legendRoom
        func x(_ v: Double) -> Double { plotLeft + (v - lo) / (hi - lo) * (plotRight - plotLeft) }
        var out = header(chart, id: id, height: height)
        // Grid lines and tick labels (the x axis).
        out += "<g class=\"axis\" fill=\"#505a5f\" stroke=\"#b1b4b6\">\n"
        for (t, label) in zip(ticks, labels) {
            let tx = x(t)
            out += "<line x1=\"\(fmt(tx))\" y1=\"\(fmt(top))\" x2=\"\(fmt(tx))\" y2=\"\(fmt(top + plotHeight))\" stroke-width=\"\(t == 0 ? 1.5 : 0.5)\"/>"
            out += "<text x=\"\(fmt(tx))\" y=\"\(fmt(top + plotHeight + 16))\" text-anchor=\"middle\" stroke=\"none\">\(escape(label))</text>\n"
        }
        out += "</g>\n<g class=\"bars\">\n"
        for r in 0..<n {
            let rowTop = top + Double(r) * rowHeight + 5
            out += "<text x=\"\(fmt(plotLeft - 8))\" y=\"\(fmt(rowTop + Double(groups) * barHeight / 2 + 4))\" text-anchor=\"end\" fill=\"#0b0c0c\">\(escape(clip(chart.labels[r], labelWidth - 12)))</text>\n"
            if stacked {
                var start = 0.0
                for (i, s) in chart.series.enumerated() {
                    guard let v = s.values[r], v > 0 else { continue }
                    out += "<rect x=\"\(fmt(x(start)))\" y=\"\(fmt(rowTop))\" width=\"\(fmt(max(0.5, x(start + v) - x(start))))\" height=\"\(fmt(barHeight))\" fill=\"\(palette[i % palette.count])\">"
                    out += "<title>\(escape(chart.labels[r] + ", " + s.name + ": " + s.texts[r]))</title></rect>\n"
                    start += v
                }
                out += "<text x=\"\(fmt(x(start) + 6))\" y=\"\(fmt(rowTop + barHeight / 2 + 4))\" font-size=\"11\" fill=\"#0b0c0c\">\(escape(valueTexts[r]))</text>\n"
            } else {
                for (i, s) in chart.series.enumerated() {
                    let y = rowTop + Double(i) * barHeight
                    guard let v = s.values[r] else { continue }
                    let x0 = x(min(0, v)), x1 = x(max(0, v))
                    out += "<rect x=\"\(fmt(x0))\" y=\"\(fmt(y))\" width=\"\(fmt(max(0.5, x1 - x0)))\" height=\"\(fmt(barHeight - 2))\" fill=\"\(palette[i % palette.count])\">"
                    out += "<title>\(escape(chart.labels[r] + (chart.series.count > 1 ? ", " + s.name : "") + ": " + s.texts[r]))</title></rect>\n"
                    out += "<text x=\"\(fmt(x1 + 6))\" y=\"\(fmt(y + barHeight / 2 + 3))\" font-size=\"11\" fill=\"#0b0c0c\">\(escape(s.texts[r]))</text>\n"
                }
            }
        }
        out += "</g>\n"
        out += legend(chart, y: top + plotHeight + 46, x: plotLeft)
        return out + "</svg>"
    }

    static func clip(_ s: String, _ pixels: Double) -> String {
        let most = Int(pixels / (12 * 0.56))
        return s.count <= most ? s : String(s.prefix(max(1, most - 1))) + "…"
    }

    // MARK: lines

    static func lines(_ chart: Chart, id: String) -> String {
        let n = chart.labels.count
        let values = chart.series.flatMap { $0.values.compactMap { $0 } }
        let lo0 = values.min() ?? 0, hi0 = values.max() ?? 1
        // Start at zero when the data are all positive and not far above it, so changes are not exaggerated.
        let base = lo0 >= 0 && lo0 < hi0 * 0.5 ? 0 : lo0
        let ticks = niceTicks(min(base, lo0), hi0)
        let lo = ticks.first ?? 0, hi = (ticks.last ?? 1) == lo ? lo + 1 : (ticks.last ?? 1)
        let format = chart.series.first?.format ?? .plain
        let labels = tickLabels(ticks, format: format)
        let axisRoom = (labels.map { textWidth($0, size: 11) }.max() ?? 30) + 14
        let plotLeft = axisRoom, plotRight = width - 40
        let top = 16.0, plotHeight = 220.0
        let legendRoom = chart.series.count > 1 ? 26.0 : 0
        let height = top + plotHeight + 34 + legendRoom
        func x(_ k: Int) -> Double { n == 1 ? (plotLeft + plotRight) / 2 : plotLeft + 20 + Double(k) / Double(n - 1) * (plotRight - plotLeft - 40) }
        func y(_ v: Double) -> Double { top + plotHeight - (v - lo) / (hi - lo) * plotHeight }
        var out = header(chart, id: id, height: height)
        out += "<g class=\"axis\" fill=\"#505a5f\" stroke=\"#b1b4b6\" font-size=\"11\">\n"
        for (t, label) in zip(ticks, labels) {
            out += "<line x1=\"\(fmt(plotLeft))\" y1=\"\(fmt(y(t)))\" x2=\"\(fmt(plotRight))\" y2=\"\(fmt(y(t)))\" stroke-width=\"\(t == 0 ? 1.5 : 0.5)\"/>"
            out += "<text x=\"\(fmt(plotLeft - 6))\" y=\"\(fmt(y(t) + 4))\" text-anchor=\"end\" stroke=\"none\">\(escape(label))</text>\n"
        }
        for (k, l) in chart.labels.enumerated() {
            out += "<text x=\"\(fmt(x(k)))\" y=\"\(fmt(top + plotHeight + 18))\" text-anchor=\"middle\" stroke=\"none\">\(escape(l))</text>\n"
        }
        out += "</g>\n"
        for (i, s) in chart.series.enumerated() {
            let colour = palette[i % palette.count]
            // Missing values break the line rather than joining across the gap.
            var runs: [[(Double, Double)]] = [[]]
            for k in 0..<n {
                if let v = s.values[k] { runs[runs.count - 1].append((x(k), y(v))) } else if !(runs.last?.isEmpty ?? true) { runs.append([]) }
            }
            out += "<g class=\"series\" fill=\"\(colour)\" stroke=\"\(colour)\">\n"
            for run in runs where run.count > 1 {
                out += "<polyline fill=\"none\" stroke-width=\"2.5\" points=\"" + run.map { "\(fmt($0.0)),\(fmt($0.1))" }.joined(separator: " ") + "\"/>\n"
            }
            for k in 0..<n {
                guard let v = s.values[k] else { continue }
                out += "<circle cx=\"\(fmt(x(k)))\" cy=\"\(fmt(y(v)))\" r=\"4\"><title>\(escape(chart.labels[k] + (chart.series.count > 1 ? ", " + s.name : "") + ": " + s.texts[k]))</title></circle>\n"
            }
            out += "</g>\n"
        }
        out += legend(chart, y: top + plotHeight + 50, x: plotLeft)
        return out + "</svg>"
    }

    /// A sparkline for a table cell: a small line with its values in the accessible title.
    static func sparkline(_ values: [Double], title: String) -> String {
        let w = 80.0, h = 18.0
        guard let lo = values.min(), let hi = values.max(), values.count > 1 else {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spark\" width=\"\(fmt(w))\" height=\"\(fmt(h))\" role=\"img\"><title>\(escape(title))</title></svg>"
        }
        let span = hi == lo ? 1 : hi - lo
        let points = values.enumerated().map { k, v in
            "\(fmt(2 + Double(k) / Double(values.count - 1) * (w - 4))),\(fmt(h - 2 - (v - lo) / span * (h - 4)))"
        }
        let last = points.last ?? "0,0"
        let parts = last.split(separator: ",")
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"spark\" width=\"\(fmt(w))\" height=\"\(fmt(h))\" viewBox=\"0 0 \(fmt(w)) \(fmt(h))\" role=\"img\"><title>\(escape(title))</title>"
            + "<polyline fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"1.5\" points=\"\(points.joined(separator: " "))\"/>"
            + "<circle cx=\"\(parts.first ?? "0")\" cy=\"\(parts.last ?? "0")\" r=\"2\" fill=\"#1d70b8\"/></svg>"
    }
}
