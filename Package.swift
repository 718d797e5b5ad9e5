// swift-tools-version: 6.0
import PackageDescription

// Debug builds let tests make any system call fail (SheetNative/System/Mocking.swift).
let mocking: [SwiftSetting] = [.define("ENABLE_MOCKING", .when(configuration: .debug))]

let package = Package(
    name: "thidua",
    products: [
        .library(name: "Spreadsheet", targets: ["Spreadsheet"]),
        .library(name: "ThiduaKit", targets: ["ThiduaKit"]),
        .executable(name: "thidua", targets: ["ThiduaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // File hashes (SHA-256), for the validator's provenance and the portal's content addresses.
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // The portal (`thidua serve`): HTTP server, pages, storage, uploads, password hashes.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.81.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // C libraries, reached only through SheetNative.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The one thin layer over zlib, libxml2 and the system calls (System/: the other
        // modules, ThiduaKit and the CLI included, make none of their own); `package` API only.
        // Declarations of the Linux calls Glibc's module leaves out (syncfs).
        .systemLibrary(name: "CSheetSystem"),
        .target(name: "SheetNative", dependencies: ["CLibXML2", "CZlib", "CSheetSystem"], swiftSettings: mocking),
        // General spreadsheet layer: cell model, zip, XML, XLSX, ODS, CSV readers and writers.
        .target(name: "Spreadsheet", dependencies: ["SheetNative"]),
        // Domain layer: criteria schema, forms, validation, consolidation, exports.
        .target(name: "ThiduaKit", dependencies: ["Spreadsheet", "SheetNative", .product(name: "Crypto", package: "swift-crypto")]),
        // The ward portal: storage (SQLite through GRDB), accounts, routes, pages. Calls ThiduaKit unchanged.
        .target(
            name: "ThiduaPortal",
            dependencies: [
                "ThiduaKit", "Spreadsheet", "SheetNative",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "ThiduaCLI",
            dependencies: [
                "ThiduaKit", "Spreadsheet", "ThiduaPortal", "SheetNative",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes a sample workbook with every writer feature for Tests/RealPrograms/check_xlsx_writer.sh.
        .executableTarget(name: "WriterSample", dependencies: ["Spreadsheet"], path: "Sources/WriterSample"),
        // The XLSX write benchmark (Benchmarks/write/run.sh); release builds only.
        .executableTarget(name: "WriteBenchmark", dependencies: ["Spreadsheet"], path: "Sources/WriteBenchmark"),
        // Generates N wards' returns for the consolidation scale benchmark (Benchmarks/scale); release builds only.
        .executableTarget(name: "ScaleBenchmark", dependencies: ["ThiduaKit", "Spreadsheet"], path: "Sources/ScaleBenchmark"),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "SheetNative"], swiftSettings: mocking),
        .testTarget(name: "ThiduaKitTests", dependencies: ["ThiduaKit", "Spreadsheet", "SheetNative"], swiftSettings: mocking),
        .testTarget(name: "CLITests", dependencies: ["ThiduaCLI", "Spreadsheet", "SheetNative"], swiftSettings: mocking),
        .testTarget(
            name: "PortalTests",
            dependencies: [
                // ThiduaCLI: its binary, run beside the portal to compare their consolidations byte for byte.
                "ThiduaPortal", "ThiduaKit", "Spreadsheet", "ThiduaCLI", "SheetNative",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: mocking
        ),
    ]
)
