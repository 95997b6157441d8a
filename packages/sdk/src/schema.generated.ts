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
         * @description With `tenant`, signs a county user in; without, a platform user. Answers a session token and sets it as an HttpOnly, SameSite=Lax cookie. Wrong username or password is 401 with the same body either way; repeated failures per username and client are 429 with Retry-After.
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
        /** Change your own password (ends all your sessions, opens a new one) */
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
            code: "bad_request" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "unprocessable" | "rate_limited" | "unavailable" | "internal";
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
            newPassword: string;
        };
        /**
         * @example {
         *       "id": "ten_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
         *       "slug": "mengcheng",
         *       "name": "蒙城县",
         *       "divisionCode": "341622",
         *       "timezone": "Asia/Shanghai",
         *       "createdAt": "2026-11-26T08:00:00.000Z"
         *     }
         */
        Tenant: {
            id: string;
            slug: string;
            name: string;
            divisionCode: string;
            timezone: string;
            createdAt: string;
        };
        /**
         * @example {
         *       "slug": "mengcheng",
         *       "name": "蒙城县",
         *       "divisionCode": "341622",
         *       "timezone": "Asia/Shanghai"
         *     }
         */
        CreateTenantRequest: {
            slug: string;
            name: string;
            divisionCode: string;
            /** @description IANA zone; default Asia/Shanghai. */
            timezone?: string;
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
            /** @description Unexpected failure; quote the request id. */
            500: {
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
            /** @description Unexpected failure; quote the request id. */
            500: {
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
            /** @description Conflicts with the current state (e.g. a duplicate). */
            409: {
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
        };
    };
}
