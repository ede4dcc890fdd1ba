import ArgumentParser
import Foundation
import Logging
import OnsiteContent
import OnsiteCore
import OnsiteServices
import OnsiteStore
import OnsiteWeb

/// `onsite serve`: the web app on 127.0.0.1.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Serve the web app (http://127.0.0.1:8080 by default).")

    @OptionGroup var locations: Locations
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080
    @Option(help: "New cards introduced per day.") var newPerDay = 20
    @Option(help: "The address people open when the server is behind a proxy or a name (e.g. https://onsite.example.org); its host joins the allowed Host names.")
    var publicURL: String?
    @Flag(help: "Without bubblewrap, run submitted code directly on this machine (not sandboxed; 127.0.0.1 only).") var unsandboxed = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535, not \(port)") }
        guard newPerDay >= 0 else { throw ValidationError("--new-per-day must be 0 or more, not \(newPerDay)") }
        if let publicURL, URL(string: publicURL)?.host == nil || !["http", "https"].contains(URL(string: publicURL)?.scheme ?? "") {
            throw ValidationError("--public-url must be an http:// or https:// address with a host, not \(publicURL)")
        }
    }

    func run() async throws {
        var logger = Logger(label: "onsite")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap { Logger.Level(rawValue: $0) } ?? .warning
        var services = locations.serviceConfiguration()
        services.newPerDay = newPerDay
        var config = AppConfiguration(services: services)
        config.publicURL = publicURL.flatMap(URL.init(string:))
        config.host = host
        config.port = port
        config.allowUnsandboxed = unsandboxed
        config.onSelfTest = { report in FileHandle.standardOutput.write(Data("Judge self-test:\n\(report)\n".utf8)) }
        let database = services.database.description
        do {
            try await serve(config, logger: logger) { port in
                // Unbuffered, so a log file or a waiting script sees it at once.
                FileHandle.standardOutput.write(Data("Onsite is running at http://\(host):\(port)  (data: \(database); Ctrl-C stops)\n".utf8))
            }
        } catch {
            let text = String(describing: error)
            if text.contains("Address already in use") {
                throw UserError("port \(port) on \(host) is already in use: stop the other server or pass --port with a free port")
            }
            if text.contains("Cannot assign requested address") || text.contains("nodename nor servname") {
                throw UserError("cannot listen on \(host): it is not an address of this machine")
            }
            throw UserError(error)
        }
    }
}
