public import Foundation

/// A JSON value as the judge sees it: test arguments, expected outputs and what code returned.
/// Integers and floats stay apart so a checker can say `2 == 2.0` but never `true == 1`.
public enum JSONValue: Sendable, Hashable, Codable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else {
            let object = try container.decode([String: JSONValue].self)
            // Non-finite floats travel as {"$float": "nan" | "inf" | "-inf"}.
            if object.count == 1, case .string(let text)? = object["$float"], let special = Self.nonFinite[text] {
                self = .double(special)
            } else {
                self = .object(object)
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .double(let value):
            if value.isFinite { try container.encode(value) }
            else { try container.encode(["$float": value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf")]) }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    private static let nonFinite: [String: Double] = ["nan": .nan, "inf": .infinity, "-inf": -.infinity]

    /// Compact JSON text, for showing inputs and outputs to the person.
    public var description: String {
        String(decoding: jsonBytes, as: UTF8.self)
    }

    /// The value as a number, when it is one.
    public var number: Double? {
        switch self {
        case .int(let value): Double(value)
        case .double(let value): value
        default: nil
        }
    }
}
