import OnsiteCore
import Yams

/// Reads parameter shapes and tolerances of a numeric drill from their YAML nodes.
enum NumericShapeReader {
    static let shapeHelp = "a shape is `{int: [a, b]}`, `{real: [a, b], step: s}`, `{choice: [x, y]}` or `{list: {int: [a, b]}, length: n}`"

    static func shape(_ node: Node, name: String, line: (Node?) -> Int, report: (Int, String) -> Void, inList: Bool = false) -> NumericShape? {
        let at = line(node)
        guard let mapping = node.mapping else { report(at, "parameter `\(name)`: \(shapeHelp)"); return nil }
        let keys = Set(mapping.keys.compactMap(\.string))
        func numbers(_ key: String) -> [Double]? {
            guard let list = mapping[key]?.sequence else { return nil }
            let values = list.compactMap { $0.scalar.flatMap { Double($0.string) } }
            return values.count == list.count ? values : nil
        }
        if keys == ["int"] {
            guard let range = numbers("int"), range.count == 2, range.allSatisfy({ $0 == $0.rounded() }), range[0] <= range[1] else {
                report(at, "parameter `\(name)`: `int` takes two whole numbers [low, high] with low ≤ high"); return nil
            }
            return .int(Int(range[0]), Int(range[1]))
        }
        if keys == ["real"] || keys == ["real", "step"] {
            guard let range = numbers("real"), range.count == 2, range[0] <= range[1] else {
                report(at, "parameter `\(name)`: `real` takes two numbers [low, high] with low ≤ high"); return nil
            }
            var step: Double?
            if let stepNode = mapping["step"] {
                guard let value = stepNode.scalar.flatMap({ Double($0.string) }), value > 0 else {
                    report(at, "parameter `\(name)`: `step` must be a positive number"); return nil
                }
                step = value
            }
            return .real(range[0], range[1], step: step)
        }
        if keys == ["choice"] {
            guard let values = numbers("choice"), !values.isEmpty else {
                report(at, "parameter `\(name)`: `choice` takes a non-empty list of numbers"); return nil
            }
            return .choice(values)
        }
        if keys == ["list", "length"], !inList, let element = mapping["list"] {
            let length: ClosedRange<Int>
            if let n = mapping["length"]?.scalar.flatMap({ Int($0.string) }), n >= 1 {
                length = n...n
            } else if let range = numbers("length"), range.count == 2, range.allSatisfy({ $0 == $0.rounded() && $0 >= 1 }), range[0] <= range[1] {
                length = Int(range[0])...Int(range[1])
            } else {
                report(at, "parameter `\(name)`: `length` must be a whole number ≥ 1 (or [low, high])"); return nil
            }
            guard let inner = shape(element, name: name, line: line, report: report, inList: true) else { return nil }
            return .list(inner, length: length)
        }
        report(at, "parameter `\(name)`: unknown shape with \(keys.sorted().map { "`\($0)`" }.joined(separator: ", ")); \(shapeHelp)\(inList ? " (a list's element is a scalar shape)" : "")")
        return nil
    }

    static func tolerance(_ node: Node?, line: (Node?) -> Int, report: (Int, String) -> Void) -> NumericTolerance? {
        let help = "`tolerance` is `{relative: 0.01}`, `{absolute: 0.5}` or `{exact: true}`"
        guard let node else { report(1, "missing required field `tolerance` (\(help))"); return nil }
        guard let mapping = node.mapping, mapping.count == 1, let (key, value) = mapping.first.map({ ($0.key.string, $0.value.scalar?.string) }) else {
            report(line(node), help); return nil
        }
        switch key {
        case "relative", "absolute":
            guard let amount = value.flatMap(Double.init), amount >= 0 else { report(line(node), "`\(key!)` tolerance must be a number ≥ 0"); return nil }
            return key == "relative" ? .relative(amount) : .absolute(amount)
        case "exact":
            guard value == "true" else { report(line(node), "write `{exact: true}` for an exact answer"); return nil }
            return .exact
        default:
            report(line(node), help); return nil
        }
    }
}
