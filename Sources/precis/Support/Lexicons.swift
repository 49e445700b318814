import Foundation

/// Finds the `Lexicons/` folder that Précis reads its rules and word lists from.
///
/// In order: `--lexicons`, `$PRECIS_LEXICONS`, `<prefix>/share/precis/Lexicons` beside an
/// installed binary, a `Lexicons/` folder above the binary (a build in the repository), then
/// `./Lexicons`.
enum Lexicons {
    static func directory(explicit: String?) throws -> String {
        if let explicit { return explicit }
        if let environment = ProcessInfo.processInfo.environment["PRECIS_LEXICONS"], !environment.isEmpty {
            return environment
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var candidates: [URL] = []
        let binDirectory = executable.deletingLastPathComponent()
        candidates.append(binDirectory.deletingLastPathComponent().appendingPathComponent("share/precis/Lexicons"))
        var directory = binDirectory
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("Lexicons"))
            directory = directory.deletingLastPathComponent()
        }
        candidates.append(
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Lexicons"))
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("fr/abbreviations.tsv").path) {
            return candidate.path
        }
        throw LexiconsNotFound()
    }
}

struct LexiconsNotFound: Error, CustomStringConvertible {
    var description: String {
        "cannot find the Lexicons/ folder: pass --lexicons DIR or set PRECIS_LEXICONS"
    }
}
