import FrenchText

/// Sentence boundaries for ROUGE-Lsum: line breaks, or Précis' French segmenter.
///
/// Boundaries are UTF-16 offsets into the original text where a sentence starts (the first
/// sentence's start, 0, is left out). Not thread-safe (holds an ICU iterator).
public final class SentenceSplitter {
    let segmenter: SentenceSegmenter?
    public let mode: LsumSplit

    /// A splitter; `rules` is needed unless `mode` is `.newline`.
    public init(mode: LsumSplit, rules: SegmentationRules?) throws {
        self.mode = mode
        if mode != .newline, let rules {
            segmenter = try SentenceSegmenter(rules: rules)
        } else {
            segmenter = nil
        }
    }

    /// The UTF-16 offsets where a new sentence starts, ascending.
    public func starts(in text: UTF16Text) -> [Int] {
        let hasNewline = text.units.contains(0x0A)
        if mode == .newline || (mode == .auto && hasNewline) || segmenter == nil {
            var result: [Int] = []
            for (index, unit) in text.units.enumerated() where unit == 0x0A { result.append(index + 1) }
            return result
        }
        guard let segmenter else { return [] }
        return segmenter.sentences(in: text).dropFirst().map(\.range.lowerBound)
    }
}
