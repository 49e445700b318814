import CXXHash
import Testing

@testable import Batch

/// The manifest's input hash: XXH3-64 of every record's id and text, each followed by NUL.
@Suite("InputHash: the run manifest's input hash")
struct InputHashTests {
    @Test("the empty input has XXH3-64's published value for no bytes")
    func empty() {
        #expect(InputHash().hex == "xxh3-64:2d06800538d394c2")
    }

    @Test("records streamed one by one hash as their bytes joined, and order matters")
    func streamed() {
        let records = [("lematin-1", "Le préfet de l'Oriental a réuni les élus."), ("2", ""), ("é", "Fin.\n")]
        let hash = InputHash()
        for (id, text) in records {
            hash.add(id)
            hash.add(text)
        }
        var joined: [UInt8] = []
        for (id, text) in records { joined += Array(id.utf8) + [0] + Array(text.utf8) + [0] }
        let oneShot = joined.withUnsafeBytes { XXH3_64bits($0.baseAddress, $0.count) }
        let digits = String(oneShot, radix: 16)
        #expect(hash.hex == "xxh3-64:" + String(repeating: "0", count: 16 - digits.count) + digits)
        let reversed = InputHash()
        for (id, text) in records.reversed() {
            reversed.add(id)
            reversed.add(text)
        }
        #expect(reversed.hex != hash.hex)
    }
}
