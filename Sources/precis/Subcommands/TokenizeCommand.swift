import ArgumentParser
import Batch
import FrenchText

/// `precis tokenize`: French word tokens with their Snowball stems.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split French text into word tokens (elisions split, compounds kept) with Snowball stems.",
        discussion: """
            Writes one JSONL line per input record:
              {"id": "…", "tokens": [{"start": 0, "end": 2, "text": "l'",
                            "kind": "elision", "stem": "l'"}, …]}
            Offsets as in 'precis segment' (Unicode scalar values unless --offsets says otherwise).
            """)

    @OptionGroup var input: InputArguments
    @OptionGroup var output: OutputArguments
    @OptionGroup var lexicons: LexiconArguments
    @OptionGroup var languageCheck: LanguageCheckArguments

    @Option(help: "Unit of start/end: scalar (default), utf8 or utf16.")
    var offsets: OffsetUnit = .scalar

    @Flag(inversion: .prefixedNo, help: "Add each token's Snowball French stem.")
    var stems = true

    /// One tokenizer and one stemmer per thread.
    final class Worker {
        let tokenizer: WordTokenizer
        let stemmer: FrenchStemmer
        init(directory: String) throws {
            tokenizer = try WordTokenizer(lexiconDirectory: directory + "/fr")
            stemmer = try FrenchStemmer()
        }
    }

    func run() throws {
        let directory = try lexicons.directory()
        let unit = offsets
        let withStems = stems
        let signature = [
            "tokenize", input.signature, "offsets=\(unit.rawValue)", "stems=\(withStems)", "icu=\(icuVersion)",
            "lexicons=\(LexiconArguments.digest(directory + "/fr"))", languageCheck.signature,
        ].joined(separator: "|")
        try BatchDriver.run(
            reader: input.reader(), output: output, signature: signature,
            language: try languageCheck.check(lexicons: directory),
            makeWorker: {
                do { return try Worker(directory: directory) } catch let error as DataFileError {
                    BatchDriver.report("precis: error: \(error)")
                    throw ExitCodes.lexiconError
                }
            },
            transform: { worker, record in
                let text = UTF16Text(record.text)
                let tokens = worker.tokenizer.tokens(in: text)
                let bounds = tokens.flatMap { [$0.range.lowerBound, $0.range.upperBound] }
                let converter = OffsetConverter(text)
                let reported = converter.convert(bounds, to: unit)
                var json = JSONWriter()
                json.beginObject()
                json.field("id", record.id)
                json.key("tokens")
                json.beginArray()
                for (index, token) in tokens.enumerated() {
                    let surface = text.substring(token.range)
                    json.beginObject()
                    json.field("start", reported[2 * index])
                    json.field("end", reported[2 * index + 1])
                    json.field("text", surface)
                    json.field("kind", "\(token.kind)")
                    if withStems {
                        json.field("stem", token.kind == .word ? worker.stemmer.stem(surface) : surface.lowercased())
                    }
                    json.endObject()
                }
                json.endArray()
                writeWarnings(record, into: &json)
                json.endObject()
                json.newline()
                return json.bytes
            })
    }
}
