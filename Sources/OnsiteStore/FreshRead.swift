/// One read shared by every caller that asked before it started: under load, one query answers
/// many requests, yet no caller gets a value read before it asked (a caller that arrives while a
/// read is running waits for the next one), so a write is seen by every request that follows it.
actor FreshRead<Value: Sendable> {
    /// Created, not yet started: anyone who asks now may share it.
    private var waiting: Task<Value, any Error>?
    /// Started: too old for those who ask now.
    private var running: Task<Value, any Error>?

    func value(_ read: @escaping @Sendable () async throws -> Value) async throws -> Value {
        if let waiting { return try await waiting.value }
        let before = running
        let next = Task<Value, any Error> {
            _ = try? await before?.value
            await self.starting()
            return try await read()
        }
        waiting = next
        return try await next.value
    }

    private func starting() {
        running = waiting
        waiting = nil
    }
}
