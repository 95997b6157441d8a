/** Checks shared by the schema and `validateMechanism` (internal: not exported from the package). */

/** Every category department belongs to the roster. */
export function categoriesWithinRoster(
  doc: { roster: { core: string[]; utilities: string[] }; categories: { departments: string[] }[] },
  addIssue: (path: (string | number)[], message: string) => void,
) {
  const roster = new Set([...doc.roster.core, ...doc.roster.utilities]);
  doc.categories.forEach((category, i) => {
    category.departments.forEach((code, j) => {
      if (!roster.has(code)) {
        addIssue(["categories", i, "departments", j], `Department '${code}' is not in the roster.`);
      }
    });
  });
}
