"""Mentor-mode reference for the benchmark: SciPy on the same bipartite b-matching as ours.

Each mentor is repeated once per unit of capacity, and each mentee gets a dummy column of
its own (staying unassigned), so a full assignment of the rows is the same problem: a
mentee on a mentor's copy earns w + M (M = L*max w + 1, one more mentee outweighs any
total), on its dummy 0. Dense: linear_sum_assignment (LAPJV in C) on the L x (C + L) matrix,
forbidden cells +inf. Sparse (--sparse, for instances whose dense matrix would not fit):
min_weight_full_bipartite_matching (LAPJVsp) on costs K - (w + M) and K for the dummy
(K = M + max w + 1, all positive). Prints one JSON line: assigned, weight (without M),
solve seconds (matrix building excluded; first solve, median of three more when short).

Run: python3 scipy-mentor.py FILE [--sparse]
"""

import json
import resource
import sys
import time

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def read(path):
    with open(path) as f:
        L, R, m = map(int, f.readline().split())
        capacity = np.array(f.readline().split(), dtype=np.int64) if R else np.zeros(0, np.int64)
        edges = np.loadtxt(f, dtype=np.int64, ndmin=2) if m else np.zeros((0, 3), np.int64)
    return L, R, capacity, edges


def main():
    path = sys.argv[1]
    sparse = "--sparse" in sys.argv
    L, R, capacity, edges = read(path)
    left, right, weight = edges[:, 0], edges[:, 1], edges[:, 2]
    max_weight = int(weight.max()) if len(weight) else 0
    M = L * max_weight + 1
    clone_start = np.concatenate(([0], np.cumsum(capacity)))
    C = int(clone_start[-1])
    # One row entry per (edge, copy of its mentor).
    copies = capacity[right]
    edge_of = np.repeat(np.arange(len(left)), copies)
    column = clone_start[right][edge_of] + (np.arange(len(edge_of)) - np.repeat(np.cumsum(copies) - copies, copies))
    rows = left[edge_of]
    gain = (weight[edge_of] + M).astype(np.float64)

    if sparse:
        K = M + max_weight + 1
        data = np.concatenate((K - gain, np.full(L, float(K))))
        r = np.concatenate((rows, np.arange(L)))
        c = np.concatenate((column, C + np.arange(L)))
        matrix = csr_matrix((data, (r, c)), shape=(L, C + L))

        def solve():
            return min_weight_full_bipartite_matching(matrix)
    else:
        matrix = np.full((L, C + L), np.inf)
        matrix[rows, column] = -gain
        matrix[np.arange(L), C + np.arange(L)] = 0.0

        def solve():
            return linear_sum_assignment(matrix)

    start = time.perf_counter()
    row_index, col_index = solve()
    seconds = time.perf_counter() - start
    steady = seconds
    if seconds < 1:
        runs = []
        for _ in range(3):
            again = time.perf_counter()
            solve()
            runs.append(time.perf_counter() - again)
        steady = sorted(runs)[1]
    # Back from copies to mentors: the weight of each assigned (mentee, copy).
    lookup = {}
    for k in range(len(rows)):
        lookup[(int(rows[k]), int(column[k]))] = int(weight[edge_of[k]])
    assigned = 0
    total = 0
    for i, j in zip(row_index.tolist(), col_index.tolist()):
        if j < C:
            assigned += 1
            total += lookup[(i, j)]
    print(json.dumps({
        "method": "sparse" if sparse else "dense",
        "assigned": assigned,
        "weight": total,
        "solveSeconds": seconds,
        "steadySeconds": steady,
        "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }))


main()
