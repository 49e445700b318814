/// Deterministic number formatting for every renderer (no locale, no Foundation formatter).
public enum Format {
    /// `value` with exactly `digits` decimals: `0.4210`.
    public static func fixed(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        guard abs(value) < 1e15, digits <= 15 else { return "\(value)" }  // beyond Int's exact range
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let integerPart = (scaled / scale).rounded(.down)
        let fraction = Int(scaled - integerPart * scale)
        var text = String(Int(integerPart))
        if digits > 0 {
            let digitsText = String(fraction)
            text += "." + String(repeating: "0", count: max(0, digits - digitsText.count)) + digitsText
        }
        return (value < 0 && scaled != 0 ? "-" : "") + text
    }

    /// The shortest text that reads back as the same Double: `0.12`, `3`.
    public static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
