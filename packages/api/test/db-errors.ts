/** The error a promise rejects with (fails when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the statement to be refused");
}

/** Every message along an error's cause chain (drizzle wraps the driver's error). */
export function messages(error: unknown): string {
  const out: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    out.push(String((current as { message?: unknown }).message));
    current = (current as { cause?: unknown }).cause;
  }
  return out.join(" | ");
}
