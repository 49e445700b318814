import Batch
import Foundation

extension TextSet {
    /// Reads a folder's `.txt` files (any case of the extension), recursively, in order of relative
    /// path: one entry per file, whose id is its path relative to the folder without `.txt`.
    ///
    /// Hidden files and folders are left out, as editors and version control put theirs there.
    /// Every other file is skipped with a warning: a folder of `summarize --output-dir` JSON
    /// records or a stray `README.md` would otherwise be scored as summaries (or make the pairing
    /// fail) without a word. A `.txt` that is binary, or that cannot be read, is an error at its
    /// path, as in the batch commands.
    mutating func readFolder(_ path: String) {
        let root = URL(fileURLWithPath: path)
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        else {
            error(SourceLocation(path: path, line: 0), "cannot list folder")
            return
        }
        let rootPath = root.standardizedFileURL.path
        var files: [(relative: String, path: String)] = []
        for case let url as URL in enumerator {
            let full = url.standardizedFileURL.path
            let relative =
                full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            files.append((relative, (path as NSString).appendingPathComponent(relative)))
        }
        files.sort { $0.relative.utf8.lexicographicallyPrecedes($1.relative.utf8) }
        var skipped = 0
        var read = 0
        for file in files {
            let location = SourceLocation(path: file.path, line: 0)
            let kind = Self.fileKind(file.path)
            if kind == .folder { continue }
            guard Self.isText(file.relative) else {
                skipped += 1
                diagnostics.append(
                    Diagnostic(location: location, severity: .warning, message: "not a .txt file: skipped"))
                continue
            }
            read += 1
            let id = String(file.relative.dropLast(4))
            switch kind {
            case .regular: readTextFile(file.path, id: id)
            case .special: error(location, "not a regular file (a FIFO, socket or device): cannot be read", id: id)
            case .unreadable(let reason): error(location, "cannot read: \(reason)", id: id)
            case .folder: break
            }
        }
        if read == 0 {
            error(
                SourceLocation(path: path, line: 0),
                "no .txt file in this folder"
                    + (skipped > 0 ? " (\(skipped) other file\(skipped == 1 ? "" : "s") skipped)" : ""))
        }
    }

    /// Whether a folder's file holds a text to score, by its extension: `.txt`, in any case.
    static func isText(_ relative: String) -> Bool {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        return name.count > 4 && name.lowercased().hasSuffix(".txt")
    }

    /// What a path is, following symbolic links.
    enum FileKind: Equatable {
        case regular
        case folder
        /// A FIFO, a socket or a device: reading one could block or never end.
        case special
        /// `stat` failed (a dangling symbolic link, a permission): the reason.
        case unreadable(String)
    }

    static func fileKind(_ path: String) -> FileKind {
        var status = stat()
        guard stat(path, &status) == 0 else { return .unreadable(String(cString: strerror(errno))) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .folder
        default: return .special
        }
    }

    /// One text file through Batch's reader (binary files refused, invalid UTF-8 repaired with a
    /// warning), as the entry `id`, or by default the file's name without extension.
    mutating func readTextFile(_ path: String, id: String?) {
        let reader = InputReader(paths: [path], options: InputOptions(format: .text))
        while let item = reader.next() {
            switch item {
            case .reject(var diagnostic):
                diagnostic.recordID = id ?? diagnostic.recordID
                diagnostics.append(diagnostic)
            case .record(let record):
                let id = id ?? record.id
                diagnostics.append(
                    contentsOf: record.warnings.map { warning in
                        var warning = warning
                        warning.recordID = id
                        return warning
                    })
                entries.append(Entry(id: id, texts: [record.text], location: record.location))
            }
        }
    }
}
