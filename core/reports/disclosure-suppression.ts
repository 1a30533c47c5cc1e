/**
 * Secondary suppression, as a graph problem.
 *
 * A published table (cells, row totals, column totals, grand total) is a
 * flow: every figure is an edge, every "this total is the sum of those
 * figures" is a node where what flows in equals what flows out. Flat tables
 * (one dimension, or three and more with only the grand total) have two
 * nodes and every figure is an edge between them; a two-dimensional table
 * has the nodes in, out, one per row and one per column:
 *
 *   grand total: in -> out,  row total r: out -> row r,
 *   cell (r, c): row r -> column c,  column total c: column c -> in.
 *
 * Someone who knows every published figure exactly knows every known edge,
 * so the suppressed edges satisfy "flow in = flow out" at every node. The
 * solutions of that system differ by circulations, which live on cycles;
 * hence a suppressed figure can be worked out exactly (by any combination
 * of sums and differences of published figures) if and only if its edge is a
 * BRIDGE of the graph of suppressed edges (on no cycle of suppressed edges).
 * In particular a row, a column or a total with exactly one suppressed member
 * is a node with one suppressed edge, and that edge is a bridge.
 *
 * `suppressEdges` starts from the primary suppressions (value < k) and,
 * while a bridge remains, hides the published figures on the cheapest path
 * (by value: the smallest cells first) that closes a cycle through it. Each
 * round hides at least one more figure, so it ends; with every figure
 * hidden there is no bridge left. It also guards one bound attack (see
 * `isPinned`).
 */

/** One figure of a table as an edge of its flow graph. */
export interface TableEdge {
  /** It flows from node a to node b (what flows into a node flows out of it: a total equals the sum of its parts). */
  a: number;
  b: number;
  /** Its raw value. */
  value: number;
}

/**
 * Which edges are suppressed: those below k, and enough others that no
 * suppressed edge is a bridge (see the module comment). Deterministic: the
 * same table always gives the same pattern.
 */
export function suppressEdges(edges: readonly TableEdge[], nodeCount: number, k: number): boolean[] {
  const suppressed = edges.map((edge) => edge.value < k);
  const incident = incidence(edges, nodeCount);
  for (;;) {
    const found = bridges(edges, incident, suppressed);
    // One path per bridge, each seeing the figures the earlier ones hid (a bridge already on a new cycle costs nothing).
    for (const bridge of found) {
      const path = cheapestPath(edges, incident, suppressed, bridge);
      if (path === null) throw new Error(`disclosure: no cycle can protect figure ${bridge}`);
      for (const e of path) suppressed[e] = true;
    }
    if (found.length > 0) continue;
    let guarded = false;
    for (let node = 0; node < nodeCount; node++) {
      if (!isPinned(edges, incident[node], node, suppressed, k)) continue;
      suppressed[cheapestPublished(edges, incident[node], suppressed)] = true;
      guarded = true;
    }
    if (!guarded) return suppressed;
  }
}

/**
 * A node where reading `<k` as "at most k-1" pins hidden figures: its hidden
 * edges all lie on one side (m of them, at least one holding exactly k-1),
 * so their sum S is known from the published edges, and S is exactly m·(k-1)
 * (for someone who knows the published figures exactly) or the least sum
 * the published BANDS allow is m·(k-1). Either way the only reading left is
 * "every one of them is k-1", which is right for those that are. Hiding one
 * more edge there (a published one, so at least k) makes that reading
 * impossible. A sum of 0 would pin zeros, which reveal no one.
 */
function isPinned(edges: readonly TableEdge[], list: readonly number[], node: number, suppressed: readonly boolean[], k: number): boolean {
  const hidden = list.filter((e) => suppressed[e]);
  if (hidden.length < 2 || hidden.length === list.length || !hidden.some((e) => edges[e].value === k - 1)) return false;
  const side = (e: number) => edges[e].a === node;
  if (!hidden.every((e) => side(e) === side(hidden[0]))) return false;
  const most = hidden.length * (k - 1);
  const exactSum = hidden.reduce((sum, e) => sum + edges[e].value, 0);
  let leastBandedSum = 0;
  for (const e of list) {
    if (suppressed[e]) continue;
    const banded = Math.floor(edges[e].value / k) * k;
    leastBandedSum += side(e) === side(hidden[0]) ? -(banded + k - 1) : banded;
  }
  return exactSum === most || leastBandedSum === most;
}

/** The published edge of the smallest value among `list` (lowest index on ties). */
function cheapestPublished(edges: readonly TableEdge[], list: readonly number[], suppressed: readonly boolean[]): number {
  let best = -1;
  for (const e of list) if (!suppressed[e] && (best === -1 || edges[e].value < edges[best].value || (edges[e].value === edges[best].value && e < best))) best = e;
  return best;
}

function incidence(edges: readonly TableEdge[], nodeCount: number): number[][] {
  const incident: number[][] = Array.from({ length: nodeCount }, () => []);
  edges.forEach((edge, i) => {
    incident[edge.a].push(i);
    if (edge.b !== edge.a) incident[edge.b].push(i);
  });
  return incident;
}

/** The suppressed edges that are bridges of the graph of suppressed edges, in index order (Tarjan, parallel edges allowed). */
export function bridges(edges: readonly TableEdge[], incident: readonly number[][], suppressed: readonly boolean[]): number[] {
  const n = incident.length;
  const order = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const found: number[] = [];
  let clock = 0;
  const visit = (node: number, viaEdge: number): void => {
    order[node] = low[node] = clock++;
    for (const e of incident[node]) {
      if (!suppressed[e] || e === viaEdge) continue;
      const edge = edges[e];
      const next = edge.a === node ? edge.b : edge.a;
      if (order[next] === -1) {
        visit(next, e);
        low[node] = Math.min(low[node], low[next]);
        if (low[next] > order[node]) found.push(e);
      } else {
        low[node] = Math.min(low[node], order[next]);
      }
    }
  };
  for (let node = 0; node < n; node++) if (order[node] === -1) visit(node, -1);
  return found.sort((x, y) => x - y);
}

/**
 * The published edges to hide so that `bridge` lies on a cycle: the
 * cheapest path between its ends without it, where a suppressed edge costs
 * nothing and a published one its value (ties: lower node, lower edge).
 * Empty when they already are (through hidden figures only); null when the
 * ends are not connected otherwise.
 */
function cheapestPath(edges: readonly TableEdge[], incident: readonly number[][], suppressed: readonly boolean[], bridge: number): number[] | null {
  const n = incident.length;
  const { a: start, b: goal } = edges[bridge];
  const dist = new Array<number>(n).fill(Infinity);
  const via = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  dist[start] = 0;
  for (;;) {
    let node = -1;
    for (let i = 0; i < n; i++) if (!done[i] && dist[i] < Infinity && (node === -1 || dist[i] < dist[node])) node = i;
    if (node === -1 || node === goal) break;
    done[node] = true;
    for (const e of incident[node]) {
      if (e === bridge) continue;
      const edge = edges[e];
      const next = edge.a === node ? edge.b : edge.a;
      const cost = dist[node] + (suppressed[e] ? 0 : edge.value + 1);
      if (cost < dist[next]) {
        dist[next] = cost;
        via[next] = e;
      }
    }
  }
  if (dist[goal] === Infinity) return null;
  const path: number[] = [];
  for (let node = goal; node !== start;) {
    const e = via[node];
    if (!suppressed[e]) path.push(e);
    node = edges[e].a === node ? edges[e].b : edges[e].a;
  }
  return path;
}
