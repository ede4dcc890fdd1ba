/// A person's answer: text per step (Markdown) and the diagram text.
public struct DesignAnswer: Sendable, Hashable {
    public var steps: [DesignStep: String]
    public var diagram: String

    public init(steps: [DesignStep: String] = [:], diagram: String = "") {
        self.steps = steps
        self.diagram = diagram
    }

    public subscript(step: DesignStep) -> String { steps[step] ?? "" }

    /// True when no step and no diagram holds anything but white space.
    public var isBlank: Bool {
        steps.values.allSatisfy { $0.allSatisfy(\.isWhitespace) } && diagram.allSatisfy(\.isWhitespace)
    }
}

/// An answer file that cannot be read as steps.
public struct DesignAnswerError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Reads a Markdown answer file: one `## ` heading per step (`## Clarify` … `## Trade-offs`).
public enum DesignAnswerFile {
    public static let expectedHeadings = DesignStep.allCases.map { "## \($0.title)" }.joined(separator: ", ")

    /// The text under each step heading. Other `## ` headings end a step but belong to none; text before
    /// the first heading is ignored. For a drill (`single` set), a file with no step heading is all that step.
    /// - Throws: when no `## ` heading names a step, since the answer would silently score 0.
    public static func parse(_ text: String, single: DesignStep? = nil) throws -> DesignAnswer {
        var steps: [DesignStep: [Substring]] = [:]
        var current: DesignStep?
        var sawStep = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("## ") || trimmed == "##" {
                current = DesignStep(heading: String(trimmed.dropFirst(2)))
                if current != nil { sawStep = true }
                continue
            }
            if let step = current { steps[step, default: []].append(line) }
        }
        if !sawStep {
            if let single { return DesignAnswer(steps: [single: text]) }
            throw DesignAnswerError(message: "no step heading: write one `## ` heading per step (\(expectedHeadings))")
        }
        return DesignAnswer(steps: steps.mapValues { $0.joined(separator: "\n").trimmingWhitespace })
    }
}

extension String {
    var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
