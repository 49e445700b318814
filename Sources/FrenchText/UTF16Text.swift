@_implementationOnly import CICU

/// A text held as UTF-16 code units, the form ICU's iterators and normalizers work on.
///
/// Built once per text with ICU's converter (about 7× faster than `Array(string.utf16)`), and
/// kept beside the original `String`: every offset Précis reports is computed in UTF-16 units
/// first, then converted with ``OffsetConverter`` into the unit the user asked for.
public struct UTF16Text: Sendable {
    /// The original text.
    public let string: String
    /// Its UTF-16 code units.
    public let units: [UInt16]

    /// Converts `string` to UTF-16.
    public init(_ string: String) {
        var source = string
        self.string = string
        self.units = source.withUTF8 { utf8 in UTF16Text.convert(utf8) }
    }

    /// Converts valid UTF-8 (invalid sequences become U+FFFD) to UTF-16 units.
    static func convert(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt16] {
        guard utf8.count > 0, let base = utf8.baseAddress else { return [] }
        // UTF-16 never needs more units than UTF-8 has bytes.
        let capacity = utf8.count
        return [UInt16](unsafeUninitializedCapacity: capacity) { buffer, count in
            var status = U_ZERO_ERROR
            var length: Int32 = 0
            base.withMemoryRebound(to: CChar.self, capacity: utf8.count) { chars in
                _ = cicu_strFromUTF8(
                    buffer.baseAddress, Int32(capacity), &length, chars, Int32(utf8.count), &status)
            }
            count = status.rawValue > U_ZERO_ERROR.rawValue ? 0 : Int(length)
        }
    }

    /// The number of UTF-16 units.
    public var count: Int { units.count }

    /// The substring between two UTF-16 offsets.
    ///
    /// Decoded from the units, not cut from `string`: indexing a String by UTF-16 offsets walks
    /// it from a breadcrumb each time, while decoding costs only the substring's length. The
    /// offsets come from ICU's iterators, which never split a surrogate pair.
    public func substring(_ range: Range<Int>) -> String {
        units.withUnsafeBufferPointer { UTF16Text.string(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// A String from UTF-16 units (a lone surrogate becomes U+FFFD), converted by ICU.
    ///
    /// `String(decoding:as: UTF16.self)` takes the standard library's slow path, scalar by
    /// scalar; ICU writes the UTF-8 straight into the String's storage, several times faster.
    public static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        guard units.count > 0, let base = units.baseAddress else { return "" }
        // A UTF-16 unit never needs more than three UTF-8 bytes.
        return String(unsafeUninitializedCapacity: 3 * units.count) { buffer in
            var status = U_ZERO_ERROR
            var length: Int32 = 0
            buffer.withMemoryRebound(to: CChar.self) { chars in
                _ = cicu_strToUTF8(chars.baseAddress, Int32(chars.count), &length, base, Int32(units.count), &status)
            }
            return status.rawValue > U_ZERO_ERROR.rawValue ? 0 : Int(length)
        }
    }
}
