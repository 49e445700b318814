import ArgumentParser
import Batch
import FrenchText

/// `precis segment`: French sentences with offsets and paragraph indices.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split French text into sentences.",
        discussion: """
            Writes one JSONL line per input record:
              {"id": "…", "sentences": [{"start": 0, "end": 57, "text": "…",
                              "paragraph": 0}, …]}
            start and end are offsets into the record's text as given, end exclusive, counted in \
            Unicode scalar values (code points, Python string indices) unless --offsets says otherwise; \
            sentences have no leading or trailing whitespace; paragraph is the 0-based index of the \
            blank-line separated block. Records with repaired UTF-8 get a "warnings" list.

            Examples:
              precis segment article.txt
              precis segment --text-field body --offsets utf8 articles.jsonl \\
                -o sentences.jsonl
            """)

    @OptionGroup var input: InputArguments
    @OptionGroup var output: OutputArguments
    @OptionGroup var lexicons: LexiconArguments
    @OptionGroup var languageCheck: LanguageCheckArguments

    @Option(help: "Unit of start/end: scalar (code points, the default), utf8 (bytes) or utf16 (code units).")
    var offsets: OffsetUnit = .scalar

    @Option(help: "precis (ICU plus French rules, the default) or icu (ICU's fr@ss=standard iterator alone).")
    var engine: SentenceSegmenter.Engine = .precis

    func run() throws {
        let rules = try loadRules(lexicons: lexicons)
        let unit = offsets
        let engine = engine
        let signature = [
            "segment", input.signature, "engine=\(engine.rawValue)", "offsets=\(unit.rawValue)",
            "icu=\(icuVersion)", "lexicons=\(LexiconArguments.digest(try lexicons.directory() + "/fr"))",
            languageCheck.signature,
        ].joined(separator: "|")
        try BatchDriver.run(
            reader: input.reader(), output: output, signature: signature,
            language: try languageCheck.check(lexicons: try lexicons.directory()),
            makeWorker: { try SentenceSegmenter(rules: rules) },
            transform: { segmenter, record in
                let text = UTF16Text(record.text)
                return SegmentCommand.render(record, text, segmenter.sentences(in: text, engine: engine), unit: unit)
            })
    }

    /// One JSONL line for a record's sentences.
    static func render(_ record: Record, _ text: UTF16Text, _ sentences: [Sentence], unit: OffsetUnit) -> [UInt8] {
        let bounds = sentences.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
        let converter = OffsetConverter(text)
        let reported = converter.convert(bounds, to: unit)
        let utf8 = unit == .utf8 ? reported : converter.convert(bounds, to: .utf8)
        let bytes = Array(record.text.utf8)
        var json = JSONWriter(capacity: bytes.count * 2 + 64)
        json.beginObject()
        json.field("id", record.id)
        json.key("sentences")
        json.beginArray()
        for (index, sentence) in sentences.enumerated() {
            json.beginObject()
            json.field("start", reported[2 * index])
            json.field("end", reported[2 * index + 1])
            json.field("text", String(decoding: bytes[utf8[2 * index]..<utf8[2 * index + 1]], as: UTF8.self))
            json.field("paragraph", sentence.paragraph)
            json.endObject()
        }
        json.endArray()
        writeWarnings(record, into: &json)
        json.endObject()
        json.newline()
        return json.bytes
    }
}

/// Writes a record's warnings, when it has any, as `"warnings": ["…"]`.
func writeWarnings(_ record: Record, into json: inout JSONWriter) {
    guard !record.warnings.isEmpty else { return }
    json.key("warnings")
    json.beginArray()
    for warning in record.warnings { json.string(warning.message) }
    json.endArray()
}

/// Loads the French segmentation rules, turning a data error into a clear message and exit 65.
func loadRules(lexicons: LexiconArguments) throws -> SegmentationRules {
    let directory = try lexicons.directory()
    do {
        return try SegmentationRules.load(directory: directory + "/fr")
    } catch {
        BatchDriver.report("precis: error: \(error)")
        throw ExitCodes.lexiconError
    }
}

extension OffsetUnit: ExpressibleByArgument {}
extension SentenceSegmenter.Engine: ExpressibleByArgument {}
