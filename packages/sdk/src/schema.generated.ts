/**
 * Generated from the propgov OpenAPI document by scripts/generate.ts (openapi-typescript).
 * Do not edit: run `pnpm --filter @propgov/sdk generate`.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database answers */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with username and password
         * @description With `tenant`, signs a county user in; without, a platform user. Answers a session token and sets it as an HttpOnly, SameSite=Lax cookie. Wrong username or password is 401 with the same body either way; repeated failures per username and client, or from one client across usernames, are 429 with Retry-After.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: end the current session */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: the signed-in user or API key */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password (ends all your sessions, opens a new one)
         * @description A wrong current password is 422 naming `currentPassword`; repeated wrong ones for the account are 429 with Retry-After until the block ends.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List tenants */
        get: operations["listTenants"];
        put?: never;
        /** Create a tenant (a county) */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tenant's public facts (name, division code, time zone)
         * @description Public: consoles and embedded widgets read it before anyone signs in.
         */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/platform/tenants/{slug}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a tenant
         * @description Every route of the county, public ones and Open311 included, answers 404 and its users cannot sign in, until it is enabled again. Its data is kept. Audited.
         */
        post: operations["disableTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/platform/tenants/{slug}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled tenant again
         * @description The county serves again: its routes, public ones and Open311 included, and its users' sign-in. Audited.
         */
        post: operations["enableTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/platform/tenants/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a demo tenant and all its data
         * @description Only a tenant marked `demo` (the Mengcheng sample data) may be deleted; any other answers 409 with reason `tenant_not_demo` (disable it instead). The deletion is recorded in the platform audit trail.
         */
        delete: operations["deleteDemoTenant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county's settings: case number prefix, allowed widget origins, public intake limit */
        get: operations["getTenantSettings"];
        /**
         * Replace the county's settings
         * @description Replaces the whole settings document (a field left out takes its default). `allowedOrigins` are browser origins (scheme, host, optional port; no path) that may call the public API from the browser (CORS); a report sent from one of them is filed with channel `widget`. The change is audited as `tenant.settings`.
         */
        put: operations["updateTenantSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List county users */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create a county user
         * @description County admins create their colleagues; a platform admin creates a new county's first admin.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a county user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a county user (name, password, roles, scope, disabled)
         * @description A new password, new roles or scope, or disabling ends every session of that user.
         */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key for a machine client (shown once) */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List townships, streets and communities
         * @description `q` searches names and codes. Region staff see their own region and everything under it.
         */
        get: operations["listRegions"];
        put?: never;
        /**
         * Add a township, street or community
         * @description Townships and streets sit at the top (no parent); a community sits under a township or street. Codes are unique among active regions. Region staff add regions under their own region only.
         */
        post: operations["createRegion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/regions/tree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The whole active region tree, nested
         * @description Townships and streets with their communities; region staff get their own region as the single root. Archived regions are left out.
         */
        get: operations["getRegionTree"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a region */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        /**
         * Archive a region (soft delete)
         * @description Refused with 409 while active regions or compounds sit under it.
         */
        delete: operations["archiveRegion"];
        options?: never;
        head?: never;
        /**
         * Rename, recode or move a region
         * @description Moving a community to another township or street (`parentId`) moves everything under it too, compounds included.
         */
        patch: operations["updateRegion"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List residential compounds (小区)
         * @description `q` searches names and addresses. Each role sees its part: region staff their subtree, company staff the compounds their company serves, committee members their compound.
         */
        get: operations["listCompounds"];
        put?: never;
        /**
         * Add a compound (小区) to a community
         * @description `communityId` must be an active community (region staff: under their own region); a guarantor is a user of the county (`userId`) or a named person with a phone.
         */
        post: operations["createCompound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/compounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a compound with its grids */
        get: operations["getCompound"];
        put?: never;
        post?: never;
        /** Archive a compound (soft delete) */
        delete: operations["archiveCompound"];
        options?: never;
        head?: never;
        /** Change a compound; `grids` replaces its grids */
        patch: operations["updateCompound"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List property service companies
         * @description `q` matches the name or the unified social credit code. Company staff see only their own.
         */
        get: operations["listCompanies"];
        put?: never;
        /**
         * Register a property service company
         * @description The USCC must pass the GB 32100-2015 checks (422 naming `body.uscc`) and be free among active companies (409).
         */
        post: operations["createCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a property service company */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        /** Archive a property service company (soft delete) */
        delete: operations["archiveCompany"];
        options?: never;
        head?: never;
        /** Change a property service company */
        patch: operations["updateCompany"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List property service contracts
         * @description `q` matches the company, the compound or the project manager. Region staff see the contracts of compounds in their subtree, company staff their company's, committee members their compound's.
         */
        get: operations["listContracts"];
        put?: never;
        /**
         * Record a property service contract
         * @description The company and the compound must exist, be active and (the compound) lie within the caller's region (422 naming the field). A compound has at most one contract at a time: overlapping dates are 409 naming `body.startsOn`. The project manager becomes the first entry of its history.
         */
        post: operations["createContract"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a property service contract */
        get: operations["getContract"];
        put?: never;
        post?: never;
        /** Archive a contract (soft delete) */
        delete: operations["archiveContract"];
        options?: never;
        head?: never;
        /**
         * Change a contract (dates, fee standard, project manager)
         * @description A new project manager is appended to the contract's history. New dates must not overlap another contract of the compound (409 naming `body.startsOn`).
         */
        patch: operations["updateContract"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/contracts/{id}/project-managers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The project managers of a contract over time
         * @description Append-only history, oldest first: the first entry is the manager the contract was recorded with.
         */
        get: operations["listContractProjectManagers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List owners' committees
         * @description `q` matches the compound's name; `inTerm` is judged on today in the county's time zone.
         */
        get: operations["listCommittees"];
        put?: never;
        /**
         * Record an owners' committee
         * @description The compound must exist, be active and lie within the caller's region (422 naming `body.compoundId`). A compound has at most one committee in term: an overlapping term is 409 naming `body.formedOn`.
         */
        post: operations["createCommittee"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/committees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an owners' committee */
        get: operations["getCommittee"];
        put?: never;
        post?: never;
        /** Archive an owners' committee (soft delete) */
        delete: operations["archiveCommittee"];
        options?: never;
        head?: never;
        /**
         * Change an owners' committee (term, members)
         * @description `members` replaces the whole list. A new term must not overlap another committee of the compound (409).
         */
        patch: operations["updateCommittee"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/party-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List party organisations
         * @description `q` matches the name. The id filters select what an organisation is attached to.
         */
        get: operations["listPartyOrgs"];
        put?: never;
        /**
         * Record a party organisation
         * @description What it attaches to must exist, be active and lie within the caller's region; a communityCommittee attaches to a community (422 naming the field). Company branches are recorded by county administrators only.
         */
        post: operations["createPartyOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/party-orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a party organisation */
        get: operations["getPartyOrg"];
        put?: never;
        post?: never;
        /** Archive a party organisation (soft delete) */
        delete: operations["archivePartyOrg"];
        options?: never;
        head?: never;
        /** Change a party organisation (name, member count, formation date) */
        patch: operations["updatePartyOrg"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the department roster (8+N) */
        get: operations["listDepartments"];
        put?: never;
        /** Add a department to the roster */
        post: operations["createDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/departments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a department */
        get: operations["getDepartment"];
        put?: never;
        post?: never;
        /** Archive a department (soft delete) */
        delete: operations["archiveDepartment"];
        options?: never;
        head?: never;
        /** Change a department (name, kind, contact) */
        patch: operations["updateDepartment"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/mechanism": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get the tenant's current mechanism */
        get: operations["getMechanism"];
        /**
         * Replace the mechanism with a new version
         * @description Validates the whole document: its schema, categories' departments within the roster, every roster code an active department of the registry, every policy known to this deployment and each policy's config against its schema. Every error is named at once (`body.<path>`). The previous versions stay; the change is audited.
         */
        put: operations["updateMechanism"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/mechanism/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the mechanism's versions, newest first
         * @description Without their documents: read one with `GET mechanism/versions/{n}`.
         */
        get: operations["listMechanismVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/mechanism/versions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one version of the mechanism */
        get: operations["getMechanismVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the policies (rules) with their config schema and state
         * @description Every policy this deployment has (the built-ins, then its plugins), with its config JSON Schema, defaults, what it judges today, and whether and how the tenant's current mechanism enables it.
         */
        get: operations["listPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List evaluation runs, newest first */
        get: operations["listEvaluations"];
        put?: never;
        /**
         * Evaluate a period: run every enabled policy and store its findings
         * @description Judges the registry as of the period's last day (or today, when the period is not over) with the current mechanism. Re-running a period replaces that period's findings.
         */
        post: operations["createEvaluation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List findings, filtered by period, policy, region subtree and severity
         * @description The findings of each period's latest evaluation, in the order the policies returned them. Region staff see the findings of their own subtree only.
         */
        get: operations["listFindings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List property-management bodies (物业管理机构)
         * @description `q` searches names. Region staff see the bodies of their subtree.
         */
        get: operations["listBodies"];
        put?: never;
        /**
         * Register a property-management body (物业管理机构)
         * @description At a region (`regionId`) or a compound (`compoundId`), exactly one. Region staff register in their own subtree; a unit outside it is 422 like an unknown one.
         */
        post: operations["createBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/bodies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a property-management body */
        get: operations["getBody"];
        put?: never;
        post?: never;
        /** Archive a body (soft delete) */
        delete: operations["archiveBody"];
        options?: never;
        head?: never;
        /** Change a body (level, unit, name, contact) */
        patch: operations["updateBody"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the staff of the teams (三支队伍)
         * @description `q` searches names and phones. Region staff see the staff of their subtree.
         */
        get: operations["listStaff"];
        put?: never;
        /**
         * Register a staff member of a team (专职人员)
         * @description At a region (`regionId`) or a compound (`compoundId`), exactly one. Region staff register in their own subtree; a unit outside it is 422 like an unknown one.
         */
        post: operations["createStaff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a staff member */
        get: operations["getStaff"];
        put?: never;
        post?: never;
        /** Archive a staff member (soft delete) */
        delete: operations["archiveStaff"];
        options?: never;
        head?: never;
        /** Change a staff member (team, unit, phone, account) */
        patch: operations["updateStaff"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/venues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List venues for consultation and mediation (阵地)
         * @description `q` searches names and addresses. Region staff see the venues of their subtree.
         */
        get: operations["listVenues"];
        put?: never;
        /**
         * Register a venue for consultation and mediation (阵地)
         * @description At a region (`regionId`) or a compound (`compoundId`), exactly one. Region staff register in their own subtree; a unit outside it is 422 like an unknown one.
         */
        post: operations["createVenue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/venues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a venue */
        get: operations["getVenue"];
        put?: never;
        post?: never;
        /** Archive a venue (soft delete) */
        delete: operations["archiveVenue"];
        options?: never;
        head?: never;
        /** Change a venue (level, unit, address, area, purpose) */
        patch: operations["updateVenue"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/compounds/{id}/guarantor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign the guarantor of a whole compound (包保责任人) */
        put: operations["setCompoundGuarantor"];
        post?: never;
        /** Remove the guarantor of a compound */
        delete: operations["clearCompoundGuarantor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/compounds/{id}/grids/{gridId}/guarantor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign the guarantor of one grid */
        put: operations["setGridGuarantor"];
        post?: never;
        /** Remove the guarantor of one grid */
        delete: operations["clearGridGuarantor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/kpis/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The three 100% goals: service coverage, committee formation, party organisation formation
         * @description For the county, or the subtree of `regionId`, on the day `on`, with the same figures for each direct child region. Region staff read their own subtree (their region by default); department officers read the whole county.
         */
        get: operations["getCoverageKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/kpis/mechanism": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Mechanism completeness: bodies, dedicated staff, venues, guarantors present of required
         * @description Per level of the current mechanism, for the county or the subtree of `regionId`, with the same figures for each direct child region. A unit's surplus does not hide another's gap. Region staff read their own subtree (their region by default).
         */
        get: operations["getMechanismKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/kpis/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Case KPIs: response, resolution and satisfaction rates, overdue cases, volumes and their trend
         * @description The three rates (三率) of a period against the county's targets, open cases past a deadline now, cases received by category, kind and month, and the change against the previous period of the same length. Period boundaries are midnights in the tenant's time zone. Figures cover the cases the caller may see (as in the case list: region staff their subtree, a department officer the cases whistled to the department), narrowed to `regionId`'s subtree when given; a region outside the caller's part answers 404.
         */
        get: operations["getCaseKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/imports/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import compounds from a CSV file (dry run unless commit=true)
         * @description Columns, by API name or Chinese name (unknown columns are refused):
         *
         *     - `name` / `名称` / `小区名称` (required): The compound's name.
         *     - `address` / `地址` / `小区地址` (required): Street address.
         *     - `community` / `communityId` / `社区` / `所属社区` (required): The community: its name, code or id (an ambiguous name is a row error).
         *     - `serviceMode` / `物业服务方式` (required): professional | selfManaged | none, or 专业化物业服务 / 自管 / 无 (and common spellings).
         *     - `households` / `户数` (required): Households.
         *     - `buildings` / `楼栋数` (required): Buildings.
         *     - `residentPartyMembers` / `居住党员数`: Party members living in the compound (default 0).
         *     - `lat` / `纬度`: Latitude (with lng).
         *     - `lng` / `经度`: Longitude (with lat).
         *
         *     Region staff import into the communities of their subtree; a community elsewhere is a row error. A compound repeated in the file, or already registered under the same name in the same community, is a row error.
         */
        post: operations["importCompounds"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/imports/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import property companies from a CSV file (dry run unless commit=true)
         * @description Columns, by API name or Chinese name (unknown columns are refused):
         *
         *     - `name` / `企业名称` / `名称` (required): The company's name.
         *     - `uscc` / `统一社会信用代码` (required): Unified social credit code (18 characters, GB 32100-2015).
         *     - `legalRepresentative` / `法定代表人` (required): Legal representative.
         *     - `phone` / `联系电话` (required): Mobile or landline.
         *     - `local` / `是否本地` / `是否本地企业`: 是 / 否 or true / false (default 是).
         *     - `partyMembers` / `党员数`: Party members among the staff (default 0).
         *
         *     County administrators only. A USCC repeated in the file, or held by an active company already, is a row error.
         */
        post: operations["importCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List cases, newest first, with filters
         * @description Cases the caller may see: the county all, region staff their subtree, a department's officers the cases whistled to it, company staff and committee members those of their compounds.
         */
        get: operations["listCases"];
        put?: never;
        /**
         * File a case for a resident (hotline, inspection, walk-in)
         * @description Files a case in a compound: it goes to the compound's community and the grid's guarantor (else the compound's), gets a number such as `MC-2026-000123` and deadlines from its category. Region staff file only for compounds in their subtree.
         */
        post: operations["createCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a case with its timeline
         * @description A case outside the caller's part of the county answers 404, as if it did not exist.
         */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record first contact with the reporter (第一时间联系)
         * @description The community reached whoever reported the case; whether it was within the first-contact deadline is kept in the event.
         */
        post: operations["contactCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a case (on the spot, or after the departments completed)
         * @description From `contacted` the case is resolved on the spot (就地解决); from `completed` after every summoned department completed.
         */
        post: operations["resolveCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{id}/whistle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whistle departments to a case (吹哨)
         * @description Summons departments of the roster: those named in `departmentIds`, else the category's default departments. Each must check in (报到) by its deadline.
         */
        post: operations["whistleCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{id}/departments/{departmentId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A summoned department checks in (报到)
         * @description An officer of the department (or community or county staff on its behalf) reports in. Officers check in only for their own department.
         */
        post: operations["checkInCaseDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{id}/departments/{departmentId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A department reports what it did (办结)
         * @description After checking in, the department reports its outcome. Officers complete only for their own department.
         */
        post: operations["completeCaseDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the reporter's rating
         * @description Satisfied, basically satisfied or unsatisfied. Where the complaintHandling policy says so, an unsatisfied rating reopens the case in a new round with fresh deadlines.
         */
        post: operations["rateCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a resolved case
         * @description Closes a resolved or rated case.
         */
        post: operations["closeCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reopen a case on a new report
         * @description Starts a new round with fresh deadlines, within the complaintHandling policy's reopen window after resolution; later, file a new case.
         */
        post: operations["reopenCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/cases/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a case as a duplicate or invalid
         * @description Only before it is resolved; the reason is kept in the event.
         */
        post: operations["cancelCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/public/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A resident reports a problem (no login)
         * @description For residents and the embeddable widget; no credentials. Answers only the case number and a tracking code. Rate-limited per client (the county's `publicIntake.perMinute`, default 20 a minute; 429 with Retry-After). Send an `Idempotency-Key` so that a retried submission never files a second case: the same key and body get the first answer (header `Idempotent-Replayed: true`), the same key with another body is 422. A report from one of the county's allowed origins is filed with channel `widget`, else `web`. The hidden `website` field is a honeypot: when it is filled the answer looks the same but nothing is filed.
         */
        post: operations["filePublicCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/public/cases/{trackingCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a case by its tracking code (no login)
         * @description Status and a public timeline: what happened and when, never who (no reporter, phone, staff names, notes or department outcomes). An unknown code is 404. Rate-limited per client (the county's `publicReads.perMinute`, default 120 a minute; 429 with Retry-After).
         */
        get: operations["getPublicCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/public/cases/{trackingCode}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The resident rates the outcome of a resolved case (no login)
         * @description Only a resolved case can be rated (409 naming the current status otherwise), once. An unsatisfied rating reopens the case when the county's complaintHandling policy says so. Rate-limited per client like reports.
         */
        post: operations["ratePublicCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/public/compounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a compound by its name, address or community (no login)
         * @description For the complaint widget's compound picker; no credentials. Active compounds whose name, address or community name contains `q` (case-insensitive), a page at a time (at most 50). No personal data: no guarantor, no phone, no committee. Rate-limited per client (the county's `publicReads.perMinute`, default 120 a minute; 429 with Retry-After).
         */
        get: operations["searchPublicCompounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/public/intake": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a complaint form shows: the county's name, its case categories and privacy text (no login)
         * @description For the complaint widget; no credentials. The categories of the county's current mechanism (the codes `POST /public/cases` accepts) and the link to its privacy text (the `privacyUrl` setting). Rate-limited per client (the county's `publicReads.perMinute`).
         */
        get: operations["getPublicIntakeForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/public/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The county's or a township's public figures: 三率 and the three 100% rates (no login)
         * @description For the KPI widget; no credentials. Aggregates only: the response, resolution and satisfaction rates of the period with the county's targets, the number of cases received, and today's service coverage, committee formation and party organisation formation rates. Nothing per case or per person. `regionId` must be one of the county's townships or streets (listed in `regions`), else 404 naming `query.regionId`. Rate-limited per client (the county's `publicReads.perMinute`).
         */
        get: operations["getPublicKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List meetings, filtered by level, kind, status, unit and date
         * @description Newest first (by creation), without resolutions (get one meeting for them). The county sees every meeting; region staff those at units of their subtree; company staff those of compounds under their company's contracts and those their company takes part in; committee members those of their compound and those its committee takes part in.
         */
        get: operations["listMeetings"];
        put?: never;
        /**
         * Plan a meeting (联席会商 / 重大事项议事 / 矛盾纠纷调处)
         * @description Status planned. The level must be one of the county's mechanism and match its unit: a township or street (`regionId`), a community (`regionId`) or a compound (`compoundId`); region staff plan at units of their subtree (another unit is 422 like an unknown one). The convenor, venue and participants must be active units of the county; agenda matters are fee, service, fundUse, other or a major matter of the county's partyLeadership config.
         */
        post: operations["createMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a meeting with its resolutions
         * @description A meeting the caller does not see answers 404.
         */
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a planned meeting
         * @description Only while planned (else 409 with `currentStatus` and `allowedActions`); checked like a new meeting. `venueId: null` clears the venue.
         */
        patch: operations["updateMeeting"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/meetings/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a planned meeting as held (minutes, attendance)
         * @description planned → held. `participants` replaces the planned list, each with its `attended` flag: the partyLeadership guard reads who attended when resolutions are recorded. `heldAt` defaults to now and is not in the future.
         */
        post: operations["holdMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/meetings/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a held meeting
         * @description held → closed: no more resolutions are recorded; the existing ones are still followed up and marked done.
         */
        post: operations["closeMeeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/meetings/{id}/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record resolutions of a held meeting (决议); each becomes a task
         * @description The meeting must be held (else 409). Each resolution is put to the enabled policies as `meeting.resolution.adopt`: partyLeadership refuses a major matter (fee, service, fund use by default) unless the community party organisation convened the meeting and the required participants attended (the compound's party branch, owners' committee and property company, as far as the compound has them), answering 422 with the policy's reason in Chinese and English. All resolutions are kept or none. Each becomes a responsibility-list task (source `meetingResolution`) of its owner unit, due on its due date; region staff name owners of their subtree or county units (departments, companies).
         */
        post: operations["addMeetingResolutions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/meetings/{id}/resolutions/{rid}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a resolution done (落实)
         * @description While the meeting is held or after it closed. Marking a done resolution again changes nothing. The resolution's task follows its own loop (`/tasks`).
         */
        post: operations["completeMeetingResolution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List disclosures, newest first
         * @description The county sees all; region staff those of compounds in their part (and companies' own disclosures when the company serves a compound there); company staff their company's and those of the compounds it serves; a committee member their compound's. Withdrawn ones only with `includeWithdrawn=true`.
         */
        get: operations["listDisclosures"];
        put?: never;
        /**
         * Publish a disclosure (信息公示)
         * @description Published now, by the caller. The county publishes for any compound or company; region staff for compounds of their part of the county; company staff only as their own company (`companyId`), for compounds it serves under an active contract; a committee member for their own compound (without a company). An item outside the county's informationDisclosure config → 422 `body.item` listing the allowed ones; a period off the item's cadence → 422 `body.period`.
         */
        post: operations["createDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/disclosures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a disclosure */
        get: operations["getDisclosure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/disclosures/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a disclosure (撤回), with a reason
         * @description It leaves the public board and no longer counts for the informationDisclosure policy; the record stays. The county, whoever published it, the company a company disclosure names, or — for a disclosure without a company — the compound's committee members and the region staff over it. Already withdrawn → 409.
         */
        post: operations["withdrawDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/public/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The disclosure board of a compound or a company (no login)
         * @description For residents and the disclosure-board widget; no credentials. Published, not withdrawn disclosures of the compound and/or the company, newest first. No personal data: not who published it. Without `compoundId` or `companyId` → 400 naming `query.compoundId`. Rate-limited per client (the county's `publicReads.perMinute`, default 120 a minute; 429 with Retry-After).
         */
        get: operations["listPublicDisclosures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks, filtered by owner unit, status, overdue and source
         * @description Newest first. The county sees every task; region staff the tasks of their subtree and those they issued; a department officer, company staff or committee member their own unit's.
         */
        get: operations["listTasks"];
        put?: never;
        /**
         * Issue a task to a unit (责任清单 交办)
         * @description The owner unit (a region, department, company or owners' committee) must exist and be active; region staff task regions and committees of their subtree, and any department or company. The due date is not before today (the county's date); milestones are due by it. A task from a case (`source: case`) names the case in `sourceId`.
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task with its timeline
         * @description The task and every event of its loop, oldest first. A task the caller does not see answers 404.
         */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a task (title, description, due date, milestones, assignee)
         * @description The issuer's side changes a task until it is verified (then 409). `milestones` replaces the list; a milestone kept under the same title keeps its `doneAt`. A new due date is not before today, and every milestone is due by it.
         */
        patch: operations["updateTask"];
        trace?: never;
    };
    "/v1/tenants/{tenant}/tasks/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start work on a task (owner: 开始办理)
         * @description The owning unit starts: open → inProgress. Another unit's people get 403; a task the caller does not see, 404.
         */
        post: operations["startTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/tasks/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a task as done (owner: 提交报结)
         * @description The owning unit submits its work: inProgress → submitted. Submitted by the end of the due day (the county's date) counts as on time once verified. Another unit's people get 403; a task the caller does not see, 404.
         */
        post: operations["submitTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/tasks/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a submitted task back (issuer: 退回重办)
         * @description The issuer refuses the submission with a reason: submitted → inProgress. The reason is kept in the event; the next submission is the one that counts. Another unit's people get 403; a task the caller does not see, 404.
         */
        post: operations["sendBackTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/tasks/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a submitted task (issuer: 核验)
         * @description The issuer accepts the work: submitted → verified. Another unit's people get 403; a task the caller does not see, 404.
         */
        post: operations["verifyTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/tasks/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a verified task (issuer: 销号)
         * @description The issuer closes the loop: verified → closed. Another unit's people get 403; a task the caller does not see, 404.
         */
        post: operations["closeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/tasks/{id}/milestones/{index}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a milestone of a task done (owner)
         * @description The owning unit reports a milestone done, while the task is neither verified nor closed (then 409). Milestones are numbered from 0 in the order of the task's list; marking a done one again changes nothing.
         */
        post: operations["completeTaskMilestone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/findings/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a finding into a task (整改任务)
         * @description Source `finding`: the finding's Chinese message becomes the title and its region the task's. `ownerUnit` may be left out when the finding's subject is a region, department, company or committee (the subject then owns it); otherwise it is 422 naming `body.ownerUnit`. One task per finding: a second call is 409 naming the existing `taskId`. Region staff convert the findings of their subtree; other findings answer 404. Re-running an evaluation replaces its period's findings, so a task keeps the id of a finding that may no longer be listed.
         */
        post: operations["createTaskFromFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/kpis/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * On-time completion of tasks per owner unit (责任清单按时完成率)
         * @description For the tasks the caller sees (as in the task list) that are due in the period: per owner unit, completed on time, late, open and overdue, and the on-time rate, worst first.
         */
        get: operations["getTaskKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/lifecycle-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List lifecycle events, filtered by compound, kind, status and region
         * @description Newest first. Scoped as compounds are: the county sees all; region staff their subtree's compounds; company staff the compounds they serve; a committee member their compound.
         */
        get: operations["listLifecycleEvents"];
        put?: never;
        /**
         * Start a lifecycle event at a compound (全过程参与)
         * @description Company selection, contract renewal, committee election or change, handover or a major repair. Its steps, and who signs each, are fixed from the wholeProcessParticipation policy's config at this moment. Region staff start events only at compounds of their subtree (any other compound is 422 naming `body.compoundId`).
         */
        post: operations["createLifecycleEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/lifecycle-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a lifecycle event: its steps, their sign-offs and what is missing */
        get: operations["getLifecycleEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/lifecycle-events/{id}/sign-offs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a participant's sign-off on a step (签字确认)
         * @description Append-only, with the actor and the time. The step must be one of the event's (422 naming `body.step`) and the participant one it asks for (422 naming `body.participant`); a second sign-off of the same step and participant is 409, as is any sign-off on an event that is not open. The signing unit, when named, must be that participant's unit for the compound (422 naming `body.unitId`); a community signs as the compound's community when it names none. Community staff do not sign for the township or street office (403).
         */
        post: operations["signOffLifecycleEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/lifecycle-events/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a lifecycle event (办结)
         * @description open → completed. While the wholeProcessParticipation policy is enabled and the kind is `required`, every sign-off the steps ask for must be recorded: otherwise 409 with `missing` (step, participant, label) and `reason` in Chinese and English. A kind that is not required completes anyway, and the evaluation reports it (`wentAheadWithoutSignOff`).
         */
        post: operations["completeLifecycleEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/lifecycle-events/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a lifecycle event, with a reason
         * @description open → cancelled; 409 when it is not open. The reason is stored with the event (`cancelReason`, `cancelledAt`) and in the audit trail.
         */
        post: operations["cancelLifecycleEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/excellence/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List excellent-project nominations, by year, level and status
         * @description Oldest first. The county sees every nomination; region staff those of compounds in their subtree; company staff their company's.
         */
        get: operations["listNominations"];
        put?: never;
        /**
         * Nominate a contract for a municipal or provincial excellent project (申报市优/省优)
         * @description County administrators nominate any contract; company staff their own company's (another contract is 422 naming `body.contractId`, as if it did not exist). The contract must not be archived and must run in `year` (422 naming `body.year`); `level` must be one the county's cultivateExcellence config lists (`candidates.levels`, 422 naming `body.level`). Once per contract, level and year: a second nomination is 409 with `existingId`, whatever the first one's status.
         */
        post: operations["createNomination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/excellence/nominations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a nomination with the current evaluation of its criteria
         * @description The evaluation judges the contract for the nomination's year as of its last day (or today while it runs), by the county's cultivateExcellence config; `history` lists the nomination and each decision with its actor, time and note (a rejection's reason).
         */
        get: operations["getNomination"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/excellence/nominations/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a nomination (撤回申报)
         * @description The applicant side: company staff of the contract's company, or a county administrator. nominated → withdrawn; the contract cannot be nominated again for that level and year.
         */
        post: operations["withdrawNomination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/excellence/nominations/{id}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Award a nomination (评定为市优/省优项目)
         * @description County administrators only. nominated → awarded. The decision is audited with the criteria as they stood at that moment.
         */
        post: operations["awardNomination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/excellence/nominations/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a nomination, with a reason (不予评定)
         * @description County administrators only. nominated → rejected; the reason is kept in the nomination's history. The decision is audited with the criteria as they stood at that moment.
         */
        post: operations["rejectNomination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/excellence/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Contracts of a year judged by the excellent-project criteria, with the evidence
         * @description Every contract (not archived) running at some time in `year` that the caller may see (region staff: their subtree's compounds; company staff: their company's), judged as of the year's last day (or today while it runs) by the county's cultivateExcellence config: no case overdue longer than `criteria.maxOverdueCaseAgeDays`, satisfaction at least `candidates.minSatisfactionRate`, disclosures complete, the project manager in post at least `criteria.minProjectManagerMonths`, credit grade at least `criteria.minCreditGrade`. The credit grade is the company's on the assessment day from its credit file (信用档案; a company without records has the base score's grade). A criterion without data is `notEvaluable`, never a silent pass: such contracts meeting the rest are `pending`.
         */
        get: operations["listExcellenceCandidates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/credit/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rank companies by credit score (信用排名)
         * @description Every active company with its score and grade on `on` (default today in the tenant's zone), best score first, then name; `grade` keeps one grade. Score = base (default 80) + good − bad points of the records in force; grades by the tenant's bands (default AAA ≥ 85, AA ≥ 80, A ≥ 70, B ≥ 60; C below 60 with a bad record in force, B below 60 without). Company staff see their own company only.
         */
        get: operations["rankCreditCompanies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/credit/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A company's credit file (信用档案): score, grade, records in force, history
         * @description Score and grade on `on` (default today in the tenant's zone). A record counts when effectiveOn ≤ on ≤ expiresOn and it was not revoked on or before `on` (tenant zone). `history` holds every record, revoked and expired ones too, newest effective first. Company staff read only their own company's file (another is 404).
         */
        get: operations["getCreditFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/credit/companies/{id}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A company's credit records, newest filed first
         * @description Filters: `kind`, `source`; revoked records only with `includeRevoked=true`. Company staff read only their own company's (another is 404).
         */
        get: operations["listCreditRecords"];
        put?: never;
        /**
         * File a credit record (good or bad) for a company
         * @description County administrators file any record; department officers only `source: administrativePenalty` (403 naming `body.source` otherwise). `points` is positive, `kind` says whether it adds or deducts. `expiresOn` defaults to `validityMonths` (12) after `effectiveOn`, and must not precede it. An administrative penalty is `bad` and needs `penalty` with `decisionNumber`, `authority`, `fine` (万元, ≥ 0; 0 for a warning) and optionally `decidedOn` (defaults to `effectiveOn`), `authorityUscc`, `penaltyType`, `cause`, `basis`, `content`, `legalRepresentative` (when it differs from the register), `note`; other sources take no `penalty`. `public` (default true) puts it on the public credit board. Audited as `credit.record`.
         */
        post: operations["createCreditRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/credit/records/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a credit record, with a reason (records are never deleted)
         * @description County administrators. The record stops counting from the day of the revocation (tenant zone) and stays in the history with `revokedAt` and `revokeReason`; a second revocation is 409. Audited as `credit.revoke`.
         */
        post: operations["revokeCreditRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/credit/companies/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * May the company bid, or be put up for an award? (招投标 / 评优评先)
         * @description By the tenant's credit config on `on` (default today). Bidding: grades in `excludedGrades` (default C) and a bad record in force of a blacklist category (default `blacklist`) exclude. Awards: a grade below `minGrade` (default A) or a blacklist record excludes. `reasons` says why not (code, zh, en); companies at the joint-incentive grade (default AAA) that are allowed get the tenant's `incentives` (联合激励). Company staff ask only about their own company (another is 404).
         */
        get: operations["getCreditEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/public/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public credit board (信用公示, no login)
         * @description Every active company's name, USCC, score and grade today (best first), with its records marked public that are in force: kind, category, points, source, effectiveOn, expiresOn and, for administrative penalties, the decision number, authority and decision date. No personal data: no evidence text, no users, no legal representative. Rate-limited per client (the county's `publicReads.perMinute`, default 120 a minute; 429 with Retry-After).
         */
        get: operations["getPublicCreditBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/credit/exports/penalties.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Administrative penalties in the 双公示 layout (Credit China), as CSV
         * @description County administrators. Records of source `administrativePenalty`, not revoked, decided (`penalty.decidedOn`) in [from, to], oldest decision first. `text/csv; charset=utf-8`, UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting (a field holding a comma, quote or line break is quoted, quotes doubled); dates YYYY-MM-DD; fines in 万元 as plain decimals. Values are written unaltered (no spreadsheet formula guard, so the file uploads as decided). Columns, in order (导出字段):
         *
         *     - `CF_WSH` 行政处罚决定书文号 — Number of the penalty decision. From: penalty.decisionNumber.
         *     - `CF_XDR_MC` 行政相对人名称 — Name of the party penalised (the company). From: company.name.
         *     - `CF_XDR_SHXYM` 行政相对人代码_统一社会信用代码 — Unified social credit code of the company. From: company.uscc.
         *     - `CF_FRDB` 法定代表人 — Legal representative. From: penalty.legalRepresentative, else company.legalRepresentative.
         *     - `CF_CFLB` 处罚类别（如警告、罚款） — Kind of penalty (e.g. 警告 warning, 罚款 fine). From: penalty.penaltyType, else 罚款 with a fine above 0 and 警告 without.
         *     - `CF_SY` 违法事实（处罚事由） — Facts of the violation (cause). From: penalty.cause, else record.category.
         *     - `CF_YJ` 处罚依据 — Legal basis of the penalty. From: penalty.basis.
         *     - `CF_NR` 处罚内容 — Content of the penalty. From: penalty.content.
         *     - `CF_NR_FK` 罚款金额（万元） — Fine in 万元 (10,000 yuan). From: penalty.fine, as a plain decimal (0 for none).
         *     - `CF_JDRQ` 处罚决定日期（YYYY-MM-DD） — Date of the decision (YYYY-MM-DD). From: penalty.decidedOn.
         *     - `CF_YXQ` 处罚有效期（YYYY-MM-DD） — End of the penalty's validity (YYYY-MM-DD). From: record.expiresOn.
         *     - `CF_CFJG` 处罚机关 — Authority that decided. From: penalty.authority.
         *     - `CF_CFJGDM` 处罚机关统一社会信用代码 — Unified social credit code of the authority. From: penalty.authorityUscc.
         *     - `CF_SJLY` 数据来源单位 — Data source. From: credit config export.dataSource, else the tenant's name + 物业管理信用平台.
         *     - `CF_SJLYDM` 数据来源单位代码 — Code of the data source. From: credit config export.dataSourceCode (the national standard asks for the source unit's unified social credit code), else the tenant's division code.
         *     - `BZ` 备注 — Note. From: penalty.note.
         */
        get: operations["exportCreditPenalties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessment-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List assessment templates (考核细则): the latest version of each code */
        get: operations["listAssessmentTemplates"];
        put?: never;
        /**
         * Create an assessment template (a new code, version 1)
         * @description Validated whole: the schema, then every source against its rule and the target kind (coverage for regions, credit.bad for companies), unique item and veto ids, the pass line within the items' total and bands from the highest minimum down; each error names its path (`body.items.2.rule.from`). A code that exists is 409: PUT a new version. Audited.
         */
        post: operations["createAssessmentTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessment-templates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Write the next version of an assessment template
         * @description Validated like a new template (422 naming each path, e.g. `body.items.2.rule.from`). Earlier versions stay, and assessments keep the versions they were computed with. Audited.
         */
        put: operations["updateAssessmentTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessment-templates/{code}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List every version of an assessment template, newest first */
        get: operations["listAssessmentTemplateVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessment-templates/{code}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one version of an assessment template */
        get: operations["getAssessmentTemplateVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List assessments, newest period first (every revision) */
        get: operations["listAssessments"];
        put?: never;
        /**
         * Compute a draft assessment (月通报 / 季度考核 / 年终评比) of a period
         * @description The period must match the kind (a month, a quarter, a year: else 422 naming `body.period`). Every target of every active template (or of the codes in `templates`) is scored from the period's data: the policies judged in memory (no findings stored), cases, coverage on the period's judging day, tasks and credit records; each item shows the figures it came from, and the same data gives the same scores. Companies are those with a contract running in the period; townships and streets; communities. Ranks per template, grade bands, and the change against the previous published assessment of the same kind. One per kind and period: 409 with `existingId`.
         */
        post: operations["createAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an assessment with its scorecards, by rank
         * @description The county sees every card; region staff the cards of townships and communities in their subtree; company staff only their own company's card.
         */
        get: operations["getAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessments/{id}/scorecards/{scorecardId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enter an inspector's score and evidence for a manual item
         * @description Drafts only (409 otherwise). The score lies within 0..the item's points (422 naming `body.score`); a computed item is 422. The card's total, grade and pass, and the ranks of its template, are recomputed. Audited.
         */
        put: operations["scoreAssessmentItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessments/{id}/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Recompute a draft from the current data (manual entries kept)
         * @description Drafts only: 409 for a published or superseded assessment. Audited.
         */
        post: operations["recomputeAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessments/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft: an immutable snapshot, with its results applied
         * @description Every manual item must be entered (409 listing `pending`). The database keeps a published assessment and its scorecards as they were. Results, by the tenant's assessment policy config (`resultsToCredit`, `results`): in an annual assessment the top companies get a good credit record and failing or vetoed companies a bad one (source `assessment`); every template's ranking is recorded. Publishing a revision supersedes the assessment it revises and revokes that one's credit records, so no record is doubled. Audited.
         */
        post: operations["publishAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessments/{id}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a published assessment: a new draft revision with a reason
         * @description Published only (409 otherwise, and while a draft revision exists). The revision (revision + 1, `revisesId`) is recomputed from the current data with the same template versions and keeps the manual entries; publishing it supersedes this one. Both stay readable. Audited.
         */
        post: operations["reviseAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenant}/assessments/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The report of an assessment: a printable page (HTML) or CSV
         * @description The report people read and the county circulates (月通报 / 季度考核 / 年终评比).
         *
         *     - Default `text/html; charset=utf-8`: a self-contained printable page in Chinese (A4 print styles, system fonts, no scripts or external resources): title from kind, period and county; period and status (a draft carries a 草稿 watermark; a superseded revision links to the current one); per template the ranking (rank, target, total, grade, change against the previous period, pass / veto), two inline SVG charts (totals per target; current against previous), and each target's items with the figures its score came from.
         *     - `?format=csv`: `text/csv; charset=utf-8`, UTF-8 with BOM, CRLF, one row per target per item: 考核, 期间, 考核细则, 名次, 考核对象, 总分, 等级, 考核项目, 分值, 得分 (`?lang=en`: Assessment, Period, Template, Rank, Target, Total, Grade, Item, Points, Score). Text a spreadsheet would read as a formula is prefixed with `'`.
         *
         *     Who reads what: county administrators read every assessment, drafts included. Once published, the report is the county-wide bulletin: region staff (the whole county, not only their subtree), department officers and committee members read it whole; company staff read only their own company's scorecards. Drafts, unknown ids and other tenants' assessments are 404.
         */
        get: operations["getAssessmentReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            /** @example urn:propgov:problem:unprocessable */
            type: string;
            /** @example Unprocessable content */
            title: string;
            /** @example 422 */
            status: number;
            /** @example body.username: Use letters, digits and . _ @ - only. */
            detail: string;
            /**
             * @example unprocessable
             * @enum {string}
             */
            code: "bad_request" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "unprocessable" | "payload_too_large" | "rate_limited" | "unavailable" | "internal";
            /** @example req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0 */
            requestId: string;
            /**
             * @example [
             *       {
             *         "path": "body.username",
             *         "message": "Use letters, digits and . _ @ - only."
             *       }
             *     ]
             */
            errors?: {
                path: string;
                message: string;
            }[];
            /**
             * @description A machine-readable reason, e.g. `case_not_whistleable` for a refused transition (409) or `policy_guard` when a rule refuses an action (422): switch on it rather than on `detail`.
             * @example case_not_whistleable
             */
            reason?: string;
            /**
             * @description A refused transition (409): the status the resource is in.
             * @example closed
             */
            currentStatus?: string;
            /**
             * @description A refused transition (409): what the resource accepts now.
             * @example [
             *       "reopen"
             *     ]
             */
            allowedActions?: string[];
            /** @description Why a rule (policy) refused, in Chinese and English. */
            explanation?: {
                zh: string;
                en: string;
            };
        };
        /**
         * @example {
         *       "token": "ses_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0.k3m9x2…",
         *       "expiresAt": "2026-12-26T08:00:00.000Z",
         *       "user": {
         *         "id": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "username": "admin",
         *         "displayName": "县住房发展中心管理员",
         *         "roles": [
         *           "countyAdmin"
         *         ],
         *         "scope": null,
         *         "tenant": {
         *           "id": "ten_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "slug": "mengcheng",
         *           "name": "蒙城县"
         *         }
         *       }
         *     }
         */
        Session: {
            /** @description Send as `Authorization: Bearer <token>`; also set as an HttpOnly cookie. */
            token: string;
            expiresAt: string;
            user: components["schemas"]["SessionUser"];
        };
        /**
         * @example {
         *       "id": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "username": "admin",
         *       "displayName": "县住房发展中心管理员",
         *       "roles": [
         *         "countyAdmin"
         *       ],
         *       "scope": null,
         *       "tenant": {
         *         "id": "ten_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "slug": "mengcheng",
         *         "name": "蒙城县"
         *       }
         *     }
         */
        SessionUser: {
            id: string;
            username: string;
            displayName: string;
            roles: ("countyAdmin" | "regionStaff" | "departmentOfficer" | "companyStaff" | "committeeMember" | "platformAdmin")[];
            scope: {
                regionId?: string;
                departmentId?: string;
                companyId?: string;
                compoundId?: string;
            } | null;
            tenant: {
                id: string;
                slug: string;
                name: string;
            } | null;
        };
        /**
         * @example {
         *       "tenant": "mengcheng",
         *       "username": "admin",
         *       "password": "correct horse battery"
         *     }
         */
        LoginRequest: {
            /** @description The county's slug; omit to sign in as a platform user. */
            tenant?: string;
            username: string;
            password: string;
        };
        /**
         * @example {
         *       "currentPassword": "correct horse battery",
         *       "newPassword": "a longer, newer passphrase"
         *     }
         */
        ChangePasswordRequest: {
            currentPassword: string;
            /** @description At least 10 characters; not the username nor containing it (case-insensitive); not a common password or an easy variation of one (zxcvbn score 2 or more). A refused one is 422 naming the field, with `reason` and a bilingual `explanation`. */
            newPassword: string;
        };
        /**
         * @example {
         *       "id": "ten_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "slug": "mengcheng",
         *       "name": "蒙城县",
         *       "divisionCode": "341622",
         *       "timezone": "Asia/Shanghai",
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "demo": false,
         *       "disabledAt": null
         *     }
         */
        Tenant: {
            id: string;
            slug: string;
            name: string;
            divisionCode: string;
            timezone: string;
            createdAt: string;
            /** @description Sample data (the Mengcheng demo); only such a tenant may be deleted. */
            demo: boolean;
            /** @description When the tenant was disabled (its routes answer 404); null while it serves. */
            disabledAt: string | null;
        };
        /**
         * @example {
         *       "slug": "mengcheng",
         *       "name": "蒙城县",
         *       "divisionCode": "341622",
         *       "timezone": "Asia/Shanghai",
         *       "preset": "anhui-3338"
         *     }
         */
        CreateTenantRequest: {
            slug: string;
            name: string;
            divisionCode: string;
            /** @description IANA zone; default Asia/Shanghai. */
            timezone?: string;
            /**
             * @description The mechanism preset the tenant starts from (version 1 of its mechanism); default `anhui-3338`.
             * @example anhui-3338
             * @enum {string}
             */
            preset?: "anhui-3338" | "compact-2level";
            /** @description The tenant's settings; defaults where left out. `PUT .../settings` changes them later. */
            settings?: {
                caseNumberPrefix?: string;
                /** @default [] */
                allowedOrigins: string[];
                /** Format: uri */
                privacyUrl?: string;
                /** @default {} */
                publicIntake: {
                    /** @default 20 */
                    perMinute: number;
                };
                /** @default {} */
                publicReads: {
                    /** @default 120 */
                    perMinute: number;
                };
            };
        };
        TenantPage: {
            items: components["schemas"]["Tenant"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "slug": "mengcheng",
         *       "name": "蒙城县",
         *       "divisionCode": "341622",
         *       "timezone": "Asia/Shanghai"
         *     }
         */
        PublicTenant: {
            slug: string;
            name: string;
            divisionCode: string;
            timezone: string;
        };
        /**
         * @example {
         *       "caseNumberPrefix": "MC",
         *       "allowedOrigins": [
         *         "https://www.mengcheng.gov.cn"
         *       ],
         *       "privacyUrl": "https://www.mengcheng.gov.cn/privacy.html",
         *       "publicIntake": {
         *         "perMinute": 20
         *       },
         *       "publicReads": {
         *         "perMinute": 120
         *       }
         *     }
         */
        TenantSettings: {
            /** @description Prefix of case numbers (`MC-2026-000123`); absent: the first letters of the slug. */
            caseNumberPrefix?: string;
            /** @description Browser origins allowed to call the public API (the widget's host pages). */
            allowedOrigins: string[];
            /** @description The county's privacy text (PIPL notice); the complaint widget links to it beside its consent notice. */
            privacyUrl?: string;
            publicIntake: {
                /** @description Public reports, ratings and Open311 requests accepted per client and minute. */
                perMinute: number;
            };
            publicReads: {
                /** @description Reads of the public routes (case tracking, the credit and disclosure boards, Open311 GETs) accepted per client and minute. */
                perMinute: number;
            };
        };
        /**
         * @example {
         *       "caseNumberPrefix": "MC",
         *       "allowedOrigins": [
         *         "https://www.mengcheng.gov.cn"
         *       ],
         *       "privacyUrl": "https://www.mengcheng.gov.cn/privacy.html",
         *       "publicIntake": {
         *         "perMinute": 20
         *       },
         *       "publicReads": {
         *         "perMinute": 120
         *       }
         *     }
         */
        TenantSettingsRequest: {
            caseNumberPrefix?: string;
            /** @default [] */
            allowedOrigins: string[];
            /** Format: uri */
            privacyUrl?: string;
            /** @default {} */
            publicIntake: {
                /** @default 20 */
                perMinute: number;
            };
            /** @default {} */
            publicReads: {
                /** @default 120 */
                perMinute: number;
            };
        };
        /**
         * @example {
         *       "id": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "username": "chengguan.zhang",
         *       "displayName": "张伟（城关街道）",
         *       "roles": [
         *         "regionStaff"
         *       ],
         *       "scope": {
         *         "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *       },
         *       "disabled": false,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z"
         *     }
         */
        User: {
            id: string;
            username: string;
            displayName: string;
            roles: ("countyAdmin" | "regionStaff" | "departmentOfficer" | "companyStaff" | "committeeMember")[];
            scope: components["schemas"]["Scope"];
            disabled: boolean;
            createdAt: string;
            updatedAt: string;
        };
        /**
         * @description The part of the county the holder acts in: regionStaff needs regionId, departmentOfficer departmentId, companyStaff companyId, committeeMember compoundId.
         * @example {
         *       "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *     }
         */
        Scope: {
            regionId?: string;
            departmentId?: string;
            companyId?: string;
            compoundId?: string;
        } | null;
        /**
         * @example {
         *       "username": "chengguan.zhang",
         *       "displayName": "张伟（城关街道）",
         *       "password": "a long passphrase",
         *       "roles": [
         *         "regionStaff"
         *       ],
         *       "scope": {
         *         "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *       }
         *     }
         */
        CreateUserRequest: {
            username: string;
            displayName: string;
            /** @description At least 10 characters; not the username nor containing it (case-insensitive); not a common password or an easy variation of one (zxcvbn score 2 or more). A refused one is 422 naming the field, with `reason` and a bilingual `explanation`. */
            password: string;
            /**
             * @example [
             *       "regionStaff"
             *     ]
             */
            roles: ("countyAdmin" | "regionStaff" | "departmentOfficer" | "companyStaff" | "committeeMember")[];
            scope?: components["schemas"]["Scope"];
        };
        UserPage: {
            items: components["schemas"]["User"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "displayName": "张伟",
         *       "disabled": false
         *     }
         */
        UpdateUserRequest: {
            displayName?: string;
            /** @description At least 10 characters; not the username nor containing it (case-insensitive); not a common password or an easy variation of one (zxcvbn score 2 or more). A refused one is 422 naming the field, with `reason` and a bilingual `explanation`. */
            password?: string;
            /**
             * @example [
             *       "regionStaff"
             *     ]
             */
            roles?: ("countyAdmin" | "regionStaff" | "departmentOfficer" | "companyStaff" | "committeeMember")[];
            scope?: components["schemas"]["Scope"];
            disabled?: boolean;
        };
        /**
         * @example {
         *       "id": "key_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "12345 hotline bridge",
         *       "prefix": "key_01JBQ3Z8",
         *       "roles": [
         *         "countyAdmin"
         *       ],
         *       "scope": null,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "lastUsedAt": null,
         *       "expiresAt": null,
         *       "revokedAt": null,
         *       "key": "key_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0.q8w…"
         *     }
         */
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /** @description The secret key, shown this once. Send as `Authorization: Bearer <key>`. */
            key: string;
        };
        /**
         * @example {
         *       "id": "key_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "12345 hotline bridge",
         *       "prefix": "key_01JBQ3Z8",
         *       "roles": [
         *         "countyAdmin"
         *       ],
         *       "scope": null,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "lastUsedAt": null,
         *       "expiresAt": null,
         *       "revokedAt": null
         *     }
         */
        ApiKey: {
            id: string;
            name: string;
            /** @description The key's first characters, to recognise it; not usable alone. */
            prefix: string;
            roles: ("countyAdmin" | "regionStaff" | "departmentOfficer" | "companyStaff" | "committeeMember")[];
            scope: components["schemas"]["Scope"];
            createdAt: string;
            lastUsedAt: string | null;
            expiresAt: string | null;
            revokedAt: string | null;
        };
        /**
         * @example {
         *       "name": "12345 hotline bridge",
         *       "roles": [
         *         "countyAdmin"
         *       ]
         *     }
         */
        CreateApiKeyRequest: {
            name: string;
            roles: ("countyAdmin" | "regionStaff" | "departmentOfficer" | "companyStaff" | "committeeMember")[];
            scope?: components["schemas"]["Scope"];
            /**
             * Format: date-time
             * @description Optional expiry.
             */
            expiresAt?: string;
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            /** @example null */
            nextCursor: string | null;
        };
        RegionPage: {
            items: components["schemas"]["Region"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *       "kind": "community",
         *       "kindLabel": {
         *         "zh": "社区",
         *         "en": "Community"
         *       },
         *       "parentId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "东关社区",
         *       "code": "341622001001",
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z",
         *       "archivedAt": null
         *     }
         */
        Region: {
            id: string;
            /** @enum {string} */
            kind: "township" | "street" | "community";
            kindLabel: {
                zh: string;
                en: string;
            };
            parentId: string | null;
            name: string;
            code: string | null;
            createdAt: string;
            updatedAt: string;
            archivedAt: string | null;
        };
        /**
         * @example [
         *       {
         *         "id": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "kind": "street",
         *         "kindLabel": {
         *           "zh": "街道",
         *           "en": "Street (sub-district)"
         *         },
         *         "name": "城关街道",
         *         "code": "341622001",
         *         "children": [
         *           {
         *             "id": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *             "kind": "community",
         *             "kindLabel": {
         *               "zh": "社区",
         *               "en": "Community"
         *             },
         *             "name": "东关社区",
         *             "code": "341622001001",
         *             "children": []
         *           }
         *         ]
         *       }
         *     ]
         */
        RegionTree: components["schemas"]["RegionTreeNode"][];
        /**
         * @example {
         *       "id": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "kind": "street",
         *       "kindLabel": {
         *         "zh": "街道",
         *         "en": "Street (sub-district)"
         *       },
         *       "name": "城关街道",
         *       "code": "341622001",
         *       "children": [
         *         {
         *           "id": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *           "kind": "community",
         *           "kindLabel": {
         *             "zh": "社区",
         *             "en": "Community"
         *           },
         *           "name": "东关社区",
         *           "code": "341622001001",
         *           "children": []
         *         }
         *       ]
         *     }
         */
        RegionTreeNode: {
            id: string;
            /** @enum {string} */
            kind: "township" | "street" | "community";
            kindLabel: {
                zh: string;
                en: string;
            };
            name: string;
            code: string | null;
            children: components["schemas"]["RegionTreeNode"][];
        };
        /**
         * @example {
         *       "kind": "community",
         *       "parentId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "东关社区",
         *       "code": "341622001001"
         *     }
         */
        CreateRegionRequest: {
            /** @enum {string} */
            kind: "township" | "street" | "community";
            parentId?: string | null;
            name: string;
            code?: string | null;
        };
        /**
         * @example {
         *       "name": "东关社区",
         *       "parentId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A2"
         *     }
         */
        UpdateRegionRequest: {
            parentId?: string | null;
            name?: string;
            code?: string | null;
        };
        CompoundPage: {
            items: components["schemas"]["Compound"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "阳光花园",
         *       "address": "蒙城县城关街道漆园路88号",
         *       "communityId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *       "communityName": "东关社区",
         *       "buildings": 12,
         *       "households": 860,
         *       "location": {
         *         "lat": 33.2651,
         *         "lng": 116.5646
         *       },
         *       "serviceMode": "professional",
         *       "serviceModeLabel": {
         *         "zh": "专业化物业服务",
         *         "en": "Professional property service"
         *       },
         *       "residentPartyMembers": 23,
         *       "grids": [
         *         {
         *           "id": "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "name": "1号网格",
         *           "guarantor": {
         *             "userId": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *             "name": "张伟",
         *             "phone": null
         *           }
         *         },
         *         {
         *           "id": "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *           "name": "2号网格",
         *           "guarantor": {
         *             "userId": null,
         *             "name": "李娜",
         *             "phone": "13812345678"
         *           }
         *         }
         *       ],
         *       "guarantor": {
         *         "userId": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *         "name": "王强",
         *         "phone": null
         *       },
         *       "hasCommittee": true,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z",
         *       "archivedAt": null
         *     }
         */
        Compound: {
            id: string;
            name: string;
            address: string;
            communityId: string;
            communityName: string;
            buildings: number;
            households: number;
            location: {
                lat: number;
                lng: number;
            } | null;
            /** @enum {string} */
            serviceMode: "professional" | "selfManaged" | "none";
            serviceModeLabel: {
                zh: string;
                en: string;
            };
            residentPartyMembers: number;
            grids: {
                id: string;
                name: string;
                guarantor: components["schemas"]["Guarantor"];
            }[];
            guarantor: components["schemas"]["Guarantor"];
            /** @description An owners' committee is in term today. */
            hasCommittee: boolean;
            createdAt: string;
            updatedAt: string;
            archivedAt: string | null;
        };
        /**
         * @description 包保责任人: a user of the county (`userId`, shown by display name, no phone) or a named person with a phone (`userId` null).
         * @example {
         *       "userId": null,
         *       "name": "李娜",
         *       "phone": "13812345678"
         *     }
         */
        Guarantor: {
            userId: string | null;
            name: string;
            phone: string | null;
        } | null;
        /**
         * @example {
         *       "name": "阳光花园",
         *       "address": "蒙城县城关街道漆园路88号",
         *       "communityId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *       "buildings": 12,
         *       "households": 860,
         *       "location": {
         *         "lat": 33.2651,
         *         "lng": 116.5646
         *       },
         *       "serviceMode": "professional",
         *       "residentPartyMembers": 23,
         *       "grids": [
         *         {
         *           "name": "1号网格",
         *           "guarantor": {
         *             "userId": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *           }
         *         },
         *         {
         *           "name": "2号网格",
         *           "guarantor": {
         *             "name": "李娜",
         *             "phone": "13812345678"
         *           }
         *         }
         *       ]
         *     }
         */
        CreateCompoundRequest: {
            name: string;
            address: string;
            communityId: string;
            buildings: number;
            households: number;
            location?: {
                lat: number;
                lng: number;
            } | null;
            /** @enum {string} */
            serviceMode: "professional" | "selfManaged" | "none";
            /** @default 0 */
            residentPartyMembers: number;
            /** @default [] */
            grids: {
                id?: string;
                name: string;
                guarantor?: {
                    userId?: string;
                    name?: string;
                    phone?: string;
                } | null;
            }[];
        };
        /**
         * @description Only the fields sent change. `grids` replaces the whole set: a grid with the `id` of an existing grid is updated in place, one without `id` is added, and existing grids left out are deleted.
         * @example {
         *       "serviceMode": "selfManaged",
         *       "grids": [
         *         {
         *           "id": "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "name": "1号网格",
         *           "guarantor": {
         *             "name": "王芳",
         *             "phone": "13912345678"
         *           }
         *         },
         *         {
         *           "name": "3号网格",
         *           "guarantor": null
         *         }
         *       ]
         *     }
         */
        UpdateCompoundRequest: {
            name?: string;
            address?: string;
            communityId?: string;
            buildings?: number;
            households?: number;
            location?: {
                lat: number;
                lng: number;
            } | null;
            /** @enum {string} */
            serviceMode?: "professional" | "selfManaged" | "none";
            residentPartyMembers?: number;
            grids?: {
                id?: string;
                name: string;
                guarantor?: {
                    userId?: string;
                    name?: string;
                    phone?: string;
                } | null;
            }[];
        };
        CompanyPage: {
            items: components["schemas"]["Company"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "蒙城县安居物业服务有限公司",
         *       "uscc": "91341622MA2N00001T",
         *       "legalRepresentative": "张伟",
         *       "phone": "0558-7123456",
         *       "local": true,
         *       "partyMembers": 4,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z",
         *       "archivedAt": null
         *     }
         */
        Company: {
            id: string;
            name: string;
            /** @description 统一社会信用代码 (GB 32100-2015), upper case. */
            uscc: string;
            legalRepresentative: string;
            phone: string;
            /** @description Registered in this county. */
            local: boolean;
            /** @description Full party members among the staff. */
            partyMembers: number;
            createdAt: string;
            updatedAt: string;
            archivedAt: string | null;
        };
        /**
         * @example {
         *       "name": "蒙城县安居物业服务有限公司",
         *       "uscc": "91341622MA2N00001T",
         *       "legalRepresentative": "张伟",
         *       "phone": "0558-7123456",
         *       "local": true,
         *       "partyMembers": 4
         *     }
         */
        CreateCompanyRequest: {
            name: string;
            uscc: string;
            legalRepresentative: string;
            phone: string;
            /** @default true */
            local: boolean;
            /** @default 0 */
            partyMembers: number;
        };
        /**
         * @example {
         *       "phone": "13812345678",
         *       "partyMembers": 5
         *     }
         */
        UpdateCompanyRequest: {
            name?: string;
            uscc?: string;
            legalRepresentative?: string;
            phone?: string;
            local?: boolean;
            partyMembers?: number;
        };
        ContractPage: {
            items: components["schemas"]["Contract"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "companyId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "companyName": "蒙城县安居物业服务有限公司",
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "compoundName": "阳光花园",
         *       "startsOn": "2026-01-01",
         *       "endsOn": "2028-12-31",
         *       "feeStandard": 0.85,
         *       "projectManager": {
         *         "name": "刘洋",
         *         "phone": "13812345678"
         *       },
         *       "active": true,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z",
         *       "archivedAt": null
         *     }
         */
        Contract: {
            id: string;
            companyId: string;
            companyName: string;
            compoundId: string;
            compoundName: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
            /** @description 物业费标准, yuan per m² per month. */
            feeStandard: number;
            projectManager: {
                name: string;
                phone: string;
            };
            /** @description Not archived, and today (in the county's time zone) lies between startsOn and endsOn. */
            active: boolean;
            createdAt: string;
            updatedAt: string;
            archivedAt: string | null;
        };
        /**
         * @example {
         *       "companyId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "startsOn": "2026-01-01",
         *       "endsOn": "2028-12-31",
         *       "feeStandard": 0.85,
         *       "projectManager": {
         *         "name": "刘洋",
         *         "phone": "13812345678"
         *       }
         *     }
         */
        CreateContractRequest: {
            companyId: string;
            compoundId: string;
            startsOn: string;
            endsOn: string;
            feeStandard: number;
            projectManager: {
                name: string;
                phone: string;
            };
        };
        /**
         * @example {
         *       "feeStandard": 0.9,
         *       "projectManager": {
         *         "name": "陈静",
         *         "phone": "13956781234"
         *       }
         *     }
         */
        UpdateContractRequest: {
            startsOn?: string;
            endsOn?: string;
            feeStandard?: number;
            projectManager?: {
                name: string;
                phone: string;
            };
        };
        ProjectManagerHistory: {
            items: components["schemas"]["ProjectManagerEntry"][];
        };
        /**
         * @example {
         *       "id": "pmh_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "刘洋",
         *       "phone": "13812345678",
         *       "since": "2026-11-26T08:00:00.000Z",
         *       "recordedBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *     }
         */
        ProjectManagerEntry: {
            id: string;
            name: string;
            phone: string;
            since: string;
            recordedBy: string | null;
        };
        CommitteePage: {
            items: components["schemas"]["Committee"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "cmt_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "compoundName": "阳光花园",
         *       "formedOn": "2025-06-01",
         *       "termEndsOn": "2030-05-31",
         *       "members": [
         *         {
         *           "name": "王建国",
         *           "role": "chair",
         *           "isPartyMember": true
         *         },
         *         {
         *           "name": "李秀英",
         *           "role": "viceChair",
         *           "isPartyMember": true
         *         },
         *         {
         *           "name": "赵磊",
         *           "role": "member",
         *           "isPartyMember": false
         *         }
         *       ],
         *       "inTerm": true,
         *       "partyMemberCount": 2,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z",
         *       "archivedAt": null
         *     }
         */
        Committee: {
            id: string;
            compoundId: string;
            compoundName: string;
            /** Format: date */
            formedOn: string;
            /** Format: date */
            termEndsOn: string;
            members: {
                name: string;
                /** @enum {string} */
                role: "chair" | "viceChair" | "member";
                isPartyMember: boolean;
            }[];
            /** @description Not archived, and today (in the county's time zone) lies between formedOn and termEndsOn. */
            inTerm: boolean;
            partyMemberCount: number;
            createdAt: string;
            updatedAt: string;
            archivedAt: string | null;
        };
        /**
         * @example {
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "formedOn": "2025-06-01",
         *       "termEndsOn": "2030-05-31",
         *       "members": [
         *         {
         *           "name": "王建国",
         *           "role": "chair",
         *           "isPartyMember": true
         *         },
         *         {
         *           "name": "李秀英",
         *           "role": "viceChair",
         *           "isPartyMember": true
         *         },
         *         {
         *           "name": "赵磊",
         *           "role": "member",
         *           "isPartyMember": false
         *         }
         *       ]
         *     }
         */
        CreateCommitteeRequest: {
            compoundId: string;
            formedOn: string;
            termEndsOn: string;
            members: {
                name: string;
                /** @enum {string} */
                role: "chair" | "viceChair" | "member";
                /** @default false */
                isPartyMember: boolean;
            }[];
        };
        /**
         * @example {
         *       "members": [
         *         {
         *           "name": "王建国",
         *           "role": "chair",
         *           "isPartyMember": true
         *         },
         *         {
         *           "name": "李秀英",
         *           "role": "viceChair",
         *           "isPartyMember": true
         *         },
         *         {
         *           "name": "赵磊",
         *           "role": "member",
         *           "isPartyMember": false
         *         },
         *         {
         *           "name": "孙梅",
         *           "role": "member",
         *           "isPartyMember": true
         *         }
         *       ]
         *     }
         */
        UpdateCommitteeRequest: {
            formedOn?: string;
            termEndsOn?: string;
            members?: {
                name: string;
                /** @enum {string} */
                role: "chair" | "viceChair" | "member";
                /** @default false */
                isPartyMember: boolean;
            }[];
        };
        PartyOrgPage: {
            items: components["schemas"]["PartyOrg"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "kind": "compoundBranch",
         *       "kindLabel": {
         *         "zh": "小区(网格)党支部",
         *         "en": "Compound (grid) party branch"
         *       },
         *       "name": "阳光花园小区党支部",
         *       "regionId": null,
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "companyId": null,
         *       "committeeId": null,
         *       "memberCount": 7,
         *       "formedOn": "2024-07-01",
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z",
         *       "archivedAt": null
         *     }
         */
        PartyOrg: {
            id: string;
            /** @enum {string} */
            kind: "communityCommittee" | "compoundBranch" | "companyBranch" | "committeeBranch";
            kindLabel: {
                zh: string;
                en: string;
            };
            name: string | null;
            /** @description Set for a communityCommittee (a community). */
            regionId: string | null;
            /** @description Set for a compoundBranch. */
            compoundId: string | null;
            /** @description Set for a companyBranch. */
            companyId: string | null;
            /** @description Set for a committeeBranch. */
            committeeId: string | null;
            memberCount: number;
            /** Format: date */
            formedOn: string | null;
            createdAt: string;
            updatedAt: string;
            archivedAt: string | null;
        };
        /**
         * @description Attached by exactly one of regionId (communityCommittee), compoundId (compoundBranch), companyId (companyBranch) or committeeId (committeeBranch).
         * @example {
         *       "kind": "compoundBranch",
         *       "name": "阳光花园小区党支部",
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "memberCount": 7,
         *       "formedOn": "2024-07-01"
         *     }
         */
        CreatePartyOrgRequest: {
            /** @enum {string} */
            kind: "communityCommittee" | "compoundBranch" | "companyBranch" | "committeeBranch";
            name?: string;
            regionId?: string;
            compoundId?: string;
            companyId?: string;
            committeeId?: string;
            memberCount: number;
            formedOn?: string | null;
        };
        /**
         * @example {
         *       "memberCount": 9
         *     }
         */
        UpdatePartyOrgRequest: {
            name?: string;
            memberCount?: number;
            formedOn?: string | null;
        };
        DepartmentPage: {
            items: components["schemas"]["Department"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "code": "urbanManagement",
         *       "name": {
         *         "zh": "城管",
         *         "en": "Urban management"
         *       },
         *       "kind": "core",
         *       "contact": {
         *         "name": "李强",
         *         "phone": "0558-7123456"
         *       },
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z",
         *       "archivedAt": null
         *     }
         */
        Department: {
            id: string;
            code: string;
            name: {
                zh: string;
                en: string;
            };
            /** @enum {string} */
            kind: "core" | "utility";
            contact: {
                name: string;
                phone: string;
            } | null;
            createdAt: string;
            updatedAt: string;
            archivedAt: string | null;
        };
        /**
         * @example {
         *       "code": "urbanManagement",
         *       "name": {
         *         "zh": "城管",
         *         "en": "Urban management"
         *       },
         *       "kind": "core",
         *       "contact": {
         *         "name": "李强",
         *         "phone": "0558-7123456"
         *       }
         *     }
         */
        CreateDepartmentRequest: {
            code: string;
            name: {
                zh: string;
                en: string;
            };
            /** @enum {string} */
            kind: "core" | "utility";
            contact?: {
                name: string;
                phone: string;
            } | null;
        };
        /**
         * @example {
         *       "contact": {
         *         "name": "王芳",
         *         "phone": "13812345678"
         *       }
         *     }
         */
        UpdateDepartmentRequest: {
            name?: {
                zh: string;
                en: string;
            };
            /** @enum {string} */
            kind?: "core" | "utility";
            contact?: {
                name: string;
                phone: string;
            } | null;
        };
        /**
         * @example {
         *       "version": 2,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "document": {
         *         "name": {
         *           "zh": "青禾县物业管理两级工作机制",
         *           "en": "Qinghe two-level property management mechanism"
         *         },
         *         "preset": "compact-2level",
         *         "levels": [
         *           {
         *             "code": "community",
         *             "name": {
         *               "zh": "社区",
         *               "en": "Community"
         *             },
         *             "unit": "community",
         *             "bodyRequired": true,
         *             "venueRequired": true,
         *             "team": {
         *               "code": "communityStation",
         *               "name": {
         *                 "zh": "社区物业服务站",
         *                 "en": "Community property service station"
         *               },
         *               "dedicatedStaff": 2
         *             }
         *           },
         *           {
         *             "code": "compound",
         *             "name": {
         *               "zh": "小区",
         *               "en": "Compound"
         *             },
         *             "unit": "compound",
         *             "bodyRequired": false,
         *             "venueRequired": false,
         *             "team": null
         *           }
         *         ],
         *         "roster": {
         *           "core": [
         *             "police",
         *             "urbanManagement",
         *             "fireRescue",
         *             "housingCentre"
         *           ],
         *           "utilities": [
         *             "powerSupply"
         *           ]
         *         },
         *         "categories": [
         *           {
         *             "code": "fireSafety",
         *             "name": {
         *               "zh": "消防安全隐患",
         *               "en": "Fire hazards"
         *             },
         *             "kind": "violation",
         *             "departments": [
         *               "fireRescue"
         *             ],
         *             "deadlines": {
         *               "firstContactHours": 2,
         *               "checkInHours": 4,
         *               "resolutionDays": 3,
         *               "workingDays": false
         *             }
         *           },
         *           {
         *             "code": "illegalConstruction",
         *             "name": {
         *               "zh": "违法建设",
         *               "en": "Illegal construction"
         *             },
         *             "kind": "violation",
         *             "departments": [
         *               "urbanManagement"
         *             ],
         *             "deadlines": {
         *               "firstContactHours": 4,
         *               "checkInHours": 24,
         *               "resolutionDays": 15,
         *               "workingDays": true
         *             }
         *           },
         *           {
         *             "code": "parking",
         *             "name": {
         *               "zh": "停车秩序",
         *               "en": "Parking"
         *             },
         *             "kind": "violation",
         *             "departments": [
         *               "police"
         *             ],
         *             "deadlines": {
         *               "firstContactHours": 4,
         *               "checkInHours": 24,
         *               "resolutionDays": 5,
         *               "workingDays": true
         *             }
         *           },
         *           {
         *             "code": "propertyService",
         *             "name": {
         *               "zh": "物业服务",
         *               "en": "Property service"
         *             },
         *             "kind": "complaint",
         *             "departments": [
         *               "housingCentre"
         *             ],
         *             "deadlines": {
         *               "firstContactHours": 4,
         *               "checkInHours": 24,
         *               "resolutionDays": 10,
         *               "workingDays": true
         *             }
         *           },
         *           {
         *             "code": "powerOutage",
         *             "name": {
         *               "zh": "停电",
         *               "en": "Power outage"
         *             },
         *             "kind": "complaint",
         *             "departments": [
         *               "powerSupply"
         *             ],
         *             "deadlines": {
         *               "firstContactHours": 1,
         *               "checkInHours": 2,
         *               "resolutionDays": 1,
         *               "workingDays": false
         *             }
         *           },
         *           {
         *             "code": "neighbourDispute",
         *             "name": {
         *               "zh": "邻里纠纷",
         *               "en": "Dispute between neighbours"
         *             },
         *             "kind": "dispute",
         *             "departments": [],
         *             "deadlines": {
         *               "firstContactHours": 4,
         *               "checkInHours": 24,
         *               "resolutionDays": 10,
         *               "workingDays": true
         *             }
         *           },
         *           {
         *             "code": "consultation",
         *             "name": {
         *               "zh": "政策咨询",
         *               "en": "Questions"
         *             },
         *             "kind": "consultation",
         *             "departments": [
         *               "housingCentre"
         *             ],
         *             "deadlines": {
         *               "firstContactHours": 8,
         *               "checkInHours": 24,
         *               "resolutionDays": 5,
         *               "workingDays": true
         *             }
         *           }
         *         ],
         *         "policies": {
         *           "partyLeadership": {
         *             "enabled": true,
         *             "config": {
         *               "majorMatters": [
         *                 "fee",
         *                 "fundUse"
         *               ],
         *               "reportCoverage": false
         *             }
         *           },
         *           "gridResponsibility": {
         *             "enabled": true,
         *             "config": {
         *               "requireGridGuarantor": false
         *             }
         *           },
         *           "complaintHandling": {
         *             "enabled": true,
         *             "config": {
         *               "firstContactHours": 4,
         *               "checkInHours": 24,
         *               "resolutionDays": 10,
         *               "workingDays": true
         *             }
         *           },
         *           "informationDisclosure": {
         *             "enabled": true,
         *             "config": {
         *               "items": {
         *                 "publicRevenue": {
         *                   "cadence": "yearly"
         *                 },
         *                 "committeeDecisions": {
         *                   "cadence": "quarterly"
         *                 }
         *               }
         *             }
         *           },
         *           "householdsPerGrid": {
         *             "enabled": true,
         *             "config": {
         *               "maxHouseholdsPerGrid": 250
         *             }
         *           },
         *           "mechanismCompleteness": {
         *             "enabled": true,
         *             "config": {}
         *           },
         *           "jointConsultation": {
         *             "enabled": false,
         *             "config": {}
         *           }
         *         },
         *         "thresholds": {
         *           "partyEligibility": 5
         *         }
         *       }
         *     }
         */
        MechanismVersion: {
            version: number;
            createdAt: string;
            /** @description The user, API key or platform user who wrote it; null for the system. */
            createdBy: string | null;
            document: components["schemas"]["MechanismDocument"];
        };
        /**
         * @description A tenant's mechanism (e.g. Mengcheng's "3338"): levels with their bodies, teams and venues, the 8+N roster, case categories, policies with their config, thresholds.
         * @example {
         *       "name": {
         *         "zh": "青禾县物业管理两级工作机制",
         *         "en": "Qinghe two-level property management mechanism"
         *       },
         *       "preset": "compact-2level",
         *       "levels": [
         *         {
         *           "code": "community",
         *           "name": {
         *             "zh": "社区",
         *             "en": "Community"
         *           },
         *           "unit": "community",
         *           "bodyRequired": true,
         *           "venueRequired": true,
         *           "team": {
         *             "code": "communityStation",
         *             "name": {
         *               "zh": "社区物业服务站",
         *               "en": "Community property service station"
         *             },
         *             "dedicatedStaff": 2
         *           }
         *         },
         *         {
         *           "code": "compound",
         *           "name": {
         *             "zh": "小区",
         *             "en": "Compound"
         *           },
         *           "unit": "compound",
         *           "bodyRequired": false,
         *           "venueRequired": false,
         *           "team": null
         *         }
         *       ],
         *       "roster": {
         *         "core": [
         *           "police",
         *           "urbanManagement",
         *           "fireRescue",
         *           "housingCentre"
         *         ],
         *         "utilities": [
         *           "powerSupply"
         *         ]
         *       },
         *       "categories": [
         *         {
         *           "code": "fireSafety",
         *           "name": {
         *             "zh": "消防安全隐患",
         *             "en": "Fire hazards"
         *           },
         *           "kind": "violation",
         *           "departments": [
         *             "fireRescue"
         *           ],
         *           "deadlines": {
         *             "firstContactHours": 2,
         *             "checkInHours": 4,
         *             "resolutionDays": 3,
         *             "workingDays": false
         *           }
         *         },
         *         {
         *           "code": "illegalConstruction",
         *           "name": {
         *             "zh": "违法建设",
         *             "en": "Illegal construction"
         *           },
         *           "kind": "violation",
         *           "departments": [
         *             "urbanManagement"
         *           ],
         *           "deadlines": {
         *             "firstContactHours": 4,
         *             "checkInHours": 24,
         *             "resolutionDays": 15,
         *             "workingDays": true
         *           }
         *         },
         *         {
         *           "code": "parking",
         *           "name": {
         *             "zh": "停车秩序",
         *             "en": "Parking"
         *           },
         *           "kind": "violation",
         *           "departments": [
         *             "police"
         *           ],
         *           "deadlines": {
         *             "firstContactHours": 4,
         *             "checkInHours": 24,
         *             "resolutionDays": 5,
         *             "workingDays": true
         *           }
         *         },
         *         {
         *           "code": "propertyService",
         *           "name": {
         *             "zh": "物业服务",
         *             "en": "Property service"
         *           },
         *           "kind": "complaint",
         *           "departments": [
         *             "housingCentre"
         *           ],
         *           "deadlines": {
         *             "firstContactHours": 4,
         *             "checkInHours": 24,
         *             "resolutionDays": 10,
         *             "workingDays": true
         *           }
         *         },
         *         {
         *           "code": "powerOutage",
         *           "name": {
         *             "zh": "停电",
         *             "en": "Power outage"
         *           },
         *           "kind": "complaint",
         *           "departments": [
         *             "powerSupply"
         *           ],
         *           "deadlines": {
         *             "firstContactHours": 1,
         *             "checkInHours": 2,
         *             "resolutionDays": 1,
         *             "workingDays": false
         *           }
         *         },
         *         {
         *           "code": "neighbourDispute",
         *           "name": {
         *             "zh": "邻里纠纷",
         *             "en": "Dispute between neighbours"
         *           },
         *           "kind": "dispute",
         *           "departments": [],
         *           "deadlines": {
         *             "firstContactHours": 4,
         *             "checkInHours": 24,
         *             "resolutionDays": 10,
         *             "workingDays": true
         *           }
         *         },
         *         {
         *           "code": "consultation",
         *           "name": {
         *             "zh": "政策咨询",
         *             "en": "Questions"
         *           },
         *           "kind": "consultation",
         *           "departments": [
         *             "housingCentre"
         *           ],
         *           "deadlines": {
         *             "firstContactHours": 8,
         *             "checkInHours": 24,
         *             "resolutionDays": 5,
         *             "workingDays": true
         *           }
         *         }
         *       ],
         *       "policies": {
         *         "partyLeadership": {
         *           "enabled": true,
         *           "config": {
         *             "majorMatters": [
         *               "fee",
         *               "fundUse"
         *             ],
         *             "reportCoverage": false
         *           }
         *         },
         *         "gridResponsibility": {
         *           "enabled": true,
         *           "config": {
         *             "requireGridGuarantor": false
         *           }
         *         },
         *         "complaintHandling": {
         *           "enabled": true,
         *           "config": {
         *             "firstContactHours": 4,
         *             "checkInHours": 24,
         *             "resolutionDays": 10,
         *             "workingDays": true
         *           }
         *         },
         *         "informationDisclosure": {
         *           "enabled": true,
         *           "config": {
         *             "items": {
         *               "publicRevenue": {
         *                 "cadence": "yearly"
         *               },
         *               "committeeDecisions": {
         *                 "cadence": "quarterly"
         *               }
         *             }
         *           }
         *         },
         *         "householdsPerGrid": {
         *           "enabled": true,
         *           "config": {
         *             "maxHouseholdsPerGrid": 250
         *           }
         *         },
         *         "mechanismCompleteness": {
         *           "enabled": true,
         *           "config": {}
         *         },
         *         "jointConsultation": {
         *           "enabled": false,
         *           "config": {}
         *         }
         *       },
         *       "thresholds": {
         *         "partyEligibility": 5
         *       }
         *     }
         */
        MechanismDocument: {
            name: {
                zh: string;
                en: string;
            };
            preset?: string;
            levels: {
                code: string;
                name: {
                    zh: string;
                    en: string;
                };
                /** @enum {string} */
                unit: "township" | "community" | "compound";
                bodyRequired: boolean;
                venueRequired: boolean;
                /** @default null */
                team: {
                    code: string;
                    name: {
                        zh: string;
                        en: string;
                    };
                    dedicatedStaff: number;
                } | null;
            }[];
            roster: {
                core: string[];
                /** @default [] */
                utilities: string[];
            };
            categories: {
                code: string;
                name: {
                    zh: string;
                    en: string;
                };
                /** @enum {string} */
                kind: "complaint" | "violation" | "dispute" | "consultation";
                /** @default [] */
                departments: string[];
                deadlines: {
                    firstContactHours: number;
                    checkInHours: number;
                    resolutionDays: number;
                    /** @default false */
                    workingDays: boolean;
                };
            }[];
            policies: {
                [key: string]: {
                    enabled: boolean;
                    config?: unknown;
                };
            };
            /** @default {} */
            thresholds: {
                /** @default 3 */
                partyEligibility: number;
            };
        };
        MechanismVersionPage: {
            items: components["schemas"]["MechanismVersionSummary"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "version": 2,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": {
         *         "zh": "蒙城县“3338”工作机制",
         *         "en": "Mengcheng's 3338 mechanism"
         *       },
         *       "preset": "anhui-3338"
         *     }
         */
        MechanismVersionSummary: {
            version: number;
            createdAt: string;
            /** @description The user, API key or platform user who wrote it; null for the system. */
            createdBy: string | null;
            name: {
                zh: string;
                en: string;
            };
            preset: string | null;
        };
        /**
         * @example {
         *       "mechanismVersion": 1,
         *       "items": [
         *         {
         *           "id": "gridResponsibility",
         *           "title": {
         *             "zh": "网格包保制度",
         *             "en": "Grid responsibility"
         *           },
         *           "description": {
         *             "zh": "每个小区、每个网格都有包保责任人。",
         *             "en": "Every compound and every grid has a guarantor."
         *           },
         *           "builtin": true,
         *           "evaluates": [
         *             "compounds",
         *             "grids"
         *           ],
         *           "configSchema": {
         *             "$schema": "https://json-schema.org/draft/2020-12/schema",
         *             "type": "object",
         *             "properties": {
         *               "requireCompoundGuarantor": {
         *                 "type": "boolean",
         *                 "default": true
         *               },
         *               "requireGridGuarantor": {
         *                 "type": "boolean",
         *                 "default": true
         *               },
         *               "requireGrids": {
         *                 "type": "boolean",
         *                 "default": true
         *               }
         *             },
         *             "additionalProperties": false
         *           },
         *           "defaults": {
         *             "requireCompoundGuarantor": true,
         *             "requireGridGuarantor": true,
         *             "requireGrids": true
         *           },
         *           "enabled": true,
         *           "config": {
         *             "requireCompoundGuarantor": true,
         *             "requireGridGuarantor": true,
         *             "requireGrids": true
         *           }
         *         }
         *       ]
         *     }
         */
        PolicyList: {
            mechanismVersion: number;
            items: components["schemas"]["Policy"][];
        };
        /**
         * @example {
         *       "id": "gridResponsibility",
         *       "title": {
         *         "zh": "网格包保制度",
         *         "en": "Grid responsibility"
         *       },
         *       "description": {
         *         "zh": "每个小区、每个网格都有包保责任人。",
         *         "en": "Every compound and every grid has a guarantor."
         *       },
         *       "builtin": true,
         *       "evaluates": [
         *         "compounds",
         *         "grids"
         *       ],
         *       "configSchema": {
         *         "$schema": "https://json-schema.org/draft/2020-12/schema",
         *         "type": "object",
         *         "properties": {
         *           "requireCompoundGuarantor": {
         *             "type": "boolean",
         *             "default": true
         *           },
         *           "requireGridGuarantor": {
         *             "type": "boolean",
         *             "default": true
         *           },
         *           "requireGrids": {
         *             "type": "boolean",
         *             "default": true
         *           }
         *         },
         *         "additionalProperties": false
         *       },
         *       "defaults": {
         *         "requireCompoundGuarantor": true,
         *         "requireGridGuarantor": true,
         *         "requireGrids": true
         *       },
         *       "enabled": true,
         *       "config": {
         *         "requireCompoundGuarantor": true,
         *         "requireGridGuarantor": true,
         *         "requireGrids": true
         *       }
         *     }
         */
        Policy: {
            id: string;
            title: {
                zh: string;
                en: string;
            };
            description: {
                zh: string;
                en: string;
            };
            /** @description Shipped with propgov (false: a plugin of this deployment). */
            builtin: boolean;
            /** @description What the policy judges today; empty when its data does not exist yet (no findings). */
            evaluates: string[];
            /** @description JSON Schema of the config as written (defaults optional), for generated forms. */
            configSchema: {
                [key: string]: unknown;
            };
            /** @description The config when the tenant sets nothing. */
            defaults?: unknown;
            enabled: boolean;
            /** @description The tenant's config with defaults filled in; null when the mechanism does not list the policy. */
            config?: unknown;
        };
        /**
         * @example {
         *       "id": "evl_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "period": "2024-05",
         *       "startedAt": "2026-11-26T08:00:00.000Z",
         *       "finishedAt": "2026-11-26T08:00:00.120Z",
         *       "findingCount": 3,
         *       "mechanismVersion": 2,
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "bySeverity": {
         *         "info": 1,
         *         "minor": 0,
         *         "major": 2,
         *         "critical": 0
         *       },
         *       "byPolicy": {
         *         "gridResponsibility": 2,
         *         "partyLeadership": 1
         *       }
         *     }
         */
        EvaluationResult: {
            id: string;
            period: string;
            startedAt: string;
            finishedAt: string;
            findingCount: number;
            mechanismVersion: number;
            createdBy: string | null;
            bySeverity: {
                info?: number;
                minor?: number;
                major?: number;
                critical?: number;
            };
            byPolicy: {
                [key: string]: number;
            };
        };
        /**
         * @example {
         *       "period": "2024-05"
         *     }
         */
        CreateEvaluationRequest: {
            /**
             * @description A month (`2024-05`), a quarter (`2024-Q2`) or a year (`2024`).
             * @example 2024-05
             */
            period: string;
        };
        EvaluationPage: {
            items: components["schemas"]["Evaluation"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "evl_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "period": "2024-05",
         *       "startedAt": "2026-11-26T08:00:00.000Z",
         *       "finishedAt": "2026-11-26T08:00:00.120Z",
         *       "findingCount": 3,
         *       "mechanismVersion": 2,
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *     }
         */
        Evaluation: {
            id: string;
            period: string;
            startedAt: string;
            finishedAt: string;
            findingCount: number;
            mechanismVersion: number;
            createdBy: string | null;
        };
        FindingPage: {
            items: components["schemas"]["Finding"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "fnd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "evaluationId": "evl_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "period": "2024-05",
         *       "policy": "gridResponsibility",
         *       "rule": "compoundWithoutGuarantor",
         *       "severity": "major",
         *       "subject": {
         *         "type": "compound",
         *         "id": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "阳光花园"
         *       },
         *       "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "message": {
         *         "zh": "小区“阳光花园”没有包保责任人。",
         *         "en": "Compound \"阳光花园\" has no guarantor."
         *       },
         *       "evidence": {
         *         "grids": 4
         *       },
         *       "createdAt": "2026-11-26T08:00:00.120Z"
         *     }
         */
        Finding: {
            id: string;
            evaluationId: string;
            period: string;
            policy: string;
            /** @description A stable code of what is wrong, e.g. `noPartyOrg`. */
            rule: string;
            /** @enum {string} */
            severity: "info" | "minor" | "major" | "critical";
            subject: {
                type: string;
                id: string;
                name: string;
            };
            regionId: string | null;
            message: {
                zh: string;
                en: string;
            };
            evidence: {
                [key: string]: unknown;
            };
            createdAt: string;
        };
        BodyPage: {
            items: components["schemas"]["Body"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @description 物业管理机构: a property-management body of a mechanism level, at a region or a compound.
         * @example {
         *       "id": "bdy_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "level": "community",
         *       "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *       "compoundId": null,
         *       "unitName": "东关社区",
         *       "name": "东关社区物业管理服务站",
         *       "establishedOn": "2024-03-01",
         *       "contact": {
         *         "name": "李强",
         *         "phone": "0558-7123456"
         *       },
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z",
         *       "archivedAt": null
         *     }
         */
        Body: {
            id: string;
            /** @description A level code of the tenant's mechanism. */
            level: string;
            regionId: string | null;
            compoundId: string | null;
            /** @description The name of the region or compound. */
            unitName: string;
            name: string;
            establishedOn: string | null;
            contact: {
                name: string;
                phone: string;
            } | null;
            createdAt: string;
            updatedAt: string;
            archivedAt: string | null;
        };
        /**
         * @description The unit is a region (`regionId`) or a compound (`compoundId`): exactly one of them.
         * @example {
         *       "level": "community",
         *       "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *       "name": "东关社区物业管理服务站",
         *       "establishedOn": "2024-03-01",
         *       "contact": {
         *         "name": "李强",
         *         "phone": "0558-7123456"
         *       }
         *     }
         */
        CreateBodyRequest: {
            level: string;
            regionId?: string;
            compoundId?: string;
            name: string;
            establishedOn?: string | null;
            contact?: {
                name: string;
                phone: string;
            } | null;
        };
        /**
         * @description Only the fields sent change. `regionId` or `compoundId` (one of them) moves the body to that unit.
         * @example {
         *       "name": "东关社区物业管理办公室",
         *       "contact": {
         *         "name": "王芳",
         *         "phone": "13812345678"
         *       }
         *     }
         */
        UpdateBodyRequest: {
            level?: string;
            regionId?: string;
            compoundId?: string;
            name?: string;
            establishedOn?: string | null;
            contact?: {
                name: string;
                phone: string;
            } | null;
        };
        StaffPage: {
            items: components["schemas"]["Staff"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @description 三支队伍的专职人员: a member of a staff team serving a region or a compound.
         * @example {
         *       "id": "stf_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "陈静",
         *       "phone": "13812345678",
         *       "team": "propertyService",
         *       "dedicated": true,
         *       "regionId": null,
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "unitName": "阳光花园",
         *       "userId": null,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z",
         *       "archivedAt": null
         *     }
         */
        Staff: {
            id: string;
            name: string;
            /** @description A work contact, shown in full to staff roles. */
            phone: string;
            /** @description A team code of the tenant's mechanism. */
            team: string;
            /** @description 专职: works for the team full time. */
            dedicated: boolean;
            regionId: string | null;
            compoundId: string | null;
            /** @description The name of the region or compound served. */
            unitName: string;
            /** @description The person's account, when linked. */
            userId: string | null;
            createdAt: string;
            updatedAt: string;
            archivedAt: string | null;
        };
        /**
         * @description The unit is a region (`regionId`) or a compound (`compoundId`): exactly one of them.
         * @example {
         *       "name": "陈静",
         *       "phone": "13812345678",
         *       "team": "propertyService",
         *       "dedicated": true,
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *     }
         */
        CreateStaffRequest: {
            name: string;
            phone: string;
            team: string;
            dedicated: boolean;
            regionId?: string;
            compoundId?: string;
            userId?: string | null;
        };
        /**
         * @description Only the fields sent change. `regionId` or `compoundId` (one of them) moves the person to that unit; `userId: null` unlinks the account.
         * @example {
         *       "dedicated": false,
         *       "userId": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *     }
         */
        UpdateStaffRequest: {
            name?: string;
            phone?: string;
            team?: string;
            dedicated?: boolean;
            regionId?: string;
            compoundId?: string;
            userId?: string | null;
        };
        VenuePage: {
            items: components["schemas"]["Venue"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @description 阵地: an office for consultation and dispute mediation at a region or a compound.
         * @example {
         *       "id": "ven_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "level": "compound",
         *       "regionId": null,
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "unitName": "阳光花园",
         *       "name": "阳光花园红色议事厅",
         *       "address": "蒙城县城关街道漆园路88号3号楼一层",
         *       "areaM2": 60,
         *       "purpose": [
         *         "consultation",
         *         "mediation"
         *       ],
         *       "purposeLabels": [
         *         {
         *           "zh": "协商议事",
         *           "en": "Consultation"
         *         },
         *         {
         *           "zh": "矛盾纠纷调解",
         *           "en": "Dispute mediation"
         *         }
         *       ],
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T08:00:00.000Z",
         *       "archivedAt": null
         *     }
         */
        Venue: {
            id: string;
            /** @description A level code of the tenant's mechanism. */
            level: string;
            regionId: string | null;
            compoundId: string | null;
            /** @description The name of the region or compound. */
            unitName: string;
            name: string;
            address: string;
            /** @description Floor area in square metres. */
            areaM2: number;
            purpose: ("consultation" | "mediation")[];
            purposeLabels: {
                zh: string;
                en: string;
            }[];
            createdAt: string;
            updatedAt: string;
            archivedAt: string | null;
        };
        /**
         * @description The unit is a region (`regionId`) or a compound (`compoundId`): exactly one of them.
         * @example {
         *       "level": "compound",
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "阳光花园红色议事厅",
         *       "address": "蒙城县城关街道漆园路88号3号楼一层",
         *       "areaM2": 60,
         *       "purpose": [
         *         "consultation",
         *         "mediation"
         *       ]
         *     }
         */
        CreateVenueRequest: {
            level: string;
            regionId?: string;
            compoundId?: string;
            name: string;
            address: string;
            areaM2: number;
            purpose: ("consultation" | "mediation")[];
        };
        /**
         * @description Only the fields sent change. `regionId` or `compoundId` (one of them) moves the venue to that unit.
         * @example {
         *       "areaM2": 80,
         *       "purpose": [
         *         "mediation"
         *       ]
         *     }
         */
        UpdateVenueRequest: {
            level?: string;
            regionId?: string;
            compoundId?: string;
            name?: string;
            address?: string;
            areaM2?: number;
            purpose?: ("consultation" | "mediation")[];
        };
        /**
         * @description 包保责任人: a user of the county (`userId`), or a named person with a phone (`name` and `phone`); not both.
         * @example {
         *       "name": "李娜",
         *       "phone": "13812345678"
         *     }
         */
        SetGuarantorRequest: {
            userId?: string;
            name?: string;
            phone?: string;
        };
        /**
         * @example {
         *       "on": "2026-11-26",
         *       "regionId": null,
         *       "serviceCoverage": {
         *         "numerator": 45,
         *         "denominator": 50,
         *         "rate": 0.9
         *       },
         *       "committeeFormation": {
         *         "numerator": 30,
         *         "denominator": 50,
         *         "rate": 0.6
         *       },
         *       "partyOrgFormation": {
         *         "numerator": 18,
         *         "denominator": 24,
         *         "rate": 0.75
         *       },
         *       "byRegion": [
         *         {
         *           "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "name": "城关街道",
         *           "kind": "street",
         *           "serviceCoverage": {
         *             "numerator": 20,
         *             "denominator": 20,
         *             "rate": 1
         *           },
         *           "committeeFormation": {
         *             "numerator": 15,
         *             "denominator": 20,
         *             "rate": 0.75
         *           },
         *           "partyOrgFormation": {
         *             "numerator": 10,
         *             "denominator": 12,
         *             "rate": 0.8333333333333334
         *           }
         *         }
         *       ]
         *     }
         */
        Coverage: {
            /** @description The day measured (YYYY-MM-DD). */
            on: string;
            /** @description The region measured; null for the county. */
            regionId: string | null;
            serviceCoverage: components["schemas"]["Ratio"];
            committeeFormation: components["schemas"]["Ratio"] & unknown;
            partyOrgFormation: components["schemas"]["Ratio"] & unknown;
            /** @description The same figures for each direct child of the region (of the county: its townships and streets). */
            byRegion: components["schemas"]["RegionCoverage"][];
        };
        /**
         * @description 物业服务覆盖率: active compounds with professional or self-managed service ÷ active compounds.
         * @example {
         *       "numerator": 3,
         *       "denominator": 4,
         *       "rate": 0.75
         *     }
         */
        Ratio: {
            numerator: number;
            denominator: number;
            /** @description numerator ÷ denominator; null when 0 ÷ 0. */
            rate: number | null;
        };
        /**
         * @example {
         *       "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "城关街道",
         *       "kind": "street",
         *       "serviceCoverage": {
         *         "numerator": 20,
         *         "denominator": 20,
         *         "rate": 1
         *       },
         *       "committeeFormation": {
         *         "numerator": 15,
         *         "denominator": 20,
         *         "rate": 0.75
         *       },
         *       "partyOrgFormation": {
         *         "numerator": 10,
         *         "denominator": 12,
         *         "rate": 0.8333333333333334
         *       }
         *     }
         */
        RegionCoverage: {
            regionId: string;
            name: string;
            /** @enum {string} */
            kind: "township" | "street" | "community";
            serviceCoverage: components["schemas"]["Ratio"];
            committeeFormation: components["schemas"]["Ratio"] & unknown;
            partyOrgFormation: components["schemas"]["Ratio"] & unknown;
        };
        /**
         * @example {
         *       "on": "2026-11-26",
         *       "mechanismVersion": 1,
         *       "regionId": null,
         *       "levels": [
         *         {
         *           "level": "community",
         *           "name": {
         *             "zh": "社区",
         *             "en": "Community"
         *           },
         *           "unit": "community",
         *           "units": 4,
         *           "complete": 3,
         *           "bodies": {
         *             "present": 4,
         *             "required": 4
         *           },
         *           "dedicatedStaff": {
         *             "present": 3,
         *             "required": 4
         *           },
         *           "venues": {
         *             "present": 4,
         *             "required": 4
         *           },
         *           "guarantors": {
         *             "present": 0,
         *             "required": 0
         *           }
         *         }
         *       ],
         *       "byRegion": [
         *         {
         *           "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "name": "城关镇",
         *           "kind": "township",
         *           "levels": [
         *             {
         *               "level": "community",
         *               "name": {
         *                 "zh": "社区",
         *                 "en": "Community"
         *               },
         *               "unit": "community",
         *               "units": 4,
         *               "complete": 3,
         *               "bodies": {
         *                 "present": 4,
         *                 "required": 4
         *               },
         *               "dedicatedStaff": {
         *                 "present": 3,
         *                 "required": 4
         *               },
         *               "venues": {
         *                 "present": 4,
         *                 "required": 4
         *               },
         *               "guarantors": {
         *                 "present": 0,
         *                 "required": 0
         *               }
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        MechanismKpis: {
            /** @description The day measured (today, YYYY-MM-DD). */
            on: string;
            mechanismVersion: number;
            /** @description The region measured; null for the county. */
            regionId: string | null;
            levels: components["schemas"]["LevelCompleteness"][];
            byRegion: {
                regionId: string;
                name: string;
                /** @enum {string} */
                kind: "township" | "street" | "community";
                levels: components["schemas"]["LevelCompleteness"][];
            }[];
        };
        /**
         * @example {
         *       "level": "community",
         *       "name": {
         *         "zh": "社区",
         *         "en": "Community"
         *       },
         *       "unit": "community",
         *       "units": 4,
         *       "complete": 3,
         *       "bodies": {
         *         "present": 4,
         *         "required": 4
         *       },
         *       "dedicatedStaff": {
         *         "present": 3,
         *         "required": 4
         *       },
         *       "venues": {
         *         "present": 4,
         *         "required": 4
         *       },
         *       "guarantors": {
         *         "present": 0,
         *         "required": 0
         *       }
         *     }
         */
        LevelCompleteness: {
            level: string;
            name: {
                zh: string;
                en: string;
            };
            /** @enum {string} */
            unit: "township" | "community" | "compound";
            /** @description Units (regions or compounds) of the level. */
            units: number;
            /** @description Units with everything the level asks for: body, dedicated staff, venue. */
            complete: number;
            bodies: components["schemas"]["PresentRequired"];
            dedicatedStaff: components["schemas"]["PresentRequired"];
            venues: components["schemas"]["PresentRequired"];
            guarantors: components["schemas"]["PresentRequired"] & unknown;
        };
        /**
         * @example {
         *       "present": 3,
         *       "required": 4
         *     }
         */
        PresentRequired: {
            present: number;
            required: number;
        };
        /**
         * @example {
         *       "period": "2026-10",
         *       "kind": "month",
         *       "from": "2026-10-01",
         *       "to": "2026-10-31",
         *       "timezone": "Asia/Shanghai",
         *       "regionId": null,
         *       "asAt": "2026-11-03T02:00:00.000Z",
         *       "received": 50,
         *       "cancelled": 2,
         *       "responseRate": {
         *         "name": {
         *           "zh": "响应率",
         *           "en": "Response rate"
         *         },
         *         "numerator": 47,
         *         "denominator": 48,
         *         "rate": 0.9791666666666666,
         *         "target": 1,
         *         "meetsTarget": false
         *       },
         *       "resolutionRate": {
         *         "name": {
         *           "zh": "解决率",
         *           "en": "Resolution rate"
         *         },
         *         "numerator": 40,
         *         "denominator": 42,
         *         "rate": 0.9523809523809523,
         *         "target": 0.95,
         *         "meetsTarget": true
         *       },
         *       "satisfactionRate": {
         *         "name": {
         *           "zh": "满意率",
         *           "en": "Satisfaction rate"
         *         },
         *         "numerator": 36,
         *         "denominator": 38,
         *         "rate": 0.9473684210526315,
         *         "target": 0.9,
         *         "meetsTarget": true
         *       },
         *       "overdue": {
         *         "firstContact": 1,
         *         "checkIn": 2,
         *         "resolution": 3,
         *         "any": 5
         *       },
         *       "byCategory": [
         *         {
         *           "code": "serviceQuality",
         *           "name": {
         *             "zh": "物业服务质量",
         *             "en": "Service quality"
         *           },
         *           "kind": "complaint",
         *           "count": 30
         *         }
         *       ],
         *       "byKind": [
         *         {
         *           "kind": "complaint",
         *           "name": {
         *             "zh": "投诉",
         *             "en": "Complaint"
         *           },
         *           "count": 30
         *         }
         *       ],
         *       "byMonth": [
         *         {
         *           "month": "2026-10",
         *           "count": 50
         *         }
         *       ],
         *       "previous": {
         *         "period": "2026-09",
         *         "from": "2026-09-01",
         *         "to": "2026-09-30",
         *         "received": 80,
         *         "responseRate": {
         *           "numerator": 70,
         *           "denominator": 78,
         *           "rate": 0.8974358974358975
         *         },
         *         "resolutionRate": {
         *           "numerator": 60,
         *           "denominator": 75,
         *           "rate": 0.8
         *         },
         *         "satisfactionRate": {
         *           "numerator": 50,
         *           "denominator": 60,
         *           "rate": 0.8333333333333334
         *         }
         *       },
         *       "change": {
         *         "received": {
         *           "absolute": -30,
         *           "relative": -0.375
         *         },
         *         "responseRate": 8.17,
         *         "resolutionRate": 15.24,
         *         "satisfactionRate": 11.4
         *       }
         *     }
         */
        CaseKpis: {
            /** @description The period measured: `2026-10`, `2026-Q4` or `2026`. */
            period: string;
            /** @enum {string} */
            kind: "month" | "quarter" | "year";
            /** @description The period's first day (YYYY-MM-DD, tenant's time zone). */
            from: string;
            /** @description The period's last day (inclusive). */
            to: string;
            /** @description The tenant's time zone: days and months begin at its midnight. */
            timezone: string;
            /** @description The region whose subtree is measured; null for all the caller may see. */
            regionId: string | null;
            /** @description When the figures were read: overdue counts and undecided deadlines are judged at it. */
            asAt: string;
            /** @description 受理量: cases received in the period (cancelled ones included). */
            received: number;
            /** @description Of those, cancelled as duplicate or invalid; they count in no rate. */
            cancelled: number;
            responseRate: components["schemas"]["CaseRate"];
            resolutionRate: components["schemas"]["CaseRate"] & unknown;
            satisfactionRate: components["schemas"]["CaseRate"] & unknown;
            /** @description 超期: open cases past a deadline now (at `asAt`), whatever the period. */
            overdue: {
                /** @description Open cases not contacted and past their first-contact deadline. */
                firstContact: number;
                /** @description Open cases with a department of the current round past its check-in (报到) deadline. */
                checkIn: number;
                /** @description Open cases past their resolution deadline. */
                resolution: number;
                /** @description Open cases past any of these deadlines. */
                any: number;
            };
            /** @description Cases received in the period per category (those with any), most first. */
            byCategory: {
                code: string;
                name: {
                    zh: string;
                    en: string;
                };
                /**
                 * @description Null for a code the mechanism no longer lists.
                 * @enum {string|null}
                 */
                kind: "complaint" | "violation" | "dispute" | "consultation" | null;
                count: number;
            }[];
            /** @description Cases received in the period per kind (every kind, zeros included). */
            byKind: {
                /** @enum {string} */
                kind: "complaint" | "violation" | "dispute" | "consultation";
                name: {
                    zh: string;
                    en: string;
                };
                count: number;
            }[];
            /** @description Cases received per month of the period (YYYY-MM in the tenant's zone), zeros included. */
            byMonth: {
                month: string;
                count: number;
            }[];
            /** @description The same figures for the previous period of the same length (2026-10 → 2026-09, 2026-Q1 → 2025-Q4, 2026 → 2025). */
            previous: {
                period: string;
                from: string;
                to: string;
                received: number;
                responseRate: components["schemas"]["Ratio"];
                resolutionRate: components["schemas"]["Ratio"];
                satisfactionRate: components["schemas"]["Ratio"];
            };
            /** @description 环比: the change against the previous period; the seed's goal is that complaints fall markedly. */
            change: {
                received: {
                    /** @description received − previous received (negative: falling). */
                    absolute: number;
                    /** @description absolute ÷ previous received; null when the previous period had none. */
                    relative: number | null;
                };
                /** @description Difference in percentage points; null when either rate is null. */
                responseRate: number | null;
                resolutionRate: number | null;
                satisfactionRate: number | null;
            };
        };
        /**
         * @description 响应率: cases first contacted by their first-contact deadline ÷ cases (not cancelled) whose first-contact deadline falls in the period. A case still inside its deadline and not yet contacted counts in neither part until it is decided.
         * @example {
         *       "name": {
         *         "zh": "响应率",
         *         "en": "Response rate"
         *       },
         *       "numerator": 47,
         *       "denominator": 50,
         *       "rate": 0.94,
         *       "target": 1,
         *       "meetsTarget": false
         *     }
         */
        CaseRate: {
            /** @description The rate's name, e.g. 响应率 / Response rate. */
            name: {
                zh: string;
                en: string;
            };
            numerator: number;
            denominator: number;
            /** @description numerator ÷ denominator; null when 0 ÷ 0. */
            rate: number | null;
            /** @description The county's target (complaintHandling config `targets`). */
            target: number;
            /** @description rate ≥ target; null while the rate is null. */
            meetsTarget: boolean | null;
        };
        /**
         * @example {
         *       "rows": 3,
         *       "valid": 2,
         *       "errors": [
         *         {
         *           "row": 3,
         *           "field": "households",
         *           "column": "户数",
         *           "message": "Not a number: '三百'."
         *         }
         *       ],
         *       "committed": false,
         *       "created": []
         *     }
         */
        ImportReport: {
            /** @description Data rows in the file (blank rows not counted). */
            rows: number;
            /** @description Rows without a problem. */
            valid: number;
            errors: {
                /** @description The row as the spreadsheet numbers it: the header is row 1. */
                row: number;
                /** @description The import field, or null for the whole row. */
                field: string | null;
                /** @description The column's header as written in the file. */
                column: string | null;
                message: string;
            }[];
            /** @description Whether the rows were written. */
            committed: boolean;
            /** @description On commit: each row and the id it got. */
            created: {
                row: number;
                id: string;
            }[];
        };
        /**
         * @example {
         *       "type": "urn:propgov:problem:unprocessable",
         *       "title": "Unprocessable content",
         *       "status": 422,
         *       "detail": "1 of 3 rows have problems; nothing was imported (row 3 户数: Not a number: '三百'.). See report.errors.",
         *       "code": "unprocessable",
         *       "requestId": "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "report": {
         *         "rows": 3,
         *         "valid": 2,
         *         "errors": [
         *           {
         *             "row": 3,
         *             "field": "households",
         *             "column": "户数",
         *             "message": "Not a number: '三百'."
         *           }
         *         ],
         *         "committed": false,
         *         "created": []
         *       }
         *     }
         */
        ImportProblem: components["schemas"]["Problem"] & {
            report: components["schemas"]["ImportReport"] & unknown;
        };
        /**
         * @example {
         *       "items": [
         *         {
         *           "id": "cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "number": "MC-2026-000123",
         *           "trackingCode": "K7QH-3M9T-XR2P",
         *           "category": {
         *             "code": "serviceQuality",
         *             "name": {
         *               "zh": "物业服务质量",
         *               "en": "Quality of property service"
         *             }
         *           },
         *           "kind": "complaint",
         *           "compound": {
         *             "id": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *             "name": "阳光花园"
         *           },
         *           "gridId": "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "communityId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "guarantor": {
         *             "userId": null,
         *             "name": "王网格员"
         *           },
         *           "location": {
         *             "text": "3号楼2单元"
         *           },
         *           "description": "3号楼电梯坏了三天，物业没人来修。",
         *           "photos": [],
         *           "reporter": {
         *             "name": "张三",
         *             "phone": "138****5678",
         *             "phoneMasked": true
         *           },
         *           "channel": "hotline12345",
         *           "status": "whistled",
         *           "round": 1,
         *           "receivedAt": "2026-11-26T08:00:00.000Z",
         *           "roundStartedAt": "2026-11-26T08:00:00.000Z",
         *           "firstContactDueAt": "2026-11-26T10:00:00.000Z",
         *           "resolutionDueAt": "2026-12-01T08:00:00.000Z",
         *           "contactedAt": "2026-11-26T08:30:00.000Z",
         *           "resolvedAt": null,
         *           "resolvedOnSpot": null,
         *           "rating": null,
         *           "ratedAt": null,
         *           "closedAt": null,
         *           "cancelledAt": null,
         *           "cancelReason": null,
         *           "overdue": {
         *             "firstContact": false,
         *             "checkIn": false,
         *             "resolution": false,
         *             "any": false
         *           },
         *           "departments": [
         *             {
         *               "departmentId": "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *               "code": "housingCentre",
         *               "name": {
         *                 "zh": "县住房发展中心",
         *                 "en": "County housing centre"
         *               },
         *               "round": 1,
         *               "notifiedAt": "2026-11-26T09:00:00.000Z",
         *               "checkInDueAt": "2026-11-26T11:00:00.000Z",
         *               "checkedInAt": "2026-11-26T09:40:00.000Z",
         *               "completedAt": null,
         *               "outcome": null,
         *               "checkInOverdue": false
         *             }
         *           ],
         *           "allowedActions": [
         *             "whistle",
         *             "complete",
         *             "cancel"
         *           ],
         *           "createdAt": "2026-11-26T08:00:00.000Z",
         *           "updatedAt": "2026-11-26T09:40:00.000Z"
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        CasePage: {
            items: components["schemas"]["Case"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "number": "MC-2026-000123",
         *       "trackingCode": "K7QH-3M9T-XR2P",
         *       "category": {
         *         "code": "serviceQuality",
         *         "name": {
         *           "zh": "物业服务质量",
         *           "en": "Quality of property service"
         *         }
         *       },
         *       "kind": "complaint",
         *       "compound": {
         *         "id": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "阳光花园"
         *       },
         *       "gridId": "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "communityId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "guarantor": {
         *         "userId": null,
         *         "name": "王网格员"
         *       },
         *       "location": {
         *         "text": "3号楼2单元"
         *       },
         *       "description": "3号楼电梯坏了三天，物业没人来修。",
         *       "photos": [],
         *       "reporter": {
         *         "name": "张三",
         *         "phone": "138****5678",
         *         "phoneMasked": true
         *       },
         *       "channel": "hotline12345",
         *       "status": "whistled",
         *       "round": 1,
         *       "receivedAt": "2026-11-26T08:00:00.000Z",
         *       "roundStartedAt": "2026-11-26T08:00:00.000Z",
         *       "firstContactDueAt": "2026-11-26T10:00:00.000Z",
         *       "resolutionDueAt": "2026-12-01T08:00:00.000Z",
         *       "contactedAt": "2026-11-26T08:30:00.000Z",
         *       "resolvedAt": null,
         *       "resolvedOnSpot": null,
         *       "rating": null,
         *       "ratedAt": null,
         *       "closedAt": null,
         *       "cancelledAt": null,
         *       "cancelReason": null,
         *       "overdue": {
         *         "firstContact": false,
         *         "checkIn": false,
         *         "resolution": false,
         *         "any": false
         *       },
         *       "departments": [
         *         {
         *           "departmentId": "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "code": "housingCentre",
         *           "name": {
         *             "zh": "县住房发展中心",
         *             "en": "County housing centre"
         *           },
         *           "round": 1,
         *           "notifiedAt": "2026-11-26T09:00:00.000Z",
         *           "checkInDueAt": "2026-11-26T11:00:00.000Z",
         *           "checkedInAt": "2026-11-26T09:40:00.000Z",
         *           "completedAt": null,
         *           "outcome": null,
         *           "checkInOverdue": false
         *         }
         *       ],
         *       "allowedActions": [
         *         "whistle",
         *         "complete",
         *         "cancel"
         *       ],
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T09:40:00.000Z"
         *     }
         */
        Case: {
            id: string;
            /** @description Tenant-scoped number: prefix, year received, sequence. */
            number: string;
            /** @description What the reporter holds to follow the case. */
            trackingCode: string;
            category: {
                code: string;
                name: {
                    zh: string;
                    en: string;
                };
            };
            /** @enum {string} */
            kind: "complaint" | "violation" | "dispute" | "consultation";
            compound: {
                id: string;
                name: string;
            };
            gridId: string | null;
            /** @description The compound's community: the unit that answers first. */
            communityId: string;
            /** @description The grid's guarantor (包保责任人), else the compound's, when the case was filed. */
            guarantor: {
                userId: string | null;
                name: string | null;
            } | null;
            location: {
                text?: string;
                lat?: number;
                long?: number;
            } | null;
            description: string;
            photos: string[];
            /** @description Null for a case nobody reported (an inspection). */
            reporter: {
                name: string;
                /**
                 * @description Masked (138****5678) unless the caller handles the case.
                 * @example 138****5678
                 */
                phone: string;
                /** @description False only for region staff of the case's subtree, officers of a department whistled to it, and its guarantor. */
                phoneMasked: boolean;
            } | null;
            /** @enum {string} */
            channel: "web" | "widget" | "hotline12345" | "open311" | "inspection" | "walkIn";
            /** @enum {string} */
            status: "received" | "contacted" | "whistled" | "checkedIn" | "completed" | "resolved" | "rated" | "closed" | "cancelled";
            /** @description 1, and one more each time the case is reopened. */
            round: number;
            /**
             * @description ISO 8601, UTC.
             * @example 2026-11-26T08:00:00.000Z
             */
            receivedAt: string;
            /**
             * @description When the current round began (received or reopened).
             * @example 2026-11-26T08:00:00.000Z
             */
            roundStartedAt: string;
            /**
             * @description The community reaches the reporter by then.
             * @example 2026-11-26T08:00:00.000Z
             */
            firstContactDueAt: string;
            /**
             * @description ISO 8601, UTC.
             * @example 2026-11-26T08:00:00.000Z
             */
            resolutionDueAt: string;
            /** @example null */
            contactedAt: string | null;
            /** @example null */
            resolvedAt: string | null;
            /** @description Resolved without a whistle (就地解决). */
            resolvedOnSpot: boolean | null;
            /** @enum {string|null} */
            rating: "satisfied" | "basicallySatisfied" | "unsatisfied" | null;
            /** @example null */
            ratedAt: string | null;
            /** @example null */
            closedAt: string | null;
            /** @example null */
            cancelledAt: string | null;
            /** @enum {string|null} */
            cancelReason: "duplicate" | "invalid" | null;
            /** @description Deadlines of the current round an open case has missed, as of now (never stored). */
            overdue: {
                firstContact: boolean;
                checkIn: boolean;
                resolution: boolean;
                any: boolean;
            };
            /** @description Departments summoned (吹哨), every round, oldest round first. */
            departments: components["schemas"]["CaseDepartment"][];
            /** @description What the state machine accepts now (regardless of the caller's role). */
            allowedActions: ("contact" | "resolve" | "whistle" | "checkIn" | "complete" | "rate" | "close" | "reopen" | "cancel")[];
            /**
             * @description ISO 8601, UTC.
             * @example 2026-11-26T08:00:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601, UTC.
             * @example 2026-11-26T08:00:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "departmentId": "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "code": "housingCentre",
         *       "name": {
         *         "zh": "县住房发展中心",
         *         "en": "County housing centre"
         *       },
         *       "round": 1,
         *       "notifiedAt": "2026-11-26T09:00:00.000Z",
         *       "checkInDueAt": "2026-11-26T11:00:00.000Z",
         *       "checkedInAt": "2026-11-26T09:40:00.000Z",
         *       "completedAt": null,
         *       "outcome": null,
         *       "checkInOverdue": false
         *     }
         */
        CaseDepartment: {
            departmentId: string;
            /** @description The department's roster code. */
            code: string;
            name: {
                zh: string;
                en: string;
            };
            /** @description The round of the case it was summoned in. */
            round: number;
            /**
             * @description When the whistle summoned it (吹哨).
             * @example 2026-11-26T08:00:00.000Z
             */
            notifiedAt: string;
            /**
             * @description When it must check in (报到) by.
             * @example 2026-11-26T08:00:00.000Z
             */
            checkInDueAt: string;
            /** @example null */
            checkedInAt: string | null;
            /** @example null */
            completedAt: string | null;
            /** @description What the department did, as it reported. */
            outcome: string | null;
            /** @description An open case's current-round department has not checked in and its deadline has passed. */
            checkInOverdue: boolean;
        };
        /**
         * @example {
         *       "category": "serviceQuality",
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "gridId": "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "description": "3号楼电梯坏了三天，物业没人来修。",
         *       "location": {
         *         "text": "3号楼2单元"
         *       },
         *       "photos": [],
         *       "reporter": {
         *         "name": "张三",
         *         "phone": "13812345678"
         *       },
         *       "channel": "hotline12345"
         *     }
         */
        CreateCaseRequest: {
            category: string;
            compoundId: string;
            gridId?: string;
            description: string;
            location?: {
                text?: string;
                lat?: number;
                long?: number;
            };
            /** @default [] */
            photos: string[];
            reporter?: {
                name: string;
                phone: string;
            };
            /**
             * @default web
             * @enum {string}
             */
            channel: "web" | "widget" | "hotline12345" | "open311" | "inspection" | "walkIn";
            /** Format: date-time */
            receivedAt?: string;
        };
        /**
         * @example {
         *       "id": "cas_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "number": "MC-2026-000123",
         *       "trackingCode": "K7QH-3M9T-XR2P",
         *       "category": {
         *         "code": "serviceQuality",
         *         "name": {
         *           "zh": "物业服务质量",
         *           "en": "Quality of property service"
         *         }
         *       },
         *       "kind": "complaint",
         *       "compound": {
         *         "id": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "阳光花园"
         *       },
         *       "gridId": "grd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "communityId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "guarantor": {
         *         "userId": null,
         *         "name": "王网格员"
         *       },
         *       "location": {
         *         "text": "3号楼2单元"
         *       },
         *       "description": "3号楼电梯坏了三天，物业没人来修。",
         *       "photos": [],
         *       "reporter": {
         *         "name": "张三",
         *         "phone": "138****5678",
         *         "phoneMasked": true
         *       },
         *       "channel": "hotline12345",
         *       "status": "whistled",
         *       "round": 1,
         *       "receivedAt": "2026-11-26T08:00:00.000Z",
         *       "roundStartedAt": "2026-11-26T08:00:00.000Z",
         *       "firstContactDueAt": "2026-11-26T10:00:00.000Z",
         *       "resolutionDueAt": "2026-12-01T08:00:00.000Z",
         *       "contactedAt": "2026-11-26T08:30:00.000Z",
         *       "resolvedAt": null,
         *       "resolvedOnSpot": null,
         *       "rating": null,
         *       "ratedAt": null,
         *       "closedAt": null,
         *       "cancelledAt": null,
         *       "cancelReason": null,
         *       "overdue": {
         *         "firstContact": false,
         *         "checkIn": false,
         *         "resolution": false,
         *         "any": false
         *       },
         *       "departments": [
         *         {
         *           "departmentId": "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "code": "housingCentre",
         *           "name": {
         *             "zh": "县住房发展中心",
         *             "en": "County housing centre"
         *           },
         *           "round": 1,
         *           "notifiedAt": "2026-11-26T09:00:00.000Z",
         *           "checkInDueAt": "2026-11-26T11:00:00.000Z",
         *           "checkedInAt": "2026-11-26T09:40:00.000Z",
         *           "completedAt": null,
         *           "outcome": null,
         *           "checkInOverdue": false
         *         }
         *       ],
         *       "allowedActions": [
         *         "whistle",
         *         "complete",
         *         "cancel"
         *       ],
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T09:40:00.000Z",
         *       "timeline": [
         *         {
         *           "id": "cev_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "type": "whistled",
         *           "at": "2026-11-26T09:00:00.000Z",
         *           "actor": {
         *             "type": "user",
         *             "id": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *             "name": "社区网格员"
         *           },
         *           "status": "whistled",
         *           "payload": {
         *             "departmentIds": [
         *               "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *             ],
         *             "checkInDueAt": "2026-11-26T11:00:00.000Z"
         *           }
         *         }
         *       ]
         *     }
         */
        CaseWithTimeline: {
            id: string;
            /** @description Tenant-scoped number: prefix, year received, sequence. */
            number: string;
            /** @description What the reporter holds to follow the case. */
            trackingCode: string;
            category: {
                code: string;
                name: {
                    zh: string;
                    en: string;
                };
            };
            /** @enum {string} */
            kind: "complaint" | "violation" | "dispute" | "consultation";
            compound: {
                id: string;
                name: string;
            };
            gridId: string | null;
            /** @description The compound's community: the unit that answers first. */
            communityId: string;
            /** @description The grid's guarantor (包保责任人), else the compound's, when the case was filed. */
            guarantor: {
                userId: string | null;
                name: string | null;
            } | null;
            location: {
                text?: string;
                lat?: number;
                long?: number;
            } | null;
            description: string;
            photos: string[];
            /** @description Null for a case nobody reported (an inspection). */
            reporter: {
                name: string;
                /**
                 * @description Masked (138****5678) unless the caller handles the case.
                 * @example 138****5678
                 */
                phone: string;
                /** @description False only for region staff of the case's subtree, officers of a department whistled to it, and its guarantor. */
                phoneMasked: boolean;
            } | null;
            /** @enum {string} */
            channel: "web" | "widget" | "hotline12345" | "open311" | "inspection" | "walkIn";
            /** @enum {string} */
            status: "received" | "contacted" | "whistled" | "checkedIn" | "completed" | "resolved" | "rated" | "closed" | "cancelled";
            /** @description 1, and one more each time the case is reopened. */
            round: number;
            /**
             * @description ISO 8601, UTC.
             * @example 2026-11-26T08:00:00.000Z
             */
            receivedAt: string;
            /**
             * @description When the current round began (received or reopened).
             * @example 2026-11-26T08:00:00.000Z
             */
            roundStartedAt: string;
            /**
             * @description The community reaches the reporter by then.
             * @example 2026-11-26T08:00:00.000Z
             */
            firstContactDueAt: string;
            /**
             * @description ISO 8601, UTC.
             * @example 2026-11-26T08:00:00.000Z
             */
            resolutionDueAt: string;
            /** @example null */
            contactedAt: string | null;
            /** @example null */
            resolvedAt: string | null;
            /** @description Resolved without a whistle (就地解决). */
            resolvedOnSpot: boolean | null;
            /** @enum {string|null} */
            rating: "satisfied" | "basicallySatisfied" | "unsatisfied" | null;
            /** @example null */
            ratedAt: string | null;
            /** @example null */
            closedAt: string | null;
            /** @example null */
            cancelledAt: string | null;
            /** @enum {string|null} */
            cancelReason: "duplicate" | "invalid" | null;
            /** @description Deadlines of the current round an open case has missed, as of now (never stored). */
            overdue: {
                firstContact: boolean;
                checkIn: boolean;
                resolution: boolean;
                any: boolean;
            };
            /** @description Departments summoned (吹哨), every round, oldest round first. */
            departments: components["schemas"]["CaseDepartment"][];
            /** @description What the state machine accepts now (regardless of the caller's role). */
            allowedActions: ("contact" | "resolve" | "whistle" | "checkIn" | "complete" | "rate" | "close" | "reopen" | "cancel")[];
            /**
             * @description ISO 8601, UTC.
             * @example 2026-11-26T08:00:00.000Z
             */
            createdAt: string;
            /**
             * @description ISO 8601, UTC.
             * @example 2026-11-26T08:00:00.000Z
             */
            updatedAt: string;
            /** @description Every event, oldest first (append-only). */
            timeline: components["schemas"]["CaseEvent"][];
        };
        /**
         * @example {
         *       "id": "cev_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "type": "whistled",
         *       "at": "2026-11-26T09:00:00.000Z",
         *       "actor": {
         *         "type": "user",
         *         "id": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "社区网格员"
         *       },
         *       "status": "whistled",
         *       "payload": {
         *         "departmentIds": [
         *           "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *         ],
         *         "checkInDueAt": "2026-11-26T11:00:00.000Z"
         *       }
         *     }
         */
        CaseEvent: {
            id: string;
            /** @description `received`, `contacted`, `resolved`, `whistled`, `checkedIn`, `completed`, `rated`, `closed`, `reopened`, `cancelled`. */
            type: string;
            /**
             * @description ISO 8601, UTC.
             * @example 2026-11-26T08:00:00.000Z
             */
            at: string;
            actor: {
                /** @enum {string} */
                type: "user" | "apiKey" | "platformUser" | "public" | "system";
                id: string | null;
                name: string | null;
            };
            /**
             * @description The case's status after the event.
             * @enum {string}
             */
            status: "received" | "contacted" | "whistled" | "checkedIn" | "completed" | "resolved" | "rated" | "closed" | "cancelled";
            /** @description Details: departments, outcome, rating, reason, deadlines, policy effects. */
            payload: {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "type": "urn:propgov:problem:conflict",
         *       "title": "Conflict",
         *       "status": 409,
         *       "detail": "A received case does not accept 'resolve'. Allowed now: contact, cancel.",
         *       "code": "conflict",
         *       "requestId": "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "currentStatus": "received",
         *       "allowedActions": [
         *         "contact",
         *         "cancel"
         *       ]
         *     }
         */
        CaseConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            currentStatus?: "received" | "contacted" | "whistled" | "checkedIn" | "completed" | "resolved" | "rated" | "closed" | "cancelled";
            allowedActions?: ("contact" | "resolve" | "whistle" | "checkIn" | "complete" | "rate" | "close" | "reopen" | "cancel")[];
        };
        /**
         * @example {
         *       "note": "已电话联系反映人，约定下午上门。"
         *     }
         */
        CaseNoteRequest: {
            note?: string;
        };
        /**
         * @example {
         *       "departmentIds": [
         *         "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *       ],
         *       "note": "需城管到场处理。"
         *     }
         */
        WhistleCaseRequest: {
            departmentIds?: string[];
            note?: string;
        };
        /**
         * @example {
         *       "outcome": "已责令物业三日内修复电梯并复查。"
         *     }
         */
        CompleteCaseDepartmentRequest: {
            outcome: string;
            note?: string;
        };
        /**
         * @example {
         *       "rating": "satisfied",
         *       "comment": "处理及时。"
         *     }
         */
        RateCaseRequest: {
            /** @enum {string} */
            rating: "satisfied" | "basicallySatisfied" | "unsatisfied";
            comment?: string;
        };
        /**
         * @example {
         *       "note": "居民再次反映电梯又坏了。"
         *     }
         */
        ReopenCaseRequest: {
            note?: string;
        };
        /**
         * @example {
         *       "reason": "duplicate",
         *       "note": "与 MC-2026-000122 重复。"
         *     }
         */
        CancelCaseRequest: {
            /** @enum {string} */
            reason: "duplicate" | "invalid";
            note?: string;
        };
        /**
         * @example {
         *       "number": "MC-2026-000123",
         *       "trackingCode": "K7QH-3M9T-XR2P"
         *     }
         */
        PublicCaseReceipt: {
            number: string;
            trackingCode: string;
        };
        /**
         * @description A resident's report. `website` is a honeypot: leave it out or empty (a widget hides it from people).
         * @example {
         *       "category": "serviceQuality",
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "description": "3号楼电梯坏了三天，物业没人来修。",
         *       "location": {
         *         "text": "3号楼2单元"
         *       },
         *       "photos": [],
         *       "reporter": {
         *         "name": "张三",
         *         "phone": "13812345678"
         *       }
         *     }
         */
        PublicCaseRequest: {
            category: string;
            compoundId: string;
            description: string;
            location?: {
                text?: string;
                lat?: number;
                long?: number;
            };
            /** @default [] */
            photos: string[];
            reporter: {
                name: string;
                phone: string;
            };
            website?: string;
        };
        /**
         * @example {
         *       "number": "MC-2026-000123",
         *       "category": {
         *         "code": "serviceQuality",
         *         "name": {
         *           "zh": "物业服务质量",
         *           "en": "Service quality"
         *         }
         *       },
         *       "status": "resolved",
         *       "statusLabel": {
         *         "zh": "已解决",
         *         "en": "Resolved"
         *       },
         *       "receivedAt": "2026-11-26T08:00:00.000Z",
         *       "resolvedAt": "2026-11-27T03:00:00.000Z",
         *       "rating": null,
         *       "timeline": [
         *         {
         *           "type": "received",
         *           "at": "2026-11-26T08:00:00.000Z",
         *           "label": {
         *             "zh": "诉求已受理",
         *             "en": "Report received"
         *           }
         *         },
         *         {
         *           "type": "contacted",
         *           "at": "2026-11-26T09:00:00.000Z",
         *           "label": {
         *             "zh": "社区已与您联系",
         *             "en": "The community contacted you"
         *           }
         *         },
         *         {
         *           "type": "resolved",
         *           "at": "2026-11-27T03:00:00.000Z",
         *           "label": {
         *             "zh": "已解决",
         *             "en": "Resolved"
         *           }
         *         }
         *       ]
         *     }
         */
        PublicCase: {
            number: string;
            category: {
                code: string;
                name: {
                    zh: string;
                    en: string;
                };
            };
            /** @enum {string} */
            status: "received" | "contacted" | "whistled" | "checkedIn" | "completed" | "resolved" | "rated" | "closed" | "cancelled";
            statusLabel: {
                zh: string;
                en: string;
            };
            receivedAt: string;
            resolvedAt: string | null;
            /** @enum {string|null} */
            rating: "satisfied" | "basicallySatisfied" | "unsatisfied" | null;
            timeline: {
                type: string;
                at: string;
                label: {
                    zh: string;
                    en: string;
                };
            }[];
        };
        /**
         * @example {
         *       "rating": "satisfied",
         *       "comment": "处理及时，谢谢。"
         *     }
         */
        PublicRatingRequest: {
            /** @enum {string} */
            rating: "satisfied" | "basicallySatisfied" | "unsatisfied";
            comment?: string;
        };
        PublicCompoundPage: {
            items: components["schemas"]["PublicCompound"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "阳光花园",
         *       "address": "蒙城县城关街道建设路 88 号",
         *       "community": {
         *         "id": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *         "name": "城南社区"
         *       }
         *     }
         */
        PublicCompound: {
            id: string;
            name: string;
            address: string;
            community: {
                id: string;
                name: string;
            };
        };
        /**
         * @example {
         *       "tenant": {
         *         "slug": "mengcheng",
         *         "name": "蒙城县"
         *       },
         *       "categories": [
         *         {
         *           "code": "serviceQuality",
         *           "name": {
         *             "zh": "物业服务质量",
         *             "en": "Service quality"
         *           },
         *           "kind": "complaint"
         *         }
         *       ],
         *       "privacyUrl": "https://www.mengcheng.gov.cn/privacy.html"
         *     }
         */
        PublicIntakeForm: {
            tenant: {
                slug: string;
                name: string;
            };
            categories: {
                code: string;
                name: {
                    zh: string;
                    en: string;
                };
                /** @enum {string} */
                kind: "complaint" | "violation" | "dispute" | "consultation";
            }[];
            /** @description The county's privacy text (PIPL notice); null when the county set none. */
            privacyUrl: string | null;
        };
        /**
         * @example {
         *       "period": "2026-10",
         *       "from": "2026-10-01",
         *       "to": "2026-10-31",
         *       "timezone": "Asia/Shanghai",
         *       "on": "2026-11-03",
         *       "region": null,
         *       "received": 50,
         *       "caseRates": {
         *         "responseRate": {
         *           "name": {
         *             "zh": "响应率",
         *             "en": "Response rate"
         *           },
         *           "numerator": 47,
         *           "denominator": 48,
         *           "rate": 0.9791666666666666,
         *           "target": 1,
         *           "meetsTarget": false
         *         },
         *         "resolutionRate": {
         *           "name": {
         *             "zh": "解决率",
         *             "en": "Resolution rate"
         *           },
         *           "numerator": 40,
         *           "denominator": 42,
         *           "rate": 0.9523809523809523,
         *           "target": 0.95,
         *           "meetsTarget": true
         *         },
         *         "satisfactionRate": {
         *           "name": {
         *             "zh": "满意率",
         *             "en": "Satisfaction rate"
         *           },
         *           "numerator": 36,
         *           "denominator": 38,
         *           "rate": 0.9473684210526315,
         *           "target": 0.9,
         *           "meetsTarget": true
         *         }
         *       },
         *       "coverage": {
         *         "serviceCoverage": {
         *           "name": {
         *             "zh": "物业服务覆盖率",
         *             "en": "Property service coverage"
         *           },
         *           "numerator": 45,
         *           "denominator": 50,
         *           "rate": 0.9
         *         },
         *         "committeeFormation": {
         *           "name": {
         *             "zh": "业委会组建率",
         *             "en": "Owners' committee formation"
         *           },
         *           "numerator": 30,
         *           "denominator": 50,
         *           "rate": 0.6
         *         },
         *         "partyOrgFormation": {
         *           "name": {
         *             "zh": "党组织组建率",
         *             "en": "Party organisation formation"
         *           },
         *           "numerator": 18,
         *           "denominator": 24,
         *           "rate": 0.75
         *         }
         *       },
         *       "regions": [
         *         {
         *           "id": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "name": "城关街道",
         *           "kind": "street"
         *         }
         *       ]
         *     }
         */
        PublicKpis: {
            period: string;
            from: string;
            to: string;
            timezone: string;
            /** @description The day the three 100% rates were read (tenant's zone). */
            on: string;
            /** @description Null for the whole county. */
            region: {
                id: string;
                name: string;
                /** @enum {string} */
                kind: "township" | "street" | "community";
            } | null;
            /** @description 受理量: cases received in the period. */
            received: number;
            /** @description 三率 of the period, as `GET /kpis/cases` defines them. */
            caseRates: {
                /**
                 * @example {
                 *       "numerator": 3,
                 *       "denominator": 4,
                 *       "rate": 0.75
                 *     }
                 */
                responseRate: components["schemas"]["Ratio"] & {
                    name: {
                        zh: string;
                        en: string;
                    };
                    target: number;
                    meetsTarget: boolean | null;
                };
                /**
                 * @example {
                 *       "numerator": 3,
                 *       "denominator": 4,
                 *       "rate": 0.75
                 *     }
                 */
                resolutionRate: components["schemas"]["Ratio"] & {
                    name: {
                        zh: string;
                        en: string;
                    };
                    target: number;
                    meetsTarget: boolean | null;
                };
                /**
                 * @example {
                 *       "numerator": 3,
                 *       "denominator": 4,
                 *       "rate": 0.75
                 *     }
                 */
                satisfactionRate: components["schemas"]["Ratio"] & {
                    name: {
                        zh: string;
                        en: string;
                    };
                    target: number;
                    meetsTarget: boolean | null;
                };
            };
            /** @description The three 100% goals today, as `GET /kpis/coverage` defines them. */
            coverage: {
                /**
                 * @example {
                 *       "numerator": 3,
                 *       "denominator": 4,
                 *       "rate": 0.75
                 *     }
                 */
                serviceCoverage: components["schemas"]["Ratio"] & {
                    name: {
                        zh: string;
                        en: string;
                    };
                };
                /**
                 * @example {
                 *       "numerator": 3,
                 *       "denominator": 4,
                 *       "rate": 0.75
                 *     }
                 */
                committeeFormation: components["schemas"]["Ratio"] & {
                    name: {
                        zh: string;
                        en: string;
                    };
                };
                /**
                 * @example {
                 *       "numerator": 3,
                 *       "denominator": 4,
                 *       "rate": 0.75
                 *     }
                 */
                partyOrgFormation: components["schemas"]["Ratio"] & {
                    name: {
                        zh: string;
                        en: string;
                    };
                };
            };
            /** @description Townships and streets whose figures can be read. */
            regions: {
                id: string;
                name: string;
                /** @enum {string} */
                kind: "township" | "street" | "community";
            }[];
        };
        MeetingPage: {
            items: components["schemas"]["Meeting"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @description 联席会商 / 党组织参与决策 / 矛盾纠纷调处: a meeting at a township or street, a community or a compound.
         * @example {
         *       "id": "mtg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "title": "阳光花园物业费调整联席会议",
         *       "level": "compound",
         *       "kind": "majorMatter",
         *       "regionId": null,
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "unitName": "阳光花园",
         *       "convenedBy": {
         *         "id": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "城南社区党委"
         *       },
         *       "scheduledAt": "2026-11-26T01:30:00.000Z",
         *       "venueId": "ven_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "participants": [
         *         {
         *           "unitType": "partyOrg",
         *           "unitId": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "name": "城南社区党委",
         *           "attended": true
         *         },
         *         {
         *           "unitType": "committee",
         *           "unitId": "cmt_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "name": "阳光花园业主委员会",
         *           "attended": true
         *         }
         *       ],
         *       "agenda": [
         *         {
         *           "topic": "物业费标准调整",
         *           "matter": "fee",
         *           "matterLabel": {
         *             "zh": "物业收费",
         *             "en": "property fees"
         *           }
         *         }
         *       ],
         *       "minutes": "会议由社区党委书记主持，小区党支部、业委会、物业公司参加……",
         *       "attachments": [
         *         "https://files.example.cn/minutes/2026-11-26.pdf"
         *       ],
         *       "status": "held",
         *       "allowedActions": [
         *         "addResolutions",
         *         "completeResolution",
         *         "close"
         *       ],
         *       "heldAt": "2026-11-26T01:35:00.000Z",
         *       "closedAt": null,
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "createdAt": "2026-11-20T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T02:00:00.000Z"
         *     }
         */
        Meeting: {
            id: string;
            title: string;
            /** @enum {string} */
            level: "township" | "community" | "compound";
            /** @enum {string} */
            kind: "jointConsultation" | "majorMatter" | "disputeMediation";
            /** @description The township, street or community (township and community levels). */
            regionId: string | null;
            /** @description The compound (compound level). */
            compoundId: string | null;
            /** @description The name of the region or compound. */
            unitName: string;
            /** @description The party organisation that convened it. */
            convenedBy: {
                id: string;
                name: string;
            } | null;
            scheduledAt: string;
            venueId: string | null;
            participants: {
                /** @enum {string} */
                unitType: "partyOrg" | "committee" | "company" | "department" | "body" | "region";
                unitId: string;
                name: string;
                attended: boolean;
            }[];
            agenda: {
                topic: string;
                matter: string;
                matterLabel: {
                    zh: string;
                    en: string;
                };
            }[];
            /** @description 会议纪要, recorded when the meeting is held. */
            minutes: string | null;
            attachments: string[];
            /** @enum {string} */
            status: "planned" | "held" | "closed";
            /** @description What the status accepts now: planned → update, hold; held → addResolutions, completeResolution, close; closed → completeResolution. */
            allowedActions: ("update" | "hold" | "addResolutions" | "completeResolution" | "close")[];
            heldAt: string | null;
            closedAt: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
        };
        /**
         * @example {
         *       "id": "mtg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "title": "阳光花园物业费调整联席会议",
         *       "level": "compound",
         *       "kind": "majorMatter",
         *       "regionId": null,
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "unitName": "阳光花园",
         *       "convenedBy": {
         *         "id": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "城南社区党委"
         *       },
         *       "scheduledAt": "2026-11-26T01:30:00.000Z",
         *       "venueId": "ven_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "participants": [
         *         {
         *           "unitType": "partyOrg",
         *           "unitId": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "name": "城南社区党委",
         *           "attended": true
         *         },
         *         {
         *           "unitType": "committee",
         *           "unitId": "cmt_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "name": "阳光花园业主委员会",
         *           "attended": true
         *         }
         *       ],
         *       "agenda": [
         *         {
         *           "topic": "物业费标准调整",
         *           "matter": "fee",
         *           "matterLabel": {
         *             "zh": "物业收费",
         *             "en": "property fees"
         *           }
         *         }
         *       ],
         *       "minutes": "会议由社区党委书记主持，小区党支部、业委会、物业公司参加……",
         *       "attachments": [
         *         "https://files.example.cn/minutes/2026-11-26.pdf"
         *       ],
         *       "status": "held",
         *       "allowedActions": [
         *         "addResolutions",
         *         "completeResolution",
         *         "close"
         *       ],
         *       "heldAt": "2026-11-26T01:35:00.000Z",
         *       "closedAt": null,
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "createdAt": "2026-11-20T08:00:00.000Z",
         *       "updatedAt": "2026-11-26T02:00:00.000Z",
         *       "resolutions": [
         *         {
         *           "id": "mrs_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "meetingId": "mtg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "text": "物业费标准维持每月每平方米0.8元，公共收益按季度公示。",
         *           "matter": "fee",
         *           "matterLabel": {
         *             "zh": "物业收费",
         *             "en": "property fees"
         *           },
         *           "ownerUnit": {
         *             "unitType": "company",
         *             "unitId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *             "name": "蒙城县安居物业服务有限公司"
         *           },
         *           "dueOn": "2026-12-31",
         *           "doneAt": null,
         *           "overdue": false,
         *           "taskId": "tsk_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "createdAt": "2026-11-26T09:30:00.000Z"
         *         }
         *       ]
         *     }
         */
        MeetingWithResolutions: {
            id: string;
            title: string;
            /** @enum {string} */
            level: "township" | "community" | "compound";
            /** @enum {string} */
            kind: "jointConsultation" | "majorMatter" | "disputeMediation";
            /** @description The township, street or community (township and community levels). */
            regionId: string | null;
            /** @description The compound (compound level). */
            compoundId: string | null;
            /** @description The name of the region or compound. */
            unitName: string;
            /** @description The party organisation that convened it. */
            convenedBy: {
                id: string;
                name: string;
            } | null;
            scheduledAt: string;
            venueId: string | null;
            participants: {
                /** @enum {string} */
                unitType: "partyOrg" | "committee" | "company" | "department" | "body" | "region";
                unitId: string;
                name: string;
                attended: boolean;
            }[];
            agenda: {
                topic: string;
                matter: string;
                matterLabel: {
                    zh: string;
                    en: string;
                };
            }[];
            /** @description 会议纪要, recorded when the meeting is held. */
            minutes: string | null;
            attachments: string[];
            /** @enum {string} */
            status: "planned" | "held" | "closed";
            /** @description What the status accepts now: planned → update, hold; held → addResolutions, completeResolution, close; closed → completeResolution. */
            allowedActions: ("update" | "hold" | "addResolutions" | "completeResolution" | "close")[];
            heldAt: string | null;
            closedAt: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            resolutions: components["schemas"]["MeetingResolution"][];
        };
        /**
         * @example {
         *       "id": "mrs_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "meetingId": "mtg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "text": "物业费标准维持每月每平方米0.8元，公共收益按季度公示。",
         *       "matter": "fee",
         *       "matterLabel": {
         *         "zh": "物业收费",
         *         "en": "property fees"
         *       },
         *       "ownerUnit": {
         *         "unitType": "company",
         *         "unitId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "蒙城县安居物业服务有限公司"
         *       },
         *       "dueOn": "2026-12-31",
         *       "doneAt": null,
         *       "overdue": false,
         *       "taskId": "tsk_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "createdAt": "2026-11-26T09:30:00.000Z"
         *     }
         */
        MeetingResolution: {
            id: string;
            meetingId: string;
            text: string;
            /** @description fee, service, fundUse, other, or a county's own major-matter code. */
            matter: string;
            matterLabel: {
                zh: string;
                en: string;
            };
            ownerUnit: {
                /** @enum {string} */
                unitType: "region" | "department" | "company" | "committee";
                unitId: string;
                name: string;
            };
            /** Format: date */
            dueOn: string | null;
            doneAt: string | null;
            /** @description Not done and due before today (the county's date). */
            overdue: boolean;
            /** @description The responsibility-list task (责任清单) that follows it up. */
            taskId: string | null;
            createdAt: string;
        };
        /**
         * @description Township and community meetings name `regionId` (a township or street, a community); compound meetings `compoundId`: exactly the one the level needs.
         * @example {
         *       "title": "阳光花园物业费调整联席会议",
         *       "level": "compound",
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "kind": "majorMatter",
         *       "convenedBy": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "scheduledAt": "2026-11-26T09:30:00+08:00",
         *       "venueId": "ven_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "participants": [
         *         {
         *           "unitType": "partyOrg",
         *           "unitId": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *         },
         *         {
         *           "unitType": "committee",
         *           "unitId": "cmt_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *         },
         *         {
         *           "unitType": "company",
         *           "unitId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *         }
         *       ],
         *       "agenda": [
         *         {
         *           "topic": "物业费标准调整",
         *           "matter": "fee"
         *         }
         *       ]
         *     }
         */
        CreateMeetingRequest: {
            title: string;
            /** @enum {string} */
            level: "township" | "community" | "compound";
            /** @enum {string} */
            kind: "jointConsultation" | "majorMatter" | "disputeMediation";
            regionId?: string;
            compoundId?: string;
            convenedBy: string;
            /** Format: date-time */
            scheduledAt: string;
            venueId?: string;
            /** @default [] */
            participants: {
                /** @enum {string} */
                unitType: "partyOrg" | "committee" | "company" | "department" | "body" | "region";
                unitId: string;
                /** @default false */
                attended: boolean;
            }[];
            /** @default [] */
            agenda: {
                topic: string;
                /** @default other */
                matter: string;
            }[];
            /** @default [] */
            attachments: string[];
        };
        /**
         * @example {
         *       "type": "urn:propgov:problem:conflict",
         *       "title": "Conflict",
         *       "status": 409,
         *       "detail": "A meeting that is closed does not accept 'hold'. Allowed now: completeResolution.",
         *       "code": "conflict",
         *       "requestId": "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "currentStatus": "closed",
         *       "allowedActions": [
         *         "completeResolution"
         *       ]
         *     }
         */
        MeetingConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            currentStatus?: "planned" | "held" | "closed";
            allowedActions?: ("update" | "hold" | "addResolutions" | "completeResolution" | "close")[];
        };
        /**
         * @description Only while planned; only the fields sent change. A new level comes with the unit it needs.
         * @example {
         *       "scheduledAt": "2026-11-27T15:00:00+08:00",
         *       "venueId": null
         *     }
         */
        UpdateMeetingRequest: {
            title?: string;
            /** @enum {string} */
            level?: "township" | "community" | "compound";
            /** @enum {string} */
            kind?: "jointConsultation" | "majorMatter" | "disputeMediation";
            regionId?: string;
            compoundId?: string;
            convenedBy?: string;
            /** Format: date-time */
            scheduledAt?: string;
            venueId?: string | null;
            participants?: {
                /** @enum {string} */
                unitType: "partyOrg" | "committee" | "company" | "department" | "body" | "region";
                unitId: string;
                /** @default false */
                attended: boolean;
            }[];
            agenda?: {
                topic: string;
                /** @default other */
                matter: string;
            }[];
            attachments?: string[];
        };
        /**
         * @description The minutes and who attended (replaces the planned list). `heldAt` defaults to now.
         * @example {
         *       "minutes": "会议由社区党委书记主持，小区党支部、业委会、物业公司参加……",
         *       "participants": [
         *         {
         *           "unitType": "partyOrg",
         *           "unitId": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "attended": true
         *         },
         *         {
         *           "unitType": "committee",
         *           "unitId": "cmt_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "attended": true
         *         },
         *         {
         *           "unitType": "company",
         *           "unitId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "attended": false
         *         }
         *       ],
         *       "heldAt": "2026-11-26T09:35:00+08:00"
         *     }
         */
        HoldMeetingRequest: {
            minutes: string;
            participants: {
                /** @enum {string} */
                unitType: "partyOrg" | "committee" | "company" | "department" | "body" | "region";
                unitId: string;
                /** @default false */
                attended: boolean;
            }[];
            /** Format: date-time */
            heldAt?: string;
            attachments?: string[];
        };
        /**
         * @example {
         *       "type": "urn:propgov:problem:unprocessable",
         *       "title": "Unprocessable content",
         *       "status": 422,
         *       "detail": "A major matter (property fees) is decided only in a meeting the party organisation leads: absent: the owners' committee. (重大事项（物业收费）须由党组织牵头协商决定：业主委员会未参加。)",
         *       "code": "unprocessable",
         *       "requestId": "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "errors": [
         *         {
         *           "path": "body.resolutions.0.matter",
         *           "message": "A major matter (property fees) is decided only …"
         *         }
         *       ],
         *       "policy": "partyLeadership",
         *       "reason": {
         *         "zh": "重大事项（物业收费）须由党组织牵头协商决定：业主委员会未参加。",
         *         "en": "A major matter (property fees) is decided only in a meeting the party organisation leads: absent: the owners' committee."
         *       },
         *       "resolution": 0
         *     }
         */
        PolicyRefusalProblem: components["schemas"]["Problem"] & {
            /** @description The policy's reason, in Chinese and English. */
            reason?: {
                zh: string;
                en: string;
            };
            /** @description The policy that refused, e.g. partyLeadership. */
            policy?: string;
            /** @description The index of the refused resolution. */
            resolution?: number;
        };
        /**
         * @example {
         *       "resolutions": [
         *         {
         *           "text": "物业费标准维持每月每平方米0.8元，公共收益按季度公示。",
         *           "matter": "fee",
         *           "ownerUnit": {
         *             "unitType": "company",
         *             "unitId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *           },
         *           "dueOn": "2026-12-31"
         *         }
         *       ]
         *     }
         */
        AddMeetingResolutionsRequest: {
            resolutions: {
                text: string;
                matter: string;
                ownerUnit: {
                    /** @enum {string} */
                    unitType: "region" | "department" | "company" | "committee";
                    unitId: string;
                };
                dueOn: string;
            }[];
        };
        DisclosurePage: {
            items: components["schemas"]["Disclosure"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "dsc_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "compound": {
         *         "id": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *         "name": "阳光花园"
         *       },
         *       "company": {
         *         "id": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A2",
         *         "name": "蒙城县安居物业服务有限公司"
         *       },
         *       "item": {
         *         "code": "publicRevenue",
         *         "label": {
         *           "zh": "公共收益收支",
         *           "en": "Public revenue and its use"
         *         }
         *       },
         *       "period": "2026-Q3",
         *       "title": "2026年第三季度公共收益收支公示",
         *       "content": "电梯广告收入12,000元；停车场收入8,500元；支出：公共设施维修6,200元。",
         *       "attachments": [
         *         "https://files.example.gov.cn/mengcheng/2026q3-revenue.pdf"
         *       ],
         *       "publishedAt": "2026-10-08T02:00:00.000Z",
         *       "publishedBy": {
         *         "id": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A3",
         *         "name": "王经理"
         *       },
         *       "withdrawnAt": null,
         *       "withdrawnBy": null,
         *       "withdrawalReason": null,
         *       "createdAt": "2026-10-08T02:00:00.000Z",
         *       "updatedAt": "2026-10-08T02:00:00.000Z"
         *     }
         */
        Disclosure: {
            id: string;
            compound: {
                id: string;
                name: string;
            } | null;
            company: {
                id: string;
                name: string;
            } | null;
            item: {
                code: string;
                label: {
                    zh: string;
                    en: string;
                };
            };
            /** @description `2026-10` (monthly), `2026-Q4` (quarterly) or `2026` (yearly). */
            period: string;
            title: string;
            content: string;
            attachments: string[];
            publishedAt: string;
            publishedBy: {
                id: string | null;
                name: string | null;
            };
            withdrawnAt: string | null;
            /** @description The user or API key that withdrew it. */
            withdrawnBy: string | null;
            withdrawalReason: string | null;
            createdAt: string;
            updatedAt: string;
        };
        /**
         * @description `item`: a code of the county's informationDisclosure policy (feeStandard, serviceStandard, publicRevenue, maintenanceFund, committeeDecisions, contractSummary). `period` on that item's cadence: `2026-10` monthly, `2026-Q4` quarterly, `2026` yearly. At least one of `compoundId` and `companyId`; a company's disclosure for a compound names both.
         * @example {
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *       "companyId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A2",
         *       "item": "publicRevenue",
         *       "period": "2026-Q3",
         *       "title": "2026年第三季度公共收益收支公示",
         *       "content": "电梯广告收入12,000元；停车场收入8,500元；支出：公共设施维修6,200元。",
         *       "attachments": [
         *         "https://files.example.gov.cn/mengcheng/2026q3-revenue.pdf"
         *       ]
         *     }
         */
        CreateDisclosureRequest: {
            compoundId?: string;
            companyId?: string;
            item: string;
            period: string;
            title: string;
            content: string;
            /** @default [] */
            attachments: string[];
        };
        /**
         * @example {
         *       "reason": "金额有误，更正后重新公示。"
         *     }
         */
        WithdrawDisclosureRequest: {
            reason: string;
        };
        PublicDisclosurePage: {
            items: components["schemas"]["PublicDisclosure"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "dsc_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "compound": {
         *         "id": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
         *         "name": "阳光花园"
         *       },
         *       "company": {
         *         "id": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A2",
         *         "name": "蒙城县安居物业服务有限公司"
         *       },
         *       "item": {
         *         "code": "publicRevenue",
         *         "label": {
         *           "zh": "公共收益收支",
         *           "en": "Public revenue and its use"
         *         }
         *       },
         *       "period": "2026-Q3",
         *       "title": "2026年第三季度公共收益收支公示",
         *       "content": "电梯广告收入12,000元；停车场收入8,500元；支出：公共设施维修6,200元。",
         *       "attachments": [
         *         "https://files.example.gov.cn/mengcheng/2026q3-revenue.pdf"
         *       ],
         *       "publishedAt": "2026-10-08T02:00:00.000Z"
         *     }
         */
        PublicDisclosure: {
            id: string;
            compound: {
                id: string;
                name: string;
            } | null;
            company: {
                id: string;
                name: string;
            } | null;
            item: {
                code: string;
                label: {
                    zh: string;
                    en: string;
                };
            };
            period: string;
            title: string;
            content: string;
            attachments: string[];
            publishedAt: string;
        };
        TaskPage: {
            items: components["schemas"]["Task"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "tsk_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "title": "幸福里未明确包保责任人",
         *       "description": "明确包保责任人并公示。",
         *       "source": "finding",
         *       "sourceId": "fnd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "ownerUnit": {
         *         "unitType": "region",
         *         "unitId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "城南社区"
         *       },
         *       "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "assignee": {
         *         "userId": null,
         *         "name": "王强"
         *       },
         *       "dueOn": "2026-12-31",
         *       "milestones": [
         *         {
         *           "title": "制定整改方案",
         *           "dueOn": "2026-12-10",
         *           "doneAt": null,
         *           "overdue": false
         *         }
         *       ],
         *       "status": "inProgress",
         *       "overdue": false,
         *       "allowedActions": [
         *         "submit"
         *       ],
         *       "issuedBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "startedAt": "2026-11-27T01:00:00.000Z",
         *       "submittedAt": null,
         *       "verifiedAt": null,
         *       "closedAt": null,
         *       "sentBackCount": 0,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-27T01:00:00.000Z"
         *     }
         */
        Task: {
            id: string;
            title: string;
            description: string | null;
            /** @enum {string} */
            source: "manual" | "finding" | "meetingResolution" | "case";
            /** @description The finding (fnd_), meeting resolution (mrs_) or case (cas_) it follows up. */
            sourceId: string | null;
            /** @description The unit answerable for the task (责任单位). */
            ownerUnit: {
                /** @enum {string} */
                unitType: "region" | "department" | "company" | "committee";
                unitId: string;
                /** @description The unit's name (a committee: its compound's name + 业主委员会). */
                name: string;
            };
            /** @description The region the task belongs to, for region staff's view: a region owner's own region; a committee's compound's community; for a department or company the region of its source (a finding's region, a case's community, a meeting's region) or of the region staff who issued it; null for county-level tasks. */
            regionId: string | null;
            assignee: {
                userId: string | null;
                name: string | null;
            } | null;
            /** Format: date */
            dueOn: string;
            milestones: components["schemas"]["TaskMilestone"][];
            /** @enum {string} */
            status: "open" | "inProgress" | "submitted" | "verified" | "closed";
            /** @description Neither verified nor closed, and the due date lies before today (the county's date). */
            overdue: boolean;
            /** @description What the status accepts now (whichever side may take it). */
            allowedActions: ("start" | "submit" | "sendBack" | "verify" | "close")[];
            /** @description The user or API key that issued it. */
            issuedBy: string | null;
            /**
             * @description ISO 8601, UTC.
             * @example null
             */
            startedAt: string | null;
            /**
             * @description The last submission (cleared when sent back).
             * @example null
             */
            submittedAt: string | null;
            /**
             * @description ISO 8601, UTC.
             * @example null
             */
            verifiedAt: string | null;
            /**
             * @description ISO 8601, UTC.
             * @example null
             */
            closedAt: string | null;
            sentBackCount: number;
            createdAt: string;
            updatedAt: string;
        };
        /**
         * @example {
         *       "title": "制定整改方案",
         *       "dueOn": "2026-12-10",
         *       "doneAt": null,
         *       "overdue": false
         *     }
         */
        TaskMilestone: {
            title: string;
            /** Format: date */
            dueOn: string;
            /**
             * @description ISO 8601, UTC.
             * @example null
             */
            doneAt: string | null;
            /** @description Not done and due before today while the task is open. */
            overdue: boolean;
        };
        /**
         * @example {
         *       "title": "城南社区物业服务企业公示栏整改",
         *       "description": "按要求公示收费标准、服务标准和公共收益。",
         *       "ownerUnit": {
         *         "unitType": "company",
         *         "unitId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *       },
         *       "assignee": {
         *         "name": "张经理"
         *       },
         *       "dueOn": "2026-12-31",
         *       "milestones": [
         *         {
         *           "title": "制定整改方案",
         *           "dueOn": "2026-12-10"
         *         }
         *       ]
         *     }
         */
        CreateTaskRequest: {
            title: string;
            description?: string;
            ownerUnit: {
                /** @enum {string} */
                unitType: "region" | "department" | "company" | "committee";
                unitId: string;
            };
            assignee?: {
                userId?: string;
                name?: string;
            };
            dueOn: string;
            /** @default [] */
            milestones: {
                title: string;
                dueOn: string;
            }[];
            /**
             * @default manual
             * @enum {string}
             */
            source: "manual" | "finding" | "meetingResolution" | "case";
            sourceId?: string;
        };
        /**
         * @example {
         *       "id": "tsk_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "title": "幸福里未明确包保责任人",
         *       "description": "明确包保责任人并公示。",
         *       "source": "finding",
         *       "sourceId": "fnd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "ownerUnit": {
         *         "unitType": "region",
         *         "unitId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "城南社区"
         *       },
         *       "regionId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "assignee": {
         *         "userId": null,
         *         "name": "王强"
         *       },
         *       "dueOn": "2026-12-31",
         *       "milestones": [
         *         {
         *           "title": "制定整改方案",
         *           "dueOn": "2026-12-10",
         *           "doneAt": null,
         *           "overdue": false
         *         }
         *       ],
         *       "status": "inProgress",
         *       "overdue": false,
         *       "allowedActions": [
         *         "submit"
         *       ],
         *       "issuedBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "startedAt": "2026-11-27T01:00:00.000Z",
         *       "submittedAt": null,
         *       "verifiedAt": null,
         *       "closedAt": null,
         *       "sentBackCount": 0,
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-27T01:00:00.000Z",
         *       "events": [
         *         {
         *           "id": "tev_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "type": "sentBack",
         *           "at": "2026-11-28T02:00:00.000Z",
         *           "actor": {
         *             "type": "user",
         *             "id": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *             "name": "县住房发展中心管理员"
         *           },
         *           "status": "inProgress",
         *           "payload": {
         *             "reason": "公示照片不清晰，请重新上传。"
         *           }
         *         }
         *       ]
         *     }
         */
        TaskWithTimeline: {
            id: string;
            title: string;
            description: string | null;
            /** @enum {string} */
            source: "manual" | "finding" | "meetingResolution" | "case";
            /** @description The finding (fnd_), meeting resolution (mrs_) or case (cas_) it follows up. */
            sourceId: string | null;
            /** @description The unit answerable for the task (责任单位). */
            ownerUnit: {
                /** @enum {string} */
                unitType: "region" | "department" | "company" | "committee";
                unitId: string;
                /** @description The unit's name (a committee: its compound's name + 业主委员会). */
                name: string;
            };
            /** @description The region the task belongs to, for region staff's view: a region owner's own region; a committee's compound's community; for a department or company the region of its source (a finding's region, a case's community, a meeting's region) or of the region staff who issued it; null for county-level tasks. */
            regionId: string | null;
            assignee: {
                userId: string | null;
                name: string | null;
            } | null;
            /** Format: date */
            dueOn: string;
            milestones: components["schemas"]["TaskMilestone"][];
            /** @enum {string} */
            status: "open" | "inProgress" | "submitted" | "verified" | "closed";
            /** @description Neither verified nor closed, and the due date lies before today (the county's date). */
            overdue: boolean;
            /** @description What the status accepts now (whichever side may take it). */
            allowedActions: ("start" | "submit" | "sendBack" | "verify" | "close")[];
            /** @description The user or API key that issued it. */
            issuedBy: string | null;
            /**
             * @description ISO 8601, UTC.
             * @example null
             */
            startedAt: string | null;
            /**
             * @description The last submission (cleared when sent back).
             * @example null
             */
            submittedAt: string | null;
            /**
             * @description ISO 8601, UTC.
             * @example null
             */
            verifiedAt: string | null;
            /**
             * @description ISO 8601, UTC.
             * @example null
             */
            closedAt: string | null;
            sentBackCount: number;
            createdAt: string;
            updatedAt: string;
            events: components["schemas"]["TaskEvent"][];
        };
        /**
         * @example {
         *       "id": "tev_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "type": "sentBack",
         *       "at": "2026-11-28T02:00:00.000Z",
         *       "actor": {
         *         "type": "user",
         *         "id": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "县住房发展中心管理员"
         *       },
         *       "status": "inProgress",
         *       "payload": {
         *         "reason": "公示照片不清晰，请重新上传。"
         *       }
         *     }
         */
        TaskEvent: {
            id: string;
            /** @description created, updated, started, submitted, sentBack, verified, closed or milestoneDone. */
            type: string;
            at: string;
            actor: {
                type: string;
                id: string | null;
                name: string | null;
            };
            /**
             * @description The task's status after the event.
             * @enum {string}
             */
            status: "open" | "inProgress" | "submitted" | "verified" | "closed";
            /** @description What the event carried: a reason (sentBack), a note, changed fields, a milestone. */
            payload: {
                [key: string]: unknown;
            };
        };
        /**
         * @example {
         *       "type": "urn:propgov:problem:conflict",
         *       "title": "Conflict",
         *       "status": 409,
         *       "detail": "A task that is open does not accept 'submit'. Allowed now: start.",
         *       "code": "conflict",
         *       "requestId": "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "currentStatus": "open",
         *       "allowedActions": [
         *         "start"
         *       ]
         *     }
         */
        TaskConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            currentStatus?: "open" | "inProgress" | "submitted" | "verified" | "closed";
            allowedActions?: ("start" | "submit" | "sendBack" | "verify" | "close")[];
            /** @description The task that already follows up the item. */
            taskId?: string;
        };
        /**
         * @example {
         *       "dueOn": "2027-01-15",
         *       "assignee": {
         *         "name": "李明"
         *       }
         *     }
         */
        UpdateTaskRequest: {
            title?: string;
            description?: string | null;
            dueOn?: string;
            milestones?: {
                title: string;
                dueOn: string;
            }[];
            assignee?: {
                userId?: string;
                name?: string;
            } | null;
        };
        /**
         * @example {
         *       "note": "已完成整改，附照片。"
         *     }
         */
        TaskNoteRequest: {
            note?: string;
        };
        /**
         * @example {
         *       "reason": "公示照片不清晰，请重新上传。"
         *     }
         */
        SendBackTaskRequest: {
            reason: string;
        };
        /**
         * @example {
         *       "ownerUnit": {
         *         "unitType": "region",
         *         "unitId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0"
         *       },
         *       "dueOn": "2026-12-31"
         *     }
         */
        CreateTaskFromFindingRequest: {
            ownerUnit?: {
                /** @enum {string} */
                unitType: "region" | "department" | "company" | "committee";
                unitId: string;
            };
            dueOn: string;
            assignee?: {
                userId?: string;
                name?: string;
            };
            /** @default [] */
            milestones: {
                title: string;
                dueOn: string;
            }[];
        };
        /**
         * @example {
         *       "period": "2026-10",
         *       "kind": "month",
         *       "from": "2026-10-01",
         *       "to": "2026-10-31",
         *       "timezone": "Asia/Shanghai",
         *       "today": "2026-11-03",
         *       "ownerUnitType": null,
         *       "units": [
         *         {
         *           "unitType": "company",
         *           "unitId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "name": "蒙城县第1物业服务有限公司",
         *           "due": 4,
         *           "completedOnTime": 2,
         *           "completedLate": 1,
         *           "openOverdue": 1,
         *           "openNotDue": 0,
         *           "onTimeRate": 0.5
         *         }
         *       ],
         *       "totals": {
         *         "due": 4,
         *         "completedOnTime": 2,
         *         "completedLate": 1,
         *         "openOverdue": 1,
         *         "openNotDue": 0,
         *         "onTimeRate": 0.5
         *       }
         *     }
         */
        TaskKpis: {
            period: string;
            /** @enum {string} */
            kind: "month" | "quarter" | "year";
            /** @description The period's first day. */
            from: string;
            /** @description The period's last day (inclusive). */
            to: string;
            timezone: string;
            /** @description The county's date the figures were judged on. */
            today: string;
            /** @enum {string|null} */
            ownerUnitType: "region" | "department" | "company" | "committee" | null;
            /** @description Every owner unit with a task due in the period, lowest on-time rate first (null rates last). */
            units: components["schemas"]["TaskKpiUnit"][];
            /** @description All those units together. */
            totals: {
                /** @description Tasks due in the period. */
                due: number;
                /** @description 按时完成: verified or closed, and submitted by the end of the due day (the county's time zone). */
                completedOnTime: number;
                /** @description 逾期完成: verified or closed, submitted after the due day. */
                completedLate: number;
                /** @description 逾期未完成: neither verified nor closed, and the due day has passed. */
                openOverdue: number;
                /** @description Neither verified nor closed, not yet past due: undecided, in no part of the rate. */
                openNotDue: number;
                /** @description 按时完成率: completedOnTime ÷ (completedOnTime + completedLate + openOverdue), the tasks due in the period whose outcome is decided; null when none is (nothing due, or nothing due yet). */
                onTimeRate: number | null;
            };
        };
        /**
         * @example {
         *       "unitType": "company",
         *       "unitId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "name": "蒙城县第1物业服务有限公司",
         *       "due": 4,
         *       "completedOnTime": 2,
         *       "completedLate": 1,
         *       "openOverdue": 1,
         *       "openNotDue": 0,
         *       "onTimeRate": 0.5
         *     }
         */
        TaskKpiUnit: {
            /** @enum {string} */
            unitType: "region" | "department" | "company" | "committee";
            unitId: string;
            name: string;
            /** @description Tasks due in the period. */
            due: number;
            /** @description 按时完成: verified or closed, and submitted by the end of the due day (the county's time zone). */
            completedOnTime: number;
            /** @description 逾期完成: verified or closed, submitted after the due day. */
            completedLate: number;
            /** @description 逾期未完成: neither verified nor closed, and the due day has passed. */
            openOverdue: number;
            /** @description Neither verified nor closed, not yet past due: undecided, in no part of the rate. */
            openNotDue: number;
            /** @description 按时完成率: completedOnTime ÷ (completedOnTime + completedLate + openOverdue), the tasks due in the period whose outcome is decided; null when none is (nothing due, or nothing due yet). */
            onTimeRate: number | null;
        };
        LifecycleEventPage: {
            items: components["schemas"]["LifecycleEvent"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "lce_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "compoundName": "阳光花园",
         *       "communityId": "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "kind": "companySelection",
         *       "kindLabel": {
         *         "zh": "物业服务企业选聘(招投标)",
         *         "en": "Selecting a company (tender)"
         *       },
         *       "title": "阳光花园物业服务企业选聘",
         *       "startedOn": "2026-11-20",
         *       "status": "open",
         *       "statusLabel": {
         *         "zh": "进行中",
         *         "en": "Open"
         *       },
         *       "required": true,
         *       "steps": [
         *         {
         *           "code": "announcement",
         *           "name": {
         *             "zh": "选聘公告",
         *             "en": "Announcement"
         *           },
         *           "participants": [
         *             {
         *               "participant": "community",
         *               "label": {
         *                 "zh": "社区居委会",
         *                 "en": "the community (residents' committee)"
         *               }
         *             },
         *             {
         *               "participant": "communityPartyOrg",
         *               "label": {
         *                 "zh": "社区党组织",
         *                 "en": "the community party organisation"
         *               }
         *             }
         *           ],
         *           "signOffs": [
         *             {
         *               "id": "sgn_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *               "step": "announcement",
         *               "participant": "communityPartyOrg",
         *               "participantLabel": {
         *                 "zh": "社区党组织",
         *                 "en": "the community party organisation"
         *               },
         *               "unitId": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *               "note": "已审核选聘公告。",
         *               "at": "2026-11-27T02:00:00.000Z",
         *               "actor": {
         *                 "type": "user",
         *                 "id": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *                 "name": "城南社区书记"
         *               }
         *             }
         *           ],
         *           "missing": [
         *             "community"
         *           ]
         *         }
         *       ],
         *       "missing": [
         *         {
         *           "step": "announcement",
         *           "participant": "community",
         *           "label": {
         *             "zh": "选聘公告：社区居委会",
         *             "en": "Announcement: the community (residents' committee)"
         *           }
         *         }
         *       ],
         *       "allowedActions": [
         *         "signOff",
         *         "complete",
         *         "cancel"
         *       ],
         *       "completedAt": null,
         *       "cancelledAt": null,
         *       "cancelReason": null,
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "createdAt": "2026-11-26T08:00:00.000Z",
         *       "updatedAt": "2026-11-27T02:00:00.000Z"
         *     }
         */
        LifecycleEvent: {
            id: string;
            compoundId: string;
            compoundName: string;
            communityId: string;
            /** @enum {string} */
            kind: "companySelection" | "contractRenewal" | "committeeElection" | "committeeChange" | "handover" | "majorRepair";
            kindLabel: {
                zh: string;
                en: string;
            };
            title: string;
            /** Format: date */
            startedOn: string;
            /** @enum {string} */
            status: "open" | "completed" | "cancelled";
            statusLabel: {
                zh: string;
                en: string;
            };
            /** @description Whether completing needs every sign-off under the current mechanism (the wholeProcessParticipation policy is enabled and the kind is `required`). */
            required: boolean;
            /** @description The steps, fixed from the policy config when the event started. */
            steps: components["schemas"]["LifecycleStep"][];
            missing: components["schemas"]["LifecycleMissingSignOff"][];
            allowedActions: ("signOff" | "complete" | "cancel")[];
            /**
             * @description ISO 8601, UTC.
             * @example null
             */
            completedAt: string | null;
            /**
             * @description ISO 8601, UTC.
             * @example null
             */
            cancelledAt: string | null;
            cancelReason: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
        };
        LifecycleStep: {
            code: string;
            name: {
                zh: string;
                en: string;
            };
            participants: {
                participant: string;
                label: {
                    zh: string;
                    en: string;
                };
            }[];
            signOffs: components["schemas"]["LifecycleSignOff"][];
            /** @description Participants of the step not signed yet. */
            missing: string[];
        };
        /**
         * @example {
         *       "id": "sgn_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "step": "announcement",
         *       "participant": "communityPartyOrg",
         *       "participantLabel": {
         *         "zh": "社区党组织",
         *         "en": "the community party organisation"
         *       },
         *       "unitId": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "note": "已审核选聘公告。",
         *       "at": "2026-11-27T02:00:00.000Z",
         *       "actor": {
         *         "type": "user",
         *         "id": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "城南社区书记"
         *       }
         *     }
         */
        LifecycleSignOff: {
            id: string;
            step: string;
            participant: string;
            participantLabel: {
                zh: string;
                en: string;
            };
            /** @description The signing unit (reg_, pty_, cmt_ or cmp_). */
            unitId: string | null;
            note: string | null;
            at: string;
            actor: {
                type: string;
                id: string | null;
                name: string | null;
            };
        };
        LifecycleMissingSignOff: {
            step: string;
            participant: string;
            /** @description `step: participant`, in Chinese and English. */
            label: {
                zh: string;
                en: string;
            };
        };
        /**
         * @example {
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "kind": "companySelection",
         *       "title": "阳光花园物业服务企业选聘",
         *       "startedOn": "2026-11-20"
         *     }
         */
        CreateLifecycleEventRequest: {
            compoundId: string;
            /** @enum {string} */
            kind: "companySelection" | "contractRenewal" | "committeeElection" | "committeeChange" | "handover" | "majorRepair";
            title: string;
            startedOn: string;
        };
        /**
         * @example {
         *       "type": "urn:propgov:problem:conflict",
         *       "title": "Conflict",
         *       "status": 409,
         *       "detail": "Whole-process participation: the event cannot complete without these sign-offs: Announcement: the community (residents' committee). (全过程参与制度：尚缺以下签字确认，不能办结：选聘公告：社区居委会。)",
         *       "code": "conflict",
         *       "requestId": "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "currentStatus": "open",
         *       "policy": "wholeProcessParticipation",
         *       "reason": {
         *         "zh": "全过程参与制度：尚缺以下签字确认，不能办结：选聘公告：社区居委会。",
         *         "en": "Whole-process participation: the event cannot complete without these sign-offs: Announcement: the community (residents' committee)."
         *       },
         *       "missing": [
         *         {
         *           "step": "announcement",
         *           "participant": "community",
         *           "label": {
         *             "zh": "选聘公告：社区居委会",
         *             "en": "Announcement: the community (residents' committee)"
         *           }
         *         }
         *       ]
         *     }
         */
        LifecycleConflictProblem: components["schemas"]["Problem"] & {
            /** @description Why completion is refused, in Chinese and English. */
            reason?: {
                zh: string;
                en: string;
            };
            /** @enum {string} */
            currentStatus?: "open" | "completed" | "cancelled";
            allowedActions?: ("signOff" | "complete" | "cancel")[];
            policy?: string;
            /** @description The sign-offs that are missing. */
            missing?: components["schemas"]["LifecycleMissingSignOff"][];
            step?: string;
            participant?: string;
        };
        /**
         * @example {
         *       "step": "announcement",
         *       "participant": "communityPartyOrg",
         *       "unitId": "pty_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "note": "已审核选聘公告。"
         *     }
         */
        LifecycleSignOffRequest: {
            step: string;
            /** @enum {string} */
            participant: "townshipStreet" | "community" | "communityPartyOrg" | "compoundBranch" | "committee" | "company";
            unitId?: string;
            note?: string;
        };
        /**
         * @example {
         *       "reason": "业主大会决定暂缓选聘。"
         *     }
         */
        CancelLifecycleEventRequest: {
            reason: string;
        };
        ExcellenceNominationPage: {
            items: components["schemas"]["ExcellenceNomination"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "id": "nom_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "contract": {
         *         "id": "ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "companyId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "companyName": "蒙城县安居物业服务有限公司",
         *         "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "compoundName": "阳光花园",
         *         "startsOn": "2022-01-01",
         *         "endsOn": "2026-12-31"
         *       },
         *       "level": "municipal",
         *       "year": 2025,
         *       "status": "nominated",
         *       "note": "服务规范，群众满意度高。",
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "createdAt": "2026-01-10T02:00:00.000Z",
         *       "updatedAt": "2026-01-10T02:00:00.000Z",
         *       "decidedAt": null,
         *       "decidedBy": null,
         *       "decisionNote": null,
         *       "allowedActions": [
         *         "withdraw",
         *         "award",
         *         "reject"
         *       ]
         *     }
         */
        ExcellenceNomination: {
            id: string;
            contract: components["schemas"]["ExcellenceContract"];
            /**
             * @description municipal 市优项目, provincial 省优项目.
             * @enum {string}
             */
            level: "provincial" | "municipal";
            year: number;
            /** @enum {string} */
            status: "nominated" | "withdrawn" | "awarded" | "rejected";
            note: string | null;
            /** @description The user or API key that nominated. */
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            /** @description When it was withdrawn, awarded or rejected. */
            decidedAt: string | null;
            /** @description The user or API key that withdrew, awarded or rejected it. */
            decidedBy: string | null;
            /** @description The note of the withdrawal or award, or the reason of the rejection. */
            decisionNote: string | null;
            /** @description What its status accepts (withdraw: the company or the county; award, reject: the county). */
            allowedActions: ("withdraw" | "award" | "reject")[];
        };
        /**
         * @example {
         *       "id": "ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "companyId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "companyName": "蒙城县安居物业服务有限公司",
         *       "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "compoundName": "阳光花园",
         *       "startsOn": "2022-01-01",
         *       "endsOn": "2026-12-31"
         *     }
         */
        ExcellenceContract: {
            id: string;
            companyId: string;
            companyName: string;
            compoundId: string;
            compoundName: string;
            /** Format: date */
            startsOn: string;
            /** Format: date */
            endsOn: string;
        };
        /**
         * @example {
         *       "type": "urn:propgov:problem:conflict",
         *       "title": "Conflict",
         *       "status": 409,
         *       "detail": "A nomination that is awarded does not accept 'withdraw'. Allowed now: none.",
         *       "code": "conflict",
         *       "requestId": "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "currentStatus": "awarded",
         *       "allowedActions": []
         *     }
         */
        NominationConflictProblem: components["schemas"]["Problem"] & {
            /** @enum {string} */
            currentStatus?: "nominated" | "withdrawn" | "awarded" | "rejected";
            allowedActions?: ("withdraw" | "award" | "reject")[];
            /** @description The nomination that already exists. */
            existingId?: string;
            /** @enum {string} */
            existingStatus?: "nominated" | "withdrawn" | "awarded" | "rejected";
        };
        /**
         * @example {
         *       "contractId": "ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "level": "municipal",
         *       "year": 2025,
         *       "note": "服务规范，群众满意度高。"
         *     }
         */
        CreateNominationRequest: {
            contractId: string;
            /** @enum {string} */
            level: "provincial" | "municipal";
            year: number;
            note?: string;
        };
        /**
         * @example {
         *       "id": "nom_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "contract": {
         *         "id": "ctr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "companyId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "companyName": "蒙城县安居物业服务有限公司",
         *         "compoundId": "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "compoundName": "阳光花园",
         *         "startsOn": "2022-01-01",
         *         "endsOn": "2026-12-31"
         *       },
         *       "level": "municipal",
         *       "year": 2025,
         *       "status": "nominated",
         *       "note": "服务规范，群众满意度高。",
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "createdAt": "2026-01-10T02:00:00.000Z",
         *       "updatedAt": "2026-01-10T02:00:00.000Z",
         *       "decidedAt": null,
         *       "decidedBy": null,
         *       "decisionNote": null,
         *       "allowedActions": [
         *         "withdraw",
         *         "award",
         *         "reject"
         *       ],
         *       "evaluation": null,
         *       "history": [
         *         {
         *           "action": "nominate",
         *           "at": "2026-01-10T02:00:00.000Z",
         *           "actorType": "user",
         *           "actorId": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "note": "服务规范，群众满意度高。"
         *         }
         *       ]
         *     }
         */
        ExcellenceNominationDetail: {
            id: string;
            contract: components["schemas"]["ExcellenceContract"];
            /**
             * @description municipal 市优项目, provincial 省优项目.
             * @enum {string}
             */
            level: "provincial" | "municipal";
            year: number;
            /** @enum {string} */
            status: "nominated" | "withdrawn" | "awarded" | "rejected";
            note: string | null;
            /** @description The user or API key that nominated. */
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
            /** @description When it was withdrawn, awarded or rejected. */
            decidedAt: string | null;
            /** @description The user or API key that withdrew, awarded or rejected it. */
            decidedBy: string | null;
            /** @description The note of the withdrawal or award, or the reason of the rejection. */
            decisionNote: string | null;
            /** @description What its status accepts (withdraw: the company or the county; award, reject: the county). */
            allowedActions: ("withdraw" | "award" | "reject")[];
            evaluation: components["schemas"]["ExcellenceEvaluation"];
            history: {
                /** @enum {string} */
                action: "nominate" | "withdraw" | "award" | "reject";
                at: string;
                actorType: string;
                actorId: string | null;
                /** @description The note given, or a rejection's reason. */
                note: string | null;
            }[];
        };
        /**
         * @description The criteria as they stand now for its contract and year; null once the contract is archived.
         * @example {
         *       "year": 2025,
         *       "assessedOn": "2025-12-31",
         *       "criteria": [
         *         {
         *           "code": "creditGrade",
         *           "label": {
         *             "zh": "企业信用等级",
         *             "en": "Company credit grade"
         *           },
         *           "status": "pass",
         *           "evidence": {
         *             "grade": "AA",
         *             "minGrade": "A"
         *           },
         *           "reason": {
         *             "zh": "信用等级AA，达到A级。",
         *             "en": "Credit grade AA, at least A."
         *           }
         *         }
         *       ],
         *       "eligible": false,
         *       "pending": true,
         *       "evidence": {
         *         "assessedOn": "2025-12-31",
         *         "overdueCases": {
         *           "overdue": 1,
         *           "beyondLimit": 0,
         *           "oldestOverdueDays": 3
         *         },
         *         "satisfaction": {
         *           "rated": 20,
         *           "satisfied": 19,
         *           "rate": 0.95
         *         },
         *         "disclosures": {
         *           "findings": 0,
         *           "rules": []
         *         },
         *         "projectManager": {
         *           "since": "2022-01-01",
         *           "months": 47,
         *           "changesInYear": 0
         *         },
         *         "credit": {
         *           "grade": "AA"
         *         }
         *       }
         *     }
         */
        ExcellenceEvaluation: {
            year: number;
            /** Format: date */
            assessedOn: string;
            /** @description One result per criterion the tenant's cultivateExcellence config asks for (disclosures unless `requireDisclosuresComplete` is false, credit unless `minCreditGrade` is null). */
            criteria: components["schemas"]["ExcellenceCriterionResult"][];
            /** @description Every criterion met. */
            eligible: boolean;
            /** @description None failed, some not yet evaluable. */
            pending: boolean;
            evidence: components["schemas"]["ExcellenceEvidence"];
        } | null;
        /**
         * @example {
         *       "code": "creditGrade",
         *       "label": {
         *         "zh": "企业信用等级",
         *         "en": "Company credit grade"
         *       },
         *       "status": "pass",
         *       "evidence": {
         *         "grade": "AA",
         *         "minGrade": "A"
         *       },
         *       "reason": {
         *         "zh": "信用等级AA，达到A级。",
         *         "en": "Credit grade AA, at least A."
         *       }
         *     }
         */
        ExcellenceCriterionResult: {
            /** @enum {string} */
            code: "overdueCases" | "satisfaction" | "disclosures" | "projectManagerTenure" | "creditGrade";
            label: {
                zh: string;
                en: string;
            };
            /** @enum {string} */
            status: "pass" | "fail" | "notEvaluable";
            /** @description The figures and the limit. */
            evidence: {
                [key: string]: unknown;
            };
            reason: {
                zh: string;
                en: string;
            };
        };
        /**
         * @example {
         *       "assessedOn": "2025-12-31",
         *       "overdueCases": {
         *         "overdue": 1,
         *         "beyondLimit": 0,
         *         "oldestOverdueDays": 3
         *       },
         *       "satisfaction": {
         *         "rated": 20,
         *         "satisfied": 19,
         *         "rate": 0.95
         *       },
         *       "disclosures": {
         *         "findings": 0,
         *         "rules": []
         *       },
         *       "projectManager": {
         *         "since": "2022-01-01",
         *         "months": 47,
         *         "changesInYear": 0
         *       },
         *       "credit": {
         *         "grade": "AA"
         *       }
         *     }
         */
        ExcellenceEvidence: {
            /**
             * Format: date
             * @description The year's last day, or today while it runs.
             */
            assessedOn: string;
            /** @description Cases of the compound received during the contract and overdue at the assessment instant (since the first deadline each missed); those overdue longer than `maxOverdueCaseAgeDays`; the oldest age in days. */
            overdueCases: {
                overdue: number;
                beyondLimit: number;
                oldestOverdueDays: number | null;
            };
            /** @description Cases of the compound rated in the year: satisfied or basically satisfied ÷ rated; null without rated cases. */
            satisfaction: {
                rated: number;
                satisfied: number;
                rate: number | null;
            };
            /** @description informationDisclosure findings over the year that are the company's to mend (missing or late items), or why the policy cannot judge them. */
            disclosures: {
                findings: number;
                rules: string[];
            } | {
                /** @description Why it cannot be judged. */
                unavailable: {
                    zh: string;
                    en: string;
                };
            };
            /** @description The current project manager: in post since the last change (the contract's start when never changed), full months to the assessment day, changes in the year. */
            projectManager: {
                /** Format: date */
                since: string;
                months: number;
                changesInYear: number;
            } | {
                /** @description Why it cannot be judged. */
                unavailable: {
                    zh: string;
                    en: string;
                };
            };
            /** @description The company's credit grade on the assessment day, from its credit file; null only when unknown. */
            credit: {
                /** @enum {string|null} */
                grade: "AAA" | "AA" | "A" | "B" | "C" | null;
            };
        };
        /**
         * @example {
         *       "note": "经评审，符合市优项目条件。"
         *     }
         */
        NominationNoteRequest: {
            note?: string;
        };
        /**
         * @example {
         *       "reason": "年内有逾期超过30天的投诉未办结。"
         *     }
         */
        RejectNominationRequest: {
            reason: string;
        };
        ExcellenceCandidates: {
            year: number;
            /** Format: date */
            assessedOn: string;
            /** @description Whether the mechanism enables cultivateExcellence (its config applies either way). */
            policyEnabled: boolean;
            /** @description Contracts meeting every criterion. */
            candidates: components["schemas"]["ExcellenceCandidate"][];
            /** @description Contracts failing none, with some criterion not evaluable (e.g. disclosures where the policy does not run). */
            pending: components["schemas"]["ExcellenceCandidate"][];
            /** @description Contracts failing a criterion. */
            notEligible: components["schemas"]["ExcellenceCandidate"][];
        };
        ExcellenceCandidate: {
            contract: components["schemas"]["ExcellenceContract"];
            evaluation: components["schemas"]["ExcellenceEvaluation"];
        };
        CreditRanking: {
            items: components["schemas"]["CreditStanding"][];
        };
        /**
         * @example {
         *       "company": {
         *         "id": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *         "name": "蒙城县安居物业服务有限公司",
         *         "uscc": "91341622MA2N0ABC1X"
         *       },
         *       "on": "2026-06-30",
         *       "base": 80,
         *       "score": 75,
         *       "grade": "A",
         *       "good": 0,
         *       "bad": 5
         *     }
         */
        CreditStanding: {
            company: components["schemas"]["CreditCompany"];
            /** Format: date */
            on: string;
            base: number;
            /** @description base + good − bad points of the records in force on `on`. */
            score: number;
            /** @enum {string} */
            grade: "AAA" | "AA" | "A" | "B" | "C";
            good: number;
            bad: number;
        };
        CreditCompany: {
            id: string;
            name: string;
            uscc: string;
        };
        CreditFile: {
            company: components["schemas"]["CreditCompany"];
            /** Format: date */
            on: string;
            base: number;
            /** @description base + good − bad points of the records in force on `on`. */
            score: number;
            /** @enum {string} */
            grade: "AAA" | "AA" | "A" | "B" | "C";
            good: number;
            bad: number;
            /** @description In force on `on`, newest effective first. */
            records: components["schemas"]["CreditRecord"][];
            /** @description Every record, revoked and expired included, newest effective first. */
            history: components["schemas"]["CreditRecord"][];
        };
        /**
         * @example {
         *       "id": "crd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "companyId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "kind": "bad",
         *       "category": "违规收费",
         *       "points": 5,
         *       "source": "administrativePenalty",
         *       "sourceId": null,
         *       "evidence": "县住建局执法检查记录",
         *       "effectiveOn": "2026-03-01",
         *       "expiresOn": "2027-03-01",
         *       "public": true,
         *       "penalty": {
         *         "decisionNumber": "蒙住建罚〔2026〕3号",
         *         "authority": "蒙城县住房和城乡建设局",
         *         "authorityUscc": null,
         *         "fine": 0.5,
         *         "decidedOn": "2026-03-01",
         *         "penaltyType": "罚款",
         *         "cause": "超标准收取停车费",
         *         "basis": "《物业管理条例》第四十条",
         *         "content": "罚款人民币伍仟元",
         *         "legalRepresentative": null,
         *         "note": null
         *       },
         *       "revokedAt": null,
         *       "revokeReason": null,
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "createdAt": "2026-03-01T08:00:00.000Z",
         *       "updatedAt": "2026-03-01T08:00:00.000Z"
         *     }
         */
        CreditRecord: {
            id: string;
            companyId: string;
            /** @enum {string} */
            kind: "good" | "bad";
            category: string;
            points: number;
            /** @enum {string} */
            source: "assessment" | "finding" | "administrativePenalty" | "award" | "manual";
            sourceId: string | null;
            evidence: string;
            /** Format: date */
            effectiveOn: string;
            /**
             * Format: date
             * @description Last day in force (inclusive).
             */
            expiresOn: string;
            public: boolean;
            penalty: components["schemas"]["CreditPenalty"];
            revokedAt: string | null;
            revokeReason: string | null;
            createdBy: string | null;
            createdAt: string;
            updatedAt: string;
        };
        CreditPenalty: {
            decisionNumber: string;
            authority: string;
            authorityUscc?: string | null;
            /** @description 罚款金额 in 万元. */
            fine?: number | null;
            /** Format: date */
            decidedOn: string;
            penaltyType?: string | null;
            cause?: string | null;
            basis?: string | null;
            content?: string | null;
            legalRepresentative?: string | null;
            note?: string | null;
        } | null;
        CreditRecordPage: {
            items: components["schemas"]["CreditRecord"][];
            /** @example null */
            nextCursor: string | null;
        };
        /**
         * @example {
         *       "kind": "bad",
         *       "category": "违规收费",
         *       "points": 5,
         *       "source": "administrativePenalty",
         *       "evidence": "县住建局执法检查记录",
         *       "effectiveOn": "2026-03-01",
         *       "penalty": {
         *         "decisionNumber": "蒙住建罚〔2026〕3号",
         *         "authority": "蒙城县住房和城乡建设局",
         *         "fine": 0.5,
         *         "penaltyType": "罚款",
         *         "cause": "超标准收取停车费",
         *         "basis": "《物业管理条例》第四十条",
         *         "content": "罚款人民币伍仟元"
         *       }
         *     }
         */
        CreateCreditRecordRequest: {
            /** @enum {string} */
            kind: "good" | "bad";
            category: string;
            points: number;
            /** @enum {string} */
            source: "assessment" | "finding" | "administrativePenalty" | "award" | "manual";
            sourceId?: string | null;
            evidence: string;
            effectiveOn: string;
            expiresOn?: string | null;
            public?: boolean;
            penalty?: {
                decisionNumber: string;
                authority: string;
                authorityUscc?: string | null;
                fine?: number | null;
                decidedOn?: string | null;
                penaltyType?: string | null;
                cause?: string | null;
                basis?: string | null;
                content?: string | null;
                legalRepresentative?: string | null;
                note?: string | null;
            } | null;
        };
        /**
         * @example {
         *       "reason": "处罚决定已被行政复议撤销"
         *     }
         */
        RevokeCreditRecordRequest: {
            reason: string;
        };
        CreditEligibility: {
            company: components["schemas"]["CreditCompany"];
            /** @enum {string} */
            for: "bidding" | "award";
            /** Format: date */
            on: string;
            score: number;
            /** @enum {string} */
            grade: "AAA" | "AA" | "A" | "B" | "C";
            allowed: boolean;
            /** @description Why not; empty when allowed. */
            reasons: {
                zh: string;
                en: string;
                /** @enum {string} */
                code: "gradeExcluded" | "gradeBelowMinimum" | "blacklisted";
            }[];
            /** @description Joint incentives (联合激励) the grade earns. */
            incentives: {
                zh: string;
                en: string;
            }[];
        };
        PublicCreditBoard: {
            /** Format: date */
            on: string;
            companies: {
                company: components["schemas"]["CreditCompany"];
                score: number;
                /** @enum {string} */
                grade: "AAA" | "AA" | "A" | "B" | "C";
                records: {
                    id: string;
                    /** @enum {string} */
                    kind: "good" | "bad";
                    category: string;
                    points: number;
                    /** @enum {string} */
                    source: "assessment" | "finding" | "administrativePenalty" | "award" | "manual";
                    /** Format: date */
                    effectiveOn: string;
                    /** Format: date */
                    expiresOn: string;
                    penalty: {
                        decisionNumber: string;
                        authority: string;
                        decidedOn: string;
                    } | null;
                }[];
            }[];
        };
        /**
         * @example {
         *       "id": "atp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "code": "company",
         *       "version": 1,
         *       "targetKind": "company",
         *       "document": {
         *         "name": {
         *           "zh": "物业服务企业考核细则",
         *           "en": "Property company assessment"
         *         },
         *         "targetKind": "company",
         *         "passLine": 60,
         *         "items": [
         *           {
         *             "id": "responseRate",
         *             "title": {
         *               "zh": "投诉即办响应率",
         *               "en": "Case response rate"
         *             },
         *             "points": 15,
         *             "source": {
         *               "metric": "cases.responseRate"
         *             },
         *             "rule": {
         *               "kind": "linear",
         *               "from": 0.6,
         *               "to": 1
         *             }
         *           },
         *           {
         *             "id": "resolutionRate",
         *             "title": {
         *               "zh": "投诉即办办结率",
         *               "en": "Case resolution rate"
         *             },
         *             "points": 15,
         *             "source": {
         *               "metric": "cases.resolutionRate"
         *             },
         *             "rule": {
         *               "kind": "linear",
         *               "from": 0.6,
         *               "to": 1
         *             }
         *           },
         *           {
         *             "id": "satisfactionRate",
         *             "title": {
         *               "zh": "投诉即办满意率",
         *               "en": "Case satisfaction rate"
         *             },
         *             "points": 20,
         *             "source": {
         *               "metric": "cases.satisfactionRate"
         *             },
         *             "rule": {
         *               "kind": "linear",
         *               "from": 0.6,
         *               "to": 1
         *             }
         *           },
         *           {
         *             "id": "disclosure",
         *             "title": {
         *               "zh": "信息公示",
         *               "en": "Information disclosure"
         *             },
         *             "points": 20,
         *             "source": {
         *               "metric": "disclosures.compliance"
         *             },
         *             "rule": {
         *               "kind": "deduction",
         *               "perFinding": 5
         *             }
         *           },
         *           {
         *             "id": "jointConsultation",
         *             "title": {
         *               "zh": "联席会商",
         *               "en": "Joint consultation"
         *             },
         *             "points": 10,
         *             "source": {
         *               "metric": "meetings.compliance"
         *             },
         *             "rule": {
         *               "kind": "deduction",
         *               "perFinding": 5
         *             }
         *           },
         *           {
         *             "id": "partyLeadership",
         *             "title": {
         *               "zh": "党建引领",
         *               "en": "Party leadership"
         *             },
         *             "points": 10,
         *             "source": {
         *               "metric": "findings",
         *               "policy": "partyLeadership"
         *             },
         *             "rule": {
         *               "kind": "deduction",
         *               "perFinding": 5
         *             }
         *           },
         *           {
         *             "id": "tasksOnTime",
         *             "title": {
         *               "zh": "责任清单按时完成率",
         *               "en": "Responsibility tasks on time"
         *             },
         *             "points": 10,
         *             "source": {
         *               "metric": "tasks.onTime"
         *             },
         *             "rule": {
         *               "kind": "linear",
         *               "from": 0.6,
         *               "to": 1
         *             }
         *           }
         *         ],
         *         "vetoes": [
         *           {
         *             "id": "majorSafetyIncident",
         *             "title": {
         *               "zh": "发生重大安全责任事故",
         *               "en": "A major safety incident on record"
         *             },
         *             "source": {
         *               "metric": "credit.bad",
         *               "category": "majorSafetyIncident"
         *             },
         *             "rule": {
         *               "kind": "atLeast",
         *               "count": 1
         *             }
         *           }
         *         ]
         *       },
         *       "note": null,
         *       "createdBy": null,
         *       "createdAt": "2026-11-26T08:00:00.000Z"
         *     }
         */
        AssessmentTemplateVersion: {
            id: string;
            code: string;
            version: number;
            /** @enum {string} */
            targetKind: "company" | "township" | "community";
            document: components["schemas"]["AssessmentTemplateDocument"];
            note: string | null;
            createdBy: string | null;
            createdAt: string;
        };
        /**
         * @description An assessment template (考核细则): target kind, pass line, grade bands (highest first), items [{id, title, points, source, rule}] and vetoes (一票否决). Sources: cases.responseRate | cases.resolutionRate | cases.satisfactionRate | coverage.service | coverage.committee | coverage.partyOrg (regions) | tasks.onTime (rates); disclosures.compliance | meetings.compliance | findings (with `policy`, optional `rule`, `severity`) | credit.bad (companies, optional `category`) (counts); manual. Rules: linear {from, to} for rates, deduction {perFinding, cap} for counts, manual. Vetoes: atLeast {count} on counts, below {threshold} on rates.
         * @example {
         *       "name": {
         *         "zh": "物业服务企业考核细则",
         *         "en": "Property company assessment"
         *       },
         *       "targetKind": "company",
         *       "passLine": 60,
         *       "items": [
         *         {
         *           "id": "responseRate",
         *           "title": {
         *             "zh": "投诉即办响应率",
         *             "en": "Case response rate"
         *           },
         *           "points": 15,
         *           "source": {
         *             "metric": "cases.responseRate"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         },
         *         {
         *           "id": "resolutionRate",
         *           "title": {
         *             "zh": "投诉即办办结率",
         *             "en": "Case resolution rate"
         *           },
         *           "points": 15,
         *           "source": {
         *             "metric": "cases.resolutionRate"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         },
         *         {
         *           "id": "satisfactionRate",
         *           "title": {
         *             "zh": "投诉即办满意率",
         *             "en": "Case satisfaction rate"
         *           },
         *           "points": 20,
         *           "source": {
         *             "metric": "cases.satisfactionRate"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         },
         *         {
         *           "id": "disclosure",
         *           "title": {
         *             "zh": "信息公示",
         *             "en": "Information disclosure"
         *           },
         *           "points": 20,
         *           "source": {
         *             "metric": "disclosures.compliance"
         *           },
         *           "rule": {
         *             "kind": "deduction",
         *             "perFinding": 5
         *           }
         *         },
         *         {
         *           "id": "jointConsultation",
         *           "title": {
         *             "zh": "联席会商",
         *             "en": "Joint consultation"
         *           },
         *           "points": 10,
         *           "source": {
         *             "metric": "meetings.compliance"
         *           },
         *           "rule": {
         *             "kind": "deduction",
         *             "perFinding": 5
         *           }
         *         },
         *         {
         *           "id": "partyLeadership",
         *           "title": {
         *             "zh": "党建引领",
         *             "en": "Party leadership"
         *           },
         *           "points": 10,
         *           "source": {
         *             "metric": "findings",
         *             "policy": "partyLeadership"
         *           },
         *           "rule": {
         *             "kind": "deduction",
         *             "perFinding": 5
         *           }
         *         },
         *         {
         *           "id": "tasksOnTime",
         *           "title": {
         *             "zh": "责任清单按时完成率",
         *             "en": "Responsibility tasks on time"
         *           },
         *           "points": 10,
         *           "source": {
         *             "metric": "tasks.onTime"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         }
         *       ],
         *       "vetoes": [
         *         {
         *           "id": "majorSafetyIncident",
         *           "title": {
         *             "zh": "发生重大安全责任事故",
         *             "en": "A major safety incident on record"
         *           },
         *           "source": {
         *             "metric": "credit.bad",
         *             "category": "majorSafetyIncident"
         *           },
         *           "rule": {
         *             "kind": "atLeast",
         *             "count": 1
         *           }
         *         }
         *       ]
         *     }
         */
        AssessmentTemplateDocument: {
            name: {
                zh: string;
                en: string;
            };
            /** @enum {string} */
            targetKind: "company" | "township" | "community";
            /** @default true */
            active: boolean;
            /** @default 60 */
            passLine: number;
            /**
             * @default [
             *       {
             *         "grade": "优秀",
             *         "min": 90
             *       },
             *       {
             *         "grade": "良好",
             *         "min": 80
             *       },
             *       {
             *         "grade": "合格",
             *         "min": 60
             *       },
             *       {
             *         "grade": "不合格",
             *         "min": 0
             *       }
             *     ]
             */
            bands: {
                grade: string;
                min: number;
            }[];
            items: {
                id: string;
                title: {
                    zh: string;
                    en: string;
                };
                points: number;
                source: {
                    /** @enum {string} */
                    metric: "cases.responseRate" | "cases.resolutionRate" | "cases.satisfactionRate" | "coverage.service" | "coverage.committee" | "coverage.partyOrg" | "tasks.onTime" | "disclosures.compliance" | "meetings.compliance" | "findings" | "credit.bad" | "manual";
                    policy?: string;
                    rule?: string;
                    /** @enum {string} */
                    severity?: "info" | "minor" | "major" | "critical";
                    category?: string;
                };
                rule: {
                    /** @enum {string} */
                    kind: "linear";
                    from: number;
                    to: number;
                    /**
                     * @default full
                     * @enum {string}
                     */
                    ifNoData: "full" | "zero";
                } | {
                    /** @enum {string} */
                    kind: "deduction";
                    perFinding: number;
                    cap?: number;
                } | {
                    /** @enum {string} */
                    kind: "manual";
                };
            }[];
            /** @default [] */
            vetoes: {
                id: string;
                title: {
                    zh: string;
                    en: string;
                };
                source: {
                    /** @enum {string} */
                    metric: "cases.responseRate" | "cases.resolutionRate" | "cases.satisfactionRate" | "coverage.service" | "coverage.committee" | "coverage.partyOrg" | "tasks.onTime" | "disclosures.compliance" | "meetings.compliance" | "findings" | "credit.bad" | "manual";
                    policy?: string;
                    rule?: string;
                    /** @enum {string} */
                    severity?: "info" | "minor" | "major" | "critical";
                    category?: string;
                };
                rule: {
                    /** @enum {string} */
                    kind: "atLeast";
                    /** @default 1 */
                    count: number;
                } | {
                    /** @enum {string} */
                    kind: "below";
                    threshold: number;
                };
            }[];
        };
        /**
         * @example {
         *       "code": "company2",
         *       "name": {
         *         "zh": "物业服务企业考核细则",
         *         "en": "Property company assessment"
         *       },
         *       "targetKind": "company",
         *       "passLine": 60,
         *       "items": [
         *         {
         *           "id": "responseRate",
         *           "title": {
         *             "zh": "投诉即办响应率",
         *             "en": "Case response rate"
         *           },
         *           "points": 15,
         *           "source": {
         *             "metric": "cases.responseRate"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         },
         *         {
         *           "id": "resolutionRate",
         *           "title": {
         *             "zh": "投诉即办办结率",
         *             "en": "Case resolution rate"
         *           },
         *           "points": 15,
         *           "source": {
         *             "metric": "cases.resolutionRate"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         },
         *         {
         *           "id": "satisfactionRate",
         *           "title": {
         *             "zh": "投诉即办满意率",
         *             "en": "Case satisfaction rate"
         *           },
         *           "points": 20,
         *           "source": {
         *             "metric": "cases.satisfactionRate"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         },
         *         {
         *           "id": "disclosure",
         *           "title": {
         *             "zh": "信息公示",
         *             "en": "Information disclosure"
         *           },
         *           "points": 20,
         *           "source": {
         *             "metric": "disclosures.compliance"
         *           },
         *           "rule": {
         *             "kind": "deduction",
         *             "perFinding": 5
         *           }
         *         },
         *         {
         *           "id": "jointConsultation",
         *           "title": {
         *             "zh": "联席会商",
         *             "en": "Joint consultation"
         *           },
         *           "points": 10,
         *           "source": {
         *             "metric": "meetings.compliance"
         *           },
         *           "rule": {
         *             "kind": "deduction",
         *             "perFinding": 5
         *           }
         *         },
         *         {
         *           "id": "partyLeadership",
         *           "title": {
         *             "zh": "党建引领",
         *             "en": "Party leadership"
         *           },
         *           "points": 10,
         *           "source": {
         *             "metric": "findings",
         *             "policy": "partyLeadership"
         *           },
         *           "rule": {
         *             "kind": "deduction",
         *             "perFinding": 5
         *           }
         *         },
         *         {
         *           "id": "tasksOnTime",
         *           "title": {
         *             "zh": "责任清单按时完成率",
         *             "en": "Responsibility tasks on time"
         *           },
         *           "points": 10,
         *           "source": {
         *             "metric": "tasks.onTime"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         }
         *       ],
         *       "vetoes": [
         *         {
         *           "id": "majorSafetyIncident",
         *           "title": {
         *             "zh": "发生重大安全责任事故",
         *             "en": "A major safety incident on record"
         *           },
         *           "source": {
         *             "metric": "credit.bad",
         *             "category": "majorSafetyIncident"
         *           },
         *           "rule": {
         *             "kind": "atLeast",
         *             "count": 1
         *           }
         *         }
         *       ]
         *     }
         */
        CreateAssessmentTemplate: {
            name: {
                zh: string;
                en: string;
            };
            /** @enum {string} */
            targetKind: "company" | "township" | "community";
            /** @default true */
            active: boolean;
            /** @default 60 */
            passLine: number;
            /**
             * @default [
             *       {
             *         "grade": "优秀",
             *         "min": 90
             *       },
             *       {
             *         "grade": "良好",
             *         "min": 80
             *       },
             *       {
             *         "grade": "合格",
             *         "min": 60
             *       },
             *       {
             *         "grade": "不合格",
             *         "min": 0
             *       }
             *     ]
             */
            bands: {
                grade: string;
                min: number;
            }[];
            items: {
                id: string;
                title: {
                    zh: string;
                    en: string;
                };
                points: number;
                source: {
                    /** @enum {string} */
                    metric: "cases.responseRate" | "cases.resolutionRate" | "cases.satisfactionRate" | "coverage.service" | "coverage.committee" | "coverage.partyOrg" | "tasks.onTime" | "disclosures.compliance" | "meetings.compliance" | "findings" | "credit.bad" | "manual";
                    policy?: string;
                    rule?: string;
                    /** @enum {string} */
                    severity?: "info" | "minor" | "major" | "critical";
                    category?: string;
                };
                rule: {
                    /** @enum {string} */
                    kind: "linear";
                    from: number;
                    to: number;
                    /**
                     * @default full
                     * @enum {string}
                     */
                    ifNoData: "full" | "zero";
                } | {
                    /** @enum {string} */
                    kind: "deduction";
                    perFinding: number;
                    cap?: number;
                } | {
                    /** @enum {string} */
                    kind: "manual";
                };
            }[];
            /** @default [] */
            vetoes: {
                id: string;
                title: {
                    zh: string;
                    en: string;
                };
                source: {
                    /** @enum {string} */
                    metric: "cases.responseRate" | "cases.resolutionRate" | "cases.satisfactionRate" | "coverage.service" | "coverage.committee" | "coverage.partyOrg" | "tasks.onTime" | "disclosures.compliance" | "meetings.compliance" | "findings" | "credit.bad" | "manual";
                    policy?: string;
                    rule?: string;
                    /** @enum {string} */
                    severity?: "info" | "minor" | "major" | "critical";
                    category?: string;
                };
                rule: {
                    /** @enum {string} */
                    kind: "atLeast";
                    /** @default 1 */
                    count: number;
                } | {
                    /** @enum {string} */
                    kind: "below";
                    threshold: number;
                };
            }[];
            /**
             * @description Stable across versions.
             * @example company
             */
            code: string;
            /**
             * @description Why this version.
             * @example 2026年度修订
             */
            note?: string;
        };
        /**
         * @example {
         *       "name": {
         *         "zh": "物业服务企业考核细则",
         *         "en": "Property company assessment"
         *       },
         *       "targetKind": "company",
         *       "passLine": 60,
         *       "items": [
         *         {
         *           "id": "responseRate",
         *           "title": {
         *             "zh": "投诉即办响应率",
         *             "en": "Case response rate"
         *           },
         *           "points": 15,
         *           "source": {
         *             "metric": "cases.responseRate"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         },
         *         {
         *           "id": "resolutionRate",
         *           "title": {
         *             "zh": "投诉即办办结率",
         *             "en": "Case resolution rate"
         *           },
         *           "points": 15,
         *           "source": {
         *             "metric": "cases.resolutionRate"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         },
         *         {
         *           "id": "satisfactionRate",
         *           "title": {
         *             "zh": "投诉即办满意率",
         *             "en": "Case satisfaction rate"
         *           },
         *           "points": 20,
         *           "source": {
         *             "metric": "cases.satisfactionRate"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         },
         *         {
         *           "id": "disclosure",
         *           "title": {
         *             "zh": "信息公示",
         *             "en": "Information disclosure"
         *           },
         *           "points": 20,
         *           "source": {
         *             "metric": "disclosures.compliance"
         *           },
         *           "rule": {
         *             "kind": "deduction",
         *             "perFinding": 5
         *           }
         *         },
         *         {
         *           "id": "jointConsultation",
         *           "title": {
         *             "zh": "联席会商",
         *             "en": "Joint consultation"
         *           },
         *           "points": 10,
         *           "source": {
         *             "metric": "meetings.compliance"
         *           },
         *           "rule": {
         *             "kind": "deduction",
         *             "perFinding": 5
         *           }
         *         },
         *         {
         *           "id": "partyLeadership",
         *           "title": {
         *             "zh": "党建引领",
         *             "en": "Party leadership"
         *           },
         *           "points": 10,
         *           "source": {
         *             "metric": "findings",
         *             "policy": "partyLeadership"
         *           },
         *           "rule": {
         *             "kind": "deduction",
         *             "perFinding": 5
         *           }
         *         },
         *         {
         *           "id": "tasksOnTime",
         *           "title": {
         *             "zh": "责任清单按时完成率",
         *             "en": "Responsibility tasks on time"
         *           },
         *           "points": 10,
         *           "source": {
         *             "metric": "tasks.onTime"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1
         *           }
         *         }
         *       ],
         *       "vetoes": [
         *         {
         *           "id": "majorSafetyIncident",
         *           "title": {
         *             "zh": "发生重大安全责任事故",
         *             "en": "A major safety incident on record"
         *           },
         *           "source": {
         *             "metric": "credit.bad",
         *             "category": "majorSafetyIncident"
         *           },
         *           "rule": {
         *             "kind": "atLeast",
         *             "count": 1
         *           }
         *         }
         *       ],
         *       "note": "调整满意率权重"
         *     }
         */
        UpdateAssessmentTemplate: {
            name: {
                zh: string;
                en: string;
            };
            /** @enum {string} */
            targetKind: "company" | "township" | "community";
            /** @default true */
            active: boolean;
            /** @default 60 */
            passLine: number;
            /**
             * @default [
             *       {
             *         "grade": "优秀",
             *         "min": 90
             *       },
             *       {
             *         "grade": "良好",
             *         "min": 80
             *       },
             *       {
             *         "grade": "合格",
             *         "min": 60
             *       },
             *       {
             *         "grade": "不合格",
             *         "min": 0
             *       }
             *     ]
             */
            bands: {
                grade: string;
                min: number;
            }[];
            items: {
                id: string;
                title: {
                    zh: string;
                    en: string;
                };
                points: number;
                source: {
                    /** @enum {string} */
                    metric: "cases.responseRate" | "cases.resolutionRate" | "cases.satisfactionRate" | "coverage.service" | "coverage.committee" | "coverage.partyOrg" | "tasks.onTime" | "disclosures.compliance" | "meetings.compliance" | "findings" | "credit.bad" | "manual";
                    policy?: string;
                    rule?: string;
                    /** @enum {string} */
                    severity?: "info" | "minor" | "major" | "critical";
                    category?: string;
                };
                rule: {
                    /** @enum {string} */
                    kind: "linear";
                    from: number;
                    to: number;
                    /**
                     * @default full
                     * @enum {string}
                     */
                    ifNoData: "full" | "zero";
                } | {
                    /** @enum {string} */
                    kind: "deduction";
                    perFinding: number;
                    cap?: number;
                } | {
                    /** @enum {string} */
                    kind: "manual";
                };
            }[];
            /** @default [] */
            vetoes: {
                id: string;
                title: {
                    zh: string;
                    en: string;
                };
                source: {
                    /** @enum {string} */
                    metric: "cases.responseRate" | "cases.resolutionRate" | "cases.satisfactionRate" | "coverage.service" | "coverage.committee" | "coverage.partyOrg" | "tasks.onTime" | "disclosures.compliance" | "meetings.compliance" | "findings" | "credit.bad" | "manual";
                    policy?: string;
                    rule?: string;
                    /** @enum {string} */
                    severity?: "info" | "minor" | "major" | "critical";
                    category?: string;
                };
                rule: {
                    /** @enum {string} */
                    kind: "atLeast";
                    /** @default 1 */
                    count: number;
                } | {
                    /** @enum {string} */
                    kind: "below";
                    threshold: number;
                };
            }[];
            /**
             * @description Why this version.
             * @example 2026年度修订
             */
            note?: string;
        };
        /**
         * @example {
         *       "id": "asm_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "kind": "quarterly",
         *       "period": "2026-Q3",
         *       "revision": 1,
         *       "revisesId": null,
         *       "reason": null,
         *       "status": "draft",
         *       "templates": [
         *         {
         *           "templateId": "atp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "code": "company",
         *           "version": 1
         *         }
         *       ],
         *       "mechanismVersion": 1,
         *       "computedAt": "2026-10-05T08:00:00.000Z",
         *       "publishedAt": null,
         *       "publishedBy": null,
         *       "results": null,
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "createdAt": "2026-10-05T08:00:00.000Z"
         *     }
         */
        Assessment: {
            id: string;
            /** @enum {string} */
            kind: "monthlyBulletin" | "quarterly" | "annual";
            period: string;
            revision: number;
            revisesId: string | null;
            reason: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "superseded";
            templates: {
                templateId: string;
                code: string;
                version: number;
            }[];
            mechanismVersion: number | null;
            computedAt: string;
            publishedAt: string | null;
            publishedBy: string | null;
            /** @description What publishing applied: `rankings` by template code, `credit` records made, `revokedCreditRecords` of the revision it superseded. */
            results: {
                [key: string]: unknown;
            } | null;
            createdBy: string | null;
            createdAt: string;
        };
        /**
         * @example {
         *       "id": "asm_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "kind": "quarterly",
         *       "period": "2026-Q3",
         *       "revision": 1,
         *       "revisesId": null,
         *       "reason": null,
         *       "status": "draft",
         *       "templates": [
         *         {
         *           "templateId": "atp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "code": "company",
         *           "version": 1
         *         }
         *       ],
         *       "mechanismVersion": 1,
         *       "computedAt": "2026-10-05T08:00:00.000Z",
         *       "publishedAt": null,
         *       "publishedBy": null,
         *       "results": null,
         *       "createdBy": "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "createdAt": "2026-10-05T08:00:00.000Z",
         *       "scorecards": [
         *         {
         *           "id": "scd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "templateId": "atp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "templateCode": "company",
         *           "targetType": "company",
         *           "targetId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *           "targetName": "蒙城县安居物业服务有限公司",
         *           "regionId": null,
         *           "total": 86.5,
         *           "grade": "良好",
         *           "rank": 2,
         *           "passed": true,
         *           "vetoed": false,
         *           "items": [
         *             {
         *               "id": "responseRate",
         *               "title": {
         *                 "zh": "投诉即办响应率",
         *                 "en": "Case response rate"
         *               },
         *               "points": 15,
         *               "source": {
         *                 "metric": "cases.responseRate"
         *               },
         *               "rule": {
         *                 "kind": "linear",
         *                 "from": 0.6,
         *                 "to": 1,
         *                 "ifNoData": "full"
         *               },
         *               "score": 11.25,
         *               "figures": {
         *                 "value": 0.9,
         *                 "numerator": 9,
         *                 "denominator": 10
         *               }
         *             }
         *           ],
         *           "vetoes": [],
         *           "previousTotal": 80,
         *           "previousRank": 3,
         *           "change": 6.5
         *         }
         *       ]
         *     }
         */
        AssessmentDetail: {
            id: string;
            /** @enum {string} */
            kind: "monthlyBulletin" | "quarterly" | "annual";
            period: string;
            revision: number;
            revisesId: string | null;
            reason: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "superseded";
            templates: {
                templateId: string;
                code: string;
                version: number;
            }[];
            mechanismVersion: number | null;
            computedAt: string;
            publishedAt: string | null;
            publishedBy: string | null;
            /** @description What publishing applied: `rankings` by template code, `credit` records made, `revokedCreditRecords` of the revision it superseded. */
            results: {
                [key: string]: unknown;
            } | null;
            createdBy: string | null;
            createdAt: string;
            scorecards: components["schemas"]["Scorecard"][];
        };
        /**
         * @example {
         *       "id": "scd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "templateId": "atp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "templateCode": "company",
         *       "targetType": "company",
         *       "targetId": "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "targetName": "蒙城县安居物业服务有限公司",
         *       "regionId": null,
         *       "total": 86.5,
         *       "grade": "良好",
         *       "rank": 2,
         *       "passed": true,
         *       "vetoed": false,
         *       "items": [
         *         {
         *           "id": "responseRate",
         *           "title": {
         *             "zh": "投诉即办响应率",
         *             "en": "Case response rate"
         *           },
         *           "points": 15,
         *           "source": {
         *             "metric": "cases.responseRate"
         *           },
         *           "rule": {
         *             "kind": "linear",
         *             "from": 0.6,
         *             "to": 1,
         *             "ifNoData": "full"
         *           },
         *           "score": 11.25,
         *           "figures": {
         *             "value": 0.9,
         *             "numerator": 9,
         *             "denominator": 10
         *           }
         *         }
         *       ],
         *       "vetoes": [],
         *       "previousTotal": 80,
         *       "previousRank": 3,
         *       "change": 6.5
         *     }
         */
        Scorecard: {
            id: string;
            templateId: string;
            templateCode: string;
            /** @enum {string} */
            targetType: "company" | "township" | "community";
            targetId: string;
            targetName: string;
            regionId: string | null;
            total: number;
            grade: string | null;
            /** @description Within the template; ties share a rank (1, 1, 3); vetoed targets last. */
            rank: number | null;
            passed: boolean;
            vetoed: boolean;
            items: components["schemas"]["ScorecardItem"][];
            vetoes: components["schemas"]["ScorecardVeto"][];
            /** @description In the previous published assessment of the same kind and template. */
            previousTotal: number | null;
            previousRank: number | null;
            /** @description total − previousTotal. */
            change: number | null;
        };
        ScorecardItem: {
            id: string;
            title: {
                zh: string;
                en: string;
            };
            points: number;
            source: {
                [key: string]: unknown;
            };
            rule: {
                [key: string]: unknown;
            };
            score: number;
            /** @description What the score came from: `value` (a rate 0..1, null when nothing to measure, or a count) and its parts. */
            figures: {
                [key: string]: unknown;
            };
            /** @description Manual items: the inspector's entry; null until entered (scores 0 meanwhile). */
            manual?: {
                score: number;
                evidence: string;
                by?: string | null;
                at?: string;
            } | null;
        };
        ScorecardVeto: {
            id: string;
            title: {
                zh: string;
                en: string;
            };
            source: {
                [key: string]: unknown;
            };
            rule: {
                [key: string]: unknown;
            };
            triggered: boolean;
            /** @description What the score came from: `value` (a rate 0..1, null when nothing to measure, or a count) and its parts. */
            figures: {
                [key: string]: unknown;
            };
        };
        CreateAssessment: {
            /**
             * @description 月通报 / 季度考核 / 年终评比.
             * @enum {string}
             */
            kind: "monthlyBulletin" | "quarterly" | "annual";
            /**
             * @description A month for monthlyBulletin, a quarter for quarterly, a year for annual.
             * @example 2026-Q3
             */
            period: string;
            /**
             * @description Template codes; every active template when absent.
             * @example [
             *       "company"
             *     ]
             */
            templates?: string[];
        };
        ManualItemScore: {
            /**
             * @description 0..the item's points.
             * @example 8
             */
            score: number;
            /** @example 现场检查：消防通道畅通，台账齐全。 */
            evidence: string;
        };
        ReviseAssessment: {
            /** @example 更正立仓镇投诉数据录入错误 */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ready";
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                    };
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session is ended and the cookie cleared. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionUser"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed. Every earlier session is ended; this is the new one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        token: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tenants, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenantRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicTenant"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant, with `disabledAt`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enableTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant, with `disabledAt`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDemoTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant and its data are gone. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTenantSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings, defaults filled in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantSettings"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTenantSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TenantSettingsRequest"];
            };
        };
        responses: {
            /** @description The settings now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantSettings"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                includeDisabled?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            /** @description The changed user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                includeRevoked?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description Created; `key` is shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (revoking again changes nothing). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Text search on names. */
                q?: string;
                includeArchived?: "true" | "false";
                kind?: "township" | "street" | "community";
                /** @description Only the direct children of this region. */
                parentId?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of regions, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegionRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegionTree: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roots of the tree, each with its children. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionTree"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; it leaves lists and the tree unless `includeArchived=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRegionRequest"];
            };
        };
        responses: {
            /** @description The changed region. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCompounds: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Text search on names. */
                q?: string;
                includeArchived?: "true" | "false";
                /** @description Compounds anywhere under this township, street or community. */
                regionId?: string;
                /** @description Compounds of this community. */
                communityId?: string;
                serviceMode?: "professional" | "selfManaged" | "none";
                /** @description With (true) or without (false) an owners' committee in term today. */
                hasCommittee?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of compounds, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompoundPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCompound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompoundRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Compound"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compound. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Compound"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveCompound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; it leaves lists unless `includeArchived=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Compound"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCompound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCompoundRequest"];
            };
        };
        responses: {
            /** @description The changed compound. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Compound"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Text search on names. */
                q?: string;
                includeArchived?: "true" | "false";
                local?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of companies, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompanyRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; it leaves lists unless `includeArchived=true`, its USCC is free again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCompanyRequest"];
            };
        };
        responses: {
            /** @description The changed company. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContracts: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Text search on names. */
                q?: string;
                includeArchived?: "true" | "false";
                companyId?: string;
                compoundId?: string;
                /** @description Only contracts whose dates include this day (YYYY-MM-DD). */
                activeOn?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of contracts, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContractPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContractRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contract. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; it leaves lists unless `includeArchived=true` and no longer blocks its compound. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateContract: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContractRequest"];
            };
        };
        responses: {
            /** @description The changed contract. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContractProjectManagers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectManagerHistory"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCommittees: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Text search on names. */
                q?: string;
                includeArchived?: "true" | "false";
                compoundId?: string;
                inTerm?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of committees, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommitteePage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCommittee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommitteeRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Committee"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCommittee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The committee. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Committee"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveCommittee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; it leaves lists unless `includeArchived=true` and is no longer in term. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Committee"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCommittee: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCommitteeRequest"];
            };
        };
        responses: {
            /** @description The changed committee. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Committee"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPartyOrgs: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Text search on names. */
                q?: string;
                includeArchived?: "true" | "false";
                kind?: "communityCommittee" | "compoundBranch" | "companyBranch" | "committeeBranch";
                /** @description Attached to this region (community). */
                regionId?: string;
                /** @description Attached to this compound. */
                compoundId?: string;
                /** @description Attached to this company. */
                companyId?: string;
                /** @description Attached to this committee. */
                committeeId?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of party organisations, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrgPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPartyOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePartyOrgRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrg"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPartyOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The party organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrg"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archivePartyOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; it leaves lists unless `includeArchived=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrg"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePartyOrg: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePartyOrgRequest"];
            };
        };
        responses: {
            /** @description The changed party organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PartyOrg"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDepartments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Text search on names. */
                q?: string;
                includeArchived?: "true" | "false";
                kind?: "core" | "utility";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of departments, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDepartmentRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The department. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; it leaves lists unless `includeArchived=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDepartmentRequest"];
            };
        };
        responses: {
            /** @description The changed department. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Department"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMechanism: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The latest version of the mechanism. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MechanismVersion"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMechanism: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MechanismDocument"];
            };
        };
        responses: {
            /** @description The new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MechanismVersion"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMechanismVersions: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of versions, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MechanismVersionPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMechanismVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version with its document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MechanismVersion"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policies, built-ins first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyList"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvaluations: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                period?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of evaluations, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEvaluationRequest"];
            };
        };
        responses: {
            /** @description Evaluated; the findings are stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationResult"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFindings: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                period?: string;
                policy?: string;
                /** @description Findings of this region and every region below it. */
                regionId?: string;
                severity?: "info" | "minor" | "major" | "critical";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of findings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBodies: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Text search on names. */
                q?: string;
                includeArchived?: "true" | "false";
                /** @description At this region or at any unit under it (compounds through their community). */
                regionId?: string;
                /** @description At this compound. */
                compoundId?: string;
                /** @description Bodies of this level. */
                level?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of bodies, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBodyRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Body"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Body"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; it leaves lists unless `includeArchived=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Body"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateBody: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBodyRequest"];
            };
        };
        responses: {
            /** @description The changed body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Body"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Text search on names. */
                q?: string;
                includeArchived?: "true" | "false";
                /** @description At this region or at any unit under it (compounds through their community). */
                regionId?: string;
                /** @description At this compound. */
                compoundId?: string;
                /** @description Staff of this team. */
                team?: string;
                /** @description Dedicated (专职, true) or not (false). */
                dedicated?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of staff, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; it leaves lists unless `includeArchived=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffRequest"];
            };
        };
        responses: {
            /** @description The changed staff member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Staff"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVenues: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Text search on names. */
                q?: string;
                includeArchived?: "true" | "false";
                /** @description At this region or at any unit under it (compounds through their community). */
                regionId?: string;
                /** @description At this compound. */
                compoundId?: string;
                /** @description Venues of this level. */
                level?: string;
                /** @description Venues serving this purpose (among others). */
                purpose?: "consultation" | "mediation";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of venues, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VenuePage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createVenue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateVenueRequest"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Venue"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVenue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The venue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Venue"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    archiveVenue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Archived; it leaves lists unless `includeArchived=true`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Venue"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateVenue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateVenueRequest"];
            };
        };
        responses: {
            /** @description The changed venue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Venue"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setCompoundGuarantor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetGuarantorRequest"];
            };
        };
        responses: {
            /** @description The compound, with its guarantors as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Compound"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    clearCompoundGuarantor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compound, with its guarantors as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Compound"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setGridGuarantor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
                gridId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetGuarantorRequest"];
            };
        };
        responses: {
            /** @description The compound, with its guarantors as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Compound"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    clearGridGuarantor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
                gridId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The compound, with its guarantors as they are now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Compound"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCoverageKpis: {
        parameters: {
            query?: {
                /** @description Measure this region's subtree; default the county (region staff: their own region). */
                regionId?: string;
                /** @description The day (YYYY-MM-DD); default today in the tenant's time zone. */
                on?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures; each rate is null when its denominator is 0. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Coverage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMechanismKpis: {
        parameters: {
            query?: {
                /** @description Measure this region's subtree; default the county (region staff: their own region). */
                regionId?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Completeness per level. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MechanismKpis"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseKpis: {
        parameters: {
            query?: {
                /** @description A month (`2026-10`), a quarter (`2026-Q4`) or a year (`2026`); default the current month. */
                period?: string;
                /** @description Measure this region's subtree; default everything the caller may see (region staff: their own region). */
                regionId?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures; each rate is null when its denominator is 0. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseKpis"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importCompounds: {
        parameters: {
            query?: {
                /** @description `true` writes every row in one transaction, or none when any row is wrong; default a dry run. */
                commit?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        /** @description A CSV file (UTF-8, with or without BOM; at most 10 MiB and 10000 rows). The first row names the columns. */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Dry run: what would be imported and every problem found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Committed: every row was imported. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file cannot be read (header, encoding, size), or, on commit, a row has a problem: nothing was imported. `report` lists the problems. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ImportProblem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importCompanies: {
        parameters: {
            query?: {
                /** @description `true` writes every row in one transaction, or none when any row is wrong; default a dry run. */
                commit?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        /** @description A CSV file (UTF-8, with or without BOM; at most 10 MiB and 10000 rows). The first row names the columns. */
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Dry run: what would be imported and every problem found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Committed: every row was imported. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file cannot be read (header, encoding, size), or, on commit, a row has a problem: nothing was imported. `report` lists the problems. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ImportProblem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCases: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                status?: "received" | "contacted" | "whistled" | "checkedIn" | "completed" | "resolved" | "rated" | "closed" | "cancelled";
                category?: string;
                kind?: "complaint" | "violation" | "dispute" | "consultation";
                /** @description Cases of compounds in this region's subtree. */
                regionId?: string;
                /** @description Cases of this compound. */
                compoundId?: string;
                /** @description Cases whistled to this department. */
                departmentId?: string;
                /** @description `true`: open cases past a deadline now (first contact, a department's check-in, or resolution); `false`: all others. */
                overdue?: "true" | "false";
                /** @description First day received, in the tenant's time zone (inclusive). */
                from?: string;
                /** @description Last day received, in the tenant's time zone (inclusive). */
                to?: string;
                /** @description Text in the case number or the description. */
                q?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of cases, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseRequest"];
            };
        };
        responses: {
            /** @description Filed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case and every event, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseWithTimeline"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    contactCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CaseNoteRequest"];
            };
        };
        responses: {
            /** @description The case, contacted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case's status does not accept this action: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CaseConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resolveCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CaseNoteRequest"];
            };
        };
        responses: {
            /** @description The case, resolved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case's status does not accept this action: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CaseConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    whistleCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["WhistleCaseRequest"];
            };
        };
        responses: {
            /** @description The case, with the summoned departments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case's status does not accept this action: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CaseConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkInCaseDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CaseNoteRequest"];
            };
        };
        responses: {
            /** @description The case; `checkedIn` once every summoned department has checked in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case's status does not accept this action: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CaseConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeCaseDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
                departmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompleteCaseDepartmentRequest"];
            };
        };
        responses: {
            /** @description The case; `completed` once every summoned department has completed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case's status does not accept this action: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CaseConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rateCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RateCaseRequest"];
            };
        };
        responses: {
            /** @description The case, rated (or reopened). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case's status does not accept this action: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CaseConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CaseNoteRequest"];
            };
        };
        responses: {
            /** @description The case, closed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case's status does not accept this action: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CaseConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ReopenCaseRequest"];
            };
        };
        responses: {
            /** @description The case, received again in its next round. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case's status does not accept this action: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CaseConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelCaseRequest"];
            };
        };
        responses: {
            /** @description The case, cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case's status does not accept this action: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["CaseConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    filePublicCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string per report (e.g. a UUID): a retry with the same key and body gets the first answer and files no second case. Remembered for 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicCaseRequest"];
            };
        };
        responses: {
            /** @description Filed (or the replayed answer of the first request with this key). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCaseReceipt"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                /** @description The tracking code (any letter case). */
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case as the public sees it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCase"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ratePublicCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                /** @description The tracking code (any letter case). */
                trackingCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicRatingRequest"];
            };
        };
        responses: {
            /** @description The case after the rating. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCase"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchPublicCompounds: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Part of the compound's name or address, or of its community's name. */
                q?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of compounds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCompoundPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicIntakeForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form's data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicIntakeForm"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicKpis: {
        parameters: {
            query?: {
                /** @description A month (`2026-10`), a quarter (`2026-Q4`) or a year (`2026`); default the current month. */
                period?: string;
                /** @description A township or street of the county (one of `regions`); default the whole county. */
                regionId?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures; a rate is null when its denominator is 0. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicKpis"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMeetings: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                level?: "township" | "community" | "compound";
                kind?: "jointConsultation" | "majorMatter" | "disputeMediation";
                status?: "planned" | "held" | "closed";
                /** @description At this region or at any unit under it (compounds through their community). */
                regionId?: string;
                compoundId?: string;
                /** @description Scheduled on or after this day (the county's date). */
                from?: string;
                /** @description Scheduled on or before this day (the county's date). */
                to?: string;
                /** @description Text in the title. */
                q?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of meetings, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMeetingRequest"];
            };
        };
        responses: {
            /** @description Planned. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingWithResolutions"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting and its resolutions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingWithResolutions"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeetingRequest"];
            };
        };
        responses: {
            /** @description The changed meeting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingWithResolutions"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MeetingConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    holdMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HoldMeetingRequest"];
            };
        };
        responses: {
            /** @description The meeting, held. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingWithResolutions"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MeetingConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The meeting, closed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingWithResolutions"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MeetingConflictProblem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addMeetingResolutions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMeetingResolutionsRequest"];
            };
        };
        responses: {
            /** @description The meeting with every resolution, each with its task. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingWithResolutions"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MeetingConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A field does not fit (`errors` names it), or a policy refuses the resolution: `policy` and `reason` ({zh, en}) say which and why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["PolicyRefusalProblem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeMeetingResolution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
                rid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The resolution, done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingResolution"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The meeting's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["MeetingConflictProblem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDisclosures: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                compoundId?: string;
                companyId?: string;
                item?: string;
                period?: string;
                /** @description true: withdrawn disclosures too. */
                includeWithdrawn?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of disclosures, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosurePage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDisclosureRequest"];
            };
        };
        responses: {
            /** @description Published. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disclosure"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disclosure (withdrawn ones too). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disclosure"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawDisclosureRequest"];
            };
        };
        responses: {
            /** @description Withdrawn. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disclosure"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublicDisclosures: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                compoundId?: string;
                companyId?: string;
                item?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of disclosures, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicDisclosurePage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                ownerUnitType?: "region" | "department" | "company" | "committee";
                ownerUnitId?: string;
                status?: "open" | "inProgress" | "submitted" | "verified" | "closed";
                /** @description true: neither verified nor closed and past the due date; false: the others. */
                overdue?: "true" | "false";
                source?: "manual" | "finding" | "meetingResolution" | "case";
                /** @description Text in the title or description. */
                q?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description Issued; status open. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task and its events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskWithTimeline"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            /** @description The changed task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The task's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TaskConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TaskNoteRequest"];
            };
        };
        responses: {
            /** @description The task, in progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The task's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TaskConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TaskNoteRequest"];
            };
        };
        responses: {
            /** @description The task, submitted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The task's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TaskConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendBackTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendBackTaskRequest"];
            };
        };
        responses: {
            /** @description The task, back in progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The task's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TaskConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TaskNoteRequest"];
            };
        };
        responses: {
            /** @description The task, verified. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The task's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TaskConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TaskNoteRequest"];
            };
        };
        responses: {
            /** @description The task, closed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The task's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TaskConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeTaskMilestone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
                index: number | null;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task with the milestone done. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The task's status does not accept this: `currentStatus` and `allowedActions` say what it does accept. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TaskConflictProblem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTaskFromFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskFromFindingRequest"];
            };
        };
        responses: {
            /** @description The task, open. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The finding already has a task: `taskId` names it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["TaskConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTaskKpis: {
        parameters: {
            query?: {
                /** @description A month (`2026-10`), a quarter (`2026-Q4`) or a year (`2026`); default the current month. */
                period?: string;
                ownerUnitType?: "region" | "department" | "company" | "committee";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskKpis"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLifecycleEvents: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                compoundId?: string;
                kind?: "companySelection" | "contractRenewal" | "committeeElection" | "committeeChange" | "handover" | "majorRepair";
                status?: "open" | "completed" | "cancelled";
                /** @description Events of compounds anywhere under this region. */
                regionId?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of lifecycle events, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleEventPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLifecycleEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLifecycleEventRequest"];
            };
        };
        responses: {
            /** @description Started, open, with its steps. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleEvent"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLifecycleEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleEvent"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOffLifecycleEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LifecycleSignOffRequest"];
            };
        };
        responses: {
            /** @description Signed: the event with the new sign-off. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleEvent"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not open (`currentStatus`), the sign-off exists already (`step`, `participant`), or completion lacks sign-offs (`missing`, `reason`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["LifecycleConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeLifecycleEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Completed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleEvent"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not open (`currentStatus`), the sign-off exists already (`step`, `participant`), or completion lacks sign-offs (`missing`, `reason`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["LifecycleConflictProblem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelLifecycleEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelLifecycleEventRequest"];
            };
        };
        responses: {
            /** @description Cancelled. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LifecycleEvent"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The event is not open (`currentStatus`), the sign-off exists already (`step`, `participant`), or completion lacks sign-offs (`missing`, `reason`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["LifecycleConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNominations: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                year?: number;
                level?: "provincial" | "municipal";
                status?: "nominated" | "withdrawn" | "awarded" | "rejected";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of nominations, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExcellenceNominationPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateNominationRequest"];
            };
        };
        responses: {
            /** @description Nominated. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExcellenceNomination"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The contract is already nominated for this level and year (`existingId`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NominationConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The nomination. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExcellenceNominationDetail"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NominationNoteRequest"];
            };
        };
        responses: {
            /** @description Withdrawn. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExcellenceNomination"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only a nomination still `nominated` can be withdrawn (`currentStatus`, `allowedActions`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NominationConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    awardNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["NominationNoteRequest"];
            };
        };
        responses: {
            /** @description Awarded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExcellenceNomination"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only a nomination still `nominated` can be awarded (`currentStatus`, `allowedActions`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NominationConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectNomination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectNominationRequest"];
            };
        };
        responses: {
            /** @description Rejected. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExcellenceNomination"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only a nomination still `nominated` can be rejected (`currentStatus`, `allowedActions`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["NominationConflictProblem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExcellenceCandidates: {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Candidates, pending and not eligible, each with its criteria and figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExcellenceCandidates"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rankCreditCompanies: {
        parameters: {
            query?: {
                /** @description The day (YYYY-MM-DD) records are counted on; default today in the tenant's time zone. */
                on?: string;
                grade?: "AAA" | "AA" | "A" | "B" | "C";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ranking. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditRanking"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreditFile: {
        parameters: {
            query?: {
                /** @description The day (YYYY-MM-DD) records are counted on; default today in the tenant's time zone. */
                on?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credit file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditFile"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCreditRecords: {
        parameters: {
            query?: {
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
                kind?: "good" | "bad";
                source?: "assessment" | "finding" | "administrativePenalty" | "award" | "manual";
                includeRevoked?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditRecordPage"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCreditRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCreditRecordRequest"];
            };
        };
        responses: {
            /** @description Filed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditRecord"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeCreditRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCreditRecordRequest"];
            };
        };
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditRecord"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreditEligibility: {
        parameters: {
            query: {
                for: "bidding" | "award";
                /** @description The day (YYYY-MM-DD) records are counted on; default today in the tenant's time zone. */
                on?: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditEligibility"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicCreditBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicCreditBoard"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCreditPenalties: {
        parameters: {
            query: {
                /** @description First decision date (inclusive). */
                from: string;
                /** @description Last decision date (inclusive). */
                to: string;
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssessmentTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The templates, by code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AssessmentTemplateVersion"][];
                    };
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAssessmentTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessmentTemplate"];
            };
        };
        responses: {
            /** @description Version 1 of the template. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentTemplateVersion"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAssessmentTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssessmentTemplate"];
            };
        };
        responses: {
            /** @description The new version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentTemplateVersion"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssessmentTemplateVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AssessmentTemplateVersion"][];
                    };
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentTemplateVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                code: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentTemplateVersion"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAssessments: {
        parameters: {
            query?: {
                kind?: "monthlyBulletin" | "quarterly" | "annual";
                period?: string;
                status?: "draft" | "published" | "superseded";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessments (at most 500). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Assessment"][];
                    };
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessment"];
            };
        };
        responses: {
            /** @description The draft with its scorecards. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDetail"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDetail"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scoreAssessmentItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
                scorecardId: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManualItemScore"];
            };
        };
        responses: {
            /** @description The scorecard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scorecard"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recomputeAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDetail"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published assessment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDetail"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reviseAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseAssessment"];
            };
        };
        responses: {
            /** @description The draft revision. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentDetail"];
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than its limit: 1 MiB, or 10 MiB for a CSV file to import. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body parsed but does not fit: `errors` names each failing field. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAssessmentReport: {
        parameters: {
            query?: {
                /** @description `html` (default): the printable page; `csv`: one row per target per item. */
                format?: "html" | "csv";
                /** @description Language of the CSV's headers, title and item names (the HTML page is in Chinese). */
                lang?: "zh" | "en";
            };
            header?: never;
            path: {
                /** @description The tenant's slug. */
                tenant: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                    "text/csv": string;
                };
            };
            /** @description Bad request: a path or query value, or the JSON itself, is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in, or the session or API key is invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Signed in, but the role does not allow this (or a cross-site cookie request). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found, or belongs to another tenant. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; quote the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (the database) is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
