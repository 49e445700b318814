/// The unit in which Précis reports offsets into a text.
public enum OffsetUnit: String, Sendable, CaseIterable {
    /// Unicode scalar values (code points): Python `str` indices, the default.
    case scalar
    /// UTF-8 bytes: byte offsets into the text as UTF-8.
    case utf8
    /// UTF-16 code units: JavaScript, Java and ICU indices.
    case utf16
}

/// Converts ascending UTF-16 offsets of one text into another unit in a single pass.
public struct OffsetConverter: Sendable {
    /// The text's UTF-16 units.
    let units: [UInt16]

    /// Creates a converter over a text.
    public init(_ text: UTF16Text) { self.units = text.units }

    /// Creates a converter over UTF-16 units.
    public init(units: [UInt16]) { self.units = units }

    /// Returns `offsets` (UTF-16, in any order) converted to `unit`.
    ///
    /// - Complexity: O(*n* + *k* log *k*) for a text of *n* units and *k* offsets.
    public func convert(_ offsets: [Int], to unit: OffsetUnit) -> [Int] {
        if unit == .utf16 { return offsets }
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        var result = [Int](repeating: 0, count: offsets.count)
        var position = 0  // UTF-16 position reached
        var converted = 0  // the same position in the target unit
        for index in order {
            let target = min(max(offsets[index], 0), units.count)
            if unit == .utf8 {
                // The common case, without bounds checks or branches on the text: a unit below
                // U+0080 is one byte, below U+0800 two, else three; surrogates go on below.
                units.withUnsafeBufferPointer { units in
                    while position < target {
                        let value = units[position]
                        if value & 0xF800 == 0xD800 { break }
                        // The carry out of 16 bits says "at least U+0080", "at least U+0800".
                        let wide = UInt32(value)
                        converted &+= 1 &+ Int((wide &+ 0xFF80) >> 16) &+ Int((wide &+ 0xF800) >> 16)
                        position &+= 1
                    }
                }
            }
            while position < target {
                let unitValue = units[position]
                if unitValue < 0x80 {
                    position += 1
                    converted += 1
                } else if unitValue < 0x800 {
                    position += 1
                    converted += unit == .utf8 ? 2 : 1
                } else if unitValue & 0xFC00 == 0xD800, position + 1 < units.count,
                    units[position + 1] & 0xFC00 == 0xDC00
                {
                    position += 2
                    converted += unit == .utf8 ? 4 : 1
                } else {
                    position += 1
                    converted += unit == .utf8 ? 3 : 1
                }
            }
            result[index] = converted
        }
        return result
    }
}
