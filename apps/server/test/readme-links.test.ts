import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.js";

/** The README files and docs pages the repository tracks (or is about to: untracked, not ignored). */
const pages = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], {
  cwd: root,
  encoding: "utf8",
})
  .split("\n")
  .filter((file) => /(^|\/)README\.md$/.test(file) || /^docs\/.*\.md$/.test(file))
  .filter((file) => !file.startsWith(".changeset/") && existsSync(join(root, file)));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");

const anchorsIn = (file: string) =>
  new Set(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => /^#{1,6}\s/.test(line))
      .map((line) => anchorOf(line.replace(/^#+\s*/, "").replace(/`/g, ""))),
  );

/** `[text](target)` links outside code blocks and code spans. */
function linksIn(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] as string);
}

describe("relative links in README files and docs", () => {
  it("finds the pages, the top-level README and the architecture page among them", () => {
    expect(pages).toContain("README.md");
    expect(pages).toContain("docs/architecture.md");
  });

  it.each(pages)("%s links only to files (and headings) that exist", (page) => {
    const file = join(root, page);
    const broken: string[] = [];
    for (const target of linksIn(readFileSync(file, "utf8"))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: …: not a file here
      const [path = "", anchor] = target.split("#");
      const resolved = path === "" ? file : join(dirname(file), decodeURIComponent(path));
      if (!existsSync(resolved)) {
        broken.push(`${target} (no ${relative(root, resolved)})`);
        continue;
      }
      if (
        anchor &&
        resolved.endsWith(".md") &&
        statSync(resolved).isFile() &&
        !anchorsIn(resolved).has(anchor)
      ) {
        broken.push(`${target} (no heading #${anchor} in ${relative(root, resolved)})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("names no design notes that are not in the repository", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(readme).not.toMatch(/`DESIGN\.md`/);
  });
});
