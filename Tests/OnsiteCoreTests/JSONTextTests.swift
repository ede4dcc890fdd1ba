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
            #expect(try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) is Any)
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
