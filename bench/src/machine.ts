import { cpus, totalmem, release, type } from 'node:os';
import { Client } from 'pg';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  /** Server settings that change write and vacuum costs. */
  postgresSettings: string;
  nats: string;
  date: string;
}

export async function describeMachine(adminDatabaseUrl: string, natsVersion: string): Promise<Machine> {
  const client = new Client({ connectionString: adminDatabaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings
        WHERE name IN ('autovacuum', 'fsync', 'synchronous_commit', 'shared_buffers', 'max_connections') ORDER BY name`,
    );
    const processors = cpus();
    return {
      cpuModel: processors[0]?.model.trim() ?? 'unknown',
      cores: processors.length,
      memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      os: `${type()} ${release()}`,
      node: process.version,
      postgres: rows[0]?.server_version ?? 'unknown',
      postgresSettings: settings.rows
        .map(
          (row) =>
            `${row.name}=${row.unit === '8kB' ? `${(Number(row.setting) * 8) / 1024}MB` : row.setting}`,
        )
        .join(', '),
      nats: natsVersion,
      date: new Date().toISOString(),
    };
  } finally {
    await client.end();
  }
}
