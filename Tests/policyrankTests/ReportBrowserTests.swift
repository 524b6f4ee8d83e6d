import Foundation
import PolicyRankKit
import Testing

/// The report in a real browser (headless Chromium): the shipped study's page renders to a
/// non-blank screenshot, and the what-if panel's script ranks exactly as `rank --format json`
/// does. `.ci/run` installs Debian's `chromium` and sets POLICYRANK_REQUIRE_BROWSER=1, so in CI
/// these tests always run and fail, saying how to get it, if the browser is missing. On a
/// developer's machine without Chromium they are skipped (with that reason) so that `swift test`
/// still passes with nothing else installed.
@Suite(
    .serialized,
    .enabled(if: BrowserTestGate.shouldRun, "no Chromium on PATH (apt-get install -y chromium); set POLICYRANK_REQUIRE_BROWSER=1 to make that a failure"))
struct ReportBrowserTests {
    static let missing: Comment = "No Chromium on PATH: install Debian's chromium (apt-get install -y chromium); .ci/run installs it."

    static var browser: URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in ["chromium", "chromium-browser"] {
            for directory in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// A scratch directory with the shipped study's report in it.
    static func shippedReport() throws -> (directory: URL, report: URL) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("policyrank-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let report = directory.appendingPathComponent("report.html")
        let result = try CLI.run(["report", "--output", report.path, "--date", "2025-01-31"])
        #expect(result.status == 0, "\(result.stderr)")
        return (directory, report)
    }

    /// Headless Chromium with its own profile (so runs never share a lock) and a time limit.
    static func chromium(_ browser: URL, _ arguments: [String], profile: URL) throws -> CLI.Result {
        try CLI.execute(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "timeout", "120", browser.path,
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--hide-scrollbars", "--user-data-dir=\(profile.path)",
            ] + arguments)
    }

