public import Foundation
public import OnsiteCore
import OnsiteStore

/// What an import of story files did: the stories saved, and each broken file with its line.
public struct StoryImportOutcome: Sendable, Equatable {
    public var imported: [String]
    /// `NAME:LINE: message`, one per broken file.
    public var problems: [String]
}

/// STAR stories: the bank, its lint, its coverage, and Markdown import and export. The web and the CLI call this.
public final class StoryService: Sendable {
    let store: any Store
    let clock: WallClock

    init(store: any Store, clock: WallClock) {
        self.store = store
        self.clock = clock
    }

    /// Every story, in the order first saved.
    public func list() async throws -> [Story] { try await store.stories() }

    public func story(id: String) async throws -> Story? { try await store.story(id: id) }

    /// Saves a story (replacing the one with its id); throws `BadInput` for an id that is not a slug or an unknown theme,
    /// so the store's comma-joined themes and the exported file names stay readable.
    public func save(_ story: Story) async throws {
        guard !story.id.isEmpty, StoryMarkdown.slug(story.id) == story.id else {
            throw BadInput(field: "id", message: "a story id is lower-case letters, digits and hyphens, e.g. \(StoryMarkdown.slug(story.title))")
        }
        if let unknown = story.themes.first(where: { !StoryTheme.all.contains($0) }) {
            throw BadInput(field: "themes", message: "unknown theme \"\(unknown)\": use one of \(StoryTheme.all.joined(separator: ", "))")
        }
        try await store.saveStory(story, at: clock.now())
    }

    public func delete(id: String) async throws -> Bool { try await store.deleteStory(id: id) }

    /// The coverage matrix of the whole bank over the 16 themes.
    public func coverage() async throws -> CoverageMatrix { Coverage.matrix(try await store.stories()) }

    /// Imports story files given as (file name, text): each good one is saved under its name without `.md`,
    /// each broken one is named with its line, and the good ones are kept either way.
    public func importFiles(_ files: [(name: String, text: String)]) async throws -> StoryImportOutcome {
        var outcome = StoryImportOutcome(imported: [], problems: [])
        for file in files.sorted(by: { $0.name < $1.name }) {
            let id = file.name.hasSuffix(".md") ? String(file.name.dropLast(3)) : file.name
            do {
                let story = try StoryMarkdown.parse(file.text, id: StoryMarkdown.slug(id))
                try await store.saveStory(story, at: clock.now())
                outcome.imported.append(story.id)
            } catch let error as StoryParseError {
                outcome.problems.append(error.located(in: file.name))
            }
        }
        return outcome
    }

    /// Every story as (file name `ID.md`, Markdown text).
    public func exportFiles() async throws -> [(name: String, text: String)] {
        try await store.stories().map { ("\($0.id).md", StoryMarkdown.write($0)) }
    }
}
