// Mentor-mode reference for the benchmark: the same bipartite b-matching (mentees to mentors
// up to each mentor's capacity, the most mentees first, then the highest total) solved by
// LEMON 1.3.1 two ways:
//  - MaxWeightedMatching on the bipartite graph with each mentor cloned per unit of capacity,
//    every edge weighing w + M (M = L·max w + 1, so one more mentee outweighs any total);
//  - NetworkSimplex on the uncloned flow network: each mentee supplies 1 unit, to a mentor
//    (cost −(w + M)) or straight to the sink (cost 0, unassigned); mentor → sink up to its
//    capacity.
// Input (bench/out/*.mentor.txt): "L R m", R capacities, then m lines "mentee mentor weight".
// Prints one JSON line per method: assigned mentees, total weight (without M), solve seconds
// (building LEMON's graph excluded; the first solve, and the median of three more for short
// runs), peak RSS in MB.
#include <lemon/smart_graph.h>
#include <lemon/matching.h>
#include <lemon/network_simplex.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <vector>
#include <sys/resource.h>

using Clock = std::chrono::steady_clock;
static double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

template <typename Solve>
static void timed(const char* method, Solve solve) {
  auto start = Clock::now();
  std::pair<long long, long long> first = solve();
  double seconds = since(start);
  double steady = seconds;
  if (seconds < 1) {
    std::vector<double> runs;
    for (int r = 0; r < 3; r++) {
      auto again = Clock::now();
      solve();
      runs.push_back(since(again));
    }
    std::sort(runs.begin(), runs.end());
    steady = runs[1];
  }
  struct rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  std::printf("{\"method\":\"%s\",\"assigned\":%lld,\"weight\":%lld,\"solveSeconds\":%.4f,\"steadySeconds\":%.4f,\"peakRssMb\":%.1f}\n",
              method, first.first, first.second, seconds, steady, usage.ru_maxrss / 1024.0);
  std::fflush(stdout);
}

int main(int argc, char** argv) {
  if (argc != 3) { std::fprintf(stderr, "usage: lemon-mentor-driver FILE matching|flow\n"); return 2; }
  std::FILE* in = std::fopen(argv[1], "r");
  if (!in) { std::fprintf(stderr, "cannot open %s\n", argv[1]); return 2; }
  long long L, R, m;
  if (std::fscanf(in, "%lld %lld %lld", &L, &R, &m) != 3) return 2;
  std::vector<long long> capacity(R), left(m), right(m), weight(m);
  for (long long j = 0; j < R; j++) if (std::fscanf(in, "%lld", &capacity[j]) != 1) return 2;
  long long maxWeight = 0;
  for (long long e = 0; e < m; e++) {
    if (std::fscanf(in, "%lld %lld %lld", &left[e], &right[e], &weight[e]) != 3) return 2;
    maxWeight = std::max(maxWeight, weight[e]);
  }
  std::fclose(in);
  const long long M = L * maxWeight + 1;

  if (std::strcmp(argv[2], "matching") == 0) {
    // Mentor j's clones are nodes L + cloneStart[j] .. L + cloneStart[j + 1] - 1.
    std::vector<long long> cloneStart(R + 1, 0);
    for (long long j = 0; j < R; j++) cloneStart[j + 1] = cloneStart[j] + capacity[j];
    lemon::SmartGraph g;
    std::vector<lemon::SmartGraph::Node> nodes(L + cloneStart[R]);
    for (auto& node : nodes) node = g.addNode();
    lemon::SmartGraph::EdgeMap<long long> w(g);
    std::vector<long long> edgeOf;  // LEMON edge id → input edge
    for (long long e = 0; e < m; e++) {
      for (long long c = cloneStart[right[e]]; c < cloneStart[right[e] + 1]; c++) {
        w.set(g.addEdge(nodes[left[e]], nodes[L + c]), weight[e] + M);
        edgeOf.push_back(e);
      }
    }
    timed("matching", [&]() {
      lemon::MaxWeightedMatching<lemon::SmartGraph, lemon::SmartGraph::EdgeMap<long long>> mwm(g, w);
      mwm.run();
      long long assigned = mwm.matchingSize();
      long long total = mwm.matchingWeight() - assigned * M;
      return std::make_pair(assigned, total);
    });
    return 0;
  }

  lemon::SmartDigraph g;
  std::vector<lemon::SmartDigraph::Node> nodes(L + R + 1);
  for (auto& node : nodes) node = g.addNode();
  const lemon::SmartDigraph::Node sink = nodes[L + R];
  lemon::SmartDigraph::ArcMap<long long> cost(g), upper(g);
  lemon::SmartDigraph::NodeMap<long long> supply(g, 0);
  std::vector<lemon::SmartDigraph::Arc> pairArcs;
  for (long long e = 0; e < m; e++) {
    auto a = g.addArc(nodes[left[e]], nodes[L + right[e]]);
    cost.set(a, -(weight[e] + M));
    upper.set(a, 1);
    pairArcs.push_back(a);
  }
  for (long long i = 0; i < L; i++) {
    auto a = g.addArc(nodes[i], sink);
    cost.set(a, 0);
    upper.set(a, 1);
    supply.set(nodes[i], 1);
  }
  for (long long j = 0; j < R; j++) {
    auto a = g.addArc(nodes[L + j], sink);
    cost.set(a, 0);
    upper.set(a, capacity[j]);
  }
  supply.set(sink, -L);
  timed("flow", [&]() {
    lemon::NetworkSimplex<lemon::SmartDigraph, long long, long long> simplex(g);
    simplex.upperMap(upper).costMap(cost).supplyMap(supply);
    if (simplex.run() != decltype(simplex)::OPTIMAL) return std::make_pair(-1LL, -1LL);
    long long assigned = 0, total = 0;
    for (long long e = 0; e < m; e++) {
      if (simplex.flow(pairArcs[e]) > 0) {
        assigned++;
        total += weight[e];
      }
    }
    return std::make_pair(assigned, total);
  });
  return 0;
}
