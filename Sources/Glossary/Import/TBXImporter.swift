import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Imports TBX (TBX-Basic, v2 `termEntry`/`langSet`/`tig` or v3 `conceptEntry`/`langSec`/`termSec`).
///
/// XML with a DTD or entity declarations is refused before parsing: a glossary has no use for
/// them, and refusing them closes the door to external-entity attacks (XXE) and entity
/// expansion ("billion laughs") whatever the parser's defaults.
public enum TBXImporter {
    /// Imports the bytes of a TBX file.
    public static func importTerms(_ data: Data, path: String, defaults: ImportDefaults) -> ImportResult {
        var result = ImportResult()
        if let line = declarationLine(data) {
            result.issues.append(
                LexiconIssue(
                    LexiconLocation(path: path, line: line), .error,
                    "DTD or entity declaration refused (external entities are not allowed in imported XML)"))
            return result
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        let delegate = TBXDelegate()
        parser.delegate = delegate
        if !parser.parse() || delegate.error != nil || !delegate.open.isEmpty {
            let message = delegate.error ?? parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
            result.issues.append(
                LexiconIssue(LexiconLocation(path: path, line: max(1, parser.lineNumber)), .error, "XML: \(message)"))
            return result
        }
        for concept in delegate.concepts {
            let location = LexiconLocation(path: path, line: concept.line)
            let french = concept.terms(for: "fr")
            let english = concept.terms(for: "en")
            guard let fr = french.first, let en = english.first else {
                result.issues.append(
                    LexiconIssue(location, .error, "concept '\(concept.id)' lacks a French or an English term"))
                continue
            }
            let cells = [
                concept.id.isEmpty ? defaults.id(for: fr.text) : defaults.idPrefix + concept.id,
                fr.text, french.dropFirst().map(\.text).joined(separator: "|"),
                en.text, english.dropFirst().map(\.text).joined(separator: "|"),
                defaults.kind, concept.subject.isEmpty ? "general" : concept.subject,
                fr.status, "", LexiconEntry.isShortAcronym(fr.text) ? "cs" : "ci", concept.note, defaults.source,
            ].map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            let (entry, issues) = LexiconRowParser.parse(cells, at: location)
            result.issues += issues
            if let entry { result.entries.append(entry) }
        }
        return result
    }

    /// The line of a `<!DOCTYPE` or `<!ENTITY` declaration, if any.
    static func declarationLine(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        let markers = [Array("<!DOCTYPE".utf8), Array("<!ENTITY".utf8)]
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if byte == 0x3C {
                for marker in markers where index + marker.count <= bytes.count {
                    if Array(bytes[index..<index + marker.count]).map({ $0 >= 0x61 && $0 <= 0x7A ? $0 - 0x20 : $0 })
                        == marker
                    {
                        return line
                    }
                }
            }
            index += 1
        }
        return nil
    }
}

/// Collects concepts while XMLParser walks the document.
final class TBXDelegate: NSObject, XMLParserDelegate {
    struct Term {
        var text: String
        /// The lexicon status: `preferred` unless the term is marked admitted or deprecated.
        var status: String
        /// Whether the term is marked `preferredTerm-admn-sts`, not merely unmarked.
        var markedPreferred = false
    }

    struct Concept {
        var id = ""
        var line = 0
        var subject = ""
        var note = ""
        var terms: [(language: String, term: Term)] = []

        /// Terms of a language ("fr", "fr-FR"…): those marked preferred, then unmarked ones, then
        /// admitted and deprecated ones, each in document order.
        ///
        /// An unmarked term must not outrank one marked preferred that comes after it: exports
        /// (IATE among them) often list the marked term second.
        func terms(for language: String) -> [Term] {
            let list = terms.filter { $0.language == language || $0.language.hasPrefix(language + "-") }.map(\.term)
            return list.filter(\.markedPreferred)
                + list.filter { !$0.markedPreferred && $0.status == "preferred" }
                + list.filter { $0.status != "preferred" }
        }
    }

    var concepts: [Concept] = []
    /// The first parse error, and the elements still open (XMLParser may recover silently).
    var error: String?
    var open: [String] = []
    var current: Concept?
    var language = ""
    var termText: String?
    var termStatus = "preferred"
    var termMarkedPreferred = false
    var capture: String?
    var buffer = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        open.append(name)
        switch name {
        case "conceptEntry", "termEntry":
            current = Concept(id: attributes["id"] ?? "", line: parser.lineNumber)
        case "langSec", "langSet":
            language = (attributes["xml:lang"] ?? attributes["lang"] ?? "").lowercased()
        case "termSec", "tig", "ntig":
            termText = nil
            termStatus = "preferred"
            termMarkedPreferred = false
        case "term":
            capture = "term"
            buffer = ""
        case "termNote" where attributes["type"] == "administrativeStatus":
            capture = "status"
            buffer = ""
        case "descrip" where attributes["type"] == "subjectField":
            capture = "subject"
            buffer = ""
        case "note", "descrip":
            capture = "note"
            buffer = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capture != nil { buffer += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if error == nil { error = "\(parseError.localizedDescription) (line \(parser.lineNumber))" }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if open.last == name {
            open.removeLast()
        } else if error == nil {
            error = "closing tag </\(name)> does not match <\(open.last ?? "")>"
        }
        let text = buffer.trimmingCharacters(in: .whitespacesAndNewlines)
        switch name {
        case "term":
            termText = text
            capture = nil
        case "termNote" where capture == "status":
            if text.hasPrefix("preferred") { termMarkedPreferred = true }
            if text.hasPrefix("admitted") { termStatus = "admitted" }
            if text.hasPrefix("deprecated") || text.hasPrefix("superseded") { termStatus = "deprecated" }
            capture = nil
        case "descrip" where capture == "subject":
            current?.subject = text
            capture = nil
        case "note", "descrip":
            if capture == "note", !text.isEmpty, current?.note.isEmpty == true { current?.note = text }
            capture = nil
        case "termSec", "tig", "ntig":
            if let termText, !termText.isEmpty {
                current?.terms.append(
                    (language, Term(text: termText, status: termStatus, markedPreferred: termMarkedPreferred)))
            }
            termText = nil
        case "conceptEntry", "termEntry":
            if let current { concepts.append(current) }
            current = nil
        default: break
        }
    }
}
