import Foundation
import OnsiteCore
import OnsiteServices

/// One of the four rating buttons under an answer, with when that rating brings the item back.
struct RatingButton {
    var name: String
    var label: String
    var value: Int
    var interval: String

    /// The buttons for `intervals` (Again…Easy), labelled by `label` (the drill's Again/Hard/Good/Easy, practice's Weak…Strong).
    static func buttons(_ intervals: [(rating: Rating, interval: TimeInterval)], label: (Rating) -> String) -> [RatingButton] {
        intervals.map { RatingButton(name: "\($0.rating)", label: label($0.rating), value: $0.rating.rawValue, interval: IntervalText.format($0.interval)) }
    }
}
