import Foundation
import Hummingbird
import NIOFoundationCompat
import OnsiteContent
import OnsiteCore
import OnsiteJudge
import OnsiteServices

/// `/api/v1/problems`: the list, Run, Submit, giving up and the history, as JSON.
struct ProblemsAPIController<Context: RequestContext> {
    let problems: ProblemService

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.get("/api/v1/problems", use: list)
        routes.post("/api/v1/problems/{id}/run", use: run)
        routes.post("/api/v1/problems/{id}/submit", use: submit)
        routes.post("/api/v1/problems/{id}/give-up", use: giveUp)
        routes.get("/api/v1/problems/{id}/submissions", use: submissions)
        return routes
    }

    struct Row: Codable { var id: String; var title: String; var round: String; var difficulty: String; var patterns: [String]; var status: String }
    struct List: ResponseEncodable { var problems: [Row] }

    func list(request: Request, context: Context) async throws -> List {
        let filter = try ProblemFilter(request.uri.queryParameters)
        let statuses = try await problems.statuses()
        return List(problems: problems.bundle.problems
            .filter { filter.matches($0, status: statuses[$0.id] ?? .new, interview: false) }
            .map { Row(id: $0.id, title: $0.title, round: $0.round.rawValue, difficulty: $0.difficulty.rawValue,
                       patterns: $0.patterns, status: (statuses[$0.id] ?? .new).rawValue) })
    }

    struct CodeRequest: Decodable { var code: String?; var customInput: String? }

    struct Result: ResponseEncodable {
        struct Review: Codable { var rating: String; var due: String }
        var submissionId: String?
        var kind: String
        var verdict: String
        var verdictTitle: String
        var submittedAt: String
        var report: JudgeReport
        /// Set when this submit closed an attempt and scheduled the problem's next review.
        var review: Review?

        init(_ attempt: JudgedAttempt) {
            submissionId = attempt.submission?.id.uuidString
            kind = attempt.submission?.kind.rawValue ?? "submit"
            verdict = attempt.report.verdict.rawValue
            verdictTitle = attempt.report.verdict.title
            submittedAt = (attempt.submission?.submittedAt ?? Date()).formatted(.iso8601)
            report = attempt.report
            if let outcome = attempt.review, let due = attempt.nextReview {
                review = Review(rating: "\(outcome.rating)".capitalized, due: due.formatted(.iso8601))
            }
        }
    }

    func run(request: Request, context: Context) async throws -> Result {
        let id = try context.parameters.require("id")
        let input = try await Self.decode(request)
        return Result(try await problems.run(problemID: id, code: input.code ?? "", customInput: input.customInput))
    }

    func submit(request: Request, context: Context) async throws -> Result {
        let id = try context.parameters.require("id")
        let input = try await Self.decode(request)
        return Result(try await problems.submit(problemID: id, code: input.code ?? ""))
    }

    struct GaveUp: ResponseEncodable { var recorded: Bool; var due: String? }

    func giveUp(request: Request, context: Context) async throws -> GaveUp {
        let card = try await problems.giveUp(problemID: try context.parameters.require("id"))
        return GaveUp(recorded: card != nil, due: card?.due.formatted(.iso8601))
    }

    struct History: ResponseEncodable { var submissions: [Submission] }

    func submissions(request: Request, context: Context) async throws -> History {
        let id = try context.parameters.require("id")
        return History(submissions: try await problems.history(problemID: id))
    }

    private static func decode(_ request: Request) async throws -> CodeRequest {
        // The code's own 1 MB limit is checked by the service; the body may carry a custom input too.
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: 2 << 20)
        } catch {
            throw BadInput(field: "code", message: "the request is over 2 MB; a solution may be at most 1 MB")
        }
        do {
            return try JSONDecoder().decode(CodeRequest.self, from: body)
        } catch {
            throw BadInput(field: "body", message: "the body must be a JSON object like {\"code\": \"def solve(...): ...\"}")
        }
    }
}
