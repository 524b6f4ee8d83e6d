# Generates the fixture studies under invalid/ and valid/: one small study broken one way per
# directory. After running it, re-record expected.txt with POLICYRANK_RECORD=1 swift test and
# review the diff.
import os, shutil
ROOT = os.path.dirname(os.path.abspath(__file__))  # regenerate with: python3 generate-fixtures.py
TREE = """criteria:
  - id: security
    name: Security
    weight: 60
    children:
      - id: violence
        direction: benefit
        weight: 1
        scale: {min: 0, max: 10}
      - id: harm
        direction: cost
        weight: 1
        scale:
          levels: {none: 0, low: 3, high: 8}
  - id: cost
    direction: cost
    weight: 40
    unit: USD million
    scale: {min: 0, max: 1000}
perspectives:
  - id: hawks
    name: Hawks
    weights: {security: 90}
"""
ALPHA = """id: alpha
name: Alpha
scores:
  violence: 8
  harm: none
  cost: {low: 100, likely: 200, high: 400}
notes:
  violence: A note.
  harm: Another note.
  cost: A third note.
sources:
  - title: A source
    url: https://example.org/alpha
"""
BETA = """id: beta
name: Beta
scores:
  violence: 3
  harm: high
  cost: {low: 50, high: 150}
notes:
  violence: Why 3.
  harm: Why high.
  cost: Why this range.
sources:
  - title: A source
"""
STUDY = """title: Fixture study
method: wsm
expect:
  top: alpha
"""
def write(d, files):
    if os.path.exists(d): shutil.rmtree(d)
    for name, text in files.items():
        p = os.path.join(d, name); os.makedirs(os.path.dirname(p), exist_ok=True)
        mode = 'wb' if isinstance(text, bytes) else 'w'
        with open(p, mode) as f: f.write(text)

def study(**over):
    files = {"study.yaml": STUDY, "criteria/tree.yaml": TREE, "policies/alpha.yaml": ALPHA, "policies/beta.yaml": BETA}
    for k, v in over.items():
        k = k.replace("__", "/").replace("_DOT_", ".")
        if v is None: files.pop(k, None)
        else: files[k] = v
    return files

