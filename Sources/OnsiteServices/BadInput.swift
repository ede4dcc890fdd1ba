/// A request whose input is wrong, naming the field at fault.
public struct BadInput: Error, CustomStringConvertible {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}
