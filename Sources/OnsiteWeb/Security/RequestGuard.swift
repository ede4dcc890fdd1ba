import Foundation
import HTTPTypes
import Hummingbird

/// Refuses what a page on another site, or a site that rebinds its DNS name to this machine,
/// could make a browser send: even on 127.0.0.1 every page the person visits can reach the server.
///
/// - Any request whose `Host` is not an allowed name (421 Misdirected Request): DNS rebinding.
/// - Any state-changing request that is not same-origin (403): `Sec-Fetch-Site` must be
///   `same-origin` or `none`; a client that does not send it must send an `Origin` naming this
///   server. A request with neither is refused too: browsers always send one of them.
/// - A JSON route (`/api/`) called with another content type (415): what a no-cors `fetch` sends.
/// - A form without this server's token (403).
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    let hosts: AllowedHosts
    let token: FormToken

    static var secFetchSite: HTTPField.Name { HTTPField.Name("Sec-Fetch-Site")! }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let authority = Self.authority(request), !hosts.allows(authority: authority) {
            throw HTTPError(.misdirectedRequest, message: "this server does not answer to the name '\(authority)'; open it at \(hosts.example) (start it with --public-url to add a name)")
        }
        guard Self.changesState(request.method) else { return try await next(request, context) }
        try checkSameOrigin(request)
        var request = request
        if request.uri.path.hasPrefix("/api/") {
            let type = request.headers[.contentType]?.lowercased() ?? ""
            guard type.hasPrefix("application/json") else {
                throw HTTPError(.unsupportedMediaType, message: "send the body as JSON with Content-Type: application/json (got '\(type.isEmpty ? "none" : type)')")
            }
        } else {
            let body: ByteBuffer
            do {
                body = try await request.collectBody(upTo: FormFields.maximumBytes)
            } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
                throw HTTPError(.contentTooLarge, message: "the form is over \(FormFields.maximumBytes / 1024) KB, the most a form may send: nothing was saved. Go back (your text is still in the page) and shorten it; a story part may be up to 64 KB when the page saves it by itself (JavaScript on)")
            }
            guard FormFields(body: body)[FormToken.field].map(token.matches) == true else {
                throw HTTPError(.forbidden, message: "this form is out of date or did not come from Onsite: reload the page and try again")
            }
        }
        return try await next(request, context)
    }

    /// The name the request was sent to: HTTP/1's `Host` arrives as the request's authority (an
    /// in-process test request has a fixed authority and carries `Host` as a field).
    static func authority(_ request: Request) -> String? {
        request.headers[HTTPField.Name("Host")!] ?? request.head.authority
    }

    static func changesState(_ method: HTTPRequest.Method) -> Bool {
        ![.get, .head, .options].contains(method)
    }

    private func checkSameOrigin(_ request: Request) throws {
        if let site = request.headers[Self.secFetchSite] {
            guard site == "same-origin" || site == "none" else {
                throw HTTPError(.forbidden, message: "refused a request sent from another site (Sec-Fetch-Site: \(site)): Onsite only accepts changes from its own pages")
            }
            return
        }
        guard let origin = request.headers[.origin] else {
            throw HTTPError(.forbidden, message: "refused a request without Origin or Sec-Fetch-Site: send Origin: \(hosts.example) (browsers do this by themselves)")
        }
        guard let authority = Self.authority(request), hosts.isOwnOrigin(origin, authority: authority) else {
            throw HTTPError(.forbidden, message: "refused a request from the origin '\(origin)': Onsite only accepts changes from its own pages")
        }
    }
}

/// The names this server answers to: the address it listens on, `localhost`, and the public URL's host.
struct AllowedHosts: Sendable {
    let names: Set<String>
    let publicOrigin: String?
    let example: String

    init(listenHost: String, port: Int, publicURL: URL?) {
        var names: Set<String> = ["localhost", Self.bare(listenHost)]
        if let host = publicURL?.host { names.insert(Self.bare(host)) }
        self.names = names
        publicOrigin = publicURL.map(Self.origin)
        let host = listenHost.contains(":") ? "[\(listenHost)]" : listenHost
        // Port 0 means the system picked one: the address `onsite serve` printed has it.
        example = publicOrigin ?? (port == 0 ? "http://\(host):PORT (the address `onsite serve` printed)" : "http://\(host):\(port)")
    }

    /// `Host` is `name` or `name:port` (`[v6]:port` for IPv6); the port is not checked, as the
    /// server may have picked it itself.
    func allows(authority: String) -> Bool {
        names.contains(Self.bare(Self.hostPart(of: authority)))
    }

    /// An `Origin` is this server's when it names the same host and port the request was sent to,
    /// or the public URL.
    func isOwnOrigin(_ origin: String, authority: String) -> Bool {
        let origin = origin.lowercased()
        if let publicOrigin, origin == publicOrigin { return true }
        return origin == "http://" + authority.lowercased() || origin == "https://" + authority.lowercased()
    }

    static func hostPart(of authority: String) -> String {
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<end])
        }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "")
    }

    static func bare(_ host: String) -> String {
        host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
    }

    static func origin(_ url: URL) -> String {
        let scheme = (url.scheme ?? "http").lowercased()
        let host = (url.host ?? "").lowercased()
        guard let port = url.port, !(scheme == "http" && port == 80) && !(scheme == "https" && port == 443) else {
            return "\(scheme)://\(host)"
        }
        return "\(scheme)://\(host):\(port)"
    }
}

/// The token every HTML form carries, so a form on another site cannot post to this one. It is
/// this database's own secret (kept across restarts, so a page open before a restart still works).
public struct FormToken: Sendable {
    static let field = "csrf"
    let value: String

    public init(_ value: String) { self.value = value }

    func matches(_ candidate: String) -> Bool {
        // Compared in constant time: the length is not secret, the content is.
        let a = Array(value.utf8), b = Array(candidate.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