inv = {}
inv["yaml-syntax"] = study(policies__beta_DOT_yaml="id: beta\nscores: {violence: 3, harm: high\n")
inv["yaml-nesting"] = study(policies__beta_DOT_yaml="id: beta\nscores: " + "[" * 20000 + "\n")
lol = "id: beta\nname: Beta\nlol0: &a0 [lol]\n" + "".join(f"lol{i}: &a{i} [" + ", ".join([f"*a{i-1}"]*9) + "]\n" for i in range(1, 10)) + "scores: *a9\n"
inv["yaml-alias-limit"] = study(policies__beta_DOT_yaml=lol)
inv["duplicate-key"] = study(policies__beta_DOT_yaml=BETA.replace("  harm: high\n", "  harm: high\n  violence: 4\n") + "name: Beta again\n")
inv["invalid-utf8"] = study(policies__beta_DOT_yaml=("id: beta\nname: B").encode() + b"\xff\xfe" + b"ta\nscores: {}\n")
inv["non-finite-number"] = study(policies__beta_DOT_yaml="id: beta\nscores:\n  violence: .nan\n  harm: high\n  cost: {low: -.inf, high: 1e999}\n", criteria__tree_DOT_yaml=TREE.replace("weight: 40", "weight: .inf"))
inv["wrong-type"] = study(policies__beta_DOT_yaml="id: beta\nname: [B, eta]\nscores:\n  - violence\n", criteria__tree_DOT_yaml=TREE.replace("weight: 40", "weight: heavy").replace("weight: 60", 'weight: "60"'), study_DOT_yaml="title: {a: 1}\nsensitivity: {samples: 2.5}\n")
inv["misspelt-key"] = study(policies__beta_DOT_yaml=BETA.replace("{low: 50, high: 150}", "{low: 50, likly: 90, high: 150}") + "descripton: typo\n", criteria__tree_DOT_yaml=TREE.replace("    weight: 40", "    wieght: 40"), study_DOT_yaml=STUDY + "methd: wsm\nnormalisation: minmax\n")
inv["unknown-key"] = study(policies__beta_DOT_yaml=BETA + "owner: planning cell\n", criteria__tree_DOT_yaml=TREE.replace("    weight: 40", "    weight: 40\n    colour: red"), study_DOT_yaml=STUDY + "reviewed_by: committee\n")
inv["missing-field"] = study(policies__beta_DOT_yaml="name: Beta\nscores: {violence: 3, harm: high, cost: 10}\n", study_DOT_yaml="method: {v: 0.5}\n", criteria__extra_DOT_yaml="criteria:\n  - name: No id\n    direction: benefit\n    scale: {min: 0}\n", policies__empty_DOT_yaml="")
inv["invalid-id"] = study(policies__beta_DOT_yaml=BETA.replace("id: beta", "id: Beta Option"), criteria__tree_DOT_yaml=TREE.replace("id: cost", "id: 2cost"))
inv["duplicate-id"] = study(policies__gamma_DOT_yaml=ALPHA, criteria__more_DOT_yaml="criteria:\n  - id: violence\n    direction: benefit\n    scale: {min: 0, max: 5}\nperspectives:\n  - id: hawks\n    weights: {cost: 1}\n")
inv["leaf-field"] = study(criteria__tree_DOT_yaml=TREE.replace("    direction: cost\n    weight: 40\n", "    weight: 40\n").replace("        scale: {min: 0, max: 10}\n", ""))
inv["internal-node-field"] = study(criteria__tree_DOT_yaml=TREE.replace("    name: Security\n", "    name: Security\n    direction: benefit\n    scale: {min: 0, max: 10}\n") + "  - id: empty_group\n    children: []\n".replace("  - id", "  - id") if False else TREE.replace("    name: Security\n", "    name: Security\n    direction: benefit\n    scale: {min: 0, max: 10}\n").replace("perspectives:", "  - id: empty_group\n    children: []\nperspectives:"))
inv["invalid-direction"] = study(criteria__tree_DOT_yaml=TREE.replace("direction: benefit", "direction: benfit"))
inv["invalid-scale"] = study(criteria__tree_DOT_yaml=TREE.replace("scale: {min: 0, max: 1000}", "scale: {min: 1000, max: 0}").replace("levels: {none: 0, low: 3, high: 8}", "levels: {none: 0, low: 3, high: 3}") + "", criteria__more_DOT_yaml="criteria:\n  - id: mixed\n    direction: cost\n    scale: {min: 0, max: 1, levels: {a: 0}}\n  - id: empty\n    direction: cost\n    scale: {levels: {}}\n")
inv["invalid-weight"] = study(criteria__tree_DOT_yaml=TREE.replace("weight: 40", "weight: -5").replace("        weight: 1\n", "        weight: 0\n"))
inv["invalid-value-function"] = study(criteria__tree_DOT_yaml=TREE.replace("    unit: USD million\n", "    unit: USD million\n    value_function: [[0, 1], [1200, 0.5], [500, 1.5]]\n").replace("        scale: {min: 0, max: 10}\n", "        scale: {min: 0, max: 10}\n        value_function: [[0, 0]]\n"))
inv["invalid-preference"] = study(criteria__tree_DOT_yaml=TREE.replace("    unit: USD million\n", "    unit: USD million\n    preference: {function: linear, q: 500, p: 50}\n").replace("        scale: {min: 0, max: 10}\n", "        scale: {min: 0, max: 10}\n        preference: {function: linaer}\n").replace("          levels: {none: 0, low: 3, high: 8}\n", "          levels: {none: 0, low: 3, high: 8}\n        preference: {function: level, q: -1}\n"))
inv["unknown-criterion"] = study(policies__beta_DOT_yaml=BETA.replace("  violence: 3\n", "  violnce: 3\n  security: 4\n") .replace("  harm: Why high.", "  hram: Why high."), criteria__tree_DOT_yaml=TREE.replace("weights: {security: 90}", "weights: {securty: 90}"))
inv["missing-score"] = study(policies__beta_DOT_yaml=BETA.replace("  cost: {low: 50, high: 150}\n", "").replace("  violence: 3\n", ""))
inv["score-out-of-scale"] = study(policies__beta_DOT_yaml=BETA.replace("violence: 3", "violence: 11").replace("{low: 50, high: 150}", "{low: -5, high: 150}"))
inv["unknown-level"] = study(policies__beta_DOT_yaml=BETA.replace("harm: high", "harm: hgh"))
inv["score-type"] = study(policies__beta_DOT_yaml=BETA.replace("violence: 3", "violence: high").replace("harm: high", "harm: 5"))
inv["score-range-order"] = study(policies__beta_DOT_yaml=BETA.replace("violence: 3", "violence: {low: 7, likely: 5, high: 9}").replace("harm: high", "harm: {low: high, high: low}"))
inv["unknown-method"] = study(study_DOT_yaml="method: wsn\n")
inv["unknown-normalization"] = study(study_DOT_yaml="normalization: minmx\n")
inv["invalid-method-parameter"] = study(study_DOT_yaml="method: {name: wsm, v: 0.5}\n")
inv["invalid-setting"] = study(study_DOT_yaml="sensitivity: {samples: 0, seed: -1}\n")
inv["unknown-policy"] = study(study_DOT_yaml="expect:\n  top: alpah\n")
inv["expectation-failed"] = study(study_DOT_yaml="title: Fixture\nexpect:\n  top: beta\n")
inv["no-criteria-no-policies"] = {"study.yaml": "title: Empty\n"}
inv["not-a-mapping"] = study(policies__beta_DOT_yaml="- just\n- a list\n", criteria__tree_DOT_yaml="42\n", study_DOT_yaml="--- a\n--- b\n")
inv["tabs-and-undefined-alias"] = study(policies__beta_DOT_yaml="id: beta\nscores:\n\tviolence: 3\n", criteria__extra_DOT_yaml="criteria: *nowhere\n")
inv["many-problems"] = study(policies__beta_DOT_yaml=BETA.replace("violence: 3", "violence: 30").replace("harm: high", "harm: hi"), policies__gamma_DOT_yaml="id: Gamma\nscores: {}\n", criteria__tree_DOT_yaml=TREE.replace("direction: cost\n    weight: 40", "direction: costs\n    weight: 40"))
inv["dominated-option"] = study(policies__beta_DOT_yaml=BETA.replace("{low: 50, high: 150}", "300"))
inv["constant-criterion"] = study(policies__beta_DOT_yaml=BETA.replace("violence: 3", "violence: 8"), study_DOT_yaml="title: Constant\n")
inv["undocumented-score-and-missing-source"] = study(policies__beta_DOT_yaml=BETA.split("notes:")[0])
inv["expectation-failed-ranking"] = study(study_DOT_yaml="expect:\n  ranking: [beta, alpha]\n")
inv["expectation-failed-robust-top"] = study(study_DOT_yaml="sensitivity: {samples: 20000, seed: 3}\nexpect:\n  robust_top: {min_acceptability: 0.99}\n")
inv["expectation-failed-stable-within"] = study(study_DOT_yaml="expect:\n  stable_within: 0.9\n")
inv["invalid-setting-expectations"] = study(study_DOT_yaml="expect:\n  ranking: [alpha, alpha, gamma]\n  robust_top: {min_acceptability: 1.5}\n  stable_within: 0\n")
BUDGET = "  - id: budget\n    weight: 40\n    children:\n      - id: cost\n        direction: cost\n        weight: 3\n        unit: USD million\n        scale: {min: 0, max: 1000}\n"
UPKEEP = "  - id: upkeep\n    direction: cost\n    weight: 1\n    scale: {min: 0, max: 10}\n"
COST = "  - id: cost\n    direction: cost\n    weight: 40\n    unit: USD million\n    scale: {min: 0, max: 1000}\n"
with_upkeep = lambda p: p.replace("scores:\n", "scores:\n  upkeep: 2\n").replace("notes:\n", "notes:\n  upkeep: Maintenance.\n")
inv["dedented-criterion"] = study(criteria__tree_DOT_yaml=TREE.replace(COST, BUDGET + UPKEEP), policies__alpha_DOT_yaml=with_upkeep(ALPHA), policies__beta_DOT_yaml=with_upkeep(BETA))
inv["single-child-group"] = study(criteria__tree_DOT_yaml=TREE.replace(COST, BUDGET))
inv["partial-weights"] = study(criteria__tree_DOT_yaml=TREE.replace("        direction: cost\n        weight: 1\n", "        direction: cost\n"))
inv["degenerate-method"] = study(study_DOT_yaml="title: Products\nmethod: wpm\n", policies__gamma_DOT_yaml=BETA.replace("id: beta", "id: gamma").replace("violence: 3", "violence: 6"))
STATUS_QUO = "id: status_quo\nname: Status quo\nbaseline: true\nscores: {violence: 2, harm: low, cost: 0}\nnotes: {violence: Nothing new., harm: Nothing new., cost: Nothing new.}\nsources:\n  - title: None\n"
inv["duplicate-baseline"] = study(policies__status_quo_DOT_yaml=STATUS_QUO, policies__beta_DOT_yaml=BETA.replace("name: Beta\n", "name: Beta\nbaseline: true\n"), policies__alpha_DOT_yaml=ALPHA.replace("name: Alpha\n", "name: Alpha\nbaseline: yes\n"))
inv["ignored-file"] = study(policies__gamma_DOT_YAML=BETA.replace("id: beta", "id: gamma"), policies__drafts__delta_DOT_yaml=BETA.replace("id: beta", "id: delta"), study_DOT_yml="title: Old settings\n")
# Portfolios (docs/DESIGN.md §4.1): every leaf says how a package combines it.
PTREE = TREE.replace("        scale: {min: 0, max: 10}\n", "        scale: {min: 0, max: 10}\n        combine: max\n").replace("          levels: {none: 0, low: 3, high: 8}\n", "          levels: {none: 0, low: 3, high: 8}\n        combine: max\n").replace("    scale: {min: 0, max: 1000}\n", "    scale: {min: 0, max: 1000}\n    combine: sum\n")
GAMMA = BETA.replace("id: beta", "id: gamma").replace("name: Beta", "name: Gamma").replace("violence: 3", "violence: 9").replace("{low: 50, high: 150}", "250")
PORTFOLIO = "portfolio:\n  budget: {cost: 400}\n  max_size: 2\n  interactions:\n    - members: [alpha, beta]\n      scores: {violence: 1}\n      note: Together they cover both districts.\n"
def pstudy(portfolio=PORTFOLIO, tree=PTREE, **over):
    return study(study_DOT_yaml="title: Packages\nmethod: wsm\nnormalization: scale\n" + portfolio, criteria__tree_DOT_yaml=tree, policies__gamma_DOT_yaml=GAMMA, **over)
