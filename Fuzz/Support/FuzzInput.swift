/// The fuzzer's bytes as a source of choices: each call takes the next byte(s); once the bytes
/// run out every choice is 0, so any input, however short, gives a complete value.
struct FuzzInput {
    let bytes: [UInt8]
    var position = 0

    init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    }

    var isExhausted: Bool { position >= bytes.count }

    mutating func byte() -> UInt8 {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    /// A number in 0..<n (n > 0).
    mutating func below(_ n: Int) -> Int { Int(byte()) % max(n, 1) }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

    mutating func chance(_ inEight: Int) -> Bool { below(8) < inEight }

    /// The bytes not yet taken.
    mutating func rest() -> [UInt8] {
        defer { position = bytes.count }
        return position < bytes.count ? Array(bytes[position...]) : []
    }
}
