import Testing

@testable import Batch

/// The JSONL fast path: simdjson reads the id, text and title, or hands the line to the complete path.
@Suite("RecordFieldReader: the JSONL fast path")
struct RecordFieldsTests {
    let reader = RecordFieldReader(names: RecordFields.Names(id: "id", text: "text", title: "title"))

    func read(_ line: String) -> RecordFields? { reader.read(ArraySlice(line.utf8)) }

    @Test("the three fields of a news line, escapes decoded, other fields skipped")
    func fields() throws {
        let fields = try #require(
            read(#"{"id": "a1", "title": "Le préfet", "text": "Caf\u00e9 \"cité\".\n", "summary": ["x", {"y": 1}]}"#))
        #expect(fields.id == "a1")
        #expect(fields.title == "Le préfet")
        #expect(fields.text == "Café \"cité\".\n")
        let numbered = try #require(read(#"{"text": "Entier.", "id": -42}"#))
        #expect(numbered.id == "-42")
        #expect(numbered.title == nil)
    }

    @Test("a wanted key given twice, even escaped, goes to the complete path; a nested one does not")
    func repeatedKeys() {
        #expect(read(#"{"id": "a", "text": "Premier.", "id": "b"}"#) == nil)
        #expect(read(#"{"id": "a", "text": "x", "t\u0065xt": "y"}"#) == nil)
        #expect(read(#"{"id": "a", "meta": {"id": 3}, "text": "Il a écrit \"id\": rien."}"#)?.id == "a")
    }

    @Test("whatever the complete path decides goes there: odd ids, null title, empty id, missing text")
    func handedOver() {
        #expect(read(#"{"id": 8.0, "text": "x"}"#) == nil)
        #expect(read(#"{"id": 18446744073709551615, "text": "x"}"#) == nil)
        #expect(read(#"{"id": true, "text": "x"}"#) == nil)
        #expect(read(#"{"id": "", "text": "x"}"#) == nil)
        #expect(read(#"{"id": "a", "title": null, "text": "x"}"#) == nil)
        #expect(read(#"{"id": "a", "text": 3}"#) == nil)
        #expect(read(#"{"id": "a"}"#) == nil)
    }

    @Test("broken JSON, even in a field nobody asked for, and invalid UTF-8 are refused")
    func refused() {
        #expect(read(#"{"id": "a", "text": "x", "other": tru}"#) == nil)
        #expect(read(#"{"id": "a", "text": "x"} trailing"#) == nil)
        #expect(read(#"[{"id": "a", "text": "x"}]"#) == nil)
        #expect(read(#"{"id": "a", "text": "\ud800"}"#) == nil)
        #expect(read("") == nil)
        var bytes = Array(#"{"id": "a", "text": "caf"#.utf8)
        bytes += [0xE9] + Array(#""}"#.utf8)
        #expect(reader.read(bytes[...]) == nil)
    }

    @Test("a line longer than the limit is left to the complete path")
    func longLine() {
        let text = String(repeating: "a", count: RecordFieldReader.maximumLineBytes)
        #expect(read(#"{"id": "a", "text": "\#(text)"}"#) == nil)
        #expect(read(#"{"id": "a", "text": "\#(text.dropFirst(100))"}"#)?.text.count == text.count - 100)
    }
}

/// Differential check of the two JSONL paths on mutated lines: whatever the fast path accepts,
/// the complete path must read as the same record.
@Suite("JSONL: the fast path agrees with the complete path")
struct JSONLPathAgreementTests {
    /// Lines with what JSONL news carries: escapes, surrogate pairs, nesting, numbers of every
    /// shape, null and boolean values.
    static let seeds = [
        #"{"id": "lematin-001", "title": "Le préfet de l'Oriental", "text": "« Caf\u00e9 » \"cité\"\nÀ Nador.\t😀 \ud83d\ude00", "summary": "x"}"#,
        #"{"text": "Le ministre a déclaré : \\ rien.", "id": 1234567890123, "meta": {"id": 3, "tags": ["a", 1.5e3, -0, null, true]}}"#,
        #"{"id": "a", "title": null, "text": "Titre nul."}"#,
        #"{"id": 8.0, "text": "Entier écrit en flottant.", "title": "T"}"#,
        #"{"id": -0, "text": "a", "title": "\u00c9t\u00e9"}"#, #"{"id": 1e3, "text": "b"}"#,
        #"{"id": 9223372036854775807, "text": "c"}"#, #"{"id": "\u0000", "text": "d\/e"}"#,
        #"  {"id":"z","text":"","title":"","x":[[[]]],"y":{}}  "#,
    ]
    /// Bytes that make JSON interesting: structure, escapes, digits and exponents, literals'
    /// letters, multi-byte and invalid UTF-8, NUL.
    static let interesting: [UInt8] =
        Array(#"{}[]":,\ut0123456789eE+-.flnr "#.utf8) + [0xC3, 0xA9, 0xE2, 0x80, 0xFF, 0x00, 0xED, 0xA0]

    @Test("30,000 mutations of news lines: same id, title and text whenever the fast path reads one")
    func agreement() throws {
        let options = InputOptions(titleField: "title")
        let stream = JSONLStream(
            reader: LineReader(descriptor: -1, closeOnDeinit: false), path: "fuzz.jsonl", options: options)
        let location = SourceLocation(path: "fuzz.jsonl", line: 1)
        var random = SplitMix(seed: 20_261_129)
        var accepted = 0
        for round in 0..<30_000 {
            var line = Array(Self.seeds[round % Self.seeds.count].utf8)
            for _ in 0...random.below(3) {
                let position = random.below(line.count + 1)
                switch random.below(4) {
                case 0: line.insert(Self.interesting[random.below(Self.interesting.count)], at: position)
                case 1: if position < line.count { line.remove(at: position) }
                case 2:
                    if position < line.count { line[position] = Self.interesting[random.below(Self.interesting.count)] }
                default:
                    let end = min(line.count, position + random.below(12))
                    line.insert(contentsOf: line[position..<end], at: position)
                }
            }
            guard let fast = stream.fastPath.read(line[...]) else { continue }
            accepted += 1
            guard case .record(let complete) = stream.parseCompletely(line[...], at: location) else {
                Issue.record(
                    "the complete path refused a line the fast path read: \(String(decoding: line, as: UTF8.self))")
                continue
            }
            #expect(
                [fast.id, fast.title ?? "<nil>", fast.text] == [complete.id, complete.title ?? "<nil>", complete.text],
                "\(String(decoding: line, as: UTF8.self))")
        }
        // The mutations must leave enough valid lines for the comparison to mean something.
        #expect(accepted > 2_000)
    }
}

/// SplitMix64: a small deterministic generator, so that a failure can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(next() % UInt64(bound)) }
}
