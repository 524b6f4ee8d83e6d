#!/usr/bin/env python3
"""SMAA-2 written the way an analyst would in vectorized numpy: the reference that
`policyrank-bench --only sensitivity` times SMAA.run against (docs: README, benchmarks).

It does the work SMAA.run does for a weighted sum under `scale` normalization: 10^6 samples of
uniform weights on the simplex (normalized exponentials) and of the uncertain scores
(triangular and uniform draws), the scores, each option's competition rank with ties within
1e-9, rank acceptability, central weights, pairwise winning counts, and the confidence pass
(at most 100,000 samples of the scores at each option's central weights). Batches of 50,000
samples keep memory bounded, as SMAA.run's blocks do.

Usage: smaa-numpy-reference.py PROBLEM.json SAMPLES RUNS
PROBLEM.json is written by the bench: {"n", "m", "base" (row-major likely values), "lower",
"upper", "benefit", "uncertain": [[index, "triangular"|"uniform", low, mode, high], ...]}.
Prints {"median": seconds, "min": seconds, "acceptability_first": [...]} as JSON.
"""
import json
import sys
import time

import numpy as np

TOLERANCE = 1e-9
BATCH = 50_000
CONFIDENCE_LIMIT = 100_000


def draw(problem, rng, count):
    n, m = problem["n"], problem["m"]
    values = np.broadcast_to(np.asarray(problem["base"], dtype=float), (count, n * m)).copy()
    for index, kind, low, mode, high in problem["uncertain"]:
        if kind == "triangular":
            values[:, index] = rng.triangular(low, mode, high, count)
        else:
            values[:, index] = rng.uniform(low, high, count)
    return values.reshape(count, n, m)


def normalized(problem, values):
    lower = np.asarray(problem["lower"], dtype=float)
    upper = np.asarray(problem["upper"], dtype=float)
    benefit = np.asarray(problem["benefit"], dtype=bool)
    span = upper - lower
    return np.where(benefit, (values - lower) / span, (upper - values) / span)


def ranks(scores):
    """0-based competition ranks: how many options score more than 1e-9 higher."""
    return (scores[:, None, :] > scores[:, :, None] + TOLERANCE).sum(axis=2)


def smaa(problem, samples, seed):
    n, m = problem["n"], problem["m"]
    rng = np.random.default_rng(seed)
    rank_counts = np.zeros((n, n), dtype=np.int64)
    first_weights = np.zeros((n, m))
    wins = np.zeros((n, n), dtype=np.int64)
    done = 0
    while done < samples:
        count = min(BATCH, samples - done)
        weights = rng.exponential(size=(count, m))
        weights /= weights.sum(axis=1, keepdims=True)
        scores = np.einsum("bnm,bm->bn", normalized(problem, draw(problem, rng, count)), weights)
        rank = ranks(scores)
        for i in range(n):
            rank_counts[i] += np.bincount(rank[:, i], minlength=n)
        first = rank == 0
        first_weights += first.T.astype(float) @ weights
        wins += (scores[:, :, None] > scores[:, None, :] + TOLERANCE).sum(axis=0)
        done += count
    firsts = rank_counts[:, 0]
    central = np.divide(first_weights, firsts[:, None], out=np.zeros_like(first_weights), where=firsts[:, None] > 0)
    # Confidence: the scores sampled again, each option ranked at its own central weights.
    hits = np.zeros(n, dtype=np.int64)
    done = 0
    limit = min(samples, CONFIDENCE_LIMIT)
    while done < limit:
        count = min(BATCH, limit - done)
        matrix = normalized(problem, draw(problem, rng, count))
        for i in np.nonzero(firsts)[0]:
            scores = matrix @ central[i]
            hits[i] += (ranks(scores)[:, i] == 0).sum()
        done += count
    return rank_counts[:, 0] / samples, wins / samples, hits / max(limit, 1)


def main():
    problem = json.load(open(sys.argv[1]))
    samples, runs = int(sys.argv[2]), int(sys.argv[3])
    durations = []
    first = None
    for run in range(runs + 1):  # run 0 warms up
        start = time.perf_counter()
        first, _, _ = smaa(problem, samples, seed=run + 1)
        if run > 0:
            durations.append(time.perf_counter() - start)
    print(json.dumps({"median": float(np.median(durations)), "min": min(durations),
                      "acceptability_first": [float(x) for x in first]}))


if __name__ == "__main__":
    main()
