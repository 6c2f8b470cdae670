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
}
