import Foundation
import Hummingbird
import OnsiteCore
import OnsiteServices

/// The fields of a submitted HTML form, with checks that name the field at fault.
struct FormFields {
    private var fields: [String: String] = [:]
    /// Every value of every field, in order (checkboxes send one name several times).
    private var all: [(name: String, value: String)] = []

    static let maximumBytes = 64 * 1024

    init(request: Request, context: some RequestContext) async throws {
        self.init(body: try await request.body.collect(upTo: Self.maximumBytes))
    }

    init(body: ByteBuffer) {
        for pair in String(buffer: body).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            fields[parts[0]] = parts.count > 1 ? parts[1] : ""
            all.append((parts[0], parts.count > 1 ? parts[1] : ""))
        }
    }

    subscript(name: String) -> String? { fields[name] }

    /// Every value sent under `name`, in order.
    func values(_ name: String) -> [String] { all.filter { $0.name == name }.map(\.value) }

    func required(_ name: String) throws -> String {
        guard let value = fields[name], !value.isEmpty else { throw BadInput(field: name, message: "the form field `\(name)` is missing") }
        return value
    }

    func rating(_ name: String) throws -> Rating {
        let raw = try required(name)
        guard let value = Int(raw), let rating = Rating(rawValue: value) else {
            throw BadInput(field: name, message: "`\(name)` must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not `\(raw)`")
        }
        return rating
    }
}
