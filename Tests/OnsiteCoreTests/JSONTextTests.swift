import Foundation
import OnsiteCore
import Testing

/// The hand-written JSON reader and writer the judge uses on every test's input and output.
@Suite struct JSONTextTests {
    static let samples: [JSONValue] = [
        .null, .bool(true), .bool(false), .int(0), .int(-42), .int(Int.max), .double(0.1), .double(-2.5e-7), .double(1e300),
        .double(5), .string(""), .string("quote \" backslash \\ newline \n tab \t bell \u{07} é 漢 😀 /"),
        .array([]), .array([.int(1), .double(2.5), .array([.string("x")])]),
        .object([:]), .object(["b": .int(1), "a": .object(["nested": .array([.null])])]),
    ]

    @Test func writingThenParsingGivesTheSameValue() throws {
        for value in Self.samples {
            let text = value.description
            #expect(try JSONParser.parse(text) == value, "\(text)")
            // And Foundation reads it too: the harness side is Python's json, as strict.
            let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
            #expect(Self.same(foundation, value), "Foundation read \(text) as \(foundation)")
        }
    }

    /// Whether Foundation's reading of the text is `value`: same structure, strings and numbers.
    static func same(_ any: Any, _ value: JSONValue) -> Bool {
        switch value {
        case .null: return any is NSNull
        case .bool(let flag): return (any as? Bool) == flag
        case .int(let number): return (any as? NSNumber)?.int64Value == Int64(number)
        case .double(let number): return (any as? NSNumber)?.doubleValue == number
        case .string(let text): return (any as? String) == text
        case .array(let items):
            guard let list = any as? [Any], list.count == items.count else { return false }
            return zip(list, items).allSatisfy { same($0, $1) }
        case .object(let fields):
            guard let dictionary = any as? [String: Any], Set(dictionary.keys) == Set(fields.keys) else { return false }
            return fields.allSatisfy { key, item in same(dictionary[key]!, item) }
        }
    }

    @Test func textIsCompactWithSortedKeysAndRawSlashes() {
        #expect(JSONValue.object(["b": .int(1), "a": .string("x/y")]).description == #"{"a":"x/y","b":1}"#)
        #expect(JSONValue.array([.double(0.5), .int(3), .bool(false)]).description == "[0.5,3,false]")
        #expect(JSONValue.string("\u{01}").description == #""\u0001""#)
    }

    @Test func nonFiniteFloatsTravelAsTaggedObjects() throws {
        #expect(JSONValue.double(.infinity).description == #"{"$float":"inf"}"#)
        #expect(try JSONParser.parse(JSONValue.double(-.infinity).description) == .double(-.infinity))
        guard case .double(let nan) = try JSONParser.parse(JSONValue.double(.nan).description) else { Issue.record("not a double"); return }
        #expect(nan.isNaN)
    }
}
