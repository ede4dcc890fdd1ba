public import Foundation
public import OnsiteCore

/// A mock request that cannot be served, each naming what is wrong.
public enum MockError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownMock(String)
    case inProgress(UUID)
    case finished
    case noStages
    case nothingToRun([String])
    case wrongStage(expected: MockStageKind, current: MockStageKind?)
    case notInStage(ItemRef)
    case notNext(ItemRef, next: ItemRef?)
    case paused
    case stageUnavailable(String)

    public var description: String {
        switch self {
        case .unknownMock(let id): "no mock '\(id)'; the Mock page (or `onsite mock list`) lists them"
        case .inProgress(let id): "a mock is already under way (\(id.uuidString.lowercased())): finish it or abandon it before starting another"
        case .finished: "this mock is finished: its report is all that is left"
        case .noStages: "`stages` is empty: choose the whole loop or at least one round"
        case .nothingToRun(let reasons): "no stage of this mock can run: " + reasons.joined(separator: "; ")
        case .wrongStage(let expected, let current):
            "the stage under way is \(current?.title ?? "none"), not \(expected.title): answer the stage on screen"
        case .notInStage(let item): "`\(item.kind.rawValue)` \(item.id) is not one of this stage's items"
        case .notNext(let item, let next):
            next.map { "`\(item.id)` is not the item on screen: answer `\($0.id)` first" } ?? "every item of this stage is answered: finish the stage"
        case .paused: "the stage's timer is paused: resume it to answer"
        case .stageUnavailable(let reason): "this stage cannot run: \(reason)"
        }
    }
}
