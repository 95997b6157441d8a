import { tenants } from "@propgov/db";

/** The columns of a `TenantRef` (context.ts), for whoever enters a county by its row. */
export const tenantRefColumns = {
  id: tenants.id,
  slug: tenants.slug,
  name: tenants.name,
  divisionCode: tenants.divisionCode,
  timezone: tenants.timezone,
};
