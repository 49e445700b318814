import ArgumentParser
import Batch
import FrenchText

/// `precis normalize`: Unicode normalization and consistent French typography.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalize French text (NFC by default) and make its typography consistent for matching.",
        discussion: """
            Writes one JSONL line per input record: {"id": "…", "text": "…"}, or with --format text the \
            normalized texts alone, separated by a blank line... one per record.

            Typography (unless --no-typography): ’ ‘ ʼ become ', no-break and thin spaces become spaces, \
            soft hyphens and zero-width characters are removed, « » get one space inside. œ and æ are kept.

            Examples:
              precis normalize article.txt
              precis normalize --form nfkc --case-fold articles.jsonl
            """)

    @OptionGroup var input: InputArguments
    @OptionGroup var output: OutputArguments

    @Option(help: "Unicode normalization form: nfc (default) or nfkc.")
    var form: NormalizationOptions.Form = .nfc

    @Flag(help: "Apply Unicode full case folding (for matching).")
    var caseFold = false

    @Flag(inversion: .prefixedNo, help: "Make French typography consistent.")
    var typography = true

    @Option(help: "Output: jsonl (default) or text.")
    var format: OutputFormat = .jsonl

    enum OutputFormat: String, ExpressibleByArgument {
        case jsonl, text
    }

    func validate() throws {
        if format != .jsonl { try output.requireRecordLines(format: format.rawValue) }
    }

    func run() throws {
        let normalizer = Normalizer(
            options: NormalizationOptions(form: form, caseFold: caseFold, typography: typography))
        let format = format
        let signature = [
            "normalize", input.signature, normalizer.options.signature, "format=\(format.rawValue)",
            "icu=\(icuVersion)",
        ].joined(separator: "|")
        try BatchDriver.run(
            reader: input.reader(), output: output, signature: signature,
            makeWorker: { normalizer },
            transform: { normalizer, record in
                let normalized = try normalizer.normalize(UTF16Text(record.text))
                if format == .text { return Array((normalized.text + "\n").utf8) }
                var json = JSONWriter()
                json.beginObject()
                json.field("id", record.id)
                json.field("text", normalized.text)
                writeWarnings(record, into: &json)
                json.endObject()
                json.newline()
                return json.bytes
            })
    }
}

extension NormalizationOptions.Form: ExpressibleByArgument {}