    @Test func theShippedStudysReportRendersToANonBlankScreenshot() throws {
        let browser = try #require(Self.browser, Self.missing)
        let (directory, report) = try Self.shippedReport()
        defer { try? FileManager.default.removeItem(at: directory) }
        let png = directory.appendingPathComponent("report.png")
        let result = try Self.chromium(
            browser, ["--screenshot=\(png.path)", "--window-size=1200,3000", report.absoluteString],
            profile: directory.appendingPathComponent("profile"))
        #expect(FileManager.default.fileExists(atPath: png.path), "no screenshot: \(result.stderr)")
        let share = try PNGInk.nonWhiteShare(png)
        #expect(share > 0.03, "the screenshot is (nearly) blank: only \(share) of its colour values are not white")
        if let keep = ProcessInfo.processInfo.environment["POLICYRANK_SCREENSHOT"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: png, to: URL(fileURLWithPath: keep))
        }
    }

    /// `#weights=` set to a perspective's effective weights: the table the script writes must
    /// be `rank --perspective P --format json`, rank for rank and score for score.
    @Test(arguments: ["rights_groups", "security_establishment"])
    func slidersSetFromTheAddressRankAsTheCLIDoes(perspective: String) throws {
        let browser = try #require(Self.browser, Self.missing)
        let (directory, report) = try Self.shippedReport()
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = try Self.cliRanking(["--perspective", perspective])
        let hash =
            "#weights="
            + (try Self.exactWeights(perspective, matching: expected.weights))
            .map { "\($0.id):\($0.weight)" }.joined(separator: ",")
        let result = try Self.chromium(
            browser, ["--virtual-time-budget=2000", "--dump-dom", report.absoluteString + hash],
            profile: directory.appendingPathComponent("profile"))
        let rows = Self.scriptRows(result.stdout)
        #expect(!rows.isEmpty, "the script did not write the ranking table: \(result.stderr.suffix(500))")
        Self.expectSame(rows, expected.ranking)
        #expect(result.stdout.contains("Weights from the page address."))
    }

    /// `window.policyrankRank` called from a script appended to a copy of the page, and the
    /// table at the starting weights, against the CLI.
    @Test func thePagesRankFunctionAndStartingTableMatchTheCLI() throws {
        let browser = try #require(Self.browser, Self.missing)
        let (directory, report) = try Self.shippedReport()
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = try Self.cliRanking(["--perspective", "regional_partners"])
        let weights = try Self.exactWeights("regional_partners", matching: expected.weights)
            .map { "\"\($0.id)\": \($0.weight)" }.joined(separator: ", ")
        let result = try Self.probe(
            browser, report, in: directory,
            script: """
                document.getElementById("probe").textContent = JSON.stringify(window.policyrankRank({\(weights)}));
                """)
        let dom = result.stdout
        let start = try #require(dom.range(of: "<pre id=\"probe\">"), "no probe output: \(result.stderr.suffix(500))")
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound]).replacingOccurrences(of: "&quot;", with: "\"")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["id"] as? String ?? "" } == expected.ranking.map(\.id))
        #expect(entries.map { $0["rank"] as? Int ?? 0 } == expected.ranking.map(\.rank))
        for (entry, want) in zip(entries, expected.ranking) {
            #expect(abs((entry["score"] as? Double ?? .nan) - want.score) < 1e-8)
        }
        Self.expectSame(Self.scriptRows(dom), try Self.cliRanking([]).ranking)
    }

    /// Moving the sliders (input events, as a drag fires them) re-ranks the table.
    @Test func movingTheSlidersReRanks() throws {
        let browser = try #require(Self.browser, Self.missing)
        let (directory, report) = try Self.shippedReport()
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = try Self.cliRanking(["--perspective", "security_establishment"])
        let moves = try Self.exactWeights("security_establishment", matching: expected.weights).map { leaf in
            """
            slider = document.getElementById("weight-\(leaf.id)"); slider.value = "\(100 * leaf.weight)"; \
            slider.dispatchEvent(new Event("input"));
            """
        }.joined(separator: "\n")
        let result = try Self.probe(browser, report, in: directory, script: "var slider;\n" + moves)
        let rows = Self.scriptRows(result.stdout)
        #expect(rows.map(\.id) == expected.ranking.map(\.id))
        #expect(rows.map(\.rank) == expected.ranking.map(\.rank))
        for (row, want) in zip(rows, expected.ranking) { #expect(abs(row.score - want.score) < 1e-8) }
        #expect(result.stdout.contains("<p id=\"whatif-status\" class=\"note\">Custom weights.</p>"))
        #expect(result.stdout.contains("<output id=\"share-ttp_degradation\" for=\"weight-ttp_degradation\" title=\"share of the total weight\">"))
    }

    /// After the moves, each criterion's share beside its slider is the perspective's weight as
    /// `rank --format json` prints it, and the address holds the same weights.
    @Test func sharesBesideTheSlidersEqualTheCLIsWeightsAndTheAddressKeepsThem() throws {
        let browser = try #require(Self.browser, Self.missing)
        let (directory, report) = try Self.shippedReport()
        defer { try? FileManager.default.removeItem(at: directory) }
        let expected = try Self.cliRanking(["--perspective", "federal_finance"])
        let moves = try Self.exactWeights("federal_finance", matching: expected.weights).map { leaf in
            "slider = document.getElementById(\"weight-\(leaf.id)\"); slider.value = \"\(100 * leaf.weight)\"; slider.dispatchEvent(new Event(\"input\"));"
        }.joined(separator: "\n")
        let result = try Self.probe(
            browser, report, in: directory,
            script: "var slider;\n" + moves + "\ndocument.getElementById('probe').textContent = 'HASH=' + window.location.hash + '=END';")
        for leaf in expected.weights {
            // The page prints one decimal (JavaScript's toFixed); within half a unit of the CLI's weight.
            let shown = result.stdout.firstMatch(of: try Regex("<output id=\"share-\(leaf.id)\"[^>]*>([0-9.]+)%</output>"))
            let value = try #require(shown.flatMap { Double(String($0.output[1].substring ?? "")) }, "no share for \(leaf.id)")
            #expect(abs(value - 100 * leaf.weight) <= 0.05 + 1e-9, "share of \(leaf.id): \(value)% vs \(100 * leaf.weight)%")
        }
        let hash = try #require(result.stdout.firstMatch(of: /HASH=(.*)=END/)).1
        #expect(hash.hasPrefix("#weights="))
        for leaf in expected.weights { #expect(hash.contains("\(leaf.id):"), "\(leaf.id) in the address") }
    }

    /// A group's slider scales its criteria together: at 0 they all weigh 0, and the table is
    /// what the page's own rank function gives for those weights.
    @Test func aGroupSliderMovesAllOfItsCriteria() throws {
        let browser = try #require(Self.browser, Self.missing)
        let (directory, report) = try Self.shippedReport()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = """
            var group = document.getElementById("group-security"); group.value = "0"; group.dispatchEvent(new Event("input"));
            var model = JSON.parse(document.getElementById("policyrank-model").textContent);
            var weights = model.leaves.map(function (leaf) { return leaf.group_id === "security" ? 0 : leaf.weight; });
            document.getElementById("probe").textContent = "EXPECTED=" + JSON.stringify(window.policyrankRank(weights).map(function (e) { return e.id; })) + "=END";
            """
        let result = try Self.probe(browser, report, in: directory, script: script)
        for leaf in ["near_term_violence", "ttp_degradation", "iskp_reduction"] {
            #expect(result.stdout.contains("<output id=\"share-\(leaf)\" for=\"weight-\(leaf)\" title=\"share of the total weight\">0.0%</output>"), "\(leaf)")
        }
        #expect(result.stdout.contains(">0.0%</output>"))
        let expected = try #require(result.stdout.firstMatch(of: /EXPECTED=(.*?)=END/)).1
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? [String])
        #expect(Self.scriptRows(result.stdout).map(\.id) == ids)
    }

    /// The arrows compare each option's rank under the panel's weights with the study's ranking.
    @Test func arrowsShowEachOptionsMoveAgainstTheStudysRanking() throws {
        let browser = try #require(Self.browser, Self.missing)
        let (directory, report) = try Self.shippedReport()
        defer { try? FileManager.default.removeItem(at: directory) }
        let study = Dictionary(uniqueKeysWithValues: try Self.cliRanking([]).ranking.map { ($0.id, $0.rank) })
        let view = try Self.cliRanking(["--perspective", "rights_groups"])
        let script = """
            var preset = document.getElementById("whatif-preset"); preset.value = "rights_groups"; preset.dispatchEvent(new Event("change"));
            """
        let result = try Self.probe(browser, report, in: directory, script: script)
        for row in view.ranking {
            let before = try #require(study[row.id])
            let arrow = before == row.rank ? "=" : before > row.rank ? "↑\(before - row.rank)" : "↓\(row.rank - before)"
            #expect(result.stdout.contains("data-id=\"\(row.id)\""))
            let pattern = "<tr data-id=\"\(row.id)\"[^>]*>(?:<td[^>]*>[^<]*</td>){3}<td class=\"move\" title=\"[^\"]*\">\(arrow)</td>"
            #expect(result.stdout.range(of: pattern, options: .regularExpression) != nil, "\(row.id) should show \(arrow)")
        }
    }

    @Test func allWeightsZeroSaysNoWeightsSetInsteadOfATie() throws {
        let browser = try #require(Self.browser, Self.missing)
        let (directory, report) = try Self.shippedReport()
        defer { try? FileManager.default.removeItem(at: directory) }
        let script = """
            document.querySelectorAll("input[data-leaf]").forEach(function (slider) { slider.value = "0"; slider.dispatchEvent(new Event("input")); });
            """
        let result = try Self.probe(browser, report, in: directory, script: script)
        #expect(result.stdout.contains("No weights set: move a slider above 0 to rank the options."))
        #expect(result.stdout.contains("<p id=\"whatif-status\" class=\"note\">No weights set.</p>"))
        #expect(Self.scriptRows(result.stdout).isEmpty)
    }

    /// On a 390 px phone the page itself never scrolls sideways: wide tables and charts scroll
    /// inside their own boxes. Headless Chromium's window is at least 500 px wide, so the
    /// report is measured inside a 390 px iframe.
    @Test func atPhoneWidthThePageDoesNotScrollSideways() throws {
        let browser = try #require(Self.browser, Self.missing)
        let (directory, report) = try Self.shippedReport()
        defer { try? FileManager.default.removeItem(at: directory) }
        let frame = directory.appendingPathComponent("phone.html")
        try """
        <!DOCTYPE html><html><body style="margin:0"><iframe id="f" src="\(report.lastPathComponent)" style="width:390px;height:3000px;border:0"></iframe><pre id="probe"></pre>
        <script>document.getElementById("f").addEventListener("load", function () {
          var d = this.contentDocument;
          document.getElementById("probe").textContent = "WIDTH=" + this.contentWindow.innerWidth + "," + d.documentElement.scrollWidth + "=END";
        });</script></body></html>
        """.write(to: frame, atomically: true, encoding: .utf8)
        let result = try Self.chromium(
            browser, ["--allow-file-access-from-files", "--virtual-time-budget=3000", "--dump-dom", frame.absoluteString],
            profile: directory.appendingPathComponent("profile"))
        let match = try #require(result.stdout.firstMatch(of: /WIDTH=(\d+),(\d+)=END/), "the probe did not run: \(result.stderr)")
        let (viewport, scroll) = (Int(match.1) ?? 0, Int(match.2) ?? .max)
        #expect(viewport == 390)
        #expect(scroll <= viewport, "the page is \(scroll) px wide in a \(viewport) px viewport")
    }

    // MARK: - Helpers

    /// A copy of the report with `script` run after the page's own, and its DOM once done.
    static func probe(_ browser: URL, _ report: URL, in directory: URL, script: String) throws -> CLI.Result {
        let page = try String(contentsOf: report, encoding: .utf8)
            .replacingOccurrences(of: "</body>", with: "<pre id=\"probe\"></pre><script>\n\(script)\n</script>\n</body>")
        let probed = directory.appendingPathComponent("probe.html")
        try page.write(to: probed, atomically: true, encoding: .utf8)
        return try chromium(
            browser, ["--virtual-time-budget=2000", "--dump-dom", probed.absoluteString],
            profile: directory.appendingPathComponent("profile"))
    }

    struct Row: Equatable {
        var id: String
        var rank: Int
        var score: Double
        var shown: String
    }

    /// `rank --format json` for the shipped study: leaf weights and ranking, with each score as
    /// `rank` prints it to 4 decimals (from `--format markdown`: JSON rounds to 10 decimals, and
    /// 0.46725000000000005 rounded so would print 0.4672 where `rank` prints 0.4673).
    static func cliRanking(_ arguments: [String]) throws -> (weights: [(id: String, weight: Double)], ranking: [Row]) {
        let result = try CLI.run(["rank", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let criteria = try #require(root["criteria"] as? [[String: Any]])
        let ranking = try #require(root["ranking"] as? [[String: Any]])
        let markdown = try CLI.run(["rank", "--format", "markdown"] + arguments).stdout
        let shown = Dictionary(
            markdown.matches(of: /\(`([a-z0-9_-]+)`\) \| (-?[0-9.]+) \|/).map { (String($0.1), String($0.2)) },
            uniquingKeysWith: { first, _ in first })
        return (
            criteria.map { ($0["id"] as? String ?? "", $0["weight"] as? Double ?? .nan) },
            ranking.map { entry in
                let id = entry["id"] as? String ?? ""
                return Row(
                    id: id, rank: entry["rank"] as? Int ?? 0, score: entry["score"] as? Double ?? .nan,
                    shown: shown[id] ?? "missing in rank --format markdown")
            }
        )
    }

    /// A perspective's effective leaf weights at full precision (JSON rounds to 10 decimals):
    /// a score exactly halfway at 4 decimals, as 0.46725 is in the shipped study, prints the
    /// same on both sides only when both add up the same doubles. Checked against the CLI's.
    static func exactWeights(_ perspective: String, matching printed: [(id: String, weight: Double)]) throws -> [(id: String, weight: Double)] {
        let study = Validator.validate(path: CLI.repositoryRoot.path).study
        let view = try #require(study.perspectives.first { $0.id.value == perspective })
        let problem = DecisionProblem(validated: study)
        let set = try #require(problem.weightSet(view.id.value))
        let weights = zip(problem.leaves, set.weights).map { (id: $0.id, weight: $1) }
        #expect(weights.map(\.id) == printed.map(\.id))
        for (exact, rounded) in zip(weights, printed) { #expect(abs(exact.weight - rounded.weight) < 1e-9) }
        return weights
    }

    /// The rows the script wrote (`data-source="script"`); empty when it did not run.
    static func scriptRows(_ dom: String) -> [Row] {
        guard let body = dom.range(of: "<tbody id=\"whatif-body\" data-source=\"script\">"),
            let end = dom.range(of: "</tbody>", range: body.upperBound..<dom.endIndex)
        else { return [] }
        let pattern = /<tr data-id="([^"]+)" data-rank="(\d+)" data-score="([^"]+)"><td class="num">\d+<\/td><td>[^<]*<\/td><td class="num">([^<]+)<\/td>/
        return dom[body.upperBound..<end.lowerBound].matches(of: pattern).map { match in
            Row(id: String(match.1), rank: Int(match.2) ?? 0, score: Double(match.3) ?? .nan, shown: String(match.4))
        }
    }

    static func expectSame(_ rows: [Row], _ expected: [Row], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(rows.map(\.id) == expected.map(\.id), sourceLocation: sourceLocation)
        #expect(rows.map(\.rank) == expected.map(\.rank), sourceLocation: sourceLocation)
        #expect(rows.map(\.shown) == expected.map(\.shown), sourceLocation: sourceLocation)
        for (row, want) in zip(rows, expected) {
            #expect(abs(row.score - want.score) < 1e-8, "\(row.id): \(row.score) vs \(want.score)", sourceLocation: sourceLocation)
        }
    }
}

/// How much of a PNG is ink: the share of its colour values below 240 (white is 255), decoded
/// with Python's zlib (a PNG is zlib-compressed scanlines, each with one of five filters), so
/// the check needs no image library. Rows filtered "Up" are added on big integers, the rest
/// byte by byte: about 3 s for 1200 × 3000.
enum PNGInk {
    static let script = #"""
        import struct, sys, zlib
        data = open(sys.argv[1], "rb").read()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
        pos, idat = 8, b""
        while pos < len(data):
            length, kind = struct.unpack(">I4s", data[pos:pos + 8])
            chunk = data[pos + 8:pos + 8 + length]
            if kind == b"IHDR":
                width, height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            elif kind == b"IDAT":
                idat += chunk
            pos += 12 + length
        assert depth == 8 and colour in (2, 6), "unexpected PNG format"
        bpp = 3 if colour == 2 else 4
        raw, stride = zlib.decompress(idat), width * bpp
        low7, high = int.from_bytes(b"\x7f" * stride, "big"), int.from_bytes(b"\x80" * stride, "big")
        dark = bytes(1 if v < 240 else 0 for v in range(256))
        previous, ink, pos = bytes(stride), 0, 0
        for _ in range(height):
            kind, line = raw[pos], raw[pos + 1:pos + 1 + stride]
            pos += 1 + stride
            if kind == 2:  # Up, on big integers: bytewise (line + previous) mod 256 without carries
                x, y = int.from_bytes(line, "big"), int.from_bytes(previous, "big")
                line = (((x & low7) + (y & low7)) ^ ((x ^ y) & high)).to_bytes(stride, "big")
            elif kind:
                out = bytearray(bpp) + bytearray(line)  # bpp zero bytes stand for the pixel left of the row
                up = bytes(bpp) + previous
                for i in range(bpp, stride + bpp):
                    a = out[i - bpp]
                    if kind == 1:
                        out[i] = (out[i] + a) & 255
                    elif kind == 3:
                        out[i] = (out[i] + ((a + up[i]) >> 1)) & 255
                    else:
                        b, c = up[i], up[i - bpp]
                        pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                        out[i] = (out[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                line = bytes(out[bpp:])
            colours = line if bpp == 3 else bytes(v for i, v in enumerate(line) if i % 4 != 3)
            ink += colours.translate(dark).count(1)
            previous = line
        print(ink / (width * height * 3))
        """#

    static func nonWhiteShare(_ png: URL) throws -> Double {
        let result = try CLI.execute(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, png.path])
        return try #require(Double(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)), "cannot decode the PNG: \(result.stderr)")
    }
}

/// Whether the browser tests run: always when Chromium is installed or CI requires them.
enum BrowserTestGate {
    static var shouldRun: Bool {
        ReportBrowserTests.browser != nil || ProcessInfo.processInfo.environment["POLICYRANK_REQUIRE_BROWSER"] == "1"
    }
}
