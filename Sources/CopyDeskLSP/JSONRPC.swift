import CopyDesk

/// A JSON-RPC request id: a number or a string.
public enum RequestID: Sendable, Hashable, CustomStringConvertible {
  case number(Int)
  case string(String)

  init?(_ v: JSONValue?) {
    switch v {
    case .number?:
      guard let n = v?.int else { return nil }
      self = .number(n)
    case .string(let s)?: self = .string(s)
    default: return nil
    }
  }

  public var json: JSONValue {
    switch self {
    case .number(let n): .number(Double(n))
    case .string(let s): .string(s)
    }
  }

  public var description: String {
    switch self {
    case .number(let n): String(n)
    case .string(let s): "\"\(s)\""
    }
  }
}

extension JSONValue {
  /// An integer, or nil for anything else — including numbers an `Int` cannot hold (`1e300`, fractions), which the
  /// engine's `intValue` would trap on. A client's bad number must not take the server down.
  public var int: Int? {
    guard case .number(let n) = self, n.rounded() == n, abs(n) < 9.0e15 else { return nil }
    return Int(n)
  }
}

/// JSON-RPC and LSP error codes.
public enum ErrorCode: Int, Sendable {
  case parseError = -32700
  case invalidRequest = -32600
  case methodNotFound = -32601
  case invalidParams = -32602
  case internalError = -32603
  case serverNotInitialized = -32002
  case requestFailed = -32803
  case requestCancelled = -32800
  case contentModified = -32801
}

public struct ResponseError: Error, Sendable {
  public var code: ErrorCode
  public var message: String

  public init(_ code: ErrorCode, _ message: String) {
    self.code = code
    self.message = message
  }

  public static func invalidParams(_ m: String) -> ResponseError { ResponseError(.invalidParams, m) }

  var json: JSONValue { .object(["code": .number(Double(code.rawValue)), "message": .string(message)]) }
}

/// A decoded incoming message.
public enum Incoming: Sendable {
  case request(id: RequestID, method: String, params: JSONValue)
  case notification(method: String, params: JSONValue)
  case response(id: RequestID, result: JSONValue?, error: JSONValue?)

  /// Classifies a JSON body. Errors carry the id when one could be read, so that an invalid request is answered.
  public static func decode(_ body: [UInt8]) -> Result<Incoming, DecodeError> {
    let value: JSONValue
    do {
      value = try JSONParser.parse(body)
    } catch {
      return .failure(DecodeError(id: nil, error: ResponseError(.parseError, "malformed JSON: \(error)")))
    }
    guard case .object(let o) = value else {
      return .failure(DecodeError(id: nil, error: ResponseError(.invalidRequest, "a message must be a JSON object")))
    }
    let id = RequestID(o["id"])
    if let method = o["method"]?.stringValue {
      let params = o["params"] ?? .null
      if let id { return .success(.request(id: id, method: method, params: params)) }
      if o["id"] != nil && o["id"] != .null {
        return .failure(DecodeError(id: nil, error: ResponseError(.invalidRequest, "id must be a number or a string")))
      }
      return .success(.notification(method: method, params: params))
    }
    if let id, o["result"] != nil || o["error"] != nil {
      return .success(.response(id: id, result: o["result"], error: o["error"]))
    }
    return .failure(
      DecodeError(id: id, error: ResponseError(.invalidRequest, "neither a request, a notification nor a response")))
  }

  public struct DecodeError: Error, Sendable {
    public var id: RequestID?
    public var error: ResponseError
  }
}

/// Outgoing message bodies.
public enum Outgoing {
  public static func response(id: RequestID?, result: JSONValue) -> JSONValue {
    .object(["jsonrpc": .string("2.0"), "id": id?.json ?? .null, "result": result])
  }

  public static func error(id: RequestID?, _ error: ResponseError) -> JSONValue {
    .object(["jsonrpc": .string("2.0"), "id": id?.json ?? .null, "error": error.json])
  }

  public static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
    .object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params])
  }

  public static func request(id: RequestID, _ method: String, _ params: JSONValue) -> JSONValue {
    .object(["jsonrpc": .string("2.0"), "id": id.json, "method": .string(method), "params": params])
  }
}
