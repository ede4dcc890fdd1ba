import NIOFoundationCompat
import OnsiteStore
import OnsiteServices
import OnsiteWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import OnsiteCore
import Testing

@Suite struct APITests {
    let json = SameOrigin.json

    @Test func reviewThroughTheAPIIsSaved() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(uri: "/api/v1/reviews", method: .post, headers: json,
                                     body: ByteBuffer(string: #"{"cardId":"l2-shrinkage","rating":4,"durationSeconds":12.5}"#)) { response in
                #expect(response.status == .ok)
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                #expect(body["state"] as? Int == 2)
                #expect((body["due"] as? String)?.hasSuffix("Z") == true)
            }
            let log = try await app.store.reviewLog(.card("l2-shrinkage"))
            #expect(log.first?.reviewDuration == 12.5)
        }
    }

    @Test func badRequestsNameTheField() async throws {
        try await WebTestHarness().run { client, app in
            let cases: [(String, HTTPResponse.Status, String)] = [
                (#"{"cardId":"l1-sparsity","rating":0}"#, .badRequest, "rating"),
                (#"{"rating":3}"#, .badRequest, "cardId"),
                ("not json", .badRequest, "body"),
                (#"{"cardId":"ghost","rating":3}"#, .notFound, ""),
            ]
            for (body, status, field) in cases {
                try await client.execute(uri: "/api/v1/reviews", method: .post, headers: json, body: ByteBuffer(string: body)) { response in
                    #expect(response.status == status, "\(body)")
                    let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: [String: Any]]
                    #expect((object["error"]?["field"] as? String ?? "") == field, "\(body)")
                    let message = object["error"]?["message"] as? String ?? ""
                    #expect(!message.isEmpty)
                }
            }
        }
    }

    @Test func nextAndStatsDescribeTheQueue() async throws {
        try await WebTestHarness().run { client, app in
            try await client.execute(uri: "/api/v1/drill/next", method: .get) { response in
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                #expect((body["card"] as? [String: Any])?["id"] as? String == "l1-sparsity")
                #expect((body["choices"] as? [Any])?.count == 4)
            }
            try await client.execute(uri: "/api/v1/stats", method: .get) { response in
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as! [String: Any]
                #expect(body["newToday"] as? Int == 2)
            }
        }
    }
}
