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

test("Lars adds a repeating group and reads a step's branches; each condition is checked at its field", async ({ page }, info) => {
  test.setTimeout(120_000);
  await page.goto(JOURNEY);
  await logIn(page, /^Lars Dahl/);
  await page.getByRole("button", { name: "Start et nytt utkast" }).click();

  // A repeating group on the family step, with its first question, in every language.
  await page.getByRole("link", { name: "Legg til et spørsmål" }).first().click();
  await page.getByLabel("Steg", { exact: true }).selectOption("family");
  await page.getByLabel("Spørsmålets id").fill("siblings_abroad");
  await page.getByLabel("Type svar", { exact: true }).selectOption("group");
  const labels = page.getByRole("group", { name: "Spørsmålet, på alle språk" });
  for (const [lang, text] of [["Bokmål", "Søsken i utlandet"], ["Nynorsk", "Sysken i utlandet"], ["English", "Siblings abroad"]]) {
    await labels.getByLabel(`På ${lang}`).fill(text);
  }
  await page.getByRole("button", { name: "Legg til spørsmålet" }).click();
  // Without its first question the group is refused at those fields, what was typed kept.
  await expect(page.getByRole("link", { name: /Gi det første spørsmålet i gruppen en egen id/ })).toBeVisible();
  await expect(page.getByLabel("Spørsmålets id")).toHaveValue("siblings_abroad");
  await expectNoAxeViolations(page);
  await page.getByLabel("Id for det første spørsmålet i gruppen").fill("sibling_abroad_name");
  await page.getByLabel("Svartypen for det første spørsmålet").selectOption("text");
  for (const [lang, heading, label] of [["Bokmål", "Søsken", "Navn"], ["Nynorsk", "Sysken", "Namn"], ["English", "Sibling", "Name"]]) {
    await page.getByLabel(`Overskrift, ${lang}`).fill(heading);
    await page.getByLabel(`Første spørsmål, ${lang}`).fill(label);
  }
  await page.getByRole("button", { name: "Legg til spørsmålet" }).click();
  await expect(page.getByText("Spørsmålet er lagt til i utkastet.")).toBeVisible();
  await expect(page.locator("#step-family")).toContainText("sibling_abroad_name");

  // The branches of "parental-benefit", as written; a step's condition may read only the steps
  // before it — said as one types with JavaScript, at the save without.
  await page.goto(`${JOURNEY}/draft/step/parental-benefit`);
  const branches = page.getByLabel("Videre til et annet steg (valgfritt)");
  await expect(branches).toHaveValue("child-benefit | apply_parental_benefit == false");
  const condition = page.getByLabel("Vis det bare når (valgfritt)");
  if (info.project.name === "js") {
    await expect(page.locator(".condition-checker")).toHaveAttribute("data-checking", "on");
    await condition.fill("apply_parental_benefit == true");
    await expect(page.locator("#s-condition-live")).toContainText("is not answered before this condition is used");
    await condition.fill("child_birth_date > today - 6m");
    await expect(page.locator("#s-condition-live")).toHaveText("Vilkåret er i orden.");
  } else {
    await branches.fill("nowhere | apply_parental_benefit == false");
    await page.getByRole("button", { name: "Lagre endringene" }).click();
    await expect(page.getByRole("link", { name: /unknown step `nowhere`/ })).toBeVisible();
    await expect(branches).toHaveValue("nowhere | apply_parental_benefit == false");
    await expect(branches).toHaveAttribute("aria-invalid", "true");
  }
  await expectNoAxeViolations(page);
  await page.goto(`${JOURNEY}/draft`);
  await page.getByRole("button", { name: "Forkast dette utkastet" }).click();
  await expect(page.getByText("Utkastet er forkastet.")).toBeVisible();
});
