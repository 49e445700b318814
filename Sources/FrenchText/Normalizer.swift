@_implementationOnly import CICU

/// Unicode normalization and French typography for matching, keeping a map to the original.
///
/// Three stages, each carrying the original offsets along: French typography (our code),
/// case folding (per character, ICU full folding), then ICU's normalizer. The normalizer runs
/// on the whole text when ICU's quick check says it is already normalized (most news text is
/// NFC) and, from the first character that needs work, chunk by chunk between normalization
/// boundaries, so that every output character maps back to the characters it came from.
public struct Normalizer: Sendable {
    /// What the normalizer does.
    public let options: NormalizationOptions

    /// Creates a normalizer; ICU's normalizer instances are shared and owned by ICU.
    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
    }

    /// Normalizes a text.
    public func normalize(_ text: UTF16Text) throws(ICUError) -> NormalizedText {
        var stage = Stage(units: text.units)
        if options.typography { stage = typography(stage) }
        if options.caseFold && options.form == .nfc { stage = try fold(stage) }
        stage = try normalizeForm(stage)
        return NormalizedText(
            units: stage.units, originStarts: stage.starts, originEnds: stage.ends, originalLength: text.count)
    }

    /// Units with, for each, the original range it came from; no maps while every unit still
    /// sits where it was (most French text keeps its positions through every stage).
    struct Stage {
        var units: [UInt16]
        var starts: [Int32]?
        var ends: [Int32]?

        /// An identity stage over units.
        init(units: [UInt16]) {
            self.units = units
        }

        init(capacity: Int) {
            units = []
            var starts: [Int32] = []
            var ends: [Int32] = []
            units.reserveCapacity(capacity)
            starts.reserveCapacity(capacity)
            ends.reserveCapacity(capacity)
            self.starts = starts
            self.ends = ends
        }

        /// The original range of unit `index`.
        @inline(__always)
        func start(_ index: Int) -> Int32 { starts?[index] ?? Int32(index) }
        @inline(__always)
        func end(_ index: Int) -> Int32 { ends?[index] ?? Int32(index + 1) }

        mutating func append(_ unit: UInt16, from start: Int32, to end: Int32) {
            units.append(unit)
            starts?.append(start)
            ends?.append(end)
        }

        /// Appends units `range` of `other` with their origins.
        mutating func append(from other: Stage, _ range: Range<Int>) {
            units.append(contentsOf: other.units[range])
            for index in range {
                starts?.append(other.start(index))
                ends?.append(other.end(index))
            }
        }
    }

    // MARK: Typography

    /// Apostrophes, spaces, invisible characters and guillemet spacing.
    ///
    /// One-for-one replacements (’ → ', no-break spaces → space) keep positions and are made in
    /// place; only removals (soft hyphens, zero-width characters) and inserted spaces inside
    /// guillemets need the general path that builds an origin map.
    func typography(_ input: Stage) -> Stage {
        var inPlace = input
        var needsMap = false
        inPlace.units.withUnsafeMutableBufferPointer { units in
            for index in units.indices {
                let unit = units[index]
                guard unit >= 0xA0 else { continue }
                switch unit {
                case 0x2019, 0x2018, 0x02BC: units[index] = 0x27
                case 0x00A0, 0x202F, 0x2007, 0x2009, 0x200A: units[index] = 0x20
                case 0x00AD, 0x200B, 0x2060, 0xFEFF: needsMap = true
                case 0xAB: if index + 1 < units.count, !isSpaceLike(units[index + 1]) { needsMap = true }
                case 0xBB: if index > 0, !isSpaceLike(units[index - 1]) { needsMap = true }
                default: break
                }
                if needsMap { break }
            }
        }
        if !needsMap { return inPlace }
        var output = Stage(capacity: input.units.count + 16)
        let units = input.units
        for index in units.indices {
            let unit = units[index]
            let start = input.start(index)
            let end = input.end(index)
            switch unit {
            case 0x2019, 0x2018, 0x02BC:  // ’ ‘ ʼ
                output.append(0x27, from: start, to: end)
            case 0x00A0, 0x202F, 0x2007, 0x2009, 0x200A:  // no-break, narrow, figure, thin, hair spaces
                output.append(0x20, from: start, to: end)
            case 0x00AD, 0x200B, 0x2060, 0xFEFF:  // soft hyphen, zero-width space, word joiner, ZWNBSP
                continue
            case 0xAB:  // « gets one space after it
                output.append(unit, from: start, to: end)
                if index + 1 < units.count, !isSpaceLike(units[index + 1]) { output.append(0x20, from: start, to: end) }
            case 0xBB:  // » gets one space before it
                if let last = output.units.last, !isSpaceLike(last) { output.append(0x20, from: start, to: end) }
                output.append(unit, from: start, to: end)
            default:
                output.append(unit, from: start, to: end)
            }
        }
        return output
    }

    func isSpaceLike(_ unit: UInt16) -> Bool {
        UTF16Classes.isSpace(unit) || unit == 0x2009 || unit == 0x200A
    }

    // MARK: Case folding

    /// Full case folding, character by character, ASCII without calling ICU.
    ///
    /// When every character folds to as many units as it had (all but a few, such as ß → ss),
    /// the folding is done in place and positions are kept.
    func fold(_ input: Stage) throws(ICUError) -> Stage {
        if let inPlace = try foldKeepingPositions(input) { return inPlace }
        var output = Stage(capacity: input.units.count + 16)
        var buffer = [UInt16](repeating: 0, count: 8)
        var index = 0
        let units = input.units
        while index < units.count {
            let unit = units[index]
            if unit < 0x80 {
                output.append(
                    unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit, from: input.start(index), to: input.end(index))
                index += 1
                continue
            }
            let width =
                unit & 0xFC00 == 0xD800 && index + 1 < units.count && units[index + 1] & 0xFC00 == 0xDC00 ? 2 : 1
            var status = U_ZERO_ERROR
            let length = units.withUnsafeBufferPointer { source in
                buffer.withUnsafeMutableBufferPointer { target in
                    cicu_strFoldCase(
                        target.baseAddress, Int32(target.count), source.baseAddress.map { $0 + index }, Int32(width),
                        &status)
                }
            }
            try status.check("u_strFoldCase")
            let start = input.start(index)
            let end = input.end(index + width - 1)
            for k in 0..<Int(length) { output.append(buffer[k], from: start, to: end) }
            index += width
        }
        return output
    }

    /// Folds in place when no character changes length; `nil` when one does.
    func foldKeepingPositions(_ input: Stage) throws(ICUError) -> Stage? {
        var stage = input
        var buffer = [UInt16](repeating: 0, count: 8)
        var index = 0
        let count = stage.units.count
        while index < count {
            let unit = stage.units[index]
            if unit < 0x80 {
                if unit >= 0x41 && unit <= 0x5A { stage.units[index] = unit | 0x20 }
                index += 1
                continue
            }
            let width =
                unit & 0xFC00 == 0xD800 && index + 1 < count && stage.units[index + 1] & 0xFC00 == 0xDC00 ? 2 : 1
            var status = U_ZERO_ERROR
            let length = stage.units.withUnsafeBufferPointer { source in
                buffer.withUnsafeMutableBufferPointer { target in
                    cicu_strFoldCase(
                        target.baseAddress, Int32(target.count), source.baseAddress.map { $0 + index }, Int32(width),
                        &status)
                }
            }
            try status.check("u_strFoldCase")
            guard Int(length) == width else { return nil }
            for k in 0..<width { stage.units[index + k] = buffer[k] }
            index += width
        }
        return stage
    }

    // MARK: Unicode normalization

    /// ICU's normalizer for the options: NFC, NFKC, or NFKC_Casefold when folding with NFKC.
    func instance() throws(ICUError) -> OpaquePointer {
        var status = U_ZERO_ERROR
        let normalizer: OpaquePointer?
        switch (options.form, options.caseFold) {
        case (.nfc, _): normalizer = cicu_nfc(&status)
        case (.nfkc, false): normalizer = cicu_nfkc(&status)
        case (.nfkc, true): normalizer = cicu_nfkcCasefold(&status)
        }
        try status.check("unorm2_getInstance(\(options.signature))")
        guard let normalizer else {
            throw ICUError(code: U_INTERNAL_PROGRAM_ERROR.rawValue, operation: "unorm2_getInstance")
        }
        return normalizer
    }

    /// Normalizes; the already-normalized prefix is copied, the rest goes chunk by chunk.
    func normalizeForm(_ input: Stage) throws(ICUError) -> Stage {
        let normalizer = try instance()
        let units = input.units
        var status = U_ZERO_ERROR
        let span = units.withUnsafeBufferPointer {
            cicu_spanQuickCheckYes(normalizer, $0.baseAddress, Int32($0.count), &status)
        }
        try status.check("unorm2_spanQuickCheckYes")
        if Int(span) == units.count { return input }
        // Back up to a normalization boundary: the characters before it are final.
        var chunkStart = Int(span)
        while chunkStart > 0, cicu_hasBoundaryBefore(normalizer, Int32(units[chunkStart])) == 0 { chunkStart -= 1 }
        var output = Stage(capacity: units.count + 16)
        output.append(from: input, 0..<chunkStart)
        var buffer = [UInt16](repeating: 0, count: 64)
        while chunkStart < units.count {
            var chunkEnd = chunkStart + 1
            while chunkEnd < units.count {
                let unit = units[chunkEnd]
                // A trail surrogate never starts a chunk; otherwise stop at the next boundary.
                if unit & 0xFC00 != 0xDC00, cicu_hasBoundaryBefore(normalizer, scalarAt(units, chunkEnd)) != 0 { break }
                chunkEnd += 1
            }
            let start = input.start(chunkStart)
            let end = input.end(chunkEnd - 1)
            let produced = try normalizeChunk(units, chunkStart..<chunkEnd, with: normalizer, into: &buffer)
            for k in 0..<produced { output.append(buffer[k], from: start, to: end) }
            chunkStart = chunkEnd
        }
        return output
    }

    func scalarAt(_ units: [UInt16], _ index: Int) -> Int32 {
        let unit = units[index]
        if unit & 0xFC00 == 0xD800, index + 1 < units.count, units[index + 1] & 0xFC00 == 0xDC00 {
            return Int32(0x10000 + ((Int(unit) - 0xD800) << 10) + (Int(units[index + 1]) - 0xDC00))
        }
        return Int32(unit)
    }

    /// Normalizes one chunk into `buffer`, growing it when ICU asks; returns the units written.
    func normalizeChunk(
        _ units: [UInt16], _ range: Range<Int>, with normalizer: OpaquePointer, into buffer: inout [UInt16]
    ) throws(ICUError) -> Int {
        while true {
            var status = U_ZERO_ERROR
            let capacity = buffer.count
            let length = units.withUnsafeBufferPointer { source in
                buffer.withUnsafeMutableBufferPointer { target in
                    cicu_normalize(
                        normalizer, source.baseAddress.map { $0 + range.lowerBound }, Int32(range.count),
                        target.baseAddress,
                        Int32(capacity), &status)
                }
            }
            if status == U_BUFFER_OVERFLOW_ERROR {
                buffer = [UInt16](repeating: 0, count: Int(length) + 16)
                continue
            }
            try status.check("unorm2_normalize")
            return Int(length)
        }
    }
}
