/// SplitMix64 (Steele, Lea and Flood 2014): a small seeded generator, identical on every platform.
///
/// Bootstrap and randomization tests must give the same intervals and p-values for the same
/// seed everywhere; Swift's `SystemRandomNumberGenerator` is unseeded and Foundation's
/// generators differ between platforms.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (Lemire's multiply-shift with rejection: no modulo bias).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        let limit = UInt64(bound)
        while true {
            let product = next().multipliedFullWidth(by: limit)
            if product.low >= limit || product.low >= (0 &- limit) % limit { return Int(product.high) }
        }
    }

    /// A fair coin.
    public mutating func coin() -> Bool { next() >> 63 == 1 }
}
