import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, logIn } from "./support";

// Steps and questions in forms of their own, as NAV's admin Lars Dahl uses them: he adds a
// step to a draft of Få barn, a question with options on it, then changes the question's
// options in its own form and sees them on the draft page. The draft is discarded at the end,
// so the rest of the suite (and the other project) meets Få barn as shipped. The same is tested
// over HTTP in `server/tests/api/authoring_parts.rs`.

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

const JOURNEY = "/admin/journeys/fa-barn";

test("Lars adds a step with a question, changes its options and sees them on the draft page", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(JOURNEY);
  await logIn(page, /^Lars Dahl/);
  await page.getByRole("button", { name: "Start et nytt utkast" }).click();
  await expect(page.getByText("Et nytt utkast er startet")).toBeVisible();

  // A step after "Familien", shown only when its condition holds, with its heading in every
  // language. A heading left out is refused at its field, with what was typed kept.
  await page.getByRole("link", { name: "Legg til et steg" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Legg til et steg i Få barn");
  await expectNoAxeViolations(page);
  await page.getByLabel("Stegets id").fill("siblings");
  await page.getByLabel("Plassering").selectOption("family");
  await page.getByLabel("Vis det bare når (valgfritt)").fill('other_parent_takes_part == true and parents_relationship == "apart"');
  const headings = page.getByRole("group", { name: "Overskriften, på alle språk" });
  await headings.getByLabel("På Bokmål").fill("Søsken");
  await headings.getByLabel("På English").fill("Siblings");
  await page.getByRole("button", { name: "Legg til steget" }).click();
  await expect(page.getByRole("link", { name: "Skriv overskriften på dette språket." })).toBeVisible();
  await expect(page.getByLabel("Stegets id")).toHaveValue("siblings");
  await expectNoAxeViolations(page);
  await headings.getByLabel("På Nynorsk").fill("Sysken");
  await page.getByRole("button", { name: "Legg til steget" }).click();
  await expect(page.getByText("Steget er lagt til i utkastet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Søsken", exact: true })).toBeVisible();

  // A question with two options on the new step.
  await page.getByRole("link", { name: "Legg til et spørsmål" }).first().click();
  await page.getByLabel("Steg", { exact: true }).selectOption("siblings");
  await page.getByLabel("Spørsmålets id").fill("shared_home");
  await page.getByLabel("Type svar", { exact: true }).selectOption("one_of");
  await page.getByLabel("Svaralternativer (for ett av / flere av)").fill("yes | Ja | Ja | Yes\nno | Nei | Nei | No");
  await page.getByLabel("På Bokmål").fill("Bor søsknene sammen?");
  await page.getByLabel("På Nynorsk").fill("Bur sysken saman?");
  await page.getByLabel("På English").fill("Do the siblings live together?");
  await page.getByRole("button", { name: "Legg til spørsmålet" }).click();
  await expect(page.getByText("Spørsmålet er lagt til i utkastet.")).toBeVisible();

  // The question's own form, from the draft page: its options as they are, one more added.
  await page.getByRole("link", { name: "Bor søsknene sammen?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Spørsmålet shared_home i Få barn");
  const options = page.getByLabel("Svaralternativer (for ett av / flere av)");
  await expect(options).toHaveValue("yes | Ja | Ja | Yes\nno | Nei | Nei | No");
  await expectNoAxeViolations(page);
  await options.fill("yes | Ja | Ja | Yes\nno | Nei | Nei | No\nsometimes | Av og til | Av og til | Sometimes");
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByText("Spørsmålet er endret.")).toBeVisible();

  // The draft page shows the option's texts among what the draft changes.
  const texts = page.getByRole("region", { name: "Endrede tekster" });
  await expect(texts).toContainText("fa-barn-shared_home-sometimes");
  await expect(texts).toContainText("Av og til");
  await expect(texts).toContainText("Sometimes");
  await expectNoAxeViolations(page);

  // The draft is dropped so the journey is as it was.
  await page.getByRole("button", { name: "Forkast dette utkastet" }).click();
  await expect(page.getByText("Utkastet er forkastet.")).toBeVisible();
});
