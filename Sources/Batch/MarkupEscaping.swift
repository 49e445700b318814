/// Escaping for XML and HTML text and attribute values, shared by every renderer that writes
/// markup (TBX, JUnit XML, HTML reports, SVG).
public enum MarkupEscaping {
    /// Escapes `& < > "` and drops the characters XML 1.0 forbids even escaped (C0 controls
    /// other than tab, line feed and carriage return; U+FFFE, U+FFFF). Apostrophes stay: every
    /// attribute Précis writes is delimited by double quotes, and French text is full of them.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                let value = scalar.value
                if value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D { continue }
                if value == 0xFFFE || value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
