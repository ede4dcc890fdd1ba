public import Foundation

/// One of the person's deep dives as saved: its Markdown text (the one source; `DeepDiveMarkdown`
/// reads it) and when it was first and last saved.
public struct DeepDiveRecord: Sendable, Equatable {
    public var id: String
    public var text: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: String, text: String, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.text = text
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
