public import Foundation
public import OnsiteCore

/// The person's STAR stories, each method one transaction that bumps the store's generation.
public protocol StoryRecords: Sendable {
    /// Every story, in the order they were first saved (then by id).
    func stories() async throws -> [Story]
    /// One story, or nil.
    func story(id: String) async throws -> Story?
    /// Inserts the story, or replaces the one with its id (keeping when it was first saved).
    func saveStory(_ story: Story, at: Date) async throws
    /// Deletes a story; false when there was none with that id.
    func deleteStory(id: String) async throws -> Bool
}
