import {
  type AssessmentConfig,
  assessment,
  type CreditConfig,
  configOf,
  type Mechanism,
} from "@propgov/core";
import type { Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { currentMechanism } from "../mechanism.js";

/** The credit config of a mechanism: the assessment policy's `credit` section (defaults where it says nothing). */
export function creditConfigOf(mechanism: Mechanism | null | undefined): CreditConfig {
  return (configOf(assessment, mechanism?.policies.assessment?.config) as AssessmentConfig).credit;
}

/** The tenant's credit config, from its current mechanism. */
export async function loadCreditConfig(tx: Tx, ctx: TenantServiceContext): Promise<CreditConfig> {
  return creditConfigOf((await currentMechanism(tx, ctx)).document);
}
