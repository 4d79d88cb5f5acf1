import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, logIn } from "./support";

// The draft editor beyond the story in authoring.spec.ts: reordering questions — dragged to their
// place with JavaScript, one place per arrow without (and from the keyboard), the server making
// the move either way — and importing a file as the draft. Each test discards its draft at the
// end, so Få barn is as shipped.

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

const JOURNEY = "/admin/journeys/fa-barn";

/** The family step's question ids, in the order the draft page lists them. */
async function familyQuestions(page: Page): Promise<string[]> {
  const codes = page.locator("#step-family [data-move=question] > code");
  return (await codes.allTextContents()).map((id) => id.trim());
}

test("Lars puts a question of the family step first: by dragging it, or with the arrows", async ({ page }, info) => {
  await page.goto(JOURNEY);
  await logIn(page, /^Lars Dahl/);
  await page.getByRole("button", { name: "Start et nytt utkast" }).click();
  await expect(page.getByRole("heading", { name: "Steg og spørsmål" })).toBeVisible();
  const before = await familyQuestions(page);
  const at = before.indexOf("parents_relationship");
  expect(at).toBeGreaterThan(1);
  const item = (id: string) => page.locator("#step-family [data-move=question]").filter({ has: page.locator(`code:text-is("${id}")`) });

  if (info.project.name === "js") {
    await expect(item("parents_relationship")).toHaveAttribute("draggable", "true");
    await item("parents_relationship").dragTo(item(before[0]));
    await expect(page.getByText("Flyttet. Kontrollen har sett på utkastet igjen.")).toBeVisible();
  } else {
    for (let i = 0; i < at; i++) {
      await item("parents_relationship").getByRole("button", { name: /^Flytt «.*» opp$/ }).click();
      await expect(page.getByText("Flyttet. Kontrollen har sett på utkastet igjen.")).toBeVisible();
    }
  }

  const after = await familyQuestions(page);
  expect(after[0]).toBe("parents_relationship");
  expect([...after].sort()).toEqual([...before].sort());
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Forkast dette utkastet" }).click();
  await expect(page.getByText("Utkastet er forkastet.")).toBeVisible();
});

test("Lars imports a file as the draft; a file that is not TOML is refused at the field", async ({ page }) => {
  await page.goto(JOURNEY);
  await logIn(page, /^Lars Dahl/);
  const row = page.getByRole("row").filter({ hasText: "Publisert" });
  const version = ((await row.getByRole("rowheader").textContent()) ?? "").replace("v", "");
  const published = await page.request.get(`${JOURNEY}/versions/${version}`);
  expect(published.status()).toBe(200);
  const text = await published.text();
  const file = page.getByLabel("Definisjonsfil (TOML)");

  await file.setInputFiles({ name: "fa-barn.toml", mimeType: "text/plain", buffer: Buffer.from("[journey\nid = ") });
  await page.getByRole("button", { name: "Importer filen" }).click();
  await expect(page.getByRole("link", { name: "Filen er ikke gyldig TOML. Åpne den i tekstredigeringen for å se hvor." })).toBeVisible();
  await expect(file).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);

  const changed = text.replace("max_length = 100", "max_length = 90");
  await page.getByLabel("Definisjonsfil (TOML)").setInputFiles({ name: "fa-barn.toml", mimeType: "text/plain", buffer: Buffer.from(changed) });
  await page.getByRole("button", { name: "Importer filen" }).click();
  await expect(page.getByText("Filen er lagret som utkast. Kontrollen fant ingen feil.")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/journeys\/fa-barn\/draft/);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Forkast dette utkastet" }).click();
  await expect(page.getByText("Utkastet er forkastet.")).toBeVisible();
});
