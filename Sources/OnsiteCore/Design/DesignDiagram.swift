import Foundation

/// A serving-path diagram: nodes and directed edges, read from lines like `client -> api -> ranker`.
public struct DesignDiagram: Sendable, Hashable {
    /// Node labels in order of first appearance.
    public var nodes: [String]
    /// Edges as indices into `nodes`, in the order written, without repeats.
    public var edges: [Edge]

    public struct Edge: Sendable, Hashable {
        public var from: Int
        public var to: Int

        public init(from: Int, to: Int) {
            self.from = from
            self.to = to
        }
    }

    public init(nodes: [String] = [], edges: [Edge] = []) {
        self.nodes = nodes
        self.edges = edges
    }
}

/// A diagram line that is not a chain, with its 1-based line number.
public struct DiagramError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }
}

extension DesignDiagram {
    public static let maxLabel = 40

    /// Parses diagram text: one chain `a -> b -> c` per line, `#` starts a comment, blank lines are skipped.
    /// - Throws: `DiagramError` naming the first line that is not a chain.
    public static func parse(_ text: String) throws -> DesignDiagram {
        var diagram = DesignDiagram()
        var index: [String: Int] = [:]
        var seen = Set<Edge>()
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            if line.allSatisfy(\.isWhitespace) { continue }
            let number = offset + 1
            let parts = line.components(separatedBy: "->").map(\.trimmingWhitespace)
            guard parts.count >= 2 else {
                throw DiagramError(line: number, message: "expected a chain like `client -> api -> ranker`, found “\(line.trimmingWhitespace)”")
            }
            var ids: [Int] = []
            for part in parts {
                if part.isEmpty { throw DiagramError(line: number, message: "an arrow with no node on one side") }
                if part.count > maxLabel { throw DiagramError(line: number, message: "node “\(part.prefix(20))…” is longer than \(maxLabel) characters") }
                if let bad = part.first(where: { !($0.isLetter || $0.isNumber || " -_/.".contains($0)) }) {
                    throw DiagramError(line: number, message: "node “\(part)” has “\(bad)”; use words, digits, spaces, -, _, / and .")
                }
                if let existing = index[part.lowercased()] {
                    ids.append(existing)
                } else {
                    index[part.lowercased()] = diagram.nodes.count
                    ids.append(diagram.nodes.count)
                    diagram.nodes.append(part)
                }
            }
            for (from, to) in zip(ids, ids.dropFirst()) where seen.insert(Edge(from: from, to: to)).inserted {
                diagram.edges.append(Edge(from: from, to: to))
            }
        }
        return diagram
    }

    /// The column of each node: the longest path to it from a node nothing points at. A cycle is cut where
    /// its layer would pass the node count, so every graph gets a layout.
    public var layers: [Int] {
        var layer = [Int](repeating: 0, count: nodes.count)
        for _ in 0..<nodes.count {
            var changed = false
            for edge in edges where edge.from != edge.to && layer[edge.to] < layer[edge.from] + 1 && layer[edge.from] + 1 < nodes.count {
                layer[edge.to] = layer[edge.from] + 1
                changed = true
            }
            if !changed { break }
        }
        return layer
    }
}
