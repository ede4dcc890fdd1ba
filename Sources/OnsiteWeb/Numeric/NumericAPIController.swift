import Foundation
import Hummingbird
import NIOFoundationCompat
import OnsiteCore
import OnsiteServices

/// `POST /api/v1/numeric/answers`: quick-fire's numeric drills, graded and recorded (`docs/openapi.yaml`).
struct NumericAPIController<Context: RequestContext> {
    let numeric: NumericDrillService
    let clock: WallClock

    var endpoints: RouteCollection<Context> {
        let routes = RouteCollection(context: Context.self)
        routes.post("/api/v1/numeric/answers", use: answer)
        return routes
    }

    struct AnswerRequest: Decodable {
        var drillId: String?
        var seed: String?
        var answer: String?
        var durationSeconds: Double?
        var quickFire: Bool?
    }

    struct AnswerResult: ResponseEncodable {
        var drillId: String
        var right: Bool
        var answer: Double
        var answerText: String
        var solution: String
        var rating: Int
        var due: String
    }

    func answer(request: Request, context: Context) async throws -> AnswerResult {
        let body = try await request.body.collect(upTo: 64 * 1024)
        let input: AnswerRequest
        do {
            input = try JSONDecoder().decode(AnswerRequest.self, from: body)
        } catch {
            throw BadInput(field: "body", message: "the body must be a JSON object like {\"drillId\": \"…\", \"seed\": \"123\", \"answer\": \"0.42\"}")
        }
        guard let drillID = input.drillId, !drillID.isEmpty else { throw BadInput(field: "drillId", message: "`drillId` is required") }
        guard let raw = input.seed, let seed = UInt64(raw) else { throw BadInput(field: "seed", message: "`seed` must be a whole number, as a string") }
        guard let typed = input.answer else { throw BadInput(field: "answer", message: "`answer` is required") }
        let result = try await numeric.answer(
            drillID: drillID, seed: seed, typed: typed, elapsed: input.durationSeconds, quickFire: input.quickFire ?? false)
        guard let state = result.state, let rating = result.grade.rating(quickFire: input.quickFire ?? false, elapsed: input.durationSeconds ?? .infinity) else {
            throw BadInput(field: "answer", message: "`\(typed)` is not a number: type a number like 0.42, 1,200, 42% or 1.2e9")
        }
        return AnswerResult(
            drillId: drillID, right: result.grade.isRight, answer: result.instance.answer,
            answerText: NumericFormat.number(result.instance.answer) + (result.drill.unit.isEmpty ? "" : " " + result.drill.unit),
            solution: result.instance.solution, rating: rating.rawValue, due: state.due.formatted(.iso8601))
    }
}
