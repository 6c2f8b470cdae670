/// Exact decimals hold 18 significant digits. Where an operation had to round to fit (a
/// product of two many-place decimals), the result is the correctly rounded one and the run's
/// log gets a warning: never a silent loss. Loaders report their own cases (a column read
/// as floats because a value has more digits than exact numbers hold).
enum PrecisionLoss {
    /// The log of the run in progress (bound by the engine for the run's thread); nil outside a run.
    @TaskLocal static var log: DiagnosticLog?

    static func noteRoundedProduct(_ x: ExactDecimal, _ y: ExactDecimal, _ product: ExactDecimal) {
        // One message per statement (the log keeps the first of each): the example is a hint.
        log?.report(.warning("a product of decimals has more than 18 significant digits and was rounded to \(product.scale) places",
                             at: nil, hints: ["for example \(x) × \(y) = \(product)", "round(x * y, 2) states the places you want"]))
    }

    /// A sum (aggregate, window or total row) exact in 128 bits that needs more than 18
    /// significant digits at its column's scale: rounded to fewer places (see `WideSums`).
    static func noteRoundedSum(_ exact: Int128, scale: Int, to places: Int) {
        let shown = ExactDecimal.roundedWhole(exact, toMultipleOf: scale - places) / ExactDecimal.pow10Wide(scale - places)
        log?.report(.warning("a sum of decimals has more than 18 significant digits and was rounded to \(places) places",
                             at: nil, hints: ["for example the exact sum \(WideSums.text(exact, scale: scale)) is shown as \(WideSums.text(shown, scale: places))"]))
    }

    /// A sum that does not fit 18 significant digits even rounded (its whole part is too long,
    /// or a total row keeps the places of the rows above it): shown as a float.
    static func noteSumAsFloat(_ exact: Int128, scale: Int) {
        let p = Double(ExactDecimal.pow10(scale))
        log?.report(.warning("a sum needs more than 18 significant digits and is shown as a float",
                             at: nil, hints: ["for example the exact sum \(WideSums.text(exact, scale: scale)) is shown as \(Double(exact) / p)"]))
    }

    /// A column whose decimals do not fit one scale (a total row rounded to fewer places under
    /// rows with more, groups of `group` with different places): its values became floats.
    static func noteMixedScalesAsFloat(_ example: ExactDecimal) {
        log?.report(.warning("a column's decimals need more than 18 significant digits at one scale and are shown as floats",
                             at: nil, hints: ["for example \(example) next to values with more places"]))
    }
}
