import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, logIn, startAfresh, walkFaBarnToCheck } from "./support";

// Agency authoring, as NAV's admin Lars Dahl does it: he adds a question with a condition to Få
// barn, sees it in the flow diagram and in what the draft changes, previews it as Kari,
// publishes it, and rolls back at the end (so the rest of the suite meets Få barn as shipped,
// and the other JavaScript project can tell the same story again). Kari's draft, started
// before, still finishes on the version it began on; a new start gets the question. The same
// is tested over HTTP in `server/tests/api/authoring.rs`.

test.beforeEach(async ({ context }) => {
  await context.clearCookies();
});

const JOURNEY = "/admin/journeys/fa-barn";

/** As someone else: a new login, then back to `path`. */
async function as(page: Page, name: RegExp, path: string) {
  await page.context().clearCookies();
  await page.goto(path);
  await logIn(page, name);
  await expect(page).toHaveURL(new RegExp(path.replace(/[?]/g, "\\?") + "$"));
}

/** The version Få barn has published now, from its page's table of versions. */
async function publishedVersion(page: Page): Promise<number> {
  const row = page.getByRole("row").filter({ hasText: "Publisert" });
  const version = (await row.getByRole("rowheader").textContent()) ?? "";
  return Number(version.replace("v", ""));
}

