/**
 * CPU time per process group during a benchmark phase, read from Linux's
 * /proc (PostgreSQL backends, Redis, this process, the load generator).
 * Elsewhere it reports nothing: the figures are a diagnostic, not a result.
 */
import { readdirSync, readFileSync } from 'node:fs';

type Group = 'postgres' | 'redis';
const TICKS_PER_SECOND = 100;

function ticksByGroup(): Map<Group, Map<string, number>> | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return undefined;
  }
  const groups = new Map<Group, Map<string, number>>([['postgres', new Map()], ['redis', new Map()]]);
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const group: Group | undefined = name.startsWith('postgres') ? 'postgres' : name.startsWith('redis') ? 'redis' : undefined;
      if (!group) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      groups.get(group)!.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended meanwhile
    }
  }
  return groups;
}

/** Starts measuring; the returned function gives seconds of CPU per group since then. */
export function cpuSplit(): () => Record<string, number> | undefined {
  const before = ticksByGroup();
  const self = process.cpuUsage();
  return () => {
    const after = ticksByGroup();
    if (!before || !after) return undefined;
    const result: Record<string, number> = {};
    for (const [group, pids] of after) {
      let ticks = 0;
      for (const [pid, t] of pids) ticks += t - (before.get(group)!.get(pid) ?? 0);
      result[group] = ticks / TICKS_PER_SECOND;
    }
    const used = process.cpuUsage(self);
    result.server = (used.user + used.system) / 1e6;
    return result;
  };
}
