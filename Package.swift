// swift-tools-version: 6.0
// copydesk has no package dependencies by design: only the Swift toolchain.
import PackageDescription

let package = Package(
  name: "copydesk",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "copydesk", targets: ["copydesk"]),
    .library(name: "CopyDesk", targets: ["CopyDesk"]),
  ],
  targets: [
    // The engine: documents, structure, masking, rules, fixes, configuration. No LSP, no terminal.
    .target(name: "CopyDesk"),
    // The language server: JSON-RPC framing, LSP messages, document store. Knows the engine, not the terminal.
    .target(name: "CopyDeskLSP", dependencies: ["CopyDesk"]),
    // Command implementations and output formats (text, json, sarif, ...), shared by the executable and tests.
    .target(name: "CopyDeskCLI", dependencies: ["CopyDesk", "CopyDeskLSP"]),
    // The thin executable.
    .executableTarget(name: "copydesk", dependencies: ["CopyDeskCLI"]),
    // Throughput / latency benchmark; run with `swift run -c release copydesk-bench`.
    .executableTarget(name: "copydesk-bench", dependencies: ["CopyDesk"]),
    .executableTarget(name: "copydesk-lsp-bench", dependencies: ["CopyDeskLSP", "CopyDesk"]),
    .testTarget(name: "CopyDeskTests", dependencies: ["CopyDesk"], exclude: ["Fixtures"]),
    .testTarget(name: "CopyDeskCLITests", dependencies: ["CopyDeskCLI", "CopyDesk"]),
    .testTarget(name: "CopyDeskLSPTests", dependencies: ["CopyDeskLSP", "CopyDesk"]),
  ],
  swiftLanguageModes: [.v6]
)
