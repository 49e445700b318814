/// Turns record ids into file names that stay inside an output folder.
///
/// Ids come from the input and may be hostile ("../../etc/passwd", "/abs", "", "a\0b", 4,000
/// characters). A safe name keeps letters, digits and `-_.` (other characters become `_`),
/// never starts with a dot, is at most 120 bytes, and gets `-` and eight hex digits of a stable
/// hash of the original id whenever it had to be changed. An id kept as it is that ends the same
/// way ("a_b-0468cf61", which could be the name of "a/b") gets the hash too, so two different
/// ids share a file only if their names and 32-bit hashes both agree.
public enum FileNameSanitizer {
    static let maxLength = 120
    static let hashDigits = 8

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
        if name != id || name.isEmpty || endsLikeHash(name) {
            let hex = String(StableHash.fnv1a(id) & 0xFFFF_FFFF, radix: 16)
            let hash = String(repeating: "0", count: hashDigits - hex.count) + hex
            name = (name.isEmpty ? "record" : name) + "-" + hash
        }
        return name + "." + ext
    }

    /// Whether a name ends with `-` and eight lowercase hex digits, as a changed id's name does.
    static func endsLikeHash(_ name: String) -> Bool {
        let tail = name.utf8.suffix(hashDigits + 1)
        guard tail.count == hashDigits + 1, tail.first == UInt8(ascii: "-") else { return false }
        return tail.dropFirst().allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}

extension String {
    /// Drops a U+FFFD left by cutting UTF-8 in the middle of a character.
    fileprivate func replacingInvalid() -> String { String(unicodeScalars.filter { $0 != "\u{FFFD}" }) }
}
