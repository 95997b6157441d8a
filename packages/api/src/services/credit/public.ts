import { type CreditGrade, type CreditRecordKind, type CreditRecordSource, inForce } from "@propgov/core";
import type { TenantServiceContext } from "../../context.js";
import { inTenant } from "../tx.js";
import { factsOf, type LoadedRecord, newestFirst, recordsOf } from "./records.js";
import { rankWithin } from "./standing.js";
import { creditToday } from "./view.js";

/** A record as the public board shows it: no evidence, no people, no internal ids of users. */
export interface PublicCreditRecord {
  id: string;
  kind: CreditRecordKind;
  category: string;
  points: number;
  source: CreditRecordSource;
  effectiveOn: string;
  expiresOn: string;
  penalty: { decisionNumber: string; authority: string; decidedOn: string } | null;
}

export interface PublicCreditEntry {
  company: { id: string; name: string; uscc: string };
  score: number;
  grade: CreditGrade;
  records: PublicCreditRecord[];
}

export interface PublicCreditBoard {
  on: string;
  companies: PublicCreditEntry[];
}

/** `GET /public/credit`: every active company's grade and score today, with its public records in force. */
export async function publicCreditBoard(ctx: TenantServiceContext): Promise<PublicCreditBoard> {
  return inTenant(ctx, async (tx) => {
    const on = creditToday(ctx);
    const ranking = await rankWithin(tx, ctx, undefined, on);
    const byCompany = new Map<string, LoadedRecord[]>();
    for (const r of await recordsOf(tx, ctx)) {
      if (!r.public || !inForce(factsOf(ctx, r), on)) continue;
      const l = byCompany.get(r.companyId);
      if (l) l.push(r);
      else byCompany.set(r.companyId, [r]);
    }
    return {
      on,
      companies: ranking.map((s) => ({
        company: { id: s.company.id, name: s.company.name, uscc: s.company.uscc },
        score: s.score,
        grade: s.grade,
        records: (byCompany.get(s.company.id) ?? []).sort(newestFirst).map((r) => ({
          id: r.id,
          kind: r.kind,
          category: r.category,
          points: r.points,
          source: r.source,
          effectiveOn: r.effectiveOn,
          expiresOn: r.expiresOn,
          penalty: r.penalty
            ? {
                decisionNumber: r.penalty.decisionNumber,
                authority: r.penalty.authority,
                decidedOn: r.penalty.decidedOn,
              }
            : null,
        })),
      })),
    };
  });
}
