/// The what-if panel's script, inline so the page needs no network. It reads the model from
/// `#policyrank-model` and ranks exactly as `RankingEngine` does for wsm: weights renormalized
/// to sum 1, score = Σ w·r summed in criterion order (the same floating-point operations, so
/// the same doubles), competition ranking with ties within the model's tolerance (1e-9)
/// listed by id. It writes only through `textContent` and attributes,
/// never `innerHTML`, so names from the study stay text.
///
/// `window.policyrankRank(weights)` (an object keyed by leaf id, or an array in leaf order)
/// returns `[{id, rank, score}]`; `#weights=leaf:value,…` sets the sliders at load, so a
/// headless browser can be driven without clicking (the browser test does this), and every
/// change writes the weights back to the address (`history.replaceState`), so a reload or a
/// copied link keeps them. A slider is a criterion's relative importance (0–100), its output
/// the resulting share; a group's slider is its criteria's mean importance and scales them
/// together. All weights 0 shows "No weights set" instead of a ranking of ties.
enum ReportScript {
    static let javaScript = #"""
        (function () {
          "use strict";
          var model = JSON.parse(document.getElementById("policyrank-model").textContent);
          var leaves = model.leaves, options = model.options, tolerance = model.tolerance;
          var defaults = leaves.map(function (leaf) { return leaf.weight; });
          var current = defaults.slice();
          var studyRanks = model.study_ranks || {};
          var groups = [];
          leaves.forEach(function (leaf, j) {
            var group = groups.filter(function (g) { return g.id === leaf.group_id; })[0];
            if (!group) { group = { id: leaf.group_id, members: [] }; groups.push(group); }
            group.members.push(j);
          });

          function clean(value) { return typeof value === "number" && isFinite(value) && value > 0 ? value : 0; }

          function toArray(weights) {
            if (Array.isArray(weights)) { return leaves.map(function (_, j) { return clean(weights[j]); }); }
            return leaves.map(function (leaf) { return clean(weights ? weights[leaf.id] : 0); });
          }

          // Weights that already sum to 1 (the study's, a perspective's) are used as they are:
          // dividing by a total of 0.9999999999999999 would change their last bits, and a score
          // that is exactly halfway at 4 decimals would then print differently from the CLI.
          function normalize(weights) {
            var total = 0;
            weights.forEach(function (w) { total += w; });
            if (Math.abs(total - 1) <= 1e-12) { return weights.slice(); }
            return weights.map(function (w) { return total > 0 ? w / total : 0; });
          }

          function rank(raw) {
            var w = normalize(raw);
            var scores = options.map(function (option) {
              var score = 0;
              for (var j = 0; j < w.length; j++) { score += w[j] * option.values[j]; }
              return score;
            });
            var order = options.map(function (_, i) { return i; });
            order.sort(function (a, b) {
              if (Math.abs(scores[a] - scores[b]) > tolerance) { return scores[b] - scores[a]; }
              return options[a].id < options[b].id ? -1 : (options[a].id > options[b].id ? 1 : 0);
            });
            var result = [], groupScore = 0, groupRank = 0;
            order.forEach(function (i, position) {
              if (position === 0 || Math.abs(scores[i] - groupScore) > tolerance) { groupScore = scores[i]; groupRank = position + 1; }
              result.push({ id: options[i].id, name: options[i].name, rank: groupRank, score: scores[i] });
            });
            return result;
          }

          window.policyrankRank = function (weights) {
            return rank(toArray(weights)).map(function (entry) { return { id: entry.id, rank: entry.rank, score: entry.score }; });
          };

          function element(tag, className, text) {
            var node = document.createElement(tag);
            if (className) { node.className = className; }
            if (text !== undefined) { node.textContent = text; }
            return node;
          }

          function move(entry) {
            var study = studyRanks[entry.id];
            if (study === undefined) { return ["", ""]; }
            if (study === entry.rank) { return ["=", "rank " + study + " in the study's ranking too"]; }
            return [(study > entry.rank ? "\u2191" + (study - entry.rank) : "\u2193" + (entry.rank - study)), "rank " + study + " in the study's ranking"];
          }

          function render(status) {
            var ranking = rank(current);
            var body = document.getElementById("whatif-body");
            var largest = 0, total = 0;
            ranking.forEach(function (entry) { largest = Math.max(largest, Math.abs(entry.score)); });
            current.forEach(function (w) { total += w; });
            while (body.firstChild) { body.removeChild(body.firstChild); }
            if (!(total > 0)) {
              var empty = element("tr"), cell = element("td", "", "No weights set: move a slider above 0 to rank the options.");
              cell.setAttribute("colspan", "5");
              empty.appendChild(cell);
              body.appendChild(empty);
              status = "No weights set.";
            }
            if (total > 0) ranking.forEach(function (entry) {
              var row = element("tr");
              row.setAttribute("data-id", entry.id);
              row.setAttribute("data-rank", String(entry.rank));
              row.setAttribute("data-score", String(entry.score));
              row.appendChild(element("td", "num", String(entry.rank)));
              row.appendChild(element("td", "", entry.name));
              row.appendChild(element("td", "num", entry.score.toFixed(4)));
              var moved = move(entry), arrow = element("td", "move", moved[0]);
              arrow.setAttribute("title", moved[1]);
              row.appendChild(arrow);
              var cell = element("td", "bar"), meter = element("span", "meter"), fill = element("span");
              fill.style.width = (largest > 0 ? 100 * Math.abs(entry.score) / largest : 0).toFixed(1) + "%";
              meter.appendChild(fill);
              cell.appendChild(meter);
              row.appendChild(cell);
              body.appendChild(row);
            });
            body.setAttribute("data-source", "script");
            var shares = normalize(current);
            leaves.forEach(function (leaf, j) {
              document.getElementById("share-" + leaf.id).textContent = (100 * shares[j]).toFixed(1) + "%";
            });
            groups.forEach(function (group) {
              var output = document.getElementById("group-share-" + group.id), slider = document.getElementById("group-" + group.id);
              if (!output || !slider) { return; }
              var share = 0, importance = 0;
              group.members.forEach(function (j) { share += shares[j]; importance += current[j]; });
              output.textContent = (100 * share).toFixed(1) + "%";
              slider.value = String(100 * importance / group.members.length);
            });
            var address = "#weights=" + leaves.map(function (leaf, j) { return leaf.id + ":" + Number(shares[j].toFixed(10)); }).join(",");
            document.getElementById("whatif-link").setAttribute("href", address);
            if (status !== undefined) {
              document.getElementById("whatif-status").textContent = status;
              // Keep the state in the address without a new history entry or a hashchange.
              if (total > 0 && window.history && window.history.replaceState) { window.history.replaceState(null, "", address); }
            }
          }

          // Importance in [0, 1] per criterion; the sliders show it as 0–100.
          function setSliders() {
            leaves.forEach(function (leaf, j) { document.getElementById("weight-" + leaf.id).value = String(100 * current[j]); });
          }

          function fromHash() {
            var match = /^#weights=(.*)$/.exec(window.location.hash);
            if (!match) { return false; }
            var given = {}, ignored = [];
            decodeURIComponent(match[1]).split(",").forEach(function (pair) {
              var parts = pair.split(":"), value = Number(parts[1]);
              if (parts.length === 2 && leaves.some(function (leaf) { return leaf.id === parts[0]; }) && isFinite(value) && value >= 0) {
                given[parts[0]] = value;
              } else if (pair !== "") {
                ignored.push(pair);
              }
            });
            current = normalize(toArray(given));
            setSliders();
            render("Weights from the page address." + (ignored.length ? " Ignored: " + ignored.join(", ") + "." : ""));
            return true;
          }

          leaves.forEach(function (leaf, j) {
            document.getElementById("weight-" + leaf.id).addEventListener("input", function (event) {
              current[j] = clean(Number(event.target.value)) / 100;
              render("Custom weights.");
            });
          });
          groups.forEach(function (group) {
            var slider = document.getElementById("group-" + group.id);
            if (!slider) { return; }
            slider.addEventListener("input", function (event) {
              var target = clean(Number(event.target.value)) / 100, mean = 0;
              group.members.forEach(function (j) { mean += current[j]; });
              mean /= group.members.length;
              group.members.forEach(function (j) { current[j] = mean > 0 ? Math.min(1, current[j] * target / mean) : target; });
              setSliders();
              render("Custom weights.");
            });
          });
          document.getElementById("whatif-preset").addEventListener("change", function (event) {
            var chosen = model.perspectives.filter(function (view) { return view.id === event.target.value; })[0];
            current = chosen ? chosen.weights.slice() : defaults.slice();
            setSliders();
            render(chosen ? "Weights of the perspective " + chosen.name + "." : "Starting weights.");
          });
          document.getElementById("whatif-reset").addEventListener("click", function () {
            current = defaults.slice();
            document.getElementById("whatif-preset").value = "";
            setSliders();
            render("Starting weights.");
          });
          window.addEventListener("hashchange", fromHash);
          if (!fromHash()) { render(); }
        })();
        """#
}
