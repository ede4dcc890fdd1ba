public import Foundation

/// Where the content bundle is: `--content`, then `ONSITE_CONTENT`, then `content/` beside the
/// executable's package checkout (how `swift run` and `swift test` find it without set-up).
public enum ContentLocation {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let fromEnvironment = environment["ONSITE_CONTENT"], !fromEnvironment.isEmpty {
            return URL(fileURLWithPath: fromEnvironment)
        }
        return sourceCheckout
    }

    /// `content/` of the checkout this binary was built from.
    public static var sourceCheckout: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("content")
    }
}
