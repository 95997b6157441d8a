import { createClient, isPropgovError } from "@propgov/sdk";

export interface QuickstartOptions {
  baseUrl: string;
  tenant: string;
  username: string;
  password: string;
  /** Where lines go; the console by default. */
  print?: (line: string) => void;
}

const percent = (rate: number | null) =>
  rate === null ? "  n/a " : `${(rate * 100).toFixed(1).padStart(5)}%`;

/**
 * Signs in with the SDK and prints the three "100%" goals (物业服务覆盖率, 业委会组建率,
 * 党组织组建率) for the county and each township or street.
 */
export async function quickstart(options: QuickstartOptions) {
  const print = options.print ?? console.log;
  const client = createClient({ baseUrl: options.baseUrl, tenant: options.tenant });
  const session = await client.login({ username: options.username, password: options.password });
  print(
    `signed in as ${session.user.displayName} (${session.user.roles.join(", ")}) of ${session.user.tenant?.name}`,
  );

  const kpis = await client.GET("/v1/tenants/{tenant}/kpis/coverage");
  const row = (name: string, f: typeof kpis) =>
    `${name.padEnd(12, "　")} ${percent(f.serviceCoverage.rate)}  ${percent(f.committeeFormation.rate)}  ${percent(f.partyOrgFormation.rate)}`;
  print(`coverage on ${kpis.on}: service · owners' committees · party organisations`);
  print(row(session.user.tenant?.name ?? options.tenant, kpis));
  for (const region of kpis.byRegion) {
    if (region.serviceCoverage.denominator > 0) print(row(region.name, { ...kpis, ...region }));
  }
  await client.logout();
  return kpis;
}

export { isPropgovError };
