// swift-tools-version:6.0
// Précis: French news summaries, security glossaries and ROUGE, over the system ICU and Snowball.
import PackageDescription

let package = Package(
    name: "Precis",
    products: [
        .executable(name: "precis", targets: ["precis"]),
        .library(name: "FrenchText", targets: ["FrenchText"]),
        .library(name: "Scoring", targets: ["Scoring"]),
        .library(name: "Glossary", targets: ["Glossary"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // C shims over system libraries: static-inline wrappers so Swift calls stable names
        // while clang applies ICU's version renaming (see Sources/CICU/shim.h).
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // xxHash (libxxhash-dev): the run manifest's input hash.
        .systemLibrary(
            name: "CXXHash",
            providers: [.apt(["libxxhash-dev"])]
        ),
        // A cache prefetch hint, which Swift does not expose (the summarizer's token table).
        .target(name: "CPrefetch"),
        // simdjson's DOM parser behind a C interface: the JSONL reader's fast path (Debian's
        // libsimdjson-dev, C++17).
        .target(
            name: "CSimdJSON",
            linkerSettings: [.linkedLibrary("simdjson")]
        ),
        // Compact Language Detector 2 (Debian's libcld2-dev) behind a C function: the language
        // check's second opinion, when a text has too few French function words to say.
        .target(
            name: "CCLD2",
            linkerSettings: [.linkedLibrary("cld2")]
        ),
        // The only module that touches ICU; it must not import Foundation (its ICU clashes).
        .target(
            name: "FrenchText",
            dependencies: ["CICU", "CStemmer", "CCLD2"]
        ),
        // Record readers and writers, diagnostics, ordered parallel map: shared by every command.
        .target(
            name: "Batch",
            dependencies: [
                "FrenchText", "CSimdJSON", "CXXHash", .product(name: "HeapModule", package: "swift-collections"),
            ]
        ),
        // Extractive summaries: cleanup rules → features → weighted score → MMR under a budget → renderers.
        .target(
            name: "Summarization",
            dependencies: ["FrenchText", "Batch", "CPrefetch"]
        ),
        // ROUGE: tokenizer profiles, n-grams, LCS, bootstrap, significance, renderers. Never imports CICU.
        .target(
            name: "Scoring",
            dependencies: ["FrenchText", "Batch"]
        ),
        // Lexicon → compiled token matcher → per-article and per-batch glossaries → renderers.
        // Imports Foundation (XML, files), so never CICU.
        .target(
            name: "Glossary",
            dependencies: ["FrenchText", "Batch"]
        ),
        .executableTarget(
            name: "precis",
            dependencies: [
                "FrenchText",
                "Batch",
                "Summarization",
                "Scoring",
                "Glossary",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target for the segmenter; built alone by `make fuzz`.
        .executableTarget(
            name: "precis-fuzz",
            dependencies: ["Batch", "FrenchText", "Summarization", "Glossary"]
        ),
        .testTarget(
            name: "FrenchTextTests",
            dependencies: ["FrenchText", "Scoring", "SharedTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SummarizationTests",
            dependencies: ["Summarization", "FrenchText", "Scoring", "SharedTestSupport"]
        ),
        .testTarget(
            name: "BatchTests",
            dependencies: ["Batch", "CXXHash", "SharedTestSupport"]
        ),
        // What the test targets share (not part of any product): golden files, the scratch folder.
        .target(
            name: "SharedTestSupport",
            path: "Tests/SharedTestSupport"
        ),
        .testTarget(
            name: "ScoringTests",
            dependencies: ["Scoring", "FrenchText", "Batch", "SharedTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "GlossaryTests",
            dependencies: ["Glossary", "SharedTestSupport"],
            exclude: ["Snapshots"]
        ),
        // End-to-end: runs the built `precis` binary and compares with Snapshots/.
        .testTarget(
            name: "precisTests",
            dependencies: ["precis", "SharedTestSupport"],
            exclude: ["Snapshots", "Fixtures"]
        ),
    ],
    cxxLanguageStandard: .cxx17
)
