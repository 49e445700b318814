@_implementationOnly import CICU

/// What each UTF-16 unit means to the segmenter's scan and to ICU's sentence rules (UAX #29),
/// one byte of flags per BMP unit, built once from ICU's `Sentence_Break` property.
///
/// The scan decides every terminal run and line break itself; ICU's boundaries only matter
/// where the scan has no decision. These flags let the scan prove, in the same pass, that
/// ICU cannot put a boundary there, and so skip ICU's iterator (two thirds of the time).
enum SentenceBreakFlags {
    /// A non-ASCII unit the scan acts on: NEL, LS, PS, `…` and the en and em dashes.
    static let scan: UInt8 = 1
    /// A sentence terminator or separator only ICU knows (`。`, `؟`, `‼`, `﹒`…): ICU must run.
    static let terminator: UInt8 = 2
    /// `Sentence_Break=Close`: ICU lets a closing mark it knows and the scan does not ('’“)
    /// extend a sentence end.
    static let close: UInt8 = 4
    /// `Extend` or `Format` (combining marks, soft hyphen): ICU attaches them to the unit
    /// before, which can move its boundary past the scan's.
    static let attached: UInt8 = 8
    /// A high surrogate: the scalar's properties need a look-up of their own.
    static let surrogate: UInt8 = 16

    /// The flags of every BMP unit.
    static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        for unit in 0..<0x10000 {
            table[unit] = flags(ofScalar: UInt32(unit))
        }
        for unit in 0xD800..<0xDC00 { table[unit] = surrogate }
        for unit in [0x85, 0x2013, 0x2014, 0x2026, 0x2028, 0x2029] { table[unit] |= scan }
        return table
    }()

    /// The flags of one scalar from ICU's `Sentence_Break` property (`scan` and `surrogate` aside).
    static func flags(ofScalar scalar: UInt32) -> UInt8 {
        let value = cicu_sentenceBreak(Int32(bitPattern: scalar))
        switch UInt32(value) {
        case U_SB_STERM.rawValue, U_SB_ATERM.rawValue, U_SB_SEP.rawValue, U_SB_CR.rawValue, U_SB_LF.rawValue:
            // . ! ? and the line breaks are the scan's own.
            switch scalar {
            case 0x21, 0x2E, 0x3F, 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return 0
            default: return terminator
            }
        case U_SB_CLOSE.rawValue: return close
        case U_SB_EXTEND.rawValue, U_SB_FORMAT.rawValue: return attached
        default: return 0
        }
    }
}
