import FrenchText

extension CompiledMatcher {
    /// The matches of a text with offsets in its original UTF-16 units.
    ///
    /// Text that is not NFC (decomposed accents, "e\u{301}") is normalized first and the offsets
    /// mapped back; NFC text, nearly all news, is matched as it is.
    public func matches(in text: UTF16Text, scratch: inout MatchScratch) -> [Match] {
        let needsNFC = text.units.contains { $0 >= 0x300 && $0 <= 0x36F }
        guard needsNFC,
            let normalized = try? Normalizer(
                options: NormalizationOptions(form: .nfc, caseFold: false, typography: false)
            )
            .normalize(text)
        else {
            return text.units.withUnsafeBufferPointer { matches(in: $0, scratch: &scratch) }
        }
        return normalized.units.withUnsafeBufferPointer { matches(in: $0, scratch: &scratch) }.map {
            Match(entry: $0.entry, form: $0.form, range: normalized.originalRange(of: $0.range))
        }
    }
}