inv["invalid-combine"] = pstudy(tree=PTREE.replace("combine: sum", "combine: total").replace("        combine: max\n", "        combine: [max]\n", 1))
inv["missing-combine"] = pstudy(tree=PTREE.replace("    combine: sum\n", ""))
inv["invalid-budget"] = pstudy(portfolio="portfolio:\n  budget: {violence: 5, harm: 3, cost: -1, security: 2, costs: 9}\n")
inv["requires-cycle"] = pstudy(portfolio="portfolio:\n  requires:\n    alpha: [beta]\n    beta: gamma\n    gamma: [alpha]\n")
inv["invalid-interaction"] = pstudy(portfolio="portfolio:\n  interactions:\n    - members: [alpha]\n      scores: {violence: 1}\n    - members: [beta, beta, gama]\n      scores: {}\n    - members: [alpha, gamma]\n      scores: {violnce: 2}\n  exclusive: [[alpha], [beta, delta]]\n  max_size: 0\n")
inv["infeasible-portfolio"] = pstudy(portfolio="portfolio:\n  budget: {cost: 90}\n  requires: {alpha: [beta]}\n  exclusive: [[gamma, beta]]\n")
inv["infeasible-portfolio-requirements"] = pstudy(portfolio="portfolio:\n  max_size: 1\n  requires: {alpha: [beta]}\n  exclusive: [[alpha, beta]]\n")
inv["expectation-failed-portfolio"] = pstudy(portfolio=PORTFOLIO + "sensitivity: {samples: 2000, seed: 1}\nexpect:\n  portfolio: {core: [beta], exterior: [alpha]}\n")
inv["invalid-setting-portfolio-expectation"] = study(study_DOT_yaml="expect:\n  portfolio: {core: [alpha, gama]}\n")
inv["preference-units"] = study(criteria__tree_DOT_yaml=TREE.replace("    unit: USD million\n", "    unit: USD million\n    value_function: [[0, 1], [1000, 0]]\n    preference: {function: linear, q: 50, p: 500}\n"))
inv["unknown-normalization-none-with-costs"] = study(study_DOT_yaml="method: wsm\nnormalization: none\n")
# Participants (docs/DESIGN.md §4.2): their own criteria, a shared leaf, an override.
UNION = "id: union\nname: Trade union\ngroup: workforce\ncriteria:\n  - {id: safety, name: Health and safety, weight: 40}\n  - {id: cost, weight: 20}\nscores:\n  alpha: {safety: {low: 40, high: 70}, cost: {low: 150, high: 300}}\n  beta: {safety: {low: 20, high: 50}}\n"
RESIDENTS = "id: residents\nname: Residents\ngroup: public\ncriteria:\n  - {id: violence, weight: 3}\n  - {id: harm, weight: 1}\nscores:\n  beta: {harm: low}\n"
inv["participants-many-problems"] = study(participants__union_DOT_yaml="id: union\ncriteria:\n  - {id: safety, weight: -4}\n  - {id: speed, weight: 2}\n  - {id: safety, weight: 1}\n  - {id: security, weight: 1}\nscores:\n  alpha: {safety: {low: 70, high: 40}, sped: 3}\n  gama: {safety: 1}\n  beta: {speed: {low: 1, likely: 2, high: 3}, cost: 5000}\n", participants__again_DOT_yaml="id: union\ncriteria:\n  - {id: harm, weight: 0}\n  - {id: violence, weight: 0}\nscores:\n  alpha: {harm: worst, violence: 12}\n", participants__empty_DOT_yaml="id: nobody\ncriteria: []\nscores: {}\n")
inv["participants-only-with-a-scored-policy"] = {"policies/alpha.yaml": ALPHA, "policies/beta.yaml": "id: beta\nname: Beta\n", "criteria/tree.yaml": TREE, "participants/union.yaml": UNION}
for name, files in inv.items():
    write(os.path.join(ROOT, "invalid", name), files)
write(os.path.join(ROOT, "valid", "minimal"), study())
write(os.path.join(ROOT, "valid", "baseline"), study(policies__status_quo_DOT_yaml=STATUS_QUO))
write(os.path.join(ROOT, "valid", "no-study-yaml"), study(study_DOT_yaml=None))
write(os.path.join(ROOT, "valid", "expectations-hold"), study(study_DOT_yaml="sensitivity: {samples: 20000, seed: 3}\nexpect:\n  top: alpha\n  ranking: [alpha, beta]\n  robust_top: {min_acceptability: 0.6}\n  stable_within: 0.1\n"))
write(os.path.join(ROOT, "valid", "portfolio"), pstudy())
write(os.path.join(ROOT, "valid", "participants"), study(participants__union_DOT_yaml=UNION, participants__residents_DOT_yaml=RESIDENTS))
write(os.path.join(ROOT, "valid", "participants-only"), {"policies/alpha.yaml": "id: alpha\nname: Alpha\ndescription: The first option.\n", "policies/beta.yaml": "id: beta\nname: Beta\n", "participants/union.yaml": UNION.replace("  - {id: cost, weight: 20}\n", "").replace(", cost: {low: 150, high: 300}", "")})
