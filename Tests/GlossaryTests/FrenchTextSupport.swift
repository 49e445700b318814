import FrenchText

enum FrenchTextSupport {
    static func utf16(_ text: String) -> UTF16Text { UTF16Text(text) }
}
