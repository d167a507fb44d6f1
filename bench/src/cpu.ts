import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time by process group over a load run, read from /proc (Linux): shows where a request's CPU
 * goes when the machine is the bottleneck. A group is a function returning its current pids, so
 * Postgres backends opened mid-run are counted too.
 */
export type PidSource = () => number[] | Promise<number[]>;

export interface CpuSplit {
  /** CPU seconds per group during the window. */
  seconds: Record<string, number>;
  wallSeconds: number;
}

const TICKS_PER_SECOND = clockTicks();

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** utime + stime of one process in seconds; undefined when it is gone or unreadable. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at state, field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

export interface ProcessMatch {
  /** The command name (/proc/<pid>/comm), e.g. `postgres`. */
  comm?: string;
  /** A fragment of the command line. */
  commandLine?: string;
  /** An exact `NAME=value` entry of the environment (readable for this user's processes only). */
  environment?: string;
}

/** Pids of the processes matching every given criterion. */
export function findPids(match: ProcessMatch): number[] {
  const pids: number[] = [];
  for (const entry of safeReaddir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (match.comm && readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== match.comm) continue;
      if (
        match.commandLine &&
        !readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').includes(match.commandLine)
      )
        continue;
      if (
        match.environment &&
        !readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(match.environment)
      )
        continue;
      pids.push(Number(entry));
    } catch {
      // the process ended while we looked, or is not ours to read
    }
  }
  return pids;
}

function safeReaddir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/** Busy CPU seconds of the whole machine since boot (all cores; /proc/stat minus idle and iowait). */
export function machineBusySeconds(): number | undefined {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
    return (
      ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) /
      TICKS_PER_SECOND
    );
  } catch {
    return undefined;
  }
}

/** The group that takes what the machine spent beyond the measured processes: other people's work. */
export const OTHER_PROCESSES = 'everything else on the machine';

export class CpuMeter {
  constructor(private readonly groups: Record<string, PidSource>) {}

  /** Measures `work`; the load generator (this process) is its own group. */
  async measure<T>(work: () => Promise<T>): Promise<{ result: T; cpu: CpuSplit }> {
    const before = await this.sample();
    const machineBefore = machineBusySeconds();
    const selfBefore = process.cpuUsage();
    const started = process.hrtime.bigint();
    const result = await work();
    const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const self = process.cpuUsage(selfBefore);
    const machineAfter = machineBusySeconds();
    const after = await this.sample();
    const seconds: Record<string, number> = {
      'load generator (bench process)': (self.user + self.system) / 1e6,
    };
    for (const [group, pids] of after) {
      const earlier = before.get(group) ?? new Map<number, number>();
      let total = 0;
      // A process that ended during the window is missed; one that started in it counts from zero.
      for (const [pid, cpu] of pids) total += cpu - (earlier.get(pid) ?? 0);
      seconds[group] = Math.max(0, total);
    }
    if (machineBefore !== undefined && machineAfter !== undefined) {
      const measured = Object.values(seconds).reduce((sum, value) => sum + value, 0);
      seconds[OTHER_PROCESSES] = Math.max(0, machineAfter - machineBefore - measured);
    }
    return { result, cpu: { seconds, wallSeconds } };
  }

  private async sample(): Promise<Map<string, Map<number, number>>> {
    const samples = new Map<string, Map<number, number>>();
    for (const [group, source] of Object.entries(this.groups)) {
      const pids = await source();
      const cpu = new Map<number, number>();
      for (const pid of pids) {
        const seconds = processCpuSeconds(pid);
        if (seconds !== undefined) cpu.set(pid, seconds);
      }
      samples.set(group, cpu);
    }
    return samples;
  }
}
