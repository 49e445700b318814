import ArgumentParser

/// The exit statuses of `precis`, named.
enum ExitCodes {
    /// Some records were rejected; every other record was processed and written.
    static let rejects = ExitCode(1)
    /// `precis merge` refused shards that do not make one run.
    static let mergeRefused = ExitCode(2)
    /// `precis evaluate`: a quality gate failed (a `--min` floor missed, or a significant
    /// regression beyond `--max-drop`); scores were computed and written.
    static let gateFailed = ExitCode(3)
    /// A data file under `Lexicons/` is missing or malformed (EX_DATAERR).
    static let lexiconError = ExitCode(65)
    /// An input or output could not be opened, read or written (EX_IOERR).
    static let ioError = ExitCode(74)
}
