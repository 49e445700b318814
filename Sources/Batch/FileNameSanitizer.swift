/// Turns record ids into file names that stay inside an output folder.
///
/// Ids come from the input and may be hostile ("../../etc/passwd", "/abs", "", "a\0b", 4,000
/// characters). A safe name keeps letters, digits and `-_.` (other characters become `_`),
/// never starts with a dot, is at most 120 bytes, and gets a short stable hash of the original
/// id whenever it had to be changed, so two different ids never share a file.
public enum FileNameSanitizer {
    static let maxLength = 120

    public static func fileName(for id: String, extension ext: String) -> String {
        var name = ""
        for scalar in id.unicodeScalars {
            let allowed =
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
            name.unicodeScalars.append(allowed ? scalar : "_")
        }
        while name.hasPrefix(".") { name.removeFirst() }
        if name.utf8.count > maxLength {
            name = String(decoding: name.utf8.prefix(maxLength), as: UTF8.self).replacingInvalid()
        }
        if name != id || name.isEmpty {
            let hash = String(StableHash.fnv1a(id) & 0xFFFF_FFFF, radix: 16)
            name = (name.isEmpty ? "record" : name) + "-" + hash
        }
        return name + "." + ext
    }
}

extension String {
    /// Drops a U+FFFD left by cutting UTF-8 in the middle of a character.
    fileprivate func replacingInvalid() -> String { String(unicodeScalars.filter { $0 != "\u{FFFD}" }) }
}
