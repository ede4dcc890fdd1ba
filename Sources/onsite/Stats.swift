import ArgumentParser
import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteServices

/// `onsite stats`: where you stand today.
struct Stats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what is due, your streak and your progress.")
    @OptionGroup var locations: Locations
    @Flag(help: "Print JSON.") var json = false

    struct Output: Codable {
        var dueNow: Int, newToday: Int, streak: Int, reviewedToday: Int, totalReviews: Int
        var cards: Int, seen: Int, inReview: Int
        var byTopic: [String: TopicFigures]
    }

    struct TopicFigures: Codable { var total: Int, seen: Int, inReview: Int, due: Int }

    func run() async throws {
        try await withServices(locations) { services in
            let overview = try await services.progress.overview()
            let summary = overview.today
            let output = Output(
                dueNow: summary.dueNow, newToday: summary.newToday, streak: summary.activity.streak,
                reviewedToday: summary.activity.todayCount, totalReviews: summary.totalReviews,
                cards: overview.cards, seen: overview.seen, inReview: overview.inReview,
                byTopic: Dictionary(uniqueKeysWithValues: overview.topics.map {
                    ($0.topic.id, TopicFigures(total: $0.total, seen: $0.seen, inReview: $0.inReview, due: $0.due))
                }))
            if json {
                print(String(decoding: try ContentJSON.encode(output), as: UTF8.self))
                return
            }
            print("Due now: \(output.dueNow)   New today: \(output.newToday)   Streak: \(output.streak) day(s)")
            print("Reviewed today: \(output.reviewedToday)   All time: \(output.totalReviews)")
            print("Cards seen: \(output.seen)/\(output.cards)   In long-term review: \(output.inReview)")
        }
    }
}
