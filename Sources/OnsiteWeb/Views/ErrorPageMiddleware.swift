import Foundation
import Hummingbird
import Logging
import OnsiteCore
import OnsiteJudge
import OnsiteServices

/// Turns errors thrown by handlers into a readable page (HTML routes) or a JSON error
/// (`/api/` routes), with the status the error implies.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    let renderer: PageRenderer

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let (status, message, field) = Self.describe(error)
            if status == .internalServerError {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            var response: Response
            if request.uri.path.hasPrefix("/api/") {
                response = try APIError(status: status, message: message, field: field).response(from: request, context: context)
            } else {
                let model = ErrorView(status: Int(status.code), reason: status.reasonPhrase, message: message)
                response = try renderer.render("error", model, status: status).response(from: request, context: context)
            }
            // A full judge queue says when to come back, as HTTP's 503 allows.
            if let busy = error as? JudgeBusy { response.headers[.retryAfter] = String(busy.retryAfterSeconds) }
            return response
        }
    }

    static func describe(_ error: any Error) -> (HTTPResponse.Status, String, String?) {
        switch error {
        case let error as DrillError:
            return (.notFound, error.description, nil)
        case let error as NumericDrillError:
            return (.notFound, error.description, nil)
        case let error as ProblemError:
            if case .noJudge = error { return (.serviceUnavailable, error.description, nil) }
            return (.notFound, error.description, nil)
        case let error as DesignError:
            return (.notFound, error.description, nil)
        case let error as BehavioralPracticeError:
            return (.notFound, error.description, nil)
        case let error as DepthError:
            if case .unknown = error { return (.notFound, error.description, nil) }
            return (.badRequest, error.description, nil)
        case let error as MockError:
            switch error {
            case .unknownMock: return (.notFound, error.description, nil)
            case .inProgress, .finished, .paused, .wrongStage, .notNext: return (.conflict, error.description, nil)
            case .noStages: return (.badRequest, error.description, "stages")
            case .notInStage: return (.badRequest, error.description, "item")
            case .nothingToRun, .stageUnavailable: return (.serviceUnavailable, error.description, nil)
            }
        case let error as JudgeBusy:
            return (.serviceUnavailable, error.description, nil)
        case let error as ApplicationError:
            if case .ambiguous = error { return (.conflict, error.description, "application") }
            return (.notFound, error.description, nil)
        case let error as BadInput:
            return (.badRequest, error.message, error.field)
        case let error as HTTPError:
            return (error.status, error.body ?? error.status.reasonPhrase, nil)
        default:
            return (.internalServerError, "Something went wrong on the server; the log has the details. Nothing you saved is lost.", nil)
        }
    }
}

struct ErrorView {
    var status: Int
    var reason: String
    var message: String
}

/// The JSON body of an API error: `{"error": {"message": …, "field": …}}`.
struct APIError: ResponseGenerator {
    struct Body: Encodable { var error: Detail }
    struct Detail: Encodable { var message: String; var field: String? }
    var status: HTTPResponse.Status
    var message: String
    var field: String?

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let data = try encoder.encode(Body(error: Detail(message: message, field: field)))
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
