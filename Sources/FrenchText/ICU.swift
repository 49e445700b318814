@_implementationOnly import CICU

/// Namespace for the thin layer over the system ICU (`libicu-dev`).
///
/// Every ICU call of Précis lives in this module, which does not import Foundation: Foundation
/// on Linux bundles its own ICU, and a module that sees both does not compile.
enum ICU {
    /// The version of the ICU library linked at run time, such as `72.1`.
    static var version: String {
        var raw = [UInt8](repeating: 0, count: 4)
        cicu_getVersion(&raw)
        return raw[2] == 0 ? "\(raw[0]).\(raw[1])" : "\(raw[0]).\(raw[1]).\(raw[2])"
    }
}

/// An ICU status code that reported a failure.
public struct ICUError: Error, CustomStringConvertible, Sendable {
    /// The raw `UErrorCode` value.
    public let code: Int32
    /// What Précis was doing when ICU failed.
    public let operation: String

    public var description: String {
        let name = cicu_errorName(UErrorCode(rawValue: code)).map { String(cString: $0) } ?? "U_ERROR"
        return "ICU \(operation) failed: \(name)"
    }
}

extension UErrorCode {
    /// Throws when the status is a failure; warnings (negative codes, such as the locale
    /// fallback `U_USING_DEFAULT_WARNING`) are not failures.
    func check(_ operation: @autoclosure () -> String) throws(ICUError) {
        if rawValue > U_ZERO_ERROR.rawValue {
            throw ICUError(code: rawValue, operation: operation())
        }
    }
}

/// The version of the ICU library Précis runs on, for configuration signatures.
public var icuVersion: String { ICU.version }
