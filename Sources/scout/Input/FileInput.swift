import Foundation
import ScoutCore

/// Reading a file the user named, with errors that name the path and the operating system's reason.
enum FileInput {
    /// The file's bytes; throws a bad-input error (exit 2) such as
    /// `cannot read JD file 'x.md': No such file or directory`.
    static func data(atPath path: String, what: String) throws -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(path, what: what, errno: errno) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw ScoutError.badInput("cannot read \(what) '\(path)': it is a directory")
        }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw ScoutError.badInput("cannot read \(what) '\(path)': \((error as NSError).localizedDescription)")
        }
    }

    static func failure(_ path: String, what: String, errno code: Int32) -> ScoutError {
        ScoutError.badInput("cannot read \(what) '\(path)': \(String(cString: strerror(code)))")
    }
}