test("Lars adds a question to Få barn, previews and publishes it; Kari's draft keeps its version", async ({ page }) => {
  test.setTimeout(180_000);

  // Kari starts Få barn and stops after the first step.
  await page.goto("/life-event/fa-barn");
  await page.getByRole("link", { name: "Logg inn for å starte" }).click();
  await logIn(page, /^Kari Nordmann/);
  await startAfresh(page);
  await page.getByRole("button", { name: "Lagre og fortsett", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Barnets navn");
  const karisDraft = page.url();

  // Lars finds Få barn from Administration and starts a draft.
  await as(page, /^Lars Dahl/, "/admin");
  await page.getByRole("link", { name: /Reiser/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reiser");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Få barn" }).click();
  await expect(page).toHaveURL(new RegExp(`${JOURNEY}$`));
  const before = await publishedVersion(page);
  await expect(page.getByRole("img", { name: /Stegene i Få barn/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start et nytt utkast" }).click();
  await expect(page.getByText("Et nytt utkast er startet")).toBeVisible();

  // He adds a question with a condition, in every language.
  await page.getByRole("link", { name: "Legg til et spørsmål" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Steg").selectOption("family");
  await page.getByLabel("Spørsmålets id").fill("twins");
  await page.getByLabel("Type svar", { exact: true }).selectOption("yes_no");
  await page.getByLabel("Vis det bare når (valgfritt)").fill('parents_relationship == "apart"');
  // A label left out is refused at its field, with what was typed kept.
  await page.getByLabel("På Bokmål").fill("Er det tvillinger?");
  await page.getByLabel("På English").fill("Are they twins?");
  await page.getByRole("button", { name: "Legg til spørsmålet" }).click();
  await expect(page.getByText("Skriv spørsmålet på dette språket.").first()).toBeVisible();
  await expect(page.getByLabel("Spørsmålets id")).toHaveValue("twins");
  await expectNoAxeViolations(page);
  await page.getByLabel("På Nynorsk").fill("Er det tvillingar?");
  await page.getByRole("button", { name: "Legg til spørsmålet" }).click();
  await expect(page.getByText("Spørsmålet er lagt til i utkastet.")).toBeVisible();

  // The draft page: what it changes, the flow diagram, why the question is shown.
  await expect(page.getByText(/Spørsmål «Er det tvillinger\?» \(twins\)/)).toBeVisible();
  const flow = page.getByRole("img", { name: /Stegene i Få barn/ });
  await expect(flow).toBeVisible();
  await expect(flow.locator("text", { hasText: "Familien" })).toHaveCount(1);
  await page.getByText("Hvorfor vises dette?").last().click();
  await expectNoAxeViolations(page);

  // The question is moved up one place (it was last: now it can go down), and its texts are
  // side by side.
  await expect(page.getByRole("button", { name: "Flytt «Er det tvillinger?» ned" })).toHaveCount(0);
  await page.getByRole("button", { name: "Flytt «Er det tvillinger?» opp" }).click();
  await expect(page.getByText("Flyttet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Flytt «Er det tvillinger?» ned" })).toHaveCount(1);
  await page.getByRole("link", { name: "Tekstene på alle språk, side om side" }).click();
  await expect(page.getByLabel("fa-barn-twins på English")).toHaveValue("Are they twins?");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Tilbake til utkastet" }).click();

  // Preview as Kari: the citizen's pages, with her data, and the new question.
  await page.getByLabel("Person").selectOption({ label: "Kari Nordmann" });
  await page.getByRole("button", { name: "Start forhåndsvisningen" }).click();
  await expect(page.getByText(/Forhåndsvisning av versjon \d+ som Kari Nordmann/)).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Tilbake til utkastet" }).click();

  // Published now; the journey's page says so.
  await page.getByRole("button", { name: "Publiser", exact: true }).click();
  await expect(page.getByText("Versjonen er publisert.")).toBeVisible();
  const published = await publishedVersion(page);
  expect(published).toBeGreaterThan(before);

  // Compared with the version before, in English: readable, not a text diff.
  await page.goto(`${JOURNEY}/compare?from=${before}&to=${published}`);
  await page.getByRole("navigation", { name: /Språk|Language/ }).locator("summary").click();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("compared");
  await expect(page.getByRole("cell", { name: "Are they twins?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("navigation", { name: /Språk|Language/ }).locator("summary").click();
  await page.getByRole("link", { name: "Bokmål" }).click();

  // Kari's draft goes on and is submitted on the version it started on: no new question.
  await as(page, /^Kari Nordmann/, new URL(karisDraft).pathname);
  await walkFaBarnToCheck(page, async (title) => {
    if (title === "Familien") await expect(page.getByText("Er det tvillinger?")).toHaveCount(0);
  });
  await page.getByRole("button", { name: "Send inn" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sendt inn");

  // A new start gets the question (shown when the parents live apart).
  await page.goto("/life-event/fa-barn");
  await startAfresh(page);
  let asked = false;
  await walkFaBarnToCheck(page, async (title) => {
    if (title !== "Familien") return;
    await page
      .getByRole("group", { name: /Bor du sammen med den andre forelderen/ })
      .getByRole("radio", { name: "Nei, vi bor ikke sammen" })
      .check();
    await expect(page.getByRole("group", { name: /Er det tvillinger\?/ })).toBeVisible();
    asked = true;
  });
  expect(asked).toBe(true);

  // Lars rolls back to the version before, in one step: a copy of it is published.
  await as(page, /^Lars Dahl/, JOURNEY);
  await page.getByRole("button", { name: `Gå tilbake til v${before}` }).click();
  await expect(page.getByText("En kopi av den tidligere versjonen er publisert")).toBeVisible();
  expect(await publishedVersion(page)).toBeGreaterThan(published);
  await expectNoAxeViolations(page);
});

test("the text editor checks Lars's text: as he types with JavaScript, when he saves without", async ({ page }, info) => {
  await page.goto(JOURNEY);
  await logIn(page, /^Lars Dahl/);
  await page.getByRole("button", { name: "Start et nytt utkast" }).click();
  await page.getByRole("link", { name: "Rediger definisjonens tekst" }).click();
  const editor = page.getByLabel("Definisjonen");
  await expect(editor).toBeVisible();
  const text = await editor.inputValue();
  // A condition that reads an answer the journey does not have.
  const broken = text.replace('show_if = "other_parent_takes_part == true"', 'show_if = "no_such_answer == true"');
  if (info.project.name === "js") {
    await expect(page.locator(".source-checker")).toHaveAttribute("data-checking", "on");
    await editor.fill(broken);
    const live = page.locator(".live-check");
    await expect(live).toContainText("no_such_answer");
    await expect(live).toContainText(/Linje \d+, kolonne \d+:/);
    await editor.fill(text);
    await expect(live).toContainText("Kontrollen finner ingen feil");
  } else {
    await editor.fill(broken);
    await page.getByRole("button", { name: "Lagre", exact: true }).click();
    await expect(page.getByText("Utkastet er lagret.")).toBeVisible();
    await expect(page.getByRole("region", { name: /Utkastet har 1 feil/ })).toContainText(/Linje \d+, kolonne \d+: .*no_such_answer/);
  }
  await expectNoAxeViolations(page);
  // The draft is dropped so the journey is as it was.
  await page.getByRole("link", { name: "Tilbake til utkastet" }).click();
  if (info.project.name === "no-js") {
    // The draft's page, which has no lines, names the part the problem is in.
    await expect(page.getByRole("region", { name: /Utkastet har 1 feil/ })).toContainText("Steg «family» › spørsmål «other_parent_pid» › show_if: ");
  }
  await page.getByRole("button", { name: "Forkast dette utkastet" }).click();
  await expect(page.getByText("Utkastet er forkastet.")).toBeVisible();
});

test("NAV's admin reads NAV's connector and tests it; no one else's", async ({ page }) => {
  await page.goto("/admin");
  await logIn(page, /^Lars Dahl/);
  await page.getByRole("link", { name: "Koblingen til NAV" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Koblingen til NAV");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Test koblingen" }).click();
  await expect(page.getByText(/Virksomheten svarte med status \d+ etter \d+ ms\./)).toBeVisible();
  // The agency contract's rules, tried over the same connector: the simulator follows them all.
  await expect(page.getByText("Tjenesten følger alle reglene.")).toBeVisible();
  const rules = page.getByRole("region", { name: "Regler i grensesnittet (versjon 1)" });
  await expect(rules.getByRole("row", { name: /^idempotency Bestått/ })).toBeVisible();
  await expect(rules.getByRole("row", { name: /^callback-signature Bestått/ })).toBeVisible();
  await expectNoAxeViolations(page);
  const response = await page.goto("/admin/connectors/skatteetaten");
  expect(response?.status()).toBe(403);
});

// Each project its own agency, so that the two never race for a connector's versions: NAV's
// admin with JavaScript, the municipality's without. Both save the settings in force with one
// number changed, twice, then put the first back.
test("an agency's admin sets the connector back to an earlier version", async ({ page }, info) => {
  const [admin, agency] = info.project.name === "js" ? [/^Lars Dahl/, "nav"] : [/^Erik Holm/, "kommune"];
  await page.goto(`/admin/connectors/${agency}`);
  await logIn(page, admin);
  const timeout = page.getByLabel("Tidsavbrudd (sekunder)");
  for (const seconds of ["29", "31"]) {
    await timeout.fill(seconds);
    await page.getByRole("button", { name: "Lagre koblingen" }).click();
    await expect(page.getByText("Koblingen er lagret. Den brukes fra neste forsendelse.")).toBeVisible();
  }
  const inForce = page.getByRole("region", { name: "Dette gjelder nå" });
  const newest = Number((await page.getByText(/^Versjon \d+, lagret av/).textContent())?.match(/\d+/)?.[0]);
  await page.getByRole("button", { name: `Sett tilbake til versjon ${newest - 1}` }).click();
  await expect(page.getByText("Koblingen er satt tilbake. Den brukes fra neste forsendelse.")).toBeVisible();
  await expect(page.getByText(/^Versjon \d+, lagret av/)).toHaveText(new RegExp(`^Versjon ${newest + 1}, `));
  await expect(inForce.getByRole("definition").filter({ hasText: /^29$/ })).toHaveCount(1);
  await expect(timeout).toHaveValue("29");
  await expectNoAxeViolations(page);
});

test("a question's condition is checked at its field: as Lars types with JavaScript, when he posts without", async ({ page }, info) => {
  await page.goto(JOURNEY);
  await logIn(page, /^Lars Dahl/);
  await page.getByRole("button", { name: "Start et nytt utkast" }).click();
  await page.getByRole("link", { name: "Legg til et spørsmål" }).click();
  await page.getByLabel("Steg").selectOption("family");
  const condition = page.getByLabel("Vis det bare når (valgfritt)");
  // An option the question "parents_relationship" does not have.
  const wrong = 'parents_relationship == "divorced"';
  if (info.project.name === "js") {
    await expect(page.locator(".condition-checker")).toHaveAttribute("data-checking", "on");
    await condition.fill(wrong);
    const live = page.locator("#q-condition-live");
    await expect(live).toContainText("divorced");
    await expect(condition).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    // The answer on the "child" step comes after nothing of the family's: from there it is later.
    await condition.fill('parents_relationship == "apart"');
    await expect(live).toHaveText("Vilkåret er i orden.");
    await expect(condition).not.toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Steg").selectOption("child");
    await expect(live).toContainText("is not answered before this condition is used");
  } else {
    await page.getByLabel("Spørsmålets id").fill("twins");
    for (const [lang, label] of [["nb", "Er det tvillinger?"], ["nn", "Er det tvillingar?"], ["en", "Are they twins?"]]) {
      await page.locator(`#q-label-${lang}`).fill(label);
    }
    await condition.fill(wrong);
    await page.getByRole("button", { name: "Legg til spørsmålet" }).click();
    await expect(page.getByRole("link", { name: /divorced/ })).toBeVisible();
    await expect(condition).toHaveValue(wrong);
    await expect(condition).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
  }
  // The draft is dropped so the journey is as it was.
  await page.goto(`${JOURNEY}/draft`);
  await page.getByRole("button", { name: "Forkast dette utkastet" }).click();
  await expect(page.getByText("Utkastet er forkastet.")).toBeVisible();
});
